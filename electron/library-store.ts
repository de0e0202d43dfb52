// The library on disk: one plan file per plan in `plans/`, the preferences in electron-store's
// `preferences.json` (preferences.ts), and a lock file naming the one process that writes. Every
// plan write goes through writeFileSafely (temp file, sync, read back, check, keep `.bak`, rename),
// so a full or read-only disk fails the save and keeps the old file; while the app runs, without
// blocking main and one plan's writes in order (plan-writes.ts). A plan file that cannot be
// read is never overwritten: its `.bak` is used when that is good, else it is set aside alone, as
// a plan file Import plan reads, and reported; the other plans open as usual. The `library.json`
// of older versions (1: the whole library; 2: an index holding the preferences) is migrated on
// first start and kept aside.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Preferences, StartupReport } from '../src/api/contract';
import type { LibraryStorage } from '../src/library/storage';
import type { IndexReading } from '../src/library/store-layout';
import {
  asideName,
  isPlanFileName,
  planFileBase,
  readIndexText,
} from '../src/library/store-layout';
import type { Plan } from '../src/model/plan';
import type { Result } from '../src/model/result';
import { checkIntegrity } from '../src/plan/integrity';
import { parsePlan, parsePlanText, serializePlan } from '../src/plan/plan-file';
import type { PlanEntry, PlanWrites } from './plan-writes';
import { planWrites, signatureFrom } from './plan-writes';
import type { CreatePreferencesEngine } from './preferences';
import { openPreferences } from './preferences';
import { StoreWriteError, writeFileSafely, writeFileSafelyAsync } from './safe-write';
import { fs, moveAside, readText, shortReason } from './store-files';
import { acquireLock } from './store-lock';

/** The name (without `.json`) of the library file of versions 1 and 2, migrated on first start. */
export const STORE_NAME = 'library';
export const PLANS_FOLDER = 'plans';
/** Where files that could not be read are set aside (never in `plans/`, which is read on start). */
export const ASIDE_FOLDER = 'set-aside';

/** The env var that moves the data folder (tests, portable use). */
export const DATA_DIR_ENV = 'SEASON_PLANNER_DATA_DIR';

