/**
 * Dates and times as iCal writes them. Plain arithmetic on UTC fields, so the result never
 * depends on the time zone of the machine that runs the export.
 */
import { addDays } from '../dates';
import type { IsoDate } from '../model/plan';
import type { WallTime } from './time-zone';

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * A DATE value.
 *
 * @example icsDate('2027-03-28') // '20270328'
 */
export function icsDate(day: IsoDate): string {
  return day.slice(0, 4) + day.slice(5, 7) + day.slice(8, 10);
}

/**
 * The DATE value of the day after `day`: an all-day event's exclusive DTEND.
 *
 * @example icsDayAfter('2028-02-28') // '20280229'
 */
export function icsDayAfter(day: IsoDate): string {
  return icsDate(addDays(day, 1));
}

/**
 * A UTC DATE-TIME.
 *
 * @example icsUtc(Date.UTC(2027, 0, 5, 8)) // '20270105T080000Z'
 */
export function icsUtc(epochMs: number): string {
  const d = new Date(epochMs);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

/**
 * A wall-clock DATE-TIME without zone (written with a TZID parameter, or inside a VTIMEZONE).
 *
 * @example icsWallTime({ year: 2027, month: 3, day: 28, hour: 7, minute: 0, second: 0 }) // '20270328T070000'
 */
export function icsWallTime(wall: WallTime): string {
  return (
    `${pad(wall.year, 4)}${pad(wall.month)}${pad(wall.day)}` +
    `T${pad(wall.hour)}${pad(wall.minute)}${pad(wall.second)}`
  );
}

/**
 * A UTC offset.
 *
 * @example icsOffset(-300) // '-0500'
 */
export function icsOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}
