// Every method of PlannerApi is in CHANNELS, has an argument schema, is registered by main's IPC
// helper and served by the handlers, is exposed by the preload's bridge on its own channel, and is
// implemented by the browser implementation — so the four cannot drift apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PlannerApi } from '../../../src/api/contract';
import { CHANNELS, MENU_CHANNEL } from '../../../src/api/contract';
import { ARGUMENT_SCHEMAS } from '../../../src/api/validate';
import { createBrowserApi } from '../../../renderer/api/browser-api';
import { createBridge } from '../../../electron/bridge';
import type { IpcRendererLike } from '../../../electron/bridge';
import { registerHandlers } from '../../../electron/ipc';
import { CORE_PORTS } from '../../../src/library/core-ports';
import { counters } from '../library/sample-plan';
import { desktopHandlers } from '../electron/electron-harness';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeLocalStorage, fakeFiles } from './fakes';
import { FakeIpc } from '../electron/fake-electron';

// Written out by hand and checked by the compiler against the interface (no missing, no extra).
const METHODS = {
  listPlans: true,
  createPlan: true,
  loadPlan: true,
  savePlan: true,
  renamePlan: true,
  duplicatePlan: true,
  deletePlan: true,
  getPreferences: true,
  setPreferences: true,
  getStartupReport: true,
  exportIcs: true,
  exportPlanFile: true,
  exportWorkouts: true,
  importPlanFile: true,
  importRacesIcs: true,
  readRacesIcs: true,
  printToPdf: true,
} as const satisfies Record<keyof PlannerApi, true>;
const methods = Object.keys(METHODS).sort() as (keyof PlannerApi)[];

test('(a) every method has a channel of its own under the planner: prefix, and an argument schema', () => {
  assert.deepEqual(Object.keys(CHANNELS).sort(), methods);
  assert.deepEqual(Object.keys(ARGUMENT_SCHEMAS).sort(), methods);
  const channels = Object.values(CHANNELS);
  assert.equal(new Set(channels).size, channels.length);
  for (const channel of [...channels, MENU_CHANNEL]) assert.match(channel, /^planner:[a-z-]+$/);
});

test('(b) main registers every channel and its handlers serve every method', () => {
  const ipc = new FakeIpc();
  const handlers = Object.fromEntries(
    methods.map((m) => [m, async () => ({ ok: true, value: m })]),
  ) as unknown as PlannerApi;
  const registered = registerHandlers(ipc.main, handlers, () => true);
  assert.deepEqual([...ipc.handlers.keys()].sort(), Object.values(CHANNELS).sort());
  assert.deepEqual(registered.sort(), Object.values(CHANNELS).sort());
  const dir = mkdtempSync(join(tmpdir(), 'season-planner-coverage-'));
  try {
    const served = desktopHandlers(dir, fakeFiles(), counters());
    assert.deepEqual(Object.keys(served).sort(), methods);
    for (const method of methods) assert.equal(typeof served[method], 'function', method);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('(c) the preload bridge exposes every method, each on its own channel, and nothing else', async () => {
  const calls: string[] = [];
  const ipc = {
    invoke: async (channel: string) => {
      calls.push(channel);
      return { ok: true, value: null };
    },
    on: () => ipc,
    removeListener: () => ipc,
  } as unknown as IpcRendererLike;
  const bridge = createBridge(ipc);
  assert.deepEqual(Object.keys(bridge).sort(), [...methods, 'onMenuCommand'].sort());
  for (const method of methods) {
    calls.length = 0;
    await (bridge[method] as (...a: unknown[]) => Promise<unknown>)();
    assert.deepEqual(calls, [CHANNELS[method]], method);
  }
});

test('(d) the browser implementation implements every method, and nothing else', async () => {
  const api = createBrowserApi({
    localStorage: new FakeLocalStorage(),
    files: fakeFiles(),
    ...CORE_PORTS,
    ...counters(),
  });
  assert.deepEqual(Object.keys(api).sort(), methods);
  for (const method of methods) assert.equal(typeof api[method], 'function', method);
  assert.deepEqual(await api.listPlans(), { ok: true, value: [] });
});
