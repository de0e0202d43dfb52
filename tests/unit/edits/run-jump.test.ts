import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays } from '../../../src/dates';
import { jumpCap, keepRunsWithinJump } from '../../../src/edits/run-jump';
import type { Session } from '../../../src/model/plan';
import { longRunJump } from '../../../src/rules/long-run-jump';
import { planWith, race, run } from '../fixtures/plans';

// The season starts 2027-01-04; days from 2027-02-03 (30 days in) on are judged.
const longRuns = (minutes: readonly number[], first = '2027-01-10'): Session[] =>
  minutes.map((m, k) => run(addDays(first, 7 * k), 'long', m));

const durations = (sessions: readonly Session[]): number[] => sessions.map((s) => s.durationMin);

test('the cap is 10 % above the longest, to the minute', () => {
  assert.equal(jumpCap(150), 165);
  assert.equal(jumpCap(140), 154);
  // To 5 minutes a 45-min run could never grow: 49.5 would round back to 45.
  assert.equal(jumpCap(45), 49);
});

test('after a lighter stretch the long runs grow back from the new longest by 10 % steps', () => {
  // A build of 100, 110, 120, 130, 140, 150 with its 120 and 130 cut to 60 by a down week and the
  // settling after it: the 140 is measured against 110, and each run after against the one before.
  const plan = planWith({ sessions: longRuns([100, 110, 60, 60, 140, 150, 160, 170]) });
  assert.ok(longRunJump(plan).length > 0);
  const settled = keepRunsWithinJump(plan, '2027-02-07', () => true);
  assert.deepEqual(durations(settled.sessions), [100, 110, 60, 60, 121, 133, 146, 160]);
  assert.deepEqual(longRunJump(settled), []);
  for (const [before, after] of plan.sessions.map((s, k) => [s, settled.sessions[k]!] as const)) {
    if (before.durationMin === after.durationMin) assert.equal(after, before);
    else {
      assert.equal(after.pinned, true);
      assert.equal(after.revision, before.revision + 1);
      assert.equal(
        after.distanceKm,
        Math.round(before.distanceKm * (after.durationMin / before.durationMin) * 10) / 10,
      );
    }
  }
});

test('runs before `from`, races and runs it may not shorten stay as they are', () => {
  const plan = planWith({ sessions: longRuns([100, 100, 100, 100, 100, 150, 170]) });
  // From after the 150: only the 170 is judged (against the 150).
  const late = keepRunsWithinJump(plan, '2027-02-15', () => true);
  assert.deepEqual(durations(late.sessions), [100, 100, 100, 100, 100, 150, 165]);
  const pinned = keepRunsWithinJump(plan, '2027-02-07', (s) => s.durationMin !== 150);
  assert.deepEqual(durations(pinned.sessions), [100, 100, 100, 100, 100, 150, 165]);
  const none = keepRunsWithinJump(plan, '2027-02-07', () => false);
  assert.equal(none, plan);
  // A marathon counts as the longest before the runs after it and is never shortened itself.
  const marathon = race('m', '2027-02-07', 'marathon', 'A');
  const withRace = planWith({
    sessions: longRuns([100, 100, 100, 100, 100, 200]).filter((s) => s.date !== '2027-02-07'),
    races: [marathon],
  });
  assert.equal(
    keepRunsWithinJump(withRace, '2027-02-01', () => true),
    withRace,
  );
});
