// Opens the library's store file with the store engine it is given (electron-store in the app, the
// `conf` it wraps in the tests: same engine, same file). A file that cannot be read — corrupt
// JSON, a schema violation, a newer version — is moved aside to a timestamped backup before the
// engine touches it, and reported; it is never overwritten and never silently emptied.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { StartupReport } from '../src/api/contract';
import type { LibraryDocument } from '../src/library/document';
import {
  EMPTY_LIBRARY,
  backupName,
  libraryJsonSchema,
  readLibraryText,
} from '../src/library/document';
import type { LibraryStorage } from '../src/library/storage';

/** The name of the store file (without `.json`) in the data folder. */
export const STORE_NAME = 'library';

/** The env var that moves the data folder (tests, portable use). */
export const DATA_DIR_ENV = 'SEASON_PLANNER_DATA_DIR';

/** The part of conf / electron-store the library uses. */
export interface ConfLike {
  readonly path: string;
  get<K extends keyof LibraryDocument>(key: K): LibraryDocument[K];
  set<K extends keyof LibraryDocument>(key: K, value: LibraryDocument[K]): void;
}

/** The options this module gives the engine; the caller adds the file name in its own terms. */
export interface EngineOptions {
  readonly cwd: string;
  readonly defaults: LibraryDocument;
  readonly schema: ReturnType<typeof libraryJsonSchema>;
  readonly clearInvalidConfig: false;
  readonly cache: true;
  readonly deserialize: (text: string) => LibraryDocument;
  readonly serialize: (document: LibraryDocument) => string;
}

export type CreateEngine = (options: EngineOptions) => ConfLike;

export interface OpenedStore {
  readonly storage: LibraryStorage;
  readonly startup: StartupReport;
  readonly path: string;
}

/**
 * The data folder: the env var when set (and not blank), else the OS's app-data folder.
 *
 * @example dataDir({ SEASON_PLANNER_DATA_DIR: '/tmp/x' }, '/home/me/.config/Season Planner') // '/tmp/x'
 */
export function dataDir(
  env: Readonly<Record<string, string | undefined>>,
  fallback: string,
): string {
  const fromEnv = env[DATA_DIR_ENV]?.trim();
  return fromEnv ? fromEnv : fallback;
}

/** Opens (or creates) the store in `dir`, moving an unreadable file aside first. */
export function openLibraryStore(
  dir: string,
  createEngine: CreateEngine,
  now: () => number,
): OpenedStore {
  const path = join(dir, `${STORE_NAME}.json`);
  let recovered: StartupReport['recovered'] = null;
  const reading = readLibraryText(readIfPresent(path));
  if (reading.kind === 'refused') {
    recovered = { backupPath: moveAside(path, now()), reason: reading.reason };
  }
  let checked: { readonly text: string; readonly document: LibraryDocument } | undefined;
  const options: EngineOptions = {
    cwd: dir,
    defaults: EMPTY_LIBRARY,
    schema: libraryJsonSchema(),
    clearInvalidConfig: false,
    cache: true,
    // Every read of the file goes through the core's reader, so migrations apply and a file that
    // turns bad while the app runs is refused (the write fails) instead of being taken as empty.
    // The engine reads the file again before each write; text already checked is not checked again.
    deserialize: (text) => {
      if (text === checked?.text) return checked.document;
      const again = readLibraryText(text);
      if (again.kind === 'refused') throw new SyntaxError(again.reason);
      checked = { text, document: again.document };
      return again.document;
    },
    // conf's own format (tab-indented JSON); what this session wrote passed the engine's schema.
    serialize: (document) => {
      const text = JSON.stringify(document, undefined, '\t');
      checked = { text, document };
      return text;
    },
  };
  let engine: ConfLike;
  try {
    engine = createEngine(options);
  } catch (error) {
    // The engine disagreed with the core's reader (its own schema check): keep that file too.
    if (recovered !== null || !existsSync(path)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    recovered = { backupPath: moveAside(path, now()), reason };
    engine = createEngine(options);
  }
  if (engine.path !== path) {
    throw new Error(`the store engine opened ${engine.path}, expected ${path}`);
  }
  const storage: LibraryStorage = {
    get: (key) => engine.get(key),
    set: (key, value) => engine.set(key, value),
  };
  return { storage, startup: { recovered }, path };
}

function readIfPresent(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Renames the file to a backup name that is not taken yet; returns the backup's path. */
function moveAside(path: string, epochMs: number): string {
  const base = path.replace(/\.json$/, '');
  let backup = backupName(base, epochMs);
  for (let n = 2; existsSync(backup); n += 1) backup = backupName(`${base}`, epochMs, `-${n}.json`);
  renameSync(path, backup);
  return backup;
}
