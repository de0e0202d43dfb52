/**
 * One `test` for both modes. The specs ask for `page` (and `planner`, `files`) and never care
 * whether it is a tab of Debian's Chromium on the built page or the window of the real Electron app.
 *
 * - browser mode: a fresh browser context per test (the page's browser implementation keeps its data
 *   in localStorage, so every test starts as a new user), opened at `/`.
 * - electron mode: a fresh app per test, `dist/electron/main.js` with SEASON_PLANNER_DATA_DIR set to
 *   a new temporary directory; `page` is its first window.
 *
 * The browser is launched lazily and once per worker, so the Electron project never starts Chromium.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  _electron,
  test as base,
  expect,
  type Browser,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { PlannerPage } from './pages/planner-page';

export type Mode = 'browser' | 'electron';

/** Per-project options (see playwright.config.ts). */
export interface ModeOptions {
  mode: Mode;
  /** The Electron binary, for `mode: 'electron'`. */
  electronPath: string | undefined;
}

/** A file the page saved: through a download (browser) or the save dialog (Electron). */
export interface SavedFile {
  readonly name: string;
  readonly path: string;
  readonly text: string;
}

export interface Files {
  /**
   * Runs `trigger` (e.g. a click on "Export iCal") and returns the file the page saved.
   * `complete` tells when a file written by the app is whole (Electron writes it itself).
   */
  save(trigger: () => Promise<void>, complete?: (text: string) => boolean): Promise<SavedFile>;
  /** Runs `trigger` (e.g. a click on "Import races") and picks `path` in the file dialog. */
  open(trigger: () => Promise<void>, path: string): Promise<void>;
}

interface TestFixtures {
  electronApp: ElectronApplication | null;
  planner: PlannerPage;
  files: Files;
}

interface WorkerFixtures extends ModeOptions {
  lazyBrowser: { get(): Promise<Browser> };
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  mode: ['browser', { option: true, scope: 'worker' }],
  electronPath: [undefined, { option: true, scope: 'worker' }],

  lazyBrowser: [
    async ({ playwright }, use) => {
      let launched: Promise<Browser> | undefined;
      await use({
        get: () =>
          (launched ??= playwright.chromium.launch({
            executablePath: CHROMIUM_PATH,
            args: [...CHROMIUM_ARGS],
            headless: true,
          })),
      });
      if (launched) await (await launched).close();
    },
    { scope: 'worker' },
  ],

  electronApp: async ({ mode, electronPath }, use) => {
    if (mode !== 'electron') {
      await use(null);
      return;
    }
    if (!electronPath) throw new Error('electron mode needs SEASON_PLANNER_ELECTRON');
    const dataDir = await mkdtemp(join(tmpdir(), 'season-planner-e2e-'));
    const app = await _electron.launch({
      executablePath: electronPath,
      args: ['dist/electron/main.js'],
      cwd: process.cwd(),
      env: { ...stringEnv(), SEASON_PLANNER_DATA_DIR: dataDir },
    });
    try {
      await use(app);
    } finally {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  },

  page: async ({ mode, electronApp, lazyBrowser, baseURL, viewport }, use) => {
    if (mode === 'electron') {
      if (!electronApp) throw new Error('no Electron app');
      const window = await electronApp.firstWindow();
      // The window keeps the size the app gives it (its saved window state is in the fresh data dir).
      await window.waitForLoadState('domcontentloaded');
      await use(window);
      return;
    }
    const browser = await lazyBrowser.get();
    const context = await browser.newContext({
      ...(baseURL ? { baseURL } : {}),
      viewport: viewport ?? { width: 1400, height: 900 },
      acceptDownloads: true,
    });
    // The page makes no network requests of any kind: anything but our own server is refused,
    // and the test fails at its end with the list.
    const foreign: string[] = [];
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    await context.route(
      (url) => url.origin !== origin,
      (route) => {
        foreign.push(route.request().url());
        return route.abort('blockedbyclient');
      },
    );
    const page = await context.newPage();
    await page.goto('/');
    try {
      await use(page);
    } finally {
      await context.close();
    }
    expect(foreign, 'the page asked the network for these').toEqual([]);
  },

  planner: async ({ page, mode }, use) => {
    await use(new PlannerPage(page, mode));
  },

  files: async ({ mode, page, electronApp }, use, testInfo) => {
    let count = 0;
    await use({
      async save(trigger, complete = (text) => text.length > 0) {
        count += 1;
        if (mode === 'browser') {
          const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
          const name = download.suggestedFilename();
          const path = testInfo.outputPath(`${count}-${name}`);
          await download.saveAs(path);
          return { name, path, text: await readFile(path, 'utf8') };
        }
        if (!electronApp) throw new Error('no Electron app');
        const dir = testInfo.outputPath(`save-${count}`);
        await mkdir(dir, { recursive: true });
        // Main asks `dialog.showSaveDialog` where to write: answer for the user, keeping the file
        // name main suggests, and remember where it went.
        await electronApp.evaluate(({ dialog }, dir) => {
          const answer = async (...args: unknown[]) => {
            const options = args.find(
              (arg): arg is { defaultPath?: string } =>
                typeof arg === 'object' && arg !== null && 'defaultPath' in arg,
            );
            const name = options?.defaultPath?.split(/[\\/]/).pop() || 'saved';
            const filePath = `${dir}/${name}`;
            (globalThis as { __e2eSaved?: string }).__e2eSaved = filePath;
            return { canceled: false, filePath };
          };
          dialog.showSaveDialog = answer as unknown as typeof dialog.showSaveDialog;
        }, dir);
        await trigger();
        let path = '';
        let text = '';
        await expect
          .poll(async () => {
            path = await electronApp.evaluate(
              () => (globalThis as { __e2eSaved?: string }).__e2eSaved ?? '',
            );
            text = path ? await readFile(path, 'utf8').catch(() => '') : '';
            return complete(text);
          })
          .toBe(true);
        return { name: basename(path), path, text };
      },

      async open(trigger, path) {
        if (mode === 'browser') {
          const [chooser] = await Promise.all([page.waitForEvent('filechooser'), trigger()]);
          await chooser.setFiles(path);
          return;
        }
        if (!electronApp) throw new Error('no Electron app');
        await electronApp.evaluate(({ dialog }, filePath) => {
          const answer = async () => ({ canceled: false, filePaths: [filePath] });
          dialog.showOpenDialog = answer as unknown as typeof dialog.showOpenDialog;
        }, path);
        await trigger();
      },
    });
  },
});

export { expect };

function stringEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return env;
}

/** The type of `page` in the specs (either mode). */
export type AppPage = Page;
