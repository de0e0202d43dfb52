/**
 * Calendar-day arithmetic on ISO date strings, done on day numbers (days since 1970-01-01).
 *
 * A training day has no time zone, so nothing here builds a `Date`: a local-time `Date` follows the
 * machine's zone, and zones skip or repeat days (Samoa skipped 2011-12-30), which once made
 * `addDays('2011-12-29', 1)` answer `'2011-12-31'` under `TZ=Pacific/Apia`. Integer arithmetic on
 * the proleptic Gregorian calendar gives the same answer on every machine, and is cheap enough for
 * the scheduler's and the rules' loops over every day of a season. date-fns is not used here: every
 * one of its functions takes a `Date`, which is exactly what this module avoids (its `{ in }`
 * context would only put back the UTC `Date` that day numbers make unnecessary).
 */
import type { IsoDate, Weekday, WeekStart } from './model/plan';
import { WEEKDAYS } from './model/plan';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days in a month of the proleptic Gregorian calendar (month 1 to 12). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The day's number, or a RangeError naming the value when it is not a calendar day. */
function checkedDayNumber(day: IsoDate): number {
  if (!isIsoDate(day)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${day}`);
  return dayNumber(day);
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
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The ISO day of a year, month (1 to 12) and day of the month, e.g. from a clock's local fields.
 * Throws a RangeError naming the fields when they are not a calendar day.
 *
 * @example isoDate(2027, 4, 9) // '2027-04-09'
 */
export function isoDate(year: number, month: number, day: number): IsoDate {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isIsoDate(text))
    throw new RangeError(`Not a calendar day: ${year}, month ${month}, day ${day}`);
  return text;
}

/**
 * The day `amount` days after `day` (before, when negative).
 *
 * @example addDays('2027-12-31', 1) // '2028-01-01'
 * @example addDays('2011-12-29', 1) // '2011-12-30', in every time zone (Samoa skipped it)
 */
export function addDays(day: IsoDate, amount: number): IsoDate {
  return fromDayNumber(checkedDayNumber(day) + amount);
}

/**
 * Whole days from `from` to `to`: positive when `to` is later.
 *
 * @example daysBetween('2027-03-27', '2027-03-29') // 2 (across a daylight-saving change)
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return checkedDayNumber(to) - checkedDayNumber(from);
}

/**
 * The same day `amount` months later, clamped to the month's end.
 *
 * @example addMonths('2027-01-31', 1) // '2027-02-28'
 */
export function addMonths(day: IsoDate, amount: number): IsoDate {
  checkedDayNumber(day);
  const months = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + amount;
  const year = Math.floor(months / 12);
  const month = months - year * 12 + 1;
  return isoDate(year, month, Math.min(Number(day.slice(8, 10)), daysInMonth(year, month)));
}

/**
 * The weekday of a day.
 *
 * @example weekdayOf('2027-03-28') // 'sunday'
 */
export function weekdayOf(day: IsoDate): Weekday {
  return WEEKDAYS[dayNumberWeekOffset(checkedDayNumber(day), 'monday')] as Weekday;
}

/**
 * The first day of the week that holds `day`, for a week starting on Monday or Sunday.
 *
 * @example startOfWeek('2027-03-28', 'monday') // '2027-03-22'
 * @example startOfWeek('2027-03-28', 'sunday') // '2027-03-28'
 */
export function startOfWeek(day: IsoDate, weekStart: WeekStart): IsoDate {
  const n = checkedDayNumber(day);
  return fromDayNumber(n - dayNumberWeekOffset(n, weekStart));
}

/**
 * Every day from `from` to `to`, both included; empty when `to` is before `from`.
 *
 * @example eachDay('2028-02-28', '2028-03-01') // ['2028-02-28', '2028-02-29', '2028-03-01']
 */
export function eachDay(from: IsoDate, to: IsoDate): IsoDate[] {
  const first = checkedDayNumber(from);
  const last = checkedDayNumber(to);
  const days: IsoDate[] = [];
  for (let n = first; n <= last; n++) days.push(fromDayNumber(n));
  return days;
}

/**
 * Milliseconds since the epoch at 12:00 UTC of the day: a day to hand to `Intl.DateTimeFormat`
 * with `timeZone: 'UTC'`, which then names this day whatever the machine's zone.
 *
 * @example utcNoon('1970-01-02') // 129600000
 */
export function utcNoon(day: IsoDate): number {
  return checkedDayNumber(day) * MS_PER_DAY + MS_PER_DAY / 2;
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
