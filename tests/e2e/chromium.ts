/**
 * How the e2e tests and the page benchmark start Debian's Chromium (`npx playwright install` is
 * not available here; CI installs `chromium` with apt). One place, so the two agree.
 */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The port the static server of `dist/renderer` listens on during the e2e run. */
export const E2E_PORT = Number(process.env['E2E_PORT'] ?? '4791');
