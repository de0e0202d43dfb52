// Small file-system steps the store's modules share (library-store.ts for the plans, preferences.ts
// for the preferences file): reading a file that may be missing, moving a file aside under a name
// that is free, and errors in words that name the file.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { asideName } from '../src/library/store-layout';
import { StoreWriteError, describeFsError } from './safe-write';

/** The file's text; null when there is none; throws in words when it cannot be read. */
export function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(describeFsError(error, path), { cause: error });
  }
}

/** Renames the file to a name that is not taken yet (`<base>.<what>-<time>.json`). */
export function moveAside(path: string, base: string, what: string, now: number): string {
  const target = freeName(`${base}.${what}`, now);
  fs(path, () => renameSync(path, target));
  return target;
}

/** `<base>.<what>-<time>.json`, or with `-2`, `-3`… when that is taken. */
export function freeName(prefix: string, now: number): string {
  const dot = prefix.lastIndexOf('.');
  const base = prefix.slice(0, dot);
  const what = prefix.slice(dot + 1);
  let name = `${base}.${asideName('', what, now).slice(1)}`;
  for (let n = 2; existsSync(name); n += 1)
    name = `${base}.${asideName('', what, now, `-${n}`).slice(1)}`;
  return name;
}

/** The first five reasons, and how many more there are. */
export function shortReason(errors: readonly string[]): string {
  const shown = errors.slice(0, 5).join('; ');
  return errors.length > 5 ? `${shown} (and ${errors.length - 5} more)` : shown;
}

/** Runs a file-system call; its error is rethrown in words, naming the file. */
export function fs<T>(path: string, call: () => T): T {
  try {
    return call();
  } catch (error) {
    if (error instanceof StoreWriteError) throw error;
    throw new Error(describeFsError(error, path), { cause: error });
  }
}
