/**
 * `season-planner fit PLAN.json -o DIR|FILE.zip|FILE.fit [--from DATE] [--to DATE]`: the plan's
 * sessions as FIT workout files for a watch.
 */
import { exportWorkouts, zipWorkouts } from '../fit/export-workouts';
import type { FitFile } from '../fit/export-workouts';
import type { Result } from '../model/result';
import { fail, ok } from '../model/result';
import { parsePlanText } from '../plan/plan-file';
import type { CliIo } from './run';

/** Binary output, which only `fit` needs: the Node entry gives it, with the text I/O. */
export interface BinaryIo {
  /** Writes the bytes, or returns an error message naming the file. */
  writeBytes(path: string, bytes: Uint8Array): Result<void, string>;
  /** Makes the folder and its parents when missing, or returns an error message naming it. */
  makeDir(path: string): Result<void, string>;
}

type FitIo = Pick<CliIo, 'readText' | 'stdout' | 'stderr' | 'now'> & Partial<BinaryIo>;

export interface FitCommandOptions {
  readonly out?: string;
  readonly from?: string;
  readonly to?: string;
}

/**
 * Runs the command: 0 when written, 2 on bad input, with one line on stderr naming the problem.
 *
 * @example fitCommand(io, 'plan.json', { out: 'workouts.zip', from: '2027-03-01', to: '2027-03-07' }) // 0
 */
export function fitCommand(io: FitIo, file: string, options: FitCommandOptions): 0 | 2 {
  const { out } = options;
  if (out === undefined) {
    return inputError(io, 'fit needs -o: a folder, a FILE.zip, or a FILE.fit for one session');
  }
  const { writeBytes, makeDir } = io;
  if (!writeBytes || !makeDir) return inputError(io, 'fit: this runner cannot write files');
  const text = io.readText(file);
  if (!text.ok) return inputError(io, text.error);
  const plan = parsePlanText(text.value);
  if (!plan.ok) return inputError(io, `${file}: ${plan.error.join('; ')}`);
  const now = io.now();
  const exported = exportWorkouts(plan.value, {
    now,
    ...(options.from !== undefined ? { from: options.from } : {}),
    ...(options.to !== undefined ? { to: options.to } : {}),
  });
  if (!exported.ok) {
    return inputError(io, exported.error.map((e) => e.replace(/^(from|to):/, '--$1:')).join('; '));
  }
  const files = exported.value;
  const written = write({ writeBytes, makeDir }, out, files, now);
  if (!written.ok) return inputError(io, written.error);
  const count = files.length === 1 ? '1 workout' : `${files.length} workouts`;
  io.stdout(
    `${count} written to ${out}. Copy the .fit files into the watch's GARMIN/NewFiles folder.\n`,
  );
  return 0;
}

function write(
  io: BinaryIo,
  out: string,
  files: readonly FitFile[],
  now: number,
): Result<void, string> {
  const lower = out.toLowerCase();
  if (lower.endsWith('.zip')) return io.writeBytes(out, zipWorkouts(files, now));
  if (lower.endsWith('.fit')) {
    const [only] = files;
    if (!only || files.length > 1) {
      return fail(
        `-o ${out}: one .fit file holds one session, and the range has ${files.length}; give a folder or a .zip`,
      );
    }
    return io.writeBytes(out, only.bytes);
  }
  const made = io.makeDir(out);
  if (!made.ok) return made;
  const folder = out.replace(/[/\\]+$/, '');
  for (const file of files) {
    const result = io.writeBytes(`${folder}/${file.name}`, file.bytes);
    if (!result.ok) return result;
  }
  return ok(undefined);
}

function inputError(io: FitIo, message: string): 2 {
  io.stderr(`season-planner: ${message}\n`);
  return 2;
}
