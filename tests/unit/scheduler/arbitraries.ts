/** fast-check generators of plan requests: seasons of 1–3 years, 0–8 races, random settings. */
import fc from 'fast-check';
import { addDays } from '../../../src/dates';
import type { Distance, PlanRequest, Priority, WeekStart } from '../../../src/model/plan';
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
