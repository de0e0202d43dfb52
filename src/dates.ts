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
