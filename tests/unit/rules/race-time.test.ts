import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Plan } from '../../../src/model/plan';
import { pacesFromVdot } from '../../../src/paces/zones';
import { raceTime } from '../../../src/rules/race-time';
import { planWith, race } from '../fixtures/plans';

const withRace = (durationMin: number, paced = true): Plan => {
  const plan = planWith({ races: [race('r1', '2027-10-10')] });
  return {
    ...plan,
    ...(paced ? { paces: pacesFromVdot(50) } : {}),
    sessions: plan.sessions.map((s) => (s.raceId === 'r1' ? { ...s, durationMin } : s)),
  };
};

test('a race planned more than 10 % from the predicted time is flagged, with both times', () => {
  // VDOT 50 predicts a marathon of 3:10:49.
  assert.deepEqual(raceTime(withRace(191)), []);
  assert.deepEqual(raceTime(withRace(206)), []);
  const slow = raceTime(withRace(232));
  assert.equal(slow.length, 1);
  assert.deepEqual(slow[0]!.raceIds, ['r1']);
  assert.match(
    slow[0]!.message,
    /planned at 3:52:00, but your recent result predicts about 3:10:4\d/,
  );
});

test('without paces there is no prediction to compare with', () => {
  assert.deepEqual(raceTime(withRace(400, false)), []);
});
