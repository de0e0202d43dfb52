// The packaging config, read and validated by electron-builder's own code (the Electron download
// and the installers themselves need a machine with internet).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger, log } from 'builder-util';

// electron-builder logs to stdout in several writes per line, and node's test runner reads this
// file's stdout as its own channel: a log line there can garble the runner's messages (seen once
// in CI as "Unable to deserialize cloned data"). Its log goes to stderr here.
(log as unknown as { stream: NodeJS.WritableStream }).stream = process.stderr;

const load = () => getConfig(process.cwd(), 'electron-builder.yml', null);

test('electron-builder reads and accepts electron-builder.yml', async () => {
  const config = await load();
  await validateConfiguration(config, new DebugLogger(false));
  assert.equal(config.appId, 'app.seasonplanner.desktop');
  assert.equal(config.productName, 'Season Planner');
  assert.equal(config.icon, 'build/icon.png');
  const targets = (c: { target?: unknown } | null | undefined) => JSON.stringify(c?.target);
  assert.equal(targets(config.linux), '["AppImage","deb"]');
  assert.equal(targets(config.mac), '"dmg"');
  assert.equal(targets(config.win), '"nsis"');
});

test('only the built output and package.json are packed', async () => {
  const config = await load();
  assert.deepEqual(config.files, [{ filter: ['dist/**', '!dist/cli/**', 'package.json'] }]);
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(pkg.main, 'dist/electron/main.js');
  // Every library is bundled by esbuild; a runtime dependency would be shipped as node_modules.
  assert.deepEqual(Object.keys(pkg.dependencies ?? {}), []);
});

test('a config electron-builder would refuse is refused here too', async () => {
  const config = { ...(await load()), linux: { target: ['AppImage'], notAnOption: 1 } };
  await assert.rejects(
    validateConfiguration(config as Configuration, new DebugLogger(false)),
    /does not match the API schema/,
  );
});

test('the icon is a 512×512 PNG', () => {
  const png = readFileSync('build/icon.png');
  assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
  assert.equal(png.readUInt32BE(16), 512);
  assert.equal(png.readUInt32BE(20), 512);
});
