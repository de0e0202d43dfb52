import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, E2E_PORT } from './tests/e2e/chromium';
import type { ModeOptions } from './tests/e2e/fixtures';

/**
 * End-to-end tests of the planner page (`npm run e2e` builds first).
 *
 * - `browser`: the built page (`dist/renderer`) served by `npm run web` (scripts/web.mjs, the same
 *   server a user runs) in Debian's Chromium, on the page's localStorage implementation of
 *   PlannerApi; a fresh context per test.
 * - `electron`: only when SEASON_PLANNER_ELECTRON names an Electron binary; the same specs drive the
 *   real app (`dist/electron/main.js`) with a fresh temporary data directory per test.
 */
const electronPath = process.env['SEASON_PLANNER_ELECTRON'];
const baseURL = `http://127.0.0.1:${E2E_PORT}`;
// Another build of the page can be put under test (e.g. one made from a clean checkout).
const rendererDir = process.env['E2E_RENDERER_DIR'];

export default defineConfig<ModeOptions>({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  outputDir: 'test-results',
  reporter: [['list']],
  retries: 0,
  workers: 2,
  fullyParallel: false,
  forbidOnly: Boolean(process.env['CI']),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    headless: true,
    viewport: { width: 1400, height: 900 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'browser', use: { mode: 'browser' } },
    ...(electronPath
      ? [{ name: 'electron', use: { mode: 'electron' as const, electronPath } }]
      : []),
  ],
  webServer: {
    // `npm run web` builds the page first when it is missing or stale; with --root it serves as is.
    command: `npm run web -- --port ${E2E_PORT}${rendererDir ? ` --root ${JSON.stringify(rendererDir)}` : ''}`,
    url: `${baseURL}/index.html`,
    reuseExistingServer: !process.env['CI'],
    stdout: 'ignore',
    stderr: 'pipe',
    // A stale page is rebuilt before the server listens: allow for a build on two busy cores.
    timeout: 120_000,
  },
});
