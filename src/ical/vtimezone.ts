import { contentLine } from './content-line';
import { icsOffset } from './ics-values';
import type { ZoneTable } from './zone-table';

/** The wall time `offset` minutes east of UTC at an instant, as a floating DATE-TIME. */
function floatingAt(epochMs: number, offset: number): string {
  const d = new Date(epochMs + offset * 60_000);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
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
    contentLine('TZOFFSETFROM', icsOffset(from)) +
    contentLine('TZOFFSETTO', icsOffset(to)) +
    `END:${kind}\r\n`
  );
}

/**
 * A `VTIMEZONE` for the stretch a zone table covers, written as the zone's actual transitions
 * (one observance each, no RRULE), so that it says exactly what the runtime's time-zone data says
 * for those years and nothing has to be guessed about future rules. The first observance states
 * the offset in force at the table's start.
 *
 * @example vtimezone(zoneTable('Europe/Berlin', 2027, 2027)) // 'BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n…'
 */
export function vtimezone(table: ZoneTable): string {
  let text = 'BEGIN:VTIMEZONE\r\n' + contentLine('TZID', table.timeZone);
  text += contentLine('X-LIC-LOCATION', table.timeZone);
  // Before a fall-back change the zone was on daylight time (Sydney in January).
  const first = table.transitions[0];
  const initialKind = first && first.to < first.from ? 'DAYLIGHT' : 'STANDARD';
  text += observance(
    initialKind,
    floatingAt(table.fromMs, table.initial),
    table.initial,
    table.initial,
  );
  for (const change of table.transitions) {
    // An onset is written in the wall time before it (RFC 5545 §3.6.5: DTSTART in TZOFFSETFROM).
    const kind = change.to > change.from ? 'DAYLIGHT' : 'STANDARD';
    text += observance(kind, floatingAt(change.epochMs, change.from), change.from, change.to);
  }
  return text + 'END:VTIMEZONE\r\n';
}
