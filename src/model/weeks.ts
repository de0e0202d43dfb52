import { addDays, startOfWeek } from '../dates';
import type { IsoDate, Season, WeekStart } from './plan';

export interface Week {
  /** First day (the athlete's week start). */
  readonly start: IsoDate;
  /** Last day, inclusive. */
  readonly end: IsoDate;
  /** All seven days lie inside the season. */
  readonly full: boolean;
}

/**
 * The weeks that overlap a season, in order, aligned to the athlete's week start. The first and last
 * may be partial (`full: false`): rules about a whole week judge only full weeks.
 *
 * @example seasonWeeks({ start: '2027-01-06', end: '2027-01-20' }, 'monday')
 * // [{ start: '2027-01-04', end: '2027-01-10', full: false }, { start: '2027-01-11', … full: true },
 * //  { start: '2027-01-18', end: '2027-01-24', full: false }]
 */
export function seasonWeeks(season: Season, weekStart: WeekStart): Week[] {
  const weeks: Week[] = [];
  for (let start = startOfWeek(season.start, weekStart); start <= season.end;) {
    const end = addDays(start, 6);
    weeks.push({ start, end, full: start >= season.start && end <= season.end });
    start = addDays(start, 7);
  }
  return weeks;
}
