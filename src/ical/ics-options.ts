import { isIsoDate } from '../dates';
import type { IsoDate } from '../model/plan';
import { isTimeZone } from './time-zone';

/** How a plan is exported. Only `now` is required. */
export interface IcsOptions {
  /** The export's time, for every `DTSTAMP`: an ISO UTC timestamp (`2027-01-05T08:00:00Z`) or epoch ms. */
  readonly now: string | number;
  /** First day to export (inclusive). Blocks that overlap the range are exported whole. */
  readonly from?: IsoDate;
  /** Last day to export (inclusive). */
  readonly to?: IsoDate;
  /** Rest days as events too (default false). */
  readonly includeRest?: boolean;
  /**
   * Blocks (down week, off-distance block, taper, …) as multi-day all-day events (default false).
   * A block whose days change is a new event (see `blockUid`); the plan keeps no record of past
   * blocks, so the events of blocks that were replaced or removed are not cancelled.
   */
  readonly includeBlocks?: boolean;
  /** Deleted sessions as `STATUS:CANCELLED` events, so calendars drop them (default true). */
  readonly includeCancelled?: boolean;
  /**
   * Timed events at this time of day in this IANA zone, with its `VTIMEZONE`, instead of all-day
   * events. Rest days and blocks stay all-day.
   */
  readonly timed?: { readonly time: string; readonly timeZone: string };
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?Z$/;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The export time as epoch ms, or null when `now` is neither an ISO UTC timestamp nor epoch ms.
 *
 * @example nowMs('2027-01-05T08:00:00Z') // 1799136000000
 */
export function nowMs(now: string | number): number | null {
  if (typeof now === 'number') return Number.isFinite(now) && Math.abs(now) < 8.64e15 ? now : null;
  if (!ISO_UTC.test(now)) return null;
  const ms = Date.parse(now);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * What is wrong with export options, one message each; empty when they are fine.
 *
 * @example icsOptionErrors({ now: 0, timed: { time: '25:00', timeZone: 'Europe/Berlin' } })
 * // ['timed.time: not a time of day (HH:MM)']
 */
export function icsOptionErrors(options: IcsOptions): string[] {
  const errors: string[] = [];
  if (nowMs(options.now) === null) {
    errors.push('now: not an ISO UTC timestamp or epoch milliseconds');
  }
  const fromOk = options.from === undefined || isIsoDate(options.from);
  const toOk = options.to === undefined || isIsoDate(options.to);
  if (!fromOk) errors.push('from: not a date (YYYY-MM-DD)');
  if (!toOk) errors.push('to: not a date (YYYY-MM-DD)');
  if (fromOk && toOk && options.from && options.to && options.to < options.from) {
    errors.push('to: before from');
  }
  if (options.timed) {
    if (!HH_MM.test(options.timed.time)) errors.push('timed.time: not a time of day (HH:MM)');
    if (!isTimeZone(options.timed.timeZone)) {
      errors.push('timed.timeZone: not a known IANA time zone');
    }
  }
  return errors;
}

/** The hour and minute of a valid `HH:MM`. */
export function parseTime(time: string): { hour: number; minute: number } {
  const match = HH_MM.exec(time);
  return { hour: Number(match?.[1] ?? 0), minute: Number(match?.[2] ?? 0) };
}
