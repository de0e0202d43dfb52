import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SESSION_KINDS } from '../../../src/model/plan';
import type { Distance, SessionKind } from '../../../src/model/plan';
import type { Phase } from '../../../src/scheduler/day-plan';
import { pacesFromVdot } from '../../../src/paces/zones';
import { buildWorkout } from '../../../src/workouts/build';
import type { WorkoutInput } from '../../../src/workouts/build';
import { formatWorkoutLines } from '../../../src/workouts/format';
import { zoneLimitKm } from '../../../src/workouts/limits';
import { workoutTotals, zoneWorkKm, zoneWorkMinutes } from '../../../src/workouts/totals';

const paces = pacesFromVdot(50);
const input = (over: Partial<WorkoutInput>): WorkoutInput => ({
  kind: 'intervals',
  phase: 'build',
  minutes: 60,
  weekKm: 70,
  paces,
  target: 'marathon',
  index: 0,
  ...over,
});

test('VO2max intervals: warm-up, reps at I pace with a jog, cool-down; within 8 % of the week', () => {
  const lines = formatWorkoutLines(buildWorkout(input({}))!, 'km');
  assert.equal(lines.length, 3);
  assert.match(lines[0]!, /^Warm-up \d+ min easy$/);
  assert.match(lines[1]!, /^\d × 1000 m @ 3:5\d–\d:\d\d\/km, 400 m jog$/);
  assert.match(lines[2]!, /^Cool-down \d+ min easy$/);
  // 70 km a week: at most 5.6 km of I work, so 5 × 1000 m.
  assert.equal(zoneWorkKm(buildWorkout(input({ index: 4 }))!, paces).interval, 5);
});

test('workouts vary across a phase and grow through it', () => {
  const texts = [0, 1, 2, 3].map(
    (index) => formatWorkoutLines(buildWorkout(input({ kind: 'threshold', index }))!, 'km')[1],
  );
  assert.ok(new Set(texts).size >= 3, texts.join(' | '));
  const tempo = [0, 3].map((index) =>
    zoneWorkMinutes(buildWorkout(input({ kind: 'tempo', index }))!, paces, 'threshold'),
  );
  assert.ok(tempo[1]! > tempo[0]!, `tempo ${tempo.join(' → ')} min`);
});

test('marathon pace inside the long runs of a marathon build, not in the base', () => {
  const specific = buildWorkout(input({ kind: 'long', minutes: 150, index: 1 }))!;
  assert.ok(zoneWorkKm(specific, paces).marathon >= 3);
  const base = buildWorkout(input({ kind: 'long', phase: 'base', minutes: 150, index: 1 }))!;
  assert.equal(zoneWorkKm(base, paces).marathon, 0);
});

test('strides are 6–8 × 20 s after an easy run', () => {
  const lines = formatWorkoutLines(buildWorkout(input({ kind: 'strides', minutes: 45 }))!, 'km');
  assert.match(lines[1]!, /^[678] × 20 s @ /);
});

test('rest and races have no steps; a day too short for reps is an easy run', () => {
  assert.equal(buildWorkout(input({ kind: 'rest' })), undefined);
  assert.equal(buildWorkout(input({ kind: 'race' })), undefined);
  const short = buildWorkout(input({ minutes: 6 }))!;
  assert.deepEqual(
    short.steps.map((s) => s.type),
    ['steady'],
  );
});

const phases: readonly Phase[] = ['base', 'build', 'peak', 'taper', 'recovery', 'off-distance'];
const targets: readonly Distance[] = ['5k', '10k', 'half', 'marathon', 'ultra', 15];

test('any kind, length and week: steps sum to the minutes, no step is negative, limits hold', () => {
  fc.assert(
    fc.property(
      fc.constantFrom<SessionKind>(...SESSION_KINDS),
      fc.constantFrom(...phases),
      fc.double({ min: 1, max: 240, noNaN: true }),
      fc.double({ min: 3, max: 250, noNaN: true }),
      fc.option(fc.double({ min: 20, max: 85, noNaN: true }), { nil: undefined }),
      fc.constantFrom(...targets),
      fc.nat({ max: 12 }),
      (kind, phase, minutes, weekKm, vdot, target, index) => {
        const own = vdot === undefined ? undefined : pacesFromVdot(vdot);
        const workout = buildWorkout({ kind, phase, minutes, weekKm, paces: own, target, index });
        if (kind === 'rest' || kind === 'race') return workout === undefined;
        assert.ok(workout);
        assert.ok(Math.abs(workoutTotals(workout, own).minutes - minutes) < 1e-6);
        assert.ok(!/"(durationMin|distanceKm)":-/.test(JSON.stringify(workout)));
        const km = zoneWorkKm(workout, own);
        for (const zone of ['threshold', 'interval', 'repetition', 'marathon'] as const) {
          assert.ok(km[zone] <= zoneLimitKm(zone, weekKm, own) + 1e-9, `${zone} ${km[zone]}`);
        }
        return true;
      },
    ),
    { numRuns: 500 },
  );
});
