/**
 * A zone's offsets over a stretch of time, read once from `Intl` and then used by arithmetic:
 * asking `Intl` per event made a timed export of 1,000 sessions five times slower.
 */
import type { Transition, WallTime } from './time-zone';
import { offsetMinutes, transitions } from './time-zone';

export interface ZoneTable {
  readonly timeZone: string;
  /** The first instant covered, and the offset in force then. */
  readonly fromMs: number;
  readonly initial: number;
  /** Every offset change up to the last instant covered, in order. */
  readonly transitions: readonly Transition[];
}

const DAY = 86_400_000;

/**
 * The offsets of a zone for the whole years `firstYear` to `lastYear`, with a day's margin before
 * and two days into the next year (a timed event late on 31 December ends there).
 *
 * @example zoneTable('Europe/Berlin', 2027, 2027).transitions.length // 2
 */
export function zoneTable(timeZone: string, firstYear: number, lastYear: number): ZoneTable {
  // Reading a zone costs a call to Intl per day covered; the answer never changes within a run,
  // so the last few tables are kept (a timed re-export is then as quick as an all-day one).
  const key = `${timeZone}|${firstYear}|${lastYear}`;
  const known = tables.get(key);
  if (known) return known;
  const table = readZone(timeZone, firstYear, lastYear);
  if (tables.size >= 16) tables.delete(tables.keys().next().value ?? '');
  tables.set(key, table);
  return table;
}

const tables = new Map<string, ZoneTable>();

function readZone(timeZone: string, firstYear: number, lastYear: number): ZoneTable {
  const fromMs = Date.UTC(firstYear, 0, 1) - DAY;
  const toMs = Date.UTC(lastYear + 1, 0, 3);
  return {
    timeZone,
    fromMs,
    initial: offsetMinutes(fromMs, timeZone),
    transitions: transitions(timeZone, fromMs, toMs),
  };
}

/** The offset in minutes at an instant (the table's edge values outside its range). */
export function offsetIn(table: ZoneTable, epochMs: number): number {
  let low = 0;
  let high = table.transitions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((table.transitions[middle]?.epochMs ?? Infinity) <= epochMs) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? table.initial : (table.transitions[low - 1]?.to ?? table.initial);
}

/** The wall-clock time of an instant. */
export function wallIn(table: ZoneTable, epochMs: number): WallTime {
  const d = new Date(epochMs + offsetIn(table, epochMs) * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/**
 * The instant of a wall-clock time. A time skipped by a spring-forward gap is read with the
 * offset before the gap (RFC 5545 §3.3.5); a time repeated in the autumn is its first occurrence.
 */
export function instantIn(table: ZoneTable, wall: WallTime): number {
  const local = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  // No transition moves the clock by a day or more, so the offsets a day either side are the
  // only candidates.
  const before = offsetIn(table, local - DAY);
  const after = offsetIn(table, local + DAY);
  const fits = [before, after]
    .map((offset) => local - offset * 60_000)
    .filter((instant) => local - instant === offsetIn(table, instant) * 60_000);
  return fits.length > 0 ? Math.min(...fits) : local - before * 60_000;
}
