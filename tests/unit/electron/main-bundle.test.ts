// Runs the built main bundle (built with the project's own esbuild options) in plain Node against a
// stand-in `electron` that records what main does and drives its real IPC door. So the window's
// options asserted here are the ones main passes, not a copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { electronBundles } from '../../../scripts/electron-bundles.mjs';
import { CHANNELS } from '../../../src/api/contract';
import { planFileBase } from '../../../src/library/store-layout';
import { CONTENT_SECURITY_POLICY, windowWebPreferences } from '../../../electron/security';

const register = fileURLToPath(new URL('./fake-electron/register.mjs', import.meta.url));

test('the built main bundle sets up a hardened window on the built page', async () => {
  const root = mkdtempSync(join(tmpdir(), 'season-planner-main-'));
  try {
    const outdir = join(root, 'app', 'electron');
    for (const options of electronBundles(outdir)) await build(options);
    mkdirSync(join(root, 'app', 'renderer'));
    writeFileSync(join(root, 'app', 'renderer', 'index.html'), '<!doctype html>');
    const data = join(root, 'data');
    const report = join(root, 'report.json');
    const run = spawnSync(process.execPath, ['--import', register, join(outdir, 'main.js')], {
      env: {
        ...process.env,
        SEASON_PLANNER_DATA_DIR: data,
        FAKE_ELECTRON_USER_DATA: join(root, 'user-data'),
        FAKE_ELECTRON_REPORT: report,
      },
      encoding: 'utf8',
      timeout: 20_000,
    });
    assert.equal(run.status, 0, run.stderr);
    const r = JSON.parse(readFileSync(report, 'utf8'));
    const calls = r.calls.map((c: unknown[]) => c[0]);

    assert.ok(calls.includes('requestSingleInstanceLock'), 'single-instance lock');
    assert.ok(calls.includes('enableSandbox'), 'sandbox for every renderer');
    assert.deepEqual(
      r.calls.find((c: unknown[]) => c[0] === 'setPath'),
      ['setPath', 'userData', data],
    );
    assert.ok(!calls.includes('showErrorBox'), JSON.stringify(r.calls));

    assert.equal(r.windows.length, 1);
    const [options] = r.windows;
    assert.deepEqual(options.webPreferences, windowWebPreferences(join(outdir, 'preload.cjs')));
    assert.equal(options.webPreferences.contextIsolation, true);
    assert.equal(options.webPreferences.sandbox, true);
    assert.equal(options.webPreferences.nodeIntegration, false);
    assert.equal(options.webPreferences.webSecurity, true);
    assert.deepEqual(r.loaded, [join(root, 'app', 'renderer', 'index.html')]);

    assert.deepEqual([...r.channels].sort(), Object.values(CHANNELS).sort());
    // The one other IPC listener is electron-store's (the user-data path and the app's version).
    assert.deepEqual(r.listeners, ['electron-store-get-data']);
    const s = r.scenario;
    assert.deepEqual(s.trustedList, { ok: true, value: [] });
    assert.equal(s.untrustedList.ok, false);
    assert.equal(s.untrustedList.error.code, 'invalid-argument');
    assert.equal(s.subframeList.ok, false, 'a subframe is not our page');
    assert.equal(s.otherContentsList.ok, false, 'another webContents is not our window');
    assert.equal(s.badArgs.error.code, 'invalid-argument');
    assert.equal(s.themeAfter, 'dark');
    assert.equal(r.permissionRequest, false);
    assert.equal(r.permissionCheck, false);
    assert.equal(Object.values(r.requests)[0], false, 'our own page loads');
    assert.deepEqual(Object.values(r.requests).slice(1), [true, true, true]);
    assert.deepEqual(s.csp, [CONTENT_SECURITY_POLICY]);
    assert.equal(s.navigationPrevented, true);
    assert.deepEqual(s.windowOpen, { action: 'deny' });
    assert.deepEqual(s.prefsAfterClose.value.window, {
      x: 40,
      y: 30,
      width: 1111,
      height: 777,
      maximized: false,
    });

    assert.deepEqual(
      r.menu.map((m: { label: string }) => m.label),
      ['&File', '&Edit', '&View', '&Help'],
    );
    // The preferences are electron-store's file in the data folder the env var names, plans beside
    // it; the theme the scenario set and the window state saved on close are in it.
    assert.deepEqual(
      readdirSync(data).filter((n) => n.endsWith('.json')),
      ['preferences.json'],
    );
    const preferences = JSON.parse(readFileSync(join(data, 'preferences.json'), 'utf8'));
    assert.equal(preferences.preferencesVersion, 1);
    assert.equal(preferences.theme, 'dark');
    assert.deepEqual(preferences.window, s.prefsAfterClose.value.window);
    // The plan made just before the quit was on disk, and the lock let go, when the process ended.
    const created = s.createdWhileQuitting;
    assert.equal(created.ok, true, JSON.stringify(created));
    assert.deepEqual(r.atExit, {
      plans: [`${planFileBase(created.value.id)}.json`],
      locked: false,
    });
    assert.equal(
      JSON.parse(
        readFileSync(join(data, 'plans', `${planFileBase(created.value.id)}.json`), 'utf8'),
      ).name,
      'Made while quitting',
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a store that cannot be opened reaches fatal: a dialog saying what and where, locks let go', async () => {
  const root = mkdtempSync(join(tmpdir(), 'season-planner-main-'));
  try {
    const outdir = join(root, 'app', 'electron');
    for (const options of electronBundles(outdir)) await build(options);
    mkdirSync(join(root, 'app', 'renderer'));
    writeFileSync(join(root, 'app', 'renderer', 'index.html'), '<!doctype html>');
    const data = join(root, 'data');
    // An earlier version's library.json is a folder: it cannot be read, and it may hold every plan
    // (issue 11, finding 3).
    mkdirSync(join(data, 'library.json'), { recursive: true });
    const report = join(root, 'report.json');
    const run = spawnSync(process.execPath, ['--import', register, join(outdir, 'main.js')], {
      env: {
        ...process.env,
        SEASON_PLANNER_DATA_DIR: data,
        FAKE_ELECTRON_USER_DATA: join(root, 'user-data'),
        FAKE_ELECTRON_REPORT: report,
      },
      encoding: 'utf8',
      timeout: 20_000,
    });
    assert.equal(run.status, 0, run.stderr);
    const r = JSON.parse(readFileSync(report, 'utf8'));
    const box = r.calls.find((c: unknown[]) => c[0] === 'showErrorBox');
    assert.ok(box, JSON.stringify(r.calls));
    assert.equal(box[1], 'Season Planner could not start');
    assert.match(box[2], new RegExp(`could not open its library in ${data}`));
    assert.match(box[2], /library\.json: it is a folder, not a file/);
    const calls = r.calls.map((c: unknown[]) => c[0]);
    assert.ok(calls.includes('releaseSingleInstanceLock'));
    assert.deepEqual(
      r.calls.find((c: unknown[]) => c[0] === 'exit'),
      ['exit', 1],
    );
    assert.equal(r.windows.length, 0);
    assert.ok(!readdirSync(data).includes('library.lock'), 'the folder lock is let go');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
