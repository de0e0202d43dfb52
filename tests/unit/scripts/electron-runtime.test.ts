// `npm start` without an Electron runtime: one line, no stack trace, and the way out (npm run web).
// A fake electron package stands in for the real one, so no test touches the network.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronRuntime } from '../../../scripts/electron-runtime.mjs';

const START = join(import.meta.dirname, '../../../scripts/start.mjs');
const NO_NETWORK_INSTALLER = `console.error('TypeError: fetch failed\\n    at node:internal/deps/undici/undici:14976:13');
process.exit(1);
`;
const WORKING_INSTALLER = `const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
mkdirSync(join(__dirname, 'dist'), { recursive: true });
writeFileSync(join(__dirname, 'dist', 'electron'), '#!/bin/sh\\n', { mode: 0o755 });
writeFileSync(join(__dirname, 'path.txt'), 'electron');
`;

const made: string[] = [];

/** A fake electron package folder whose installer is the given CommonJS source. */
function fakeElectron(installer: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'season-planner-electron-'));
  made.push(dir);
  writeFileSync(join(dir, 'package.json'), '{ "name": "electron", "version": "0.0.0" }');
  writeFileSync(join(dir, 'install.js'), installer);
  return dir;
}

function quiet(): { log: (line: string) => void; lines: string[] } {
  const lines: string[] = [];
  return { log: (line) => lines.push(line), lines };
}

describe('the Electron runtime for npm start', () => {
  after(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  it('offline, npm start says so in one line, points at npm run web, and exits 1', () => {
    const packageDir = fakeElectron(NO_NETWORK_INSTALLER);
    const run = spawnSync(process.execPath, [START], {
      encoding: 'utf8',
      env: { ...process.env, SEASON_PLANNER_ELECTRON_PACKAGE: packageDir },
    });
    assert.equal(run.status, 1);
    assert.equal(
      run.stderr,
      'npm start: could not download the Electron runtime: no network? Run the planner in your browser instead: npm run web\n',
    );
    assert.equal(run.stdout, '');
  });

  it('fetches a missing runtime once and then finds it', async () => {
    const packageDir = fakeElectron(WORKING_INSTALLER);
    const { log } = quiet();
    const env = { PATH: process.env['PATH'] ?? '' };
    assert.deepEqual(await electronRuntime({ packageDir, env, log }), {
      ok: true,
      path: join(packageDir, 'dist', 'electron'),
    });
    // Installed now: a failing installer is not run again.
    writeFileSync(join(packageDir, 'install.js'), NO_NETWORK_INSTALLER);
    assert.equal((await electronRuntime({ packageDir, env, log })).ok, true);
  });

  it('a recorded path whose binary is gone counts as missing', async () => {
    const packageDir = fakeElectron(NO_NETWORK_INSTALLER);
    mkdirSync(join(packageDir, 'dist'));
    writeFileSync(join(packageDir, 'path.txt'), 'electron');
    const result = await electronRuntime({ packageDir, env: {}, log: quiet().log });
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.message, /^could not download the Electron runtime/);
  });

  it('without the electron package it says to install first', async () => {
    const packageDir = join(tmpdir(), 'season-planner-no-such-electron');
    assert.deepEqual(await electronRuntime({ packageDir, env: {}, log: quiet().log }), {
      ok: false,
      message: 'Electron is not installed: run npm ci first',
    });
  });

  it('SEASON_PLANNER_ELECTRON names a binary to use as it is', async () => {
    const packageDir = fakeElectron(NO_NETWORK_INSTALLER);
    const binary = join(packageDir, 'my-electron');
    writeFileSync(binary, '');
    const env = { SEASON_PLANNER_ELECTRON: binary };
    assert.deepEqual(await electronRuntime({ packageDir, env, log: quiet().log }), {
      ok: true,
      path: binary,
    });
    const missing = { SEASON_PLANNER_ELECTRON: join(packageDir, 'nope') };
    assert.equal((await electronRuntime({ packageDir, env: missing, log: quiet().log })).ok, false);
  });
});
