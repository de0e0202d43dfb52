// The desktop app's side of the shared contract suite: bridge → IPC door → handlers → library →
// the real store engine (conf) in a temp folder.
import Conf from 'conf';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../../electron/handlers';
import { registerHandlers } from '../../../electron/ipc';
import { STORE_NAME, openLibraryStore } from '../../../electron/library-store';
import type { CreateEngine } from '../../../electron/library-store';
import { CHANNELS } from '../../../src/api/contract';
import { CORE_PORTS } from '../../../src/library/core-ports';
import type { LibraryDocument } from '../../../src/library/document';
import { createLibrary } from '../../../src/library/library';
import type { PlannerApi } from '../../../src/api/contract';
import type { Harness } from '../api/contract-suite';
import type { FakeFiles } from '../api/fakes';
import { fakeFiles } from '../api/fakes';
import { counters } from '../library/sample-plan';
import { FakeIpc, fakeNative } from './fake-electron';

export const confEngine: CreateEngine = (options) =>
  new Conf<LibraryDocument>({ ...options, configName: STORE_NAME } as never);

/** The handlers main builds, over conf in `dir` and native dialogs scripted by `files`. */
export function desktopHandlers(
  dir: string,
  files: FakeFiles,
  clock: { newId: () => string; now: () => number },
): PlannerApi {
  const native = fakeNative(files);
  const { storage, startup } = openLibraryStore(dir, confEngine, clock.now);
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
  const path = join(dir, `${STORE_NAME}.json`);
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
    writeRaw: (text) => writeFileSync(path, text),
    readRaw: () => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return null;
      }
    },
    backups: () =>
      new Map(
        readdirSync(dir)
          .filter((name) => name.includes('.corrupt-'))
          .map((name) => [join(dir, name), readFileSync(join(dir, name), 'utf8')]),
      ),
    callRaw: () => Promise.reject(new Error('start() first')),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
