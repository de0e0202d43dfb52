import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Workout } from '../../../src/model/workout';
import { workoutLimits } from '../../../src/rules/workout-limits';
import { planWith, run } from '../fixtures/plans';

const reps = (times: number, km: number, zone: 'interval' | 'threshold'): Workout => ({
  steps: [
    { type: 'warmup', durationMin: 15, zone: 'easy' },
    {
      type: 'repeat',
      times,
      steps: [
        { type: 'work', distanceKm: km, zone },
        { type: 'recovery', distanceKm: 0.4, zone: 'easy' },
      ],
    },
    { type: 'cooldown', durationMin: 10, zone: 'easy' },
  ],
});

/** A week of 50 km: the quality session on Tuesday, easy running for the rest. */
function week(workout: Workout) {
  return planWith({
    sessions: [
      run('2027-04-20', 'intervals', 60, { id: 'q', distanceKm: 10, workout }),
      run('2027-04-22', 'easy', 120, { distanceKm: 20 }),
      run('2027-04-25', 'long', 120, { distanceKm: 20 }),
    ],
  });
}

test('I work over 8 % of the week’s km is flagged on its session, in words', () => {
  // 50 km: at most 4 km at I pace.
  assert.deepEqual(workoutLimits(week(reps(4, 1, 'interval'))), []);
  const over = workoutLimits(week(reps(6, 1, 'interval')));
  assert.equal(over.length, 1);
  assert.deepEqual(over[0]!.sessionIds, ['q']);
  assert.equal(over[0]!.start, '2027-04-20');
  assert.match(over[0]!.message, /6 km of interval \(VO2max\) work in a week of 50 km/);
});

test('T work over 10 % of the week, an M run over 110 min or 29 km', () => {
  assert.deepEqual(workoutLimits(week(reps(5, 1, 'threshold'))), []);
  assert.equal(workoutLimits(week(reps(4, 1.6, 'threshold'))).length, 1);
  const marathon: Workout = { steps: [{ type: 'work', distanceKm: 30, zone: 'marathon' }] };
  assert.match(workoutLimits(week(marathon))[0]!.message, /110 minutes or 29 km/);
});

test('easy running and sessions without steps are never flagged', () => {
  const easy: Workout = { steps: [{ type: 'steady', durationMin: 240, zone: 'easy' }] };
  assert.deepEqual(workoutLimits(week(easy)), []);
  assert.deepEqual(workoutLimits(planWith({ sessions: [run('2027-04-20', 'tempo', 90)] })), []);
});

test("a time trial's 5K at race effort is raced, not judged as interval work", () => {
  const fiveK: Workout = { steps: [{ type: 'work', distanceKm: 5, zone: 'interval' }] };
  const plan = week(fiveK);
  assert.equal(workoutLimits(plan).length, 1);
  const trial = planWith({
    sessions: plan.sessions.map((s) => (s.id === 'q' ? { ...s, kind: 'race' as const } : s)),
  });
  assert.deepEqual(workoutLimits(trial), []);
});
