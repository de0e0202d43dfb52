/** fast-check generators of plan requests: random seasons, races and settings. */
import fc from 'fast-check';
import { addDays } from '../../../src/dates';
import type { Distance, Plan, PlanRequest, Priority, WeekStart } from '../../../src/model/plan';
import { generate } from '../../../src/scheduler/generate';
import { WEEKDAYS } from '../../../src/model/plan';

const distance: fc.Arbitrary<Distance> = fc.constantFrom<Distance>(
  '5k',
  '10k',
  'half',
  'marathon',
  'ultra',
  15,
  30,
  60,
);

/** Seasons of 1–3 years, 0–8 races of any distance, any settings (baselines of 5–400 km a week). */
export const planRequest: fc.Arbitrary<PlanRequest> = fc
  .record({
    startOffset: fc.integer({ min: 0, max: 4000 }),
    length: fc.integer({ min: 365, max: 3 * 366 }),
    races: fc.array(
      fc.record({
        at: fc.nat({ max: 100_000 }),
        distance,
        priority: fc.constantFrom<Priority>('A', 'B', 'C'),
      }),
      { maxLength: 8 },
    ),
    focusDistance: distance,
    weeklyKmBaseline: fc.integer({ min: 5, max: 400 }),
    restWeekday: fc.constantFrom(...WEEKDAYS),
    longRunWeekday: fc.constantFrom(...WEEKDAYS),
    weekStart: fc.constantFrom<WeekStart>('monday', 'sunday'),
    hardDayCap: fc.integer({ min: 0, max: 4 }),
    downWeekCycle: fc.integer({ min: 1, max: 6 }),
    downWeekRatio: fc.double({ min: 0.3, max: 1, noNaN: true }),
    offDistanceBlockWeeks: fc.integer({ min: 1, max: 12 }),
  })
  .map(({ startOffset, length, races, ...athlete }) => {
    const start = addDays('2024-01-01', startOffset);
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

/** What varies between the season generators of issue 9's property tests. */
export interface SeasonOptions {
  /** The lowest weekly baseline drawn (km); the highest is 120. */
  readonly minKm: number;
  /** The priorities drawn, repeated to weigh them. */
  readonly priorities: readonly Priority[];
  readonly maxRaces: number;
  /** Whether the week may start on Sunday as well as Monday. */
  readonly sundayWeeks: boolean;
  /** Whether the focus distance may be given (the first race's) as well as left to infer. */
  readonly withFocus: boolean;
}

/**
 * Seasons of 200 days to 2 years with 1 to `maxRaces` races of the five named distances.
 *
 * @example fc.sample(seasonRequestWith({ ...SEASONS, minKm: 40 }), 10)
 */
export function seasonRequestWith(options: SeasonOptions): fc.Arbitrary<PlanRequest> {
  return fc
    .record({
      startOffset: fc.integer({ min: 0, max: 3000 }),
      length: fc.integer({ min: 200, max: 2 * 366 }),
      races: fc.array(
        fc.record({
          at: fc.nat({ max: 100_000 }),
          distance: fc.constantFrom<Distance>('5k', '10k', 'half', 'marathon', 'ultra'),
          priority: fc.constantFrom<Priority>(...options.priorities),
        }),
        { minLength: 1, maxLength: options.maxRaces },
      ),
      weeklyKmBaseline: fc.integer({ min: options.minKm, max: 120 }),
      longRunWeekday: fc.constantFrom(...WEEKDAYS),
      restWeekday: fc.constantFrom(...WEEKDAYS),
      weekStart: fc.constantFrom<WeekStart>(
        ...(options.sundayWeeks ? (['monday', 'sunday'] as const) : (['monday'] as const)),
      ),
      hardDayCap: fc.integer({ min: 1, max: 3 }),
      downWeekCycle: fc.integer({ min: 2, max: 5 }),
      withFocus: options.withFocus ? fc.boolean() : fc.constant(false),
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
}

/**
 * The seasons issue 9's targets are judged over: 1–4 races (A twice as likely), baselines of
 * 20–120 km a week, the focus distance given or left to infer.
 */
export const seasonRequest = seasonRequestWith({
  minKm: 20,
  priorities: ['A', 'A', 'B', 'C'],
  maxRaces: 4,
  sundayWeeks: false,
  withFocus: true,
});

/**
 * The requests among `count` drawn from `requests` whose plan `check` finds problems, each named
 * with its first problem and the request: for the targets a small share of plans still misses.
 */
export function plansThatMiss(
  requests: fc.Arbitrary<PlanRequest>,
  count: number,
  check: (plan: Plan) => string[],
): string[] {
  const found: string[] = [];
  fc.sample(requests, count).forEach((r, index) => {
    const problems = check(generate(r));
    if (problems.length > 0) found.push(`#${index} ${problems[0]} in ${JSON.stringify(r)}`);
  });
  return found;
}
