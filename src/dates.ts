/**
 * Calendar-day arithmetic on ISO date strings, through date-fns.
 *
 * A training day has no time zone, so the model never holds a `Date`. Where date-fns needs one, the
 * day is built at the 12th hour of local time: noon is never skipped or repeated by a daylight-saving
 * change, so adding days can never land on the wrong date.
 */
import {
  addDays as fnsAddDays,
  addMonths as fnsAddMonths,
  differenceInCalendarDays,
  getISODay,
  isValid,
} from 'date-fns';
import type { IsoDate, Weekday, WeekStart } from './model/plan';
import { WEEKDAYS } from './model/plan';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function toDate(day: IsoDate): Date {
  const match = ISO_DAY.exec(day);
  if (!match) throw new RangeError(`Not an ISO date: ${day}`);
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
}

function fromDate(date: Date): IsoDate {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * True for a real calendar day written `YYYY-MM-DD`.
 *
 * @example isIsoDate('2028-02-29') // true
 * @example isIsoDate('2027-02-29') // false
 */
export function isIsoDate(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const date = toDate(value);
  return isValid(date) && fromDate(date) === value;
}

/**
 * The day `amount` days after `day` (before, when negative).
 *
 * @example addDays('2027-12-31', 1) // '2028-01-01'
 */
export function addDays(day: IsoDate, amount: number): IsoDate {
  return fromDate(fnsAddDays(toDate(day), amount));
}

/**
 * Whole days from `from` to `to`: positive when `to` is later.
 *
 * @example daysBetween('2027-03-27', '2027-03-29') // 2 (across a daylight-saving change)
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

/**
 * The same day `amount` months later, clamped to the month's end.
 *
 * @example addMonths('2027-01-31', 1) // '2027-02-28'
 */
export function addMonths(day: IsoDate, amount: number): IsoDate {
  return fromDate(fnsAddMonths(toDate(day), amount));
}

/**
 * The weekday of a day.
 *
 * @example weekdayOf('2027-03-28') // 'sunday'
 */
export function weekdayOf(day: IsoDate): Weekday {
  return WEEKDAYS[getISODay(toDate(day)) - 1] as Weekday;
}

/**
 * The first day of the week that holds `day`, for a week starting on Monday or Sunday.
 *
 * @example startOfWeek('2027-03-28', 'monday') // '2027-03-22'
 * @example startOfWeek('2027-03-28', 'sunday') // '2027-03-28'
 */
export function startOfWeek(day: IsoDate, weekStart: WeekStart): IsoDate {
  const iso = getISODay(toDate(day)); // Monday 1 … Sunday 7
  const back = weekStart === 'monday' ? iso - 1 : iso % 7;
  return addDays(day, -back);
}

/**
 * Every day from `from` to `to`, both included; empty when `to` is before `from`.
 *
 * @example eachDay('2028-02-28', '2028-03-01') // ['2028-02-28', '2028-02-29', '2028-03-01']
 */
export function eachDay(from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The earlier of two days. ISO days compare as strings. */
export function minDay(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/** The later of two days. */
export function maxDay(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/**
 * The offset of a weekday from the week's first day (0 to 6).
 *
 * @example weekdayOffset('monday', 'sunday') // 1
 */
export function weekdayOffset(weekday: Weekday, weekStart: WeekStart): number {
  const index = WEEKDAYS.indexOf(weekday); // Monday 0 … Sunday 6
  return weekStart === 'monday' ? index : (index + 1) % 7;
}

/**
 * The number of an ISO day counted from 1970-01-01 (day 0), by integer arithmetic: no `Date`, so
 * hot loops (the scheduler walks every day of a ten-year season) can afford one per day.
 *
 * @example dayNumber('1970-01-02') // 1
 * @example dayNumber('2028-03-01') - dayNumber('2028-02-28') // 2
 */
export function dayNumber(day: IsoDate): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  // Years counted from March put the leap day at the end of the counted year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + date - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The ISO day of a day number: the inverse of `dayNumber`.
 *
 * @example fromDayNumber(0) // '1970-01-01'
 */
export function fromDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${date < 10 ? '0' : ''}${date}`;
}

/**
 * The offset (0 to 6) of a day number from the first day of its week.
 *
 * @example dayNumberWeekOffset(dayNumber('2027-03-28'), 'sunday') // 0
 */
export function dayNumberWeekOffset(n: number, weekStart: WeekStart): number {
  // Day 0 (1970-01-01) was a Thursday: index 3 in a Monday week, 4 in a Sunday week.
  const shift = weekStart === 'monday' ? 3 : 4;
  return (((n + shift) % 7) + 7) % 7;
}
