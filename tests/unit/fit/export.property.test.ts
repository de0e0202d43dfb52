// For any workout a plan can hold, the FIT file that both decoders read back is the same workout.
import { test } from 'node:test';
import fc from 'fast-check';
import { exportWorkouts } from '../../../src/fit/export-workouts';
import { ZONES } from '../../../src/model/workout';
import type { Paces, RepeatStep, SimpleStep, Step } from '../../../src/model/workout';
import { planWith, run } from '../fixtures/plans';
import { assertSameSteps, decodeWithFitFileParser, decodeWithGarmin } from './decoders';
import { PACES, expectedSteps } from './workouts';

const pace = fc
  .tuple(fc.integer({ min: 150, max: 600 }), fc.integer({ min: 0, max: 60 }))
  .map(([fast, spread]) => ({ fastSecPerKm: fast, slowSecPerKm: fast + spread }));

const simpleStep: fc.Arbitrary<SimpleStep> = fc.record(
  {
    type: fc.constantFrom('warmup', 'work', 'recovery', 'cooldown', 'steady'),
    // Whole seconds and whole metres, as workouts are written; the model allows finer.
    durationMin: fc.integer({ min: 1, max: 180 * 60 }).map((s) => s / 60),
    distanceKm: fc.integer({ min: 50, max: 42_195 }).map((m) => m / 1000),
    zone: fc.constantFrom(...ZONES),
    pace,
  },
  { requiredKeys: ['type'] },
);

const repeatStep: fc.Arbitrary<RepeatStep> = fc.record({
  type: fc.constant('repeat'),
  times: fc.integer({ min: 1, max: 30 }),
  steps: fc.array(simpleStep, { minLength: 1, maxLength: 4 }),
});

const steps: fc.Arbitrary<Step[]> = fc.array(fc.oneof(simpleStep, repeatStep), {
  minLength: 1,
  maxLength: 8,
});

test('any workout survives the trip through FIT, read back by both decoders', async () => {
  await fc.assert(
    fc.asyncProperty(steps, fc.boolean(), async (workoutSteps, withPaces) => {
      const paces: Paces | undefined = withPaces ? PACES : undefined;
      const base = planWith({
        season: { start: '2027-03-01', end: '2027-03-07' },
        sessions: [run('2027-03-02', 'intervals', 60, { workout: { steps: workoutSteps } })],
      });
      const plan = paces ? { ...base, paces } : base;
      const result = exportWorkouts(plan, { now: Date.UTC(2027, 0, 1) });
      if (!result.ok) throw new Error(result.error.join('\n'));
      const [file] = result.value;
      if (!file || result.value.length !== 1) throw new Error('expected one file');
      const expected = expectedSteps(workoutSteps, paces);
      for (const decoded of [
        decodeWithGarmin(file.bytes),
        await decodeWithFitFileParser(file.bytes),
      ]) {
        if (decoded.numValidSteps !== expected.length) throw new Error('num_valid_steps is wrong');
        assertSameSteps(decoded.steps, expected);
      }
    }),
    // Each run encodes and decodes twice; a few dozen cover the shapes without slowing the suite.
    { numRuns: 40 },
  );
});
