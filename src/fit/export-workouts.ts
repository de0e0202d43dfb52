/**
 * A date range of a plan as FIT workout files, one per session, and the zip of them that a Garmin
 * watch takes in its `GARMIN/NewFiles` folder over USB.
 */
import { zipSync } from 'fflate';
import { isIsoDate } from '../dates';
import type { IsoDate, Plan } from '../model/plan';
import type { Result } from '../model/result';
import { fail, ok } from '../model/result';
import { encodeWorkoutFile } from './encode';
import { isWatchSession, workoutFile } from './session-workout';

export interface WorkoutExportOptions {
  /** First day, inclusive; the season's start when missing. */
  readonly from?: IsoDate;
  /** Last day, inclusive; the season's end when missing. */
  readonly to?: IsoDate;
  /** Milliseconds since the epoch: the files' creation time. */
  readonly now: number;
}

export interface FitFile {
  /** `2027-03-02-intervals.fit`: the day first, so the files sort as the plan runs. */
  readonly name: string;
  readonly sessionId: string;
  readonly bytes: Uint8Array;
}

/**
 * One FIT file per session to run between `from` and `to`, in date order; an error names a bad
 * option, a session whose steps cannot be encoded, or an empty range.
 *
 * @example exportWorkouts(plan, { from: '2027-03-01', to: '2027-03-07', now }) // { ok: true, value: [{ name: '2027-03-02-intervals.fit', … }, …] }
 */
export function exportWorkouts(plan: Plan, options: WorkoutExportOptions): Result<FitFile[]> {
  const from = options.from ?? plan.season.start;
  const to = options.to ?? plan.season.end;
  const optionErrors = [
    ...(isIsoDate(from) ? [] : [`from: ${from} is not a date (YYYY-MM-DD)`]),
    ...(isIsoDate(to) ? [] : [`to: ${to} is not a date (YYYY-MM-DD)`]),
  ];
  if (optionErrors.length === 0 && to < from) optionErrors.push(`to: ${to} is before ${from}`);
  if (optionErrors.length > 0) return fail(optionErrors);

  const sessions = plan.sessions.filter((s) => s.date >= from && s.date <= to && isWatchSession(s));
  if (sessions.length === 0) {
    return fail([
      `no sessions to run between ${from} and ${to} (rest days and races are left out)`,
    ]);
  }
  const files: FitFile[] = [];
  const errors: string[] = [];
  const taken = new Set<string>();
  for (const session of sessions) {
    const made = workoutFile(plan, session, options.now);
    if (!made.ok) {
      errors.push(...made.error);
      continue;
    }
    files.push({
      name: uniqueName(`${session.date}-${session.kind}`, taken),
      sessionId: session.id,
      bytes: encodeWorkoutFile(made.value),
    });
  }
  return errors.length > 0 ? fail(errors) : ok(files);
}

/**
 * The files in one zip, flat, to unpack into the watch's `GARMIN/NewFiles` folder.
 *
 * @example zipWorkouts(files, now) // Uint8Array, 'PK\x03\x04' first
 */
export function zipWorkouts(files: readonly FitFile[], now: number): Uint8Array {
  // The entries carry the export's time, not the clock's: the same export gives the same zip.
  const mtime = new Date(now);
  return zipSync(Object.fromEntries(files.map((file) => [file.name, [file.bytes, { mtime }]])));
}

function uniqueName(stem: string, taken: Set<string>): string {
  let name = `${stem}.fit`;
  for (let n = 2; taken.has(name); n++) name = `${stem}-${n}.fit`;
  taken.add(name);
  return name;
}
