import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Plan, PlanRequest } from '../../../src/model/plan';
import type { RecentRace } from '../../../src/model/workout';
import { predictMinutes } from '../../../src/paces/zones';
import { checkPlan } from '../../../src/rules/index';
import { generate } from '../../../src/scheduler/generate';
import { distanceKm } from '../../../src/model/settings';
import { workoutTotals } from '../../../src/workouts/totals';
import { planRequest } from '../scheduler/arbitraries';

// Each run plans one to three years; a few dozen runs take a few seconds on two slow cores.
const RUNS = Number(process.env['WORKOUT_PROPERTY_RUNS'] ?? 40);

/** Results from a 3:00 marathoner's 5K to a slow half: VDOT about 25 to 65. */
const recentRace: fc.Arbitrary<RecentRace> = fc.oneof(
  fc
    .integer({ min: 16 * 60, max: 40 * 60 })
    .map((s): RecentRace => ({ distance: '5k', time: `${Math.floor(s / 60)}:${pad(s % 60)}` })),
  fc
    .integer({ min: 70 * 60, max: 170 * 60 })
    .map((s): RecentRace => ({ distance: 'half', time: clock(s) })),
  fc
    .integer({ min: 150 * 60, max: 330 * 60 })
    .map((s): RecentRace => ({ distance: 'marathon', time: clock(s) })),
);

const withResult: fc.Arbitrary<PlanRequest> = fc
  .tuple(planRequest, recentRace)
  .map(([request, race]) => ({ ...request, athlete: { ...request.athlete, recentRace: race } }));

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function clock(seconds: number): string {
  return `${Math.floor(seconds / 3600)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/** Every problem with the plan's workouts: steps that do not sum, runs without steps. */
function workoutProblems(plan: Plan): string[] {
  const problems: string[] = [];
  for (const session of plan.sessions) {
    // A race is run on the course; a time trial (a race-kind session with no race behind it) has
    // steps like any workout.
    if (session.kind === 'rest' || session.raceId !== undefined) {
      if (session.workout) problems.push(`${session.id}: a ${session.kind} with steps`);
      continue;
    }
    if (!session.workout) {
      problems.push(`${session.id}: no workout`);
      continue;
    }
    const totals = workoutTotals(session.workout, plan.paces);
    if (Math.abs(totals.minutes - session.durationMin) > 1e-6) {
      problems.push(`${session.id}: steps ${totals.minutes} min, session ${session.durationMin}`);
    }
    if (Math.abs(totals.km - session.distanceKm) > 0.05 + 1e-9) {
      problems.push(`${session.id}: steps ${totals.km} km, session ${session.distanceKm}`);
    }
    const negative = JSON.stringify(session.workout).match(/"(durationMin|distanceKm)":-/);
    if (negative) problems.push(`${session.id}: a step of negative length`);
  }
  return problems;
}

test('every generated session’s steps sum to its minutes and km; the limits hold (with a result)', () => {
  fc.assert(
    fc.property(withResult, (request) => {
      const plan = generate(request);
      assert.ok(plan.paces, 'a plan with a result has paces');
      assert.deepEqual(workoutProblems(plan), []);
      const rules = checkPlan(plan).filter(
        (w) => w.rule === 'workout-limits' || w.rule === 'race-time',
      );
      assert.deepEqual(
        rules.map((w) => w.message),
        [],
      );
      for (const race of plan.races) {
        const session = plan.sessions.find((s) => s.raceId === race.id);
        const predicted = predictMinutes(plan.paces, distanceKm(race.distance));
        assert.ok(Math.abs(session!.durationMin - predicted) <= 0.5, race.id);
      }
    }),
    { numRuns: RUNS },
  );
});

test('without a result the steps still sum, the limits hold, and no pace appears anywhere', () => {
  fc.assert(
    fc.property(planRequest, (request) => {
      const plan = generate(request);
      assert.equal(plan.paces, undefined);
      assert.deepEqual(workoutProblems(plan), []);
      assert.ok(!JSON.stringify(plan).includes('"pace"'), 'a pace in a plan without a result');
      assert.deepEqual(
        checkPlan(plan)
          .filter((w) => w.rule === 'workout-limits')
          .map((w) => w.message),
        [],
      );
    }),
    { numRuns: RUNS },
  );
});
