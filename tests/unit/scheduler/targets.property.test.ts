/**
 * The distance targets of issue 9 (see `targetProblems` in plan-checks.ts), asserted over random
 * seasons and baselines of 20–120 km a week.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { generate } from '../../../src/scheduler/generate';
import { seasonRequest } from './arbitraries';
import { targetProblems } from './plan-checks';

// Larger counts: FC_RUNS=500 node --import tsx --test tests/unit/scheduler/targets.property.test.ts
const RUNS = Number(process.env['FC_RUNS'] ?? 80);

test('a clean run-up reaches its distance targets: long runs, no down week, quality, a race week of ≥ 30 %', () => {
  fc.assert(
    fc.property(seasonRequest, (r) => {
      assert.deepEqual(targetProblems(generate(r)), []);
    }),
    { numRuns: RUNS },
  );
});
