/**
 * The season as an array of days (index 0 = season start) and what each day is for: its phase, the
 * race it belongs to, its volume factor and what it must not hold. Everything later reads these
 * arrays, so each step is a loop over days rather than a search through sessions.
 */
import { dayNumber, dayNumberWeekOffset, fromDayNumber } from '../dates';
import type { IsoDate, Race, Season, WeekStart } from '../model/plan';
import { isMarathonOrLonger } from '../model/settings';
import {
  recoveryDays,
  recoveryFactor,
  recoveryRestDays,
  taperDays,
  taperFactor,
} from './race-profile';

export type Phase =
  'base' | 'build' | 'peak' | 'taper' | 'race' | 'recovery' | 'off-distance' | 'reset';

/** Days before an A race's taper given to the peak, then to the build. */
export const PEAK_DAYS = 21;
export const BUILD_DAYS = 42;

export interface SeasonCalendar {
  /** Day number (src/dates.ts) of the season's first day. */
  readonly first: number;
  /** Days in the season. */
  readonly count: number;
  /** Index of the first day of the first week (0 or negative: the week may start before the season). */
  readonly firstWeekStart: number;
}

/**
 * The calendar of a season: day indices and the alignment of its weeks.
 *
 * @example seasonCalendar({ start: '2027-01-06', end: '2027-01-20' }, 'monday').firstWeekStart // -2
 */
export function seasonCalendar(season: Season, weekStart: WeekStart): SeasonCalendar {
  const first = dayNumber(season.start);
  return {
    first,
    count: dayNumber(season.end) - first + 1,
    firstWeekStart: -dayNumberWeekOffset(first, weekStart),
  };
}

/** The ISO day of index `i`. */
export function isoOf(calendar: SeasonCalendar, i: number): IsoDate {
  return fromDayNumber(calendar.first + i);
}

/** The index of an ISO day (may fall outside 0 … count − 1). */
export function indexOf(calendar: SeasonCalendar, day: IsoDate): number {
  return dayNumber(day) - calendar.first;
}

export interface DayPlan {
  readonly calendar: SeasonCalendar;
  readonly phase: Phase[];
  /** The race a taper, race or recovery day belongs to (index into the races), else −1. */
  readonly raceIndex: Int32Array;
  /** Volume relative to a normal day of the same role. */
  readonly factor: Float64Array;
  /** 1 where a hard session is not allowed (around races, in recovery, in a mini-taper). */
  readonly noHard: Uint8Array;
  /** 1 where a long run is not allowed. */
  readonly noLong: Uint8Array;
  /** 1 where the day must be rest (the first days after a race). */
  readonly forcedRest: Uint8Array;
  /** Indices of the races on each day that has one. */
  readonly racesOn: ReadonlyMap<number, readonly number[]>;
  /**
   * 1 on the days 1–5 after a tune-up (a B or C race shorter than a marathon): quality comes back
   * within 5 days of it (DOMAIN.md, "after a race": quality back 4–5 days after a 5K/10K tune-up).
   */
  readonly qualityDue: Uint8Array;
}

/**
 * A B or C race shorter than a marathon: quality comes back within 5 days of it. A marathon or
 * longer needs weeks (DOMAIN.md: 3–5 weeks after a marathon, "one easy day per mile raced" as a
 * floor), whatever its priority.
 *
 * @example isTuneUp({ distance: 'half', priority: 'B', … }) // true
 */
export function isTuneUp(race: Race): boolean {
  return race.priority !== 'A' && !isMarathonOrLonger(race.distance);
}

/**
 * The first day after a B or C race that may hold a hard session: the 4th after a tune-up (quality
 * back 4–5 days after it, DOMAIN.md), the 6th (past its recovery) after a marathon or longer.
 */
function qualityBackDay(race: Race): number {
  return isTuneUp(race) ? 4 : 6;
}

/**
 * Works the phases back from each race: build and peak before an A race, the taper, the race day,
 * the recovery after it. Off-distance blocks are placed afterwards on the days left as base or build.
 *
 * @example buildDayPlan(calendar, races).phase[0] // 'base'
 */
export function buildDayPlan(calendar: SeasonCalendar, races: readonly Race[]): DayPlan {
  const n = calendar.count;
  const phase: Phase[] = new Array<Phase>(n).fill('base');
  const raceIndex = new Int32Array(n).fill(-1);
  const factor = new Float64Array(n).fill(1);
  const noHard = new Uint8Array(n);
  const noLong = new Uint8Array(n);
  const forcedRest = new Uint8Array(n);
  const racesOn = new Map<number, number[]>();
  const qualityDue = new Uint8Array(n);
  const dayOf = races.map((race) => indexOf(calendar, race.date));
  // A taper cannot open the season: the taper rule compares each taper week with the week before,
  // and that week must be a whole week of the season for the comparison to mean anything.
  const earliestTaper = calendar.firstWeekStart + (calendar.firstWeekStart < 0 ? 14 : 7);
  const mark = (array: Uint8Array, from: number, to: number): void => {
    for (let i = Math.max(0, from); i <= Math.min(n - 1, to); i++) array[i] = 1;
  };

  races.forEach((race, r) => {
    if (race.priority !== 'A') return;
    const taperStart = Math.max(earliestTaper, dayOf[r]! - taperDays(race));
    for (let i = Math.max(0, taperStart - PEAK_DAYS - BUILD_DAYS); i < taperStart && i < n; i++) {
      if (phase[i] === 'base' || phase[i] === 'build') {
        phase[i] = i >= taperStart - PEAK_DAYS ? 'peak' : 'build';
      }
    }
  });
  races.forEach((race, r) => {
    const day = dayOf[r]!;
    for (let i = Math.max(0, earliestTaper, day - taperDays(race)); i < day; i++) {
      phase[i] = 'taper';
      raceIndex[i] = r;
      factor[i] = taperFactor(race, day - i);
    }
    if (race.priority === 'A') {
      mark(noHard, day - 2, day - 1);
      mark(noLong, day - 6, day - 1);
    } else {
      mark(noHard, day - taperDays(race), day - 1);
      mark(noLong, day - 2, day - 1);
    }
  });
  races.forEach((race, r) => {
    const day = dayOf[r]!;
    const rest = recoveryRestDays(race);
    for (let k = 1; k <= recoveryDays(race) && day + k < n; k++) {
      const i = day + k;
      phase[i] = 'recovery';
      raceIndex[i] = r;
      factor[i] = recoveryFactor(race, k);
      if (race.priority === 'A' || k < qualityBackDay(race)) noHard[i] = 1;
      noLong[i] = 1;
      if (k <= rest) forcedRest[i] = 1;
    }
  });
  races.forEach((_race, r) => {
    const day = dayOf[r]!;
    phase[day] = 'race';
    raceIndex[day] = r;
    forcedRest[day] = 0;
    mark(noHard, day - 1, day + 1);
    mark(noLong, day - 1, day + 1);
    const list = racesOn.get(day);
    if (list) list.push(r);
    else racesOn.set(day, [r]);
  });
  races.forEach((race, r) => {
    if (!isTuneUp(race)) return;
    for (let i = Math.max(0, dayOf[r]! + 1); i <= Math.min(n - 1, dayOf[r]! + 5); i++) {
      qualityDue[i] = 1;
    }
  });
  return { calendar, phase, raceIndex, factor, noHard, noLong, forcedRest, racesOn, qualityDue };
}
