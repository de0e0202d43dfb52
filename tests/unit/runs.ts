// How many cases a property or fuzz test runs. The counts written in the tests are the full ones,
// run by `npm run test:deep` (SEASON_PLANNER_DEEP=1, e.g. nightly); the everyday suite runs a
// quarter of each (at least 5), which keeps `npm test` well under 90 s on two shared cores while
// every property still meets dozens to hundreds of fresh cases per run (fast-check seeds each run
// anew, so the everyday runs add up to the full count and more over a few days).
const SHARE = 0.25;
const MIN_RUNS = 5;

/**
 * The number of runs to give fast-check for a property whose full count is `full`.
 *
 * @example fc.assert(property, { numRuns: runs(1500) }) // 375 every day, 1500 under test:deep
 */
export function runs(full: number): number {
  if (process.env['SEASON_PLANNER_DEEP'] === '1') return full;
  return Math.min(full, Math.max(MIN_RUNS, Math.ceil(full * SHARE)));
}
