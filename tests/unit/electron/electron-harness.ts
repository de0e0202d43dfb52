// The desktop app's side of the shared contract suite: bridge → IPC door → handlers → library →
// the real store (plan files, lock, and the preferences in conf, the engine electron-store wraps) in
// a temp folder.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../../electron/handlers';
import { registerHandlers } from '../../../electron/ipc';
import {
  ASIDE_FOLDER,
  PLANS_FOLDER,
  STORE_NAME,
  openLibraryStore,
} from '../../../electron/library-store';
import type { OpenedStore } from '../../../electron/library-store';
import { CHANNELS } from '../../../src/api/contract';
import { PREFERENCES_NAME } from '../../../src/library/preferences-file';
import { CORE_PORTS } from '../../../src/library/core-ports';
import { createLibrary } from '../../../src/library/library';
import type { PlannerApi } from '../../../src/api/contract';
import type { Harness } from '../api/contract-suite';
import type { FakeFiles } from '../api/fakes';
import { fakeFiles } from '../api/fakes';
import { counters } from '../library/sample-plan';
import { confEngine } from './conf-engine';
import { FakeIpc, fakeNative } from './fake-electron';

/** Stores opened by the harness, by folder: a relaunch closes the previous one (its lock). */
const openStores = new Map<string, OpenedStore>();

/** The handlers main builds, over the store in `dir` and native dialogs scripted by `files`. */
export function desktopHandlers(
  dir: string,
  files: FakeFiles,
  clock: { newId: () => string; now: () => number },
): PlannerApi {
  const native = fakeNative(files);
  openStores.get(dir)?.close();
  const opened = openLibraryStore(dir, confEngine, clock.now);
  openStores.set(dir, opened);
  const { storage, startup } = opened;
  const library = createLibrary({ storage, startup, generate: CORE_PORTS.generate, ...clock });
  return createHandlers({
    library,
    dialogs: native.dialogs,
    files: native.files,
    printToPdf: async () => native.pdf,
    ical: CORE_PORTS.ical,
    now: clock.now,
  });
}

export function electronHarness(): Harness {
  const dir = mkdtempSync(join(tmpdir(), 'season-planner-store-'));
  const legacyPath = join(dir, `${STORE_NAME}.json`);
  const preferencesPath = join(dir, `${PREFERENCES_NAME}.json`);
  const files = fakeFiles();
  const clock = counters();
  return {
    files,
    start() {
      const handlers = desktopHandlers(dir, files, clock);
      const ipc = new FakeIpc();
      registerHandlers(ipc.main, handlers, () => true);
      this.callRaw = (_api, method, args) => ipc.invoke(CHANNELS[method], ...args);
      return ipc.bridge();
    },
    // What is written raw is a library file of an older version (migrated on the next start).
    writeRaw: (text) => writeFileSync(legacyPath, text),
    // Everything stored: the preferences file and every plan file, as one JSON text.
    readRaw: () => {
      const read = (file: string) => {
        try {
          return readFileSync(file, 'utf8');
        } catch {
          return null;
        }
      };
      const preferences = read(preferencesPath);
      if (preferences === null) return null;
      const plansDir = join(dir, PLANS_FOLDER);
      const plans = readdirSync(plansDir)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => [name, read(join(plansDir, name))]);
      return JSON.stringify({ preferences, plans });
    },
    backups: () => {
      const aside = join(dir, ASIDE_FOLDER);
      const kept = [
        ...readdirSync(dir)
          .filter((name) => name.includes('.corrupt-'))
          .map((name) => join(dir, name)),
        ...(readdirSync(dir).includes(ASIDE_FOLDER)
          ? readdirSync(aside).map((name) => join(aside, name))
          : []),
      ];
      return new Map(kept.map((file) => [file, readFileSync(file, 'utf8')]));
    },
    callRaw: () => Promise.reject(new Error('start() first')),
    cleanup: () => {
      openStores.get(dir)?.close();
      openStores.delete(dir);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
