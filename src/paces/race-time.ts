/**
 * Race times as runners write them: `H:MM:SS` or `MM:SS`.
 */
import type { Result } from '../model/result';
import { fail, ok } from '../model/result';

const HOURS = /^(\d{1,2}):([0-5]\d):([0-5]\d)$/;
const MINUTES = /^(\d{1,3}):([0-5]\d)$/;

/**
 * Seconds in a race time. `MM:SS` may run past 59 minutes (`75:30`), as runners write a 10-mile
 * time; the seconds (and, with hours, the minutes) are always two digits below 60.
 *
 * @example parseRaceTime('3:10:49') // { ok: true, value: 11449 }
 * @example parseRaceTime('19:7') // { ok: false, error: ["'19:7' is not a time: write H:MM:SS or MM:SS (e.g. 3:10:49 or 19:57)"] }
 */
export function parseRaceTime(text: string): Result<number> {
  const trimmed = text.trim();
  const long = HOURS.exec(trimmed);
  const short = long ? null : MINUTES.exec(trimmed);
  let seconds: number;
  if (long) seconds = Number(long[1]) * 3600 + Number(long[2]) * 60 + Number(long[3]);
  else if (short) seconds = Number(short[1]) * 60 + Number(short[2]);
  else {
    return fail([`'${text}' is not a time: write H:MM:SS or MM:SS (e.g. 3:10:49 or 19:57)`]);
  }
  if (seconds <= 0) return fail([`'${text}' is no time at all`]);
  return ok(seconds);
}

/**
 * A duration in seconds as a race time: `H:MM:SS` from an hour up, else `M:SS`.
 *
 * @example formatRaceTime(11449) // '3:10:49'
 * @example formatRaceTime(1197) // '19:57'
 */
export function formatRaceTime(seconds: number): string {
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
