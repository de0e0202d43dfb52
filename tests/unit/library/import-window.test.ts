// The days recurring races are expanded over on import: the season the page gives, else around today.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importWindow } from '../../../src/library/planner-api';

const NOW = Date.UTC(2027, 0, 10, 12);

test('the season the page gives is the window', () => {
  const season = { from: '2027-01-04', to: '2027-12-26' };
  assert.deepEqual(importWindow(season, NOW, 'UTC'), season);
});

test('without one: a year before today to five after, today in the user’s zone', () => {
  assert.deepEqual(importWindow({}, NOW, 'UTC'), { from: '2026-01-09', to: '2032-01-14' });
  // 23:30 on the 9th in UTC is already the 10th in Sydney.
  const lateEvening = Date.UTC(2027, 0, 9, 23, 30);
  assert.equal(importWindow({}, lateEvening, 'UTC').from, '2026-01-08');
  assert.equal(importWindow({}, lateEvening, 'Australia/Sydney').from, '2026-01-09');
});

test('with one end only, six years from it', () => {
  assert.deepEqual(importWindow({ from: '2040-03-01' }, NOW, 'UTC'), {
    from: '2040-03-01',
    to: '2046-03-06',
  });
  assert.deepEqual(importWindow({ to: '2020-03-01' }, NOW, 'UTC'), {
    from: '2014-02-25',
    to: '2020-03-01',
  });
});
