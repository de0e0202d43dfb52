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
import { runs } from '../runs';
import { plansThatMiss, seasonRequestWith } from './arbitraries';
import { qualityAfterRaceProblems, restStreakProblems } from './plan-checks';

const RUNS = Number(process.env['FC_RUNS'] ?? runs(200));

const request = seasonRequestWith({
  minKm: 40,
  priorities: ['A', 'B', 'C'],
  maxRaces: 5,
  sundayWeeks: true,
  withFocus: false,
});

const misses = (check: typeof restStreakProblems): string[] => plansThatMiss(request, RUNS, check);

const ALLOWED_SHARE = 0.02;

test('no 3 rest days in a row outside a race recovery or a reset break (all but 2 % of plans)', () => {
  const found = misses(restStreakProblems);
  assert.ok(found.length <= ALLOWED_SHARE * RUNS, found.join('\n'));
});

test('quality back within 5 days after a B or C race that DOMAIN allows it after (all but 2 % of plans)', () => {
  const found = misses(qualityAfterRaceProblems);
  assert.ok(found.length <= ALLOWED_SHARE * RUNS, found.join('\n'));
});
