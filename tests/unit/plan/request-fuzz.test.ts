// Finding 7 of issue 11: every request the request schema accepts gives a plan the plan schema
// accepts. 100 runs in the unit suite; SEASON_PLANNER_FUZZ_RUNS=1000 for the full count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays } from '../../../src/dates';
import { PRIORITIES, STANDARD_DISTANCES, WEEKDAYS } from '../../../src/model/plan';
import { checkIntegrity } from '../../../src/plan/integrity';
import { parsePlan, parsePlanRequest } from '../../../src/plan/plan-file';
import { MAX_RACE_KM, MAX_SEASON_YEARS } from '../../../src/plan/schema';
import { generate } from '../../../src/scheduler/generate';
import { distanceKm } from '../../../src/model/settings';
import { formatRaceTime } from '../../../src/paces/race-time';
import { predictSeconds } from '../../../src/paces/vdot';
import { VDOT_RANGE } from '../../../src/paces/zones';

const RESULT_DISTANCES = ['5k', '10k', 'half', 'marathon'] as const;

const RUNS = Number(process.env['SEASON_PLANNER_FUZZ_RUNS'] ?? '100');

// Past the request's limits too (up to the plan file's 1000 km, 60-year seasons): those requests
// must be refused, never turned into a plan the plan schema refuses.
const distance = fc.oneof(
  fc.constantFrom(...STANDARD_DISTANCES),
  fc.double({ min: 0.1, max: MAX_RACE_KM, noNaN: true }),
  fc.double({ min: 0.1, max: 1000, noNaN: true }),
);

// Anything the request schema allows, up to its limits: the longest seasons, the longest races,
// the extreme settings. Requests the schema refuses are skipped (and counted, so the generator
// cannot drift into testing nothing).
const request = fc
  .record({
    startOffset: fc.integer({ min: 0, max: 40_000 }),
    length: fc.oneof(
      fc.integer({ min: 1, max: 400 }),
      fc.integer({ min: 1, max: Math.round(MAX_SEASON_YEARS * 365.25) }),
      fc.integer({ min: 1, max: 60 * 366 }),
    ),
    races: fc.array(
      fc.record({
        at: fc.nat(),
        distance,
        priority: fc.option(fc.constantFrom(...PRIORITIES), { nil: undefined }),
      }),
      { maxLength: 40 },
    ),
    athlete: fc.record(
      {
        focusDistance: fc.oneof(
          fc.constantFrom(...STANDARD_DISTANCES),
          fc.double({ min: 0.1, max: 1000, noNaN: true }),
        ),
        weeklyKmBaseline: fc.double({ min: 5, max: 400, noNaN: true }),
        restWeekday: fc.constantFrom(...WEEKDAYS),
        longRunWeekday: fc.constantFrom(...WEEKDAYS),
        weekStart: fc.constantFrom('monday' as const, 'sunday' as const),
        hardDayCap: fc.integer({ min: 0, max: 7 }),
        downWeekCycle: fc.integer({ min: 1, max: 12 }),
        downWeekRatio: fc.double({ min: 0.3, max: 1, noNaN: true }),
        offDistanceBlockWeeks: fc.integer({ min: 1, max: 26 }),
        resetBreakDays: fc.integer({ min: 3, max: 5 }),
        // A result sets paces, and then races last their predicted time: a slow runner's longest
        // race is the longest session the plan file must hold.
        recentRace: fc
          .record({
            distance: fc.constantFrom(...RESULT_DISTANCES),
            vdot: fc.double({ min: VDOT_RANGE[0] + 0.01, max: VDOT_RANGE[1] - 0.01, noNaN: true }),
          })
          .map(({ distance, vdot }) => ({
            distance,
            time: formatRaceTime(Math.round(predictSeconds(vdot, distanceKm(distance)))),
          })),
        units: fc.constantFrom('km' as const, 'mi' as const),
      },
      { requiredKeys: [] },
    ),
  })
  .map(({ startOffset, length, races, athlete }) => {
    const start = addDays('1990-01-01', startOffset);
    return {
      start,
      end: addDays(start, length - 1),
      athlete,
      races: races.map((race, i) => ({
        name: `Race ${i + 1}`,
        date: addDays(start, race.at % length),
        distance: race.distance,
        ...(race.priority ? { priority: race.priority } : {}),
      })),
    };
  });

test(`${RUNS} random valid requests give plans that parsePlan accepts and that are consistent`, () => {
  let accepted = 0;
  fc.assert(
    fc.property(request, (raw) => {
      const parsed = parsePlanRequest(raw);
      if (!parsed.ok) return;
      accepted += 1;
      const plan = generate(parsed.value);
      const reread = parsePlan(JSON.parse(JSON.stringify(plan)));
      assert.ok(reread.ok, reread.ok ? '' : reread.error.slice(0, 5).join('\n'));
      assert.deepEqual(checkIntegrity(plan), []);
    }),
    { numRuns: RUNS, seed: 11 },
  );
  assert.ok(accepted >= RUNS * 0.4, `only ${accepted} of ${RUNS} requests were valid`);
});
