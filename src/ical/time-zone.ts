/**
 * Named time zones through the `Intl` API: the UTC offset at an instant, the wall-clock time of an
 * instant, and the zone's transitions (see zone-table.ts for the arithmetic built on them).
 * No table of rules is shipped: the runtime's ICU data is the source of truth, as it is for the
 * calendar app that reads the file.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, found);
  }
  return found;
}

/**
 * True when the runtime knows the IANA zone name.
 *
 * @example isTimeZone('Europe/Berlin') // true
 * @example isTimeZone('Mars/Olympus') // false
 */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The runtime's canonical spelling of a zone name (`europe/berlin` → `Europe/Berlin`); the name
 * itself when the runtime does not know it.
 *
 * @example canonicalTimeZone('europe/berlin') // 'Europe/Berlin'
 */
export function canonicalTimeZone(timeZone: string): string {
  try {
    return formatter(timeZone).resolvedOptions().timeZone;
  } catch {
    return timeZone;
  }
}

/** A wall-clock time, fields as written (month 1–12). */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/**
 * The wall-clock time of an instant (epoch ms) in a zone.
 *
 * @example wallTime(Date.UTC(2027, 2, 28, 1), 'Europe/Berlin') // { year: 2027, month: 3, day: 28, hour: 3, … }
 */
export function wallTime(epochMs: number, timeZone: string): WallTime {
  const fields: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(epochMs)) fields[part.type] = part.value;
  const year = Number(fields['year']);
  return {
    year: fields['era'] === 'BC' || fields['era'] === 'B' ? 1 - year : year,
    month: Number(fields['month']),
    day: Number(fields['day']),
    hour: Number(fields['hour']),
    minute: Number(fields['minute']),
    second: Number(fields['second']),
  };
}

function wallAsUtc(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/**
 * The zone's offset from UTC at an instant, in minutes (east positive).
 *
 * @example offsetMinutes(Date.UTC(2027, 6, 1), 'Europe/Berlin') // 120
 */
export function offsetMinutes(epochMs: number, timeZone: string): number {
  const whole = Math.floor(epochMs / 1000) * 1000; // the formatter drops milliseconds
  return Math.round((wallAsUtc(wallTime(whole, timeZone)) - whole) / 60_000);
}

/** One change of offset: at `epochMs` the offset goes from `from` to `to` minutes. */
export interface Transition {
  readonly epochMs: number;
  readonly from: number;
  readonly to: number;
}

const HOUR = 3_600_000;
const STEP = 24 * HOUR;

/**
 * Every offset change of a zone between two instants, found by sampling the offset once a day and
 * bisecting each change to the second. Two changes less than a day apart would be missed; no zone
 * in the IANA data has had one since 1970 that matters to a training calendar.
 *
 * @example transitions('Europe/Berlin', Date.UTC(2027, 0, 1), Date.UTC(2028, 0, 1)).length // 2
 */
export function transitions(timeZone: string, fromMs: number, toMs: number): Transition[] {
  const found: Transition[] = [];
  let previousAt = fromMs;
  let previous = offsetMinutes(fromMs, timeZone);
  for (let at = fromMs + STEP; at < toMs + STEP; at += STEP) {
    const current = offsetMinutes(at, timeZone);
    if (current !== previous) {
      let low = previousAt; // offset `previous` here
      let high = at; // offset `current` here
      while (high - low > 1000) {
        const middle = low + Math.floor((high - low) / 2000) * 1000;
        if (offsetMinutes(middle, timeZone) === previous) low = middle;
        else high = middle;
      }
      if (high <= toMs) found.push({ epochMs: high, from: previous, to: current });
      previous = current;
    }
    previousAt = at;
  }
  return found;
}
