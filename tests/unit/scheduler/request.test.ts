import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inferFocusDistance, normalizeRequest } from '../../../src/scheduler/request';

const season = { start: '2027-01-04', end: '2027-12-26' };

test('the focus distance comes from the A races when the request leaves it out', () => {
  const input = normalizeRequest({
    ...season,
    races: [
      { name: 'Spring 5K', date: '2027-04-18', distance: '5k', priority: 'A' },
      { name: 'Tune-up half', date: '2027-06-20', distance: 'half', priority: 'C' },
      { name: 'Autumn 5K', date: '2027-10-10', distance: '5k' },
    ],
  });
  assert.equal(input.settings.focusDistance, '5k');
});

test('a focus distance the athlete gives wins over the races', () => {
  const input = normalizeRequest({
    ...season,
    athlete: { focusDistance: '10k' },
    races: [{ name: 'Berlin', date: '2027-09-26', distance: 'marathon', priority: 'A' }],
  });
  assert.equal(input.settings.focusDistance, '10k');
});

test('without A races the B races decide; a tie goes to the longer distance; none gives marathon', () => {
  assert.equal(
    inferFocusDistance([
      { distance: 'half', priority: 'B' },
      { distance: '10k', priority: 'C' },
      { distance: '10k', priority: 'C' },
    ]),
    'half',
  );
  assert.equal(
    inferFocusDistance([
      { distance: '10k', priority: 'A' },
      { distance: 'half', priority: 'A' },
    ]),
    'half',
  );
  assert.equal(
    inferFocusDistance([
      { distance: '10k', priority: 'A' },
      { distance: '10k', priority: 'A' },
      { distance: 'marathon', priority: 'A' },
    ]),
    '10k',
  );
  assert.equal(inferFocusDistance([{ distance: '5k', priority: 'C' }]), 'marathon');
  assert.equal(inferFocusDistance([]), 'marathon');
});
