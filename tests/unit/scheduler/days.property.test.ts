/**
 * The day-level targets of issue 9 (see `dayProblems` in plan-checks.ts) over random seasons:
 * at most 2 rest days in a row outside a race's recovery or a reset break, and quality back within
 * 5 days after a B or C race.
 *
 * Baselines of 40–120 km a week: below 40 a week can hold as few as two runs (a down week, a
 * taper, the weeks after a recovery), which no layout spreads over seven days without 3 rest days
 * in a row. Even from 40 a small share of plans keeps a problem the scheduler cannot lay out of
 * the way: a week the load limits cut to nearly nothing (a down week between a time trial and a
 * race, a taper held to a light race week). Measured on 3,000 plans of this generator: about 1 in
 * 1,000 with 3 rest days in a row and 1 in 1,000 B or C races without its quality (before issue 9's
 * day-level work, on one sample: 169 of 1,000 plans and 115 of 1,955 races). So each test asserts a
 * share: at most 2 % of the plans, which the residual reaches with negligible odds and a
 * regression to the old layout would far exceed; the plans that miss are named in the message.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { runs } from '../runs';
import { addDays } from '../../../src/dates';
import type { Distance, Plan, PlanRequest, Priority, WeekStart } from '../../../src/model/plan';
import { WEEKDAYS } from '../../../src/model/plan';
import { generate } from '../../../src/scheduler/generate';
import { qualityAfterRaceProblems, restStreakProblems } from './plan-checks';

const RUNS = Number(process.env['FC_RUNS'] ?? runs(200));

const request: fc.Arbitrary<PlanRequest> = fc
  .record({
    startOffset: fc.integer({ min: 0, max: 3000 }),
    length: fc.integer({ min: 200, max: 2 * 366 }),
    races: fc.array(
      fc.record({
        at: fc.nat({ max: 100_000 }),
        distance: fc.constantFrom<Distance>('5k', '10k', 'half', 'marathon', 'ultra'),
        priority: fc.constantFrom<Priority>('A', 'B', 'C'),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    weeklyKmBaseline: fc.integer({ min: 40, max: 120 }),
    longRunWeekday: fc.constantFrom(...WEEKDAYS),
    restWeekday: fc.constantFrom(...WEEKDAYS),
    weekStart: fc.constantFrom<WeekStart>('monday', 'sunday'),
    hardDayCap: fc.integer({ min: 1, max: 3 }),
    downWeekCycle: fc.integer({ min: 2, max: 5 }),
  })
  .map(({ startOffset, length, races, ...athlete }) => {
    const start = addDays('2025-01-06', startOffset);
    return {
      start,
      end: addDays(start, length - 1),
      athlete,
      races: races.map((race, i) => ({
        name: `Race ${i + 1}`,
        date: addDays(start, race.at % length),
        distance: race.distance,
        priority: race.priority,
      })),
    };
  });

/** The plans (by index) whose problems `check` finds, each with its first problem. */
function misses(check: (plan: Plan) => string[]): string[] {
  const requests = fc.sample(request, RUNS);
  const found: string[] = [];
  requests.forEach((r, index) => {
    const problems = check(generate(r));
    if (problems.length > 0) found.push(`#${index} ${problems[0]} in ${JSON.stringify(r)}`);
  });
  return found;
}

const ALLOWED_SHARE = 0.02;

test('no 3 rest days in a row outside a race recovery or a reset break (all but 2 % of plans)', () => {
  const found = misses(restStreakProblems);
  assert.ok(found.length <= ALLOWED_SHARE * RUNS, found.join('\n'));
});

test('quality back within 5 days after a B or C race that DOMAIN allows it after (all but 2 % of plans)', () => {
  const found = misses(qualityAfterRaceProblems);
  assert.ok(found.length <= ALLOWED_SHARE * RUNS, found.join('\n'));
});