export interface OpenedStore {
  readonly storage: LibraryStorage;
  readonly startup: StartupReport;
  /** The preferences file. */
  readonly path: string;
  /** Plan writes queued or running. */
  readonly pendingWrites: number;
  /** Resolves once every plan write asked for has ended (quitting waits for it). */
  flush(): Promise<void>;
  /** Refuses later writes and releases the folder's lock; the store is not to be used after. */
  close(): void;
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

/**
 * What start-up does with the data folder: the opened store, or the sentence for the fatal dialog
 * (what went wrong and where). Nothing it can throw is left for main to miss.
 *
 * @example const opened = openStoreForApp(dir, electronStore, Date.now); if (!opened.ok) fatal(opened.error);
 */
export function openStoreForApp(
  dir: string,
  createEngine: CreatePreferencesEngine,
  now: () => number,
): Result<OpenedStore, string> {
  try {
    return { ok: true, value: openLibraryStore(dir, createEngine, now) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: `Season Planner could not open its library in ${dir}.\n\n${reason}`,
    };
  }
}

/**
 * Opens (or creates) the store in `dir`, the preferences with the engine `createEngine` makes
 * (electron-store in the app, conf in the tests); throws an Error in words when it cannot.
 */
export function openLibraryStore(
  dir: string,
  createEngine: CreatePreferencesEngine,
  now: () => number,
): OpenedStore {
  fs(dir, () => mkdirSync(dir, { recursive: true }));
  // The lock is taken first: it covers the whole folder, the preferences file included.
  const lock = acquireLock(dir, now());
  try {
    const { writes, ...opened } = openLocked(dir, createEngine, now);
    return {
      ...opened,
      get pendingWrites() {
        return writes.pending;
      },
      flush: () => writes.flush(),
      close: () => {
        writes.close();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

function openLocked(
  dir: string,
  createEngine: CreatePreferencesEngine,
  now: () => number,
): Pick<OpenedStore, 'storage' | 'startup' | 'path'> & { writes: PlanWrites } {
  const legacyPath = join(dir, `${STORE_NAME}.json`);
  const plansDir = join(dir, PLANS_FOLDER);
  const asideDir = join(dir, ASIDE_FOLDER);
  const notices: string[] = [];
  let recovered: StartupReport['recovered'] = null;
  // Temp files of a save that a crash cut short (ours and conf's): the lock says nobody is writing.
  removeTemps(dir);
  fs(plansDir, () => mkdirSync(plansDir, { recursive: true }));
  removeTemps(plansDir);

  // The library file of an older version, when there is one. One that cannot be read at all (a
  // folder in its place, no permission) stops the start: it may hold every plan.
  let reading: IndexReading | null = null;
  const legacyText = readText(legacyPath);
  if (legacyText !== null) {
    const read = readIndexText(legacyText);
    if (read.ok) reading = read.value;
    else {
      const reason = shortReason(read.error);
      const backupText = readText(`${legacyPath}.bak`);
      const fromBackup = backupText === null ? null : readIndexText(backupText);
      const aside = moveAside(legacyPath, join(dir, STORE_NAME), 'corrupt', now());
      if (fromBackup?.ok) {
        reading = fromBackup.value;
        notices.push(
          `${legacyPath} could not be read (${reason}); the previous copy (${STORE_NAME}.json.bak) was used. The damaged file is kept at ${aside}.`,
        );
      } else {
        recovered = { backupPath: aside, reason };
      }
    }
  }

  const entries = new Map<string, PlanEntry>();
  const planPath = (id: string) => join(plansDir, `${planFileBase(id)}.json`);
  const checkPlanText = (plan: Plan) => (back: string) => {
    const parsed = parsePlanText(back);
    if (!parsed.ok) throw new StoreWriteError(`${planPath(plan.id)}: ${parsed.error[0] ?? ''}`);
  };
  // At start (migration, a plan put back from its .bak) nothing else runs yet: written at once.
  const writePlan = (plan: Plan) =>
    writeFileSafely(planPath(plan.id), serializePlan(plan), checkPlanText(plan));

  if (reading?.kind === 'legacy') {
    // The whole library in one file (version 1): each plan to its own file, a bad one set aside
    // alone.
    reading.library.plans.forEach((stored, i) => {
      const parsed = checkedPlan(parsePlan(stored.plan));
      if (parsed.ok && !entries.has(parsed.value.id)) {
        writePlan(parsed.value);
        entries.set(parsed.value.id, {
          plan: parsed.value,
          updatedAt: stored.updatedAt,
          signature: signatureOf(planPath(parsed.value.id)),
        });
        return;
      }
      const why = parsed.ok ? `its id ${parsed.value.id} is taken` : shortReason(parsed.error);
      const id = planIdOf(stored.plan) ?? `plan-${i + 1}`;
      fs(asideDir, () => mkdirSync(asideDir, { recursive: true }));
      const aside = join(asideDir, asideName(planFileBase(id), 'invalid', now()));
      writeFileSafely(aside, `${JSON.stringify(stored.plan, null, 2)}\n`, () => {});
      notices.push(
        `A plan in the old library could not be read (${why}). It was set aside as ${aside}: fix it and open it with Import plan.`,
      );
    });
  } else {
    loadPlans(plansDir, asideDir, now, entries, notices, writePlan);
  }

  const preferences = openPreferences(dir, createEngine, now, notices);
  if (reading !== null) {
    // Only once the plans and the preferences are in their new files is the old file put aside:
    // a start cut short before this migrates again from it.
    const migrated =
      reading.kind === 'legacy' ? reading.library.preferences : reading.index.preferences;
    preferences.set(migrated);
    const version = reading.kind === 'legacy' ? 'v1' : 'v2';
    const kept = existsSync(legacyPath)
      ? moveAside(legacyPath, join(dir, STORE_NAME), version, now())
      : null;
    // Its backup (version 2 kept one) is the previous copy of a file no longer used: kept too.
    if (existsSync(`${legacyPath}.bak`))
      moveAside(`${legacyPath}.bak`, join(dir, STORE_NAME), 'bak', now());
    const where = kept === null ? '' : `; the old ${STORE_NAME}.json is kept as ${kept}`;
    notices.push(
      reading.kind === 'legacy'
        ? `Your plans are now kept one file per plan in ${plansDir}, your preferences in ${preferences.path}${where}.`
        : `Your preferences are now kept in ${preferences.path}${where}.`,
    );
  }

  const writes = planWrites({
    entries,
    planPath,
    writePlan: (plan) =>
      writeFileSafelyAsync(planPath(plan.id), serializePlan(plan), checkPlanText(plan)),
    now,
  });
  const storage: LibraryStorage = {
    listPlans: writes.listPlans,
    putPlan: writes.putPlan,
    deletePlan: writes.deletePlan,
    // Only the preferences file: a failed save of it is reported and leaves every plan alone.
    getPreferences: () => preferences.get(),
    setPreferences: (next: Preferences) => preferences.set(next),
  };
  const startup: StartupReport = notices.length > 0 ? { recovered, notices } : { recovered };
  return { storage, startup, path: preferences.path, writes };
}

/** Reads every plan file; a bad one is replaced by its good .bak, or set aside and reported. */
function loadPlans(
  plansDir: string,
  asideDir: string,
  now: () => number,
  entries: Map<string, PlanEntry>,
  notices: string[],
  writePlan: (plan: Plan) => void,
): void {
  const names = fs(plansDir, () => readdirSync(plansDir))
    .filter(isPlanFileName)
    .sort();
  const found: { readonly path: string; readonly name: string; readonly plan: Plan }[] = [];
  for (const name of names) {
    const path = join(plansDir, name);
    let text: string | null;
    try {
      text = readText(path);
    } catch (error) {
      notices.push(
        `${error instanceof Error ? error.message : String(error)}; it was left as it is.`,
      );
      continue;
    }
    if (text === null) continue;
    let parsed = checkedPlan(parsePlanText(text));
    if (!parsed.ok) {
      const reason = shortReason(parsed.error);
      fs(asideDir, () => mkdirSync(asideDir, { recursive: true }));
      const aside = moveAside(path, join(asideDir, name.replace(/\.json$/, '')), 'invalid', now());
      const backup = readText(`${path}.bak`);
      const fromBackup = backup === null ? null : checkedPlan(parsePlanText(backup));
      if (fromBackup?.ok) {
        parsed = fromBackup;
        writePlan(fromBackup.value);
        notices.push(
          `${path} could not be read (${reason}); its previous copy was used. The damaged file is kept at ${aside}.`,
        );
      } else {
        notices.push(
          `${path} could not be read (${reason}). It was set aside as ${aside}: fix it and open it with Import plan.`,
        );
        continue;
      }
    }
    found.push({ path, name, plan: parsed.value });
  }
  // One plan per id: its own file when there is one, else the first copy by name. Every other
  // copy (a synced folder's conflict copy, one of ours) is kept as it is and reported.
  const chosen = new Map<string, (typeof found)[number]>();
  for (const file of found) {
    const isOwn = file.name === `${planFileBase(file.plan.id)}.json`;
    const before = chosen.get(file.plan.id);
    if (!before || (isOwn && before.name !== `${planFileBase(file.plan.id)}.json`)) {
      chosen.set(file.plan.id, file);
    }
  }
  for (const file of found) {
    const kept = chosen.get(file.plan.id);
    if (kept !== file) {
      notices.push(
        `${file.path} holds another copy of the plan “${file.plan.name}”; it was kept as it is and not opened.`,
      );
      continue;
    }
    const isOwn = file.name === `${planFileBase(file.plan.id)}.json`;
    entries.set(file.plan.id, {
      plan: file.plan,
      updatedAt: Math.floor(fs(file.path, () => statSync(file.path)).mtimeMs),
      signature: isOwn ? signatureOf(file.path) : null,
    });
  }
}

function checkedPlan(parsed: Result<Plan>): Result<Plan> {
  if (!parsed.ok) return parsed;
  const problems = checkIntegrity(parsed.value);
  return problems.length > 0 ? { ok: false, error: problems } : parsed;
}

function planIdOf(plan: unknown): string | null {
  const id = (plan as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : null;
}

function signatureOf(path: string): string | null {
  try {
    return signatureFrom(statSync(path));
  } catch {
    return null;
  }
}

function removeTemps(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    try {
      if (/\.tmp-/.test(name)) rmSync(join(folder, name), { force: true, recursive: true });
    } catch {
      // Left for the next start: a leftover temp file harms nothing.
    }
  }
}
