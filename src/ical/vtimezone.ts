import type { IsoDate } from '../model/plan';
import { contentLine } from './content-line';
import { offsetMinutes, transitions } from './time-zone';

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * A UTC offset as iCal writes it.
 *
 * @example formatOffset(-300) // '-0500'
 */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** The wall time `offset` minutes east of UTC at an instant, as a floating DATE-TIME. */
function floatingAt(epochMs: number, offset: number): string {
  const d = new Date(epochMs + offset * 60_000);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`
  );
}

function observance(
  kind: 'STANDARD' | 'DAYLIGHT',
  start: string,
  from: number,
  to: number,
): string {
  return (
    `BEGIN:${kind}\r\n` +
    contentLine('DTSTART', start) +
    contentLine('TZOFFSETFROM', formatOffset(from)) +
    contentLine('TZOFFSETTO', formatOffset(to)) +
    `END:${kind}\r\n`
  );
}

function yearOf(day: IsoDate): number {
  return Number(day.slice(0, 4));
}

/**
 * A `VTIMEZONE` for an IANA zone that covers the whole years from `first` to `last`, written as
 * the zone's actual transitions (one observance each, no RRULE), so that it is exactly what the
 * runtime's time-zone data says for those years and nothing has to be guessed about future rules.
 * The first observance states the offset in force on 1 January of the first year.
 *
 * @example vtimezone('Europe/Berlin', '2027-01-01', '2027-12-31') // 'BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n…'
 */
export function vtimezone(timeZone: string, first: IsoDate, last: IsoDate): string {
  const fromMs = Date.UTC(yearOf(first), 0, 1) - 86_400_000;
  // Two days into the next year: a timed event late on 31 December ends there.
  const toMs = Date.UTC(yearOf(last) + 1, 0, 3);
  const changes = transitions(timeZone, fromMs, toMs);
  const initial = changes[0]?.from ?? offsetMinutes(fromMs, timeZone);
  let text = 'BEGIN:VTIMEZONE\r\n' + contentLine('TZID', timeZone);
  text += contentLine('X-LIC-LOCATION', timeZone);
  // Before a fall-back change the zone was on daylight time (Sydney in January).
  const firstChange = changes[0];
  const initialKind = firstChange && firstChange.to < firstChange.from ? 'DAYLIGHT' : 'STANDARD';
  text += observance(initialKind, floatingAt(fromMs, initial), initial, initial);
  for (const change of changes) {
    // An onset is written in the wall time before it (RFC 5545 §3.6.5: DTSTART in TZOFFSETFROM).
    const kind = change.to > change.from ? 'DAYLIGHT' : 'STANDARD';
    text += observance(kind, floatingAt(change.epochMs, change.from), change.from, change.to);
  }
  return text + 'END:VTIMEZONE\r\n';
}
