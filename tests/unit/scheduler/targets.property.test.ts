/**
 * The distance targets of issue 9 (see `targetProblems` in plan-checks.ts), asserted over random
 * seasons and baselines of 20–120 km a week.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays } from '../../../src/dates';
import type { Distance, PlanRequest, Priority } from '../../../src/model/plan';
import { WEEKDAYS } from '../../../src/model/plan';
import { generate } from '../../../src/scheduler/generate';
import { targetProblems } from './plan-checks';

// Larger counts: FC_RUNS=500 node --import tsx --test tests/unit/scheduler/targets.property.test.ts
const RUNS = Number(process.env['FC_RUNS'] ?? 80);

const request: fc.Arbitrary<PlanRequest> = fc
  .record({
    startOffset: fc.integer({ min: 0, max: 3000 }),
    length: fc.integer({ min: 200, max: 2 * 366 }),
    races: fc.array(
      fc.record({
        at: fc.nat({ max: 100_000 }),
        distance: fc.constantFrom<Distance>('5k', '10k', 'half', 'marathon', 'ultra'),
        priority: fc.constantFrom<Priority>('A', 'A', 'B', 'C'),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    weeklyKmBaseline: fc.integer({ min: 20, max: 120 }),
    longRunWeekday: fc.constantFrom(...WEEKDAYS),
    restWeekday: fc.constantFrom(...WEEKDAYS),
    hardDayCap: fc.integer({ min: 1, max: 3 }),
    downWeekCycle: fc.integer({ min: 2, max: 5 }),
    withFocus: fc.boolean(),
  })
  .map(({ startOffset, length, races, withFocus, ...athlete }) => {
    const start = addDays('2025-01-06', startOffset);
    return {
      start,
      end: addDays(start, length - 1),
      athlete: withFocus ? { ...athlete, focusDistance: races[0]!.distance } : athlete,
      races: races.map((race, i) => ({
        name: `Race ${i + 1}`,
        date: addDays(start, race.at % length),
        distance: race.distance,
        priority: race.priority,
      })),
    };
  });

test('a clean run-up reaches its distance targets: long runs, no down week, quality, a race week of ≥ 30 %', () => {
  fc.assert(
    fc.property(request, (r) => {
      assert.deepEqual(targetProblems(generate(r)), []);
    }),
    { numRuns: RUNS },
  );
});
