// The preferences file, kept by electron-store (conf underneath; the tests give conf itself, the
// same engine on the same file). The plans are not in it: each is its own safe-written file
// (library-store.ts), so nothing done here can touch a plan.
//
// What this adds to the engine: a file that cannot be read (damaged, a field this version does not
// know, a folder in its place) is moved aside before the engine sees it, and its `.bak` or the
// defaults are used, and the user is told. And every save is read back: conf writes through
// atomically, which ignores a short write on a full disk and renames the cut-off file into place;
// here the file kept as `.bak` just before is put back and the save is reported as failed.
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Preferences } from '../src/api/contract';
import { DEFAULT_PREFERENCES } from '../src/api/contract';
import type { PreferencesFile } from '../src/library/preferences-file';
import {
  PREFERENCES_NAME,
  preferencesFile,
  preferencesJsonSchema,
  readPreferencesText,
  readPreferencesValue,
} from '../src/library/preferences-file';
import { StoreWriteError, describeFsError, keepBackup } from './safe-write';
import { moveAside, readText, shortReason } from './store-files';

/** The part of electron-store / conf the preferences use. */
export interface PreferencesEngine {
  readonly path: string;
  get store(): unknown;
  set store(value: PreferencesFile);
}

/** The options this module gives the engine; the caller adds the file name in its own terms. */
export interface PreferencesEngineOptions extends ReturnType<typeof preferencesJsonSchema> {
  readonly cwd: string;
  readonly defaults: PreferencesFile;
  /** A file the engine cannot read is an error, never silently emptied. */
  readonly clearInvalidConfig: false;
  readonly deserialize: (text: string) => PreferencesFile;
}

/** Makes the engine: `new ElectronStore({ ...options, name })` in the app, `new Conf(…)` in tests. */
export type CreatePreferencesEngine = (options: PreferencesEngineOptions) => PreferencesEngine;

export interface PreferencesStore {
  readonly path: string;
  get(): Preferences;
  /** Saves them, or throws a StoreWriteError in words and keeps the previous file. */
  set(next: Preferences): void;
}

/**
 * Opens the preferences file in `dir` with the engine `createEngine` makes; what the user must know
 * (a file moved aside, its backup used) is added to `notices`. Throws in words when the folder
 * cannot be used at all.
 *
 * @example const preferences = openPreferences(dir, confEngine, Date.now, notices); preferences.get().theme
 */
export function openPreferences(
  dir: string,
  createEngine: CreatePreferencesEngine,
  now: () => number,
  notices: string[],
): PreferencesStore {
  const path = join(dir, `${PREFERENCES_NAME}.json`);
  const setAside = (reason: string) => {
    const aside = moveAside(path, join(dir, PREFERENCES_NAME), 'corrupt', now());
    const backup = readBackup(path);
    if (backup !== null) copyFileSync(`${path}.bak`, path);
    notices.push(
      backup !== null
        ? `${path} could not be read (${reason}); its previous copy (${PREFERENCES_NAME}.json.bak) was used. The damaged file is kept at ${aside}.`
        : `${path} could not be read (${reason}); the default preferences are used. The damaged file is kept at ${aside}.`,
    );
  };
  const problem = readProblem(path);
  if (problem !== null) setAside(problem);

  const options: PreferencesEngineOptions = {
    ...preferencesJsonSchema(),
    cwd: dir,
    defaults: preferencesFile(DEFAULT_PREFERENCES),
    clearInvalidConfig: false,
    // Every read of the file by the engine goes through the same reader as above, so a file that
    // turns bad while the app runs is refused, not taken as empty.
    deserialize: (text) => {
      const read = readPreferencesText(text);
      if (!read.ok) throw new SyntaxError(`${path}: ${shortReason(read.error)}`);
      return preferencesFile(read.value);
    },
  };
  let engine: PreferencesEngine;
  try {
    engine = createEngine(options);
  } catch (error) {
    // The engine refused what the reader took (its own schema check): that file is kept aside too.
    if (!existsSync(path)) throw new Error(describeFsError(error, path), { cause: error });
    setAside(error instanceof Error ? error.message : String(error));
    engine = createEngine(options);
  }
  if (engine.path !== path) {
    throw new Error(`the preferences engine opened ${engine.path}, expected ${path}`);
  }
  const opened = readPreferencesValue(engine.store);
  if (!opened.ok) throw new Error(`${path}: ${shortReason(opened.error)}`);
  let current = opened.value;
  // The engine writes the defaults into a new file: that write is checked like every other one.
  checkOnDisk(path, current);

  return {
    path,
    get: () => current,
    set: (next) => {
      keepBackup(path);
      try {
        engine.store = preferencesFile(next);
      } catch (error) {
        throw new StoreWriteError(
          `The preferences could not be saved: ${describeFsError(error, path)}`,
          { cause: error },
        );
      }
      try {
        checkOnDisk(path, next);
      } catch (error) {
        putBack(path);
        throw error;
      }
      current = next;
    },
  };
}

/** Why the file cannot be used (in words), or null when it is good or not there yet. */
function readProblem(path: string): string | null {
  let text: string | null;
  try {
    text = readText(path);
  } catch (error) {
    return error instanceof Error ? error.message.replace(`${path}: `, '') : String(error);
  }
  if (text === null) return null;
  const read = readPreferencesText(text);
  return read.ok ? null : shortReason(read.error);
}

function readBackup(path: string): Preferences | null {
  try {
    const text = readText(`${path}.bak`);
    const read = text === null ? null : readPreferencesText(text);
    return read?.ok ? read.value : null;
  } catch {
    return null;
  }
}

/** Throws unless the file on disk holds `expected` (a cut-off write does not). */
function checkOnDisk(path: string, expected: Preferences): void {
  let text: string | null;
  try {
    text = readText(path);
  } catch (error) {
    throw new StoreWriteError(
      `The preferences could not be saved: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  const read = text === null ? null : readPreferencesText(text);
  if (read?.ok && isDeepStrictEqual(read.value, expected)) return;
  throw new StoreWriteError(
    `The preferences could not be saved: ${path} read back is not what was written (the disk may be full); the previous preferences were kept.`,
  );
}

/** After a save that left a bad file: the file kept as `.bak` goes back, else the bad one goes. */
function putBack(path: string): void {
  try {
    if (existsSync(`${path}.bak`)) renameSync(`${path}.bak`, path);
    else rmSync(path, { force: true });
  } catch {
    // Left as it is: the next start sets a bad file aside and says so.
  }
}
