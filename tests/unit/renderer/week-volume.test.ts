import { test } from 'node:test';
import assert from 'node:assert/strict';
import { weekVolumes } from '../../../renderer/state/week-volume';
import { block, planWith, run } from '../fixtures/plans';

test('weekly km, minutes and the block of each week', () => {
  const plan = planWith({
    season: { start: '2027-03-01', end: '2027-03-28' },
    sessions: [
      run('2027-03-02', 'easy', 60, { distanceKm: 10 }),
      run('2027-03-09', 'easy', 30, { distanceKm: 5 }),
      run('2027-03-10', 'tempo', 30, { distanceKm: 6 }),
    ],
    blocks: [block('build', '2027-03-01', '2027-03-28'), block('down', '2027-03-08', '2027-03-14')],
  });
  const weeks = weekVolumes(plan);
  assert.equal(weeks.length, 4);
  assert.deepEqual(
    weeks.map((w) => [w.start, w.km, w.minutes, w.blockKind]),
    [
      ['2027-03-01', 10, 60, 'build'],
      ['2027-03-08', 11, 60, 'down'],
      ['2027-03-15', 0, 0, 'build'],
      ['2027-03-22', 0, 0, 'build'],
    ],
  );
  // The first three weeks have no 28-day history; the fourth has no load in its own week.
  assert.deepEqual(
    weeks.map((w) => w.acwr),
    [null, null, null, 0],
  );
});
