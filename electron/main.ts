// The main process: app lifecycle, the one window, the menu and the IPC door. Thin on purpose —
// every decision lives in a module the tests run without Electron (security, ipc, handlers,
// library-store, window-state, menu).
import { BrowserWindow, Menu, app, dialog, ipcMain, nativeTheme, screen, session } from 'electron';
import ElectronStore from 'electron-store';
import type { Schema } from 'electron-store';
import { randomUUID } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Preferences } from '../src/api/contract';
import { MENU_CHANNEL } from '../src/api/contract';
import { repairSplitFolds } from '../src/ical/unfold-bytes';
import { CORE_PORTS } from '../src/library/core-ports';
import type { Library } from '../src/library/library';
import type { PreferencesFile } from '../src/library/preferences-file';
import { PREFERENCES_NAME } from '../src/library/preferences-file';
import { createLibrary } from '../src/library/library';
import { paperFor } from '../src/print/paper';
import { createHandlers } from './handlers';
import { importInWorker } from './ics-import';
import { registerHandlers } from './ipc';
import type { OpenedStore } from './library-store';
import { dataDir, openStoreForApp } from './library-store';
import { menuTemplate } from './menu';
import { quitHandlers } from './quit-guard';
import type { CreatePreferencesEngine } from './preferences';
import { hardenContents, hardenSession, isOwnFile, windowWebPreferences } from './security';
import { MIN_SIZE, initialBounds, windowState } from './window-state';

const here = dirname(fileURLToPath(import.meta.url));
// Always the built files next to this bundle: a production build never loads a dev server.
const rendererDir = join(here, '..', 'renderer');
const preloadPath = join(here, 'preload.cjs');
const icsWorkerPath = join(here, 'ics-worker.js');
const isMac = process.platform === 'darwin';

let window: BrowserWindow | null = null;
let store: OpenedStore | null = null;

function start(): void {
  const dir = dataDir(process.env, app.getPath('userData'));
  // Chromium's own data goes with the library, so a portable data folder holds everything.
  if (dir !== app.getPath('userData')) app.setPath('userData', dir);
  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });
  // A plan write still running when the user quits ends first; the lock is let go after it.
  const quitting = quitHandlers(
    () => store,
    () => app.quit(),
  );
  app.on('before-quit', quitting.beforeQuit);
  app.on('will-quit', quitting.willQuit);
  // A throw anywhere in ready() reaches fatal too (a rejection handler beside it would not see it).
  app
    .whenReady()
    .then(() => ready(dir))
    .catch(fatal);
}

function ready(dir: string): void {
  hardenSession(session.defaultSession, rendererDir);
  const opened = openStoreForApp(dir, electronStore, () => Date.now());
  if (!opened.ok) {
    fatal(opened.error);
    return;
  }
  store = opened.value;
  const { storage, startup } = store;
  const library = createLibrary({
    storage,
    startup,
    generate: CORE_PORTS.generate,
    newId: () => randomUUID(),
    now: () => Date.now(),
  });
  const preferences = library.getPreferences();
  applyTheme(preferences.ok ? preferences.value : null);

  const handlers = createHandlers({
    library,
    ical: {
      exportPlan: CORE_PORTS.ical.exportPlan,
      importRaces: (text, options) => importInWorker(icsWorkerPath, text, options),
    },
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    now: () => Date.now(),
    dialogs: {
      showSaveDialog: (options) => dialog.showSaveDialog(currentWindow(), options),
      showOpenDialog: (options) => dialog.showOpenDialog(currentWindow(), options),
    },
    files: {
      // Decoded here, after a fold that split a character is joined back (src/ical/unfold-bytes).
      readFile: async (path) => new TextDecoder().decode(repairSplitFolds(await readFile(path))),
      fileSize: async (path) => (await stat(path)).size,
      writeFile: (path, data) => writeFile(path, data),
    },
    // The print-out's week rows want landscape; the paper follows the user's region (Letter/A4).
    printToPdf: () =>
      currentWindow().webContents.printToPDF({
        printBackground: true,
        landscape: true,
        pageSize: defaultPaper(),
      }),
    onPreferences: applyTheme,
  });
  registerHandlers(ipcMain, handlers, (event) => {
    // Our window's top frame, showing our own built page: compared by ids and URL, which are
    // stable, rather than by the identity of the wrapper objects.
    const frame = event.senderFrame;
    return (
      window !== null &&
      event.sender.id === window.webContents.id &&
      frame !== null &&
      frame.parent === null &&
      isOwnFile(frame.url, rendererDir)
    );
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        appName: app.name,
        isMac,
        send: (command) => window?.webContents.send(MENU_CHANNEL, command),
      }),
    ),
  );
  window = createWindow(library);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) window = createWindow(library);
  });
}

// The preferences are electron-store's file in the data folder; every decision about it is in
// preferences.ts, which the tests run with conf, the engine electron-store wraps.
const electronStore: CreatePreferencesEngine = ({ schema, ...options }) =>
  new ElectronStore<PreferencesFile>({
    ...options,
    // The JSON Schema is made from the core's zod schemas; its shape is not typed here.
    schema: schema as unknown as Schema<PreferencesFile>,
    name: PREFERENCES_NAME,
  });

function createWindow(library: Library): BrowserWindow {
  const preferences = library.getPreferences();
  const saved = preferences.ok ? preferences.value.window : null;
  const { bounds, maximized } = initialBounds(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const created = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Season Planner',
    show: false,
    webPreferences: windowWebPreferences(preloadPath),
  });
  if (maximized) created.maximize();
  created.once('ready-to-show', () => created.show());
  created.on('close', () => {
    library.setPreferences({
      window: windowState(created.getNormalBounds(), created.isMaximized()),
    });
  });
  created.on('closed', () => {
    if (window === created) window = null;
  });
  created.loadFile(join(rendererDir, 'index.html')).catch(fatal);
  return created;
}

function currentWindow(): BrowserWindow {
  if (!window) throw new Error('the Season Planner window is closed');
  return window;
}

function defaultPaper(): 'A4' | 'Letter' {
  // The system's region says which paper is in the printer; the app's language may not.
  const region = app.getLocaleCountryCode();
  return paperFor(region ? `und-${region}` : app.getLocale());
}

function applyTheme(preferences: Preferences | null): void {
  // 'system' follows the OS's dark mode, live; the page reads it through prefers-color-scheme.
  nativeTheme.themeSource = preferences?.theme ?? 'system';
}

function fatal(error: unknown): void {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  dialog.showErrorBox('Season Planner could not start', message);
  // app.exit skips will-quit: the folder's lock and the single-instance lock are let go here, so
  // a relaunch is not refused by a process that is on its way out.
  store?.close();
  store = null;
  app.releaseSingleInstanceLock();
  app.exit(1);
}

start();
