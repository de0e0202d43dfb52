import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IpcRendererLike } from '../../../electron/bridge';
import { channelInvoker, createBridge } from '../../../electron/bridge';
import type { MenuCommand } from '../../../src/api/contract';
import { MENU_CHANNEL } from '../../../src/api/contract';
import { samplePlan } from '../library/sample-plan';

function fakeIpc(answer: (channel: string, args: unknown[]) => Promise<unknown>) {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const ipc = {
    invoke: (channel: string, ...args: unknown[]) => answer(channel, args),
    on(channel: string, listener: (...args: unknown[]) => void) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
      return ipc;
    },
    removeListener(channel: string, listener: (...args: unknown[]) => void) {
      listeners.get(channel)?.delete(listener);
      return ipc;
    },
  };
  const emit = (channel: string, ...args: unknown[]) =>
    listeners.get(channel)?.forEach((l) => l({ sender: 'the IPC event' }, ...args));
  return { ipc: ipc as unknown as IpcRendererLike, emit, listeners };
}

test('methods pass their arguments on their channel and return main’s result', async () => {
  const seen: unknown[] = [];
  const { ipc } = fakeIpc(async (channel, args) => {
    seen.push([channel, ...args]);
    return { ok: true, value: 'done' };
  });
  const bridge = createBridge(ipc);
  assert.deepEqual(await bridge.renamePlan('p', 'New name'), { ok: true, value: 'done' });
  await bridge.savePlan(samplePlan());
  assert.deepEqual(seen, [
    ['planner:rename-plan', 'p', 'New name'],
    ['planner:save-plan', samplePlan()],
  ]);
});

test('a failed invoke is a result, never a thrown error', async () => {
  const { ipc } = fakeIpc(async () => {
    throw new Error("No handler registered for 'planner:list-plans'");
  });
  const result = await createBridge(ipc).listPlans();
  assert.equal(result.ok, false);
  assert.match(result.ok ? '' : result.error.message, /No handler registered/);
});

test('menu commands reach the listener without the IPC event, until unsubscribed', () => {
  const { ipc, emit, listeners } = fakeIpc(async () => null);
  const bridge = createBridge(ipc);
  const got: unknown[][] = [];
  const stop = bridge.onMenuCommand((...args: unknown[]) => got.push(args));
  emit(MENU_CHANNEL, 'undo');
  emit(MENU_CHANNEL, 'rm -rf');
  emit('other-channel', 'redo');
  assert.deepEqual(got, [['undo']]);
  stop();
  emit(MENU_CHANNEL, 'redo' satisfies MenuCommand);
  assert.deepEqual(got, [['undo']]);
  assert.equal(listeners.get(MENU_CHANNEL)?.size, 0);
});

test('the bridge holds functions only: no ipcRenderer, no channel names, no way to send elsewhere', () => {
  const { ipc } = fakeIpc(async () => null);
  const bridge = createBridge(ipc) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(bridge)) assert.equal(typeof value, 'function', key);
  assert.ok(!('invoke' in bridge) && !('send' in bridge) && !('ipcRenderer' in bridge));
});

test('channels outside the planner: prefix are refused without reaching IPC', async () => {
  const seen: string[] = [];
  const { ipc } = fakeIpc(async (channel) => {
    seen.push(channel);
    return { ok: true, value: null };
  });
  const invoke = channelInvoker(ipc);
  const refused = await invoke('electron-store-get-data');
  assert.equal(refused.ok, false);
  assert.match(refused.ok ? '' : refused.error.message, /not a Season Planner channel/);
  assert.deepEqual(await invoke('planner:list-plans'), { ok: true, value: null });
  assert.deepEqual(seen, ['planner:list-plans']);
});
