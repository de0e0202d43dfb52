import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changeSession } from '../../../src/edits/change-session';
import { setRecentRace } from '../../../src/edits/set-recent-race';
import type { Plan, PlanRequest, Session } from '../../../src/model/plan';
import type { SimpleStep } from '../../../src/model/workout';
import { pacesFromVdot } from '../../../src/paces/zones';
import { generate } from '../../../src/scheduler/generate';
import { formatWorkoutLines } from '../../../src/workouts/format';
import { isTimeTrial, timeTrial } from '../../../src/workouts/time-trial';
import { workoutTotals } from '../../../src/workouts/totals';

test('at VDOT 50 the time trial is 45 min: 10 min easy, 4 strides, the 5K in 19:56, cool-down', () => {
  const paces = pacesFromVdot(50);
  const trial = timeTrial(paces);
  // Daniels' table: 5K in 19:57 at VDOT 50; 10 + 4 × (20 s + 1 min) + 19.93 + 10 = 45.3.
  assert.ok(Math.abs(trial.predictedMin! - 19.95) < 0.05, String(trial.predictedMin));
  assert.equal(trial.minutes, 45);
  assert.deepEqual(formatWorkoutLines(trial.workout, 'km').slice(0, 3), [
    'Warm-up 10 min easy',
    '4 × 20 s @ 3:38–3:44/km, 1 min jog',
    '5 km at interval pace @ 3:56–4:03/km',
  ]);
  const fiveK = trial.workout.steps[2] as SimpleStep;
  assert.equal(fiveK.distanceKm, 5);
  assert.equal(fiveK.zone, 'interval');
  // The steps add up to the session's minutes, the cool-down taking what is left (about 10 min).
  const totals = workoutTotals(trial.workout, paces);
  assert.ok(Math.abs(totals.minutes - 45) < 1e-9, String(totals.minutes));
  const coolDown = trial.workout.steps[3] as SimpleStep;
  assert.equal(coolDown.type, 'cooldown');
  assert.ok(coolDown.durationMin! > 9 && coolDown.durationMin! < 11);
  assert.equal(trial.distanceKm, Math.round(totals.km * 10) / 10);
});

test('the minutes follow the predicted 5K: a slower runner runs longer', () => {
  // 5K 24:34 ≈ VDOT 39.1 (DOMAIN.md): 10 + 5.33 + 24.57 + 10 = 49.9.
  assert.equal(timeTrial(pacesFromVdot(39.1)).minutes, 50);
  assert.equal(timeTrial(pacesFromVdot(60)).minutes, 42);
  // Without a result the 5K is run by effort and timed at the effort's default (4:42/km, 23.5 min).
  const byEffort = timeTrial(undefined);
  assert.equal(byEffort.predictedMin, undefined);
  assert.equal(byEffort.minutes, 49);
  assert.ok(!JSON.stringify(byEffort.workout).includes('"pace"'));
});

/** README's marathoner, whose autumn build opens with a 5K block that ends in a time trial. */
const request: PlanRequest = {
  start: '2027-01-04',
  end: '2027-12-26',
  athlete: {
    focusDistance: 'marathon',
    weeklyKmBaseline: 50,
    recentRace: { distance: '5k', time: '19:57' },
  },
  races: [
    { name: 'Spring Marathon', date: '2027-04-18', distance: 'marathon', priority: 'A' },
    { name: 'Autumn Marathon', date: '2027-10-10', distance: 'marathon', priority: 'A' },
  ],
};

const trialOf = (plan: Plan) => plan.sessions.find((s) => s.kind === 'race' && !s.raceId);

test("a generated block's time trial carries the steps, timed from the recent result", () => {
  const plan = generate(request);
  const trial = trialOf(plan);
  assert.ok(trial, 'a 5K time trial');
  assert.ok(isTimeTrial(trial));
  assert.equal(trial.durationMin, 45);
  assert.deepEqual(trial.workout, timeTrial(plan.paces).workout);
  // A new result retimes it, as it does the races; none at all leaves the 5K to effort.
  const slower = setRecentRace(plan, { distance: '5k', time: '24:34' });
  assert.ok(slower.ok);
  const retimed = slower.value.sessions.find((s) => s.id === trial.id)!;
  assert.equal(retimed.durationMin, 50);
  assert.equal(retimed.revision, trial.revision + 1);
  const cleared = setRecentRace(plan, undefined);
  assert.ok(cleared.ok);
  assert.equal(cleared.value.sessions.find((s) => s.id === trial.id)!.durationMin, 49);
});

test('a time trial given other minutes keeps its strides and 5K; the warm-up and cool-down fit', () => {
  const plan = generate(request);
  const trial = trialOf(plan)!;
  const steps = (s: Session | undefined) => s?.workout?.steps.map((step) => step.type);
  const minutes = (s: Session | undefined) => workoutTotals(s!.workout!, plan.paces).minutes;

  // 35 min at VDOT 50: the 5K (19:56 … at its pace range) and the strides (5:20) leave 9:42 of
  // warm-up and no cool-down.
  const shorter = changeSession(plan, trial.id, { durationMin: 35 });
  assert.ok(shorter.ok, shorter.ok ? '' : shorter.error.join('; '));
  const short = shorter.value.sessions.find((s) => s.id === trial.id);
  assert.deepEqual(steps(short), ['warmup', 'repeat', 'work']);
  assert.ok(Math.abs(minutes(short) - 35) < 1e-9, `steps sum to ${minutes(short)}`);
  assert.equal(short?.pinned, true);

  // 60 min: a 10-min warm-up and a longer cool-down; the 5K step is the same as before.
  const longer = changeSession(plan, trial.id, { durationMin: 60 });
  assert.ok(longer.ok);
  const long = longer.value.sessions.find((s) => s.id === trial.id);
  assert.deepEqual(steps(long), ['warmup', 'repeat', 'work', 'cooldown']);
  assert.ok(Math.abs(minutes(long) - 60) < 1e-9);
  assert.deepEqual(long?.workout?.steps[2], trial.workout?.steps[2]);

  // Too short for the strides and the 5K: refused in words, nothing changed.
  assert.deepEqual(changeSession(plan, trial.id, { durationMin: 20 }), {
    ok: false,
    error: [
      'a 5K time trial takes at least 26 min (the strides and the 5K); give it more, or make it another kind of session',
    ],
  });
  // Made an easy run, it is one, with an easy run's steps.
  const easy = changeSession(plan, trial.id, { kind: 'easy', durationMin: 40 });
  assert.ok(easy.ok);
  assert.deepEqual(steps(easy.value.sessions.find((s) => s.id === trial.id)), ['steady']);
});
