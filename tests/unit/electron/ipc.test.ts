import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IpcMainInvokeEvent } from 'electron';
import { MAX_PAYLOAD_BYTES, payloadSize, registerHandlers } from '../../../electron/ipc';
import type { PlannerApi } from '../../../src/api/contract';
import { CHANNELS } from '../../../src/api/contract';
import { PLAN_VERSION } from '../../../src/model/plan';
import { samplePlan } from '../library/sample-plan';
import { FakeIpc } from './fake-electron';

function setup(trusted: (event: IpcMainInvokeEvent) => boolean = () => true) {
  const calls: unknown[][] = [];
  const handlers = new Proxy({} as PlannerApi, {
    get:
      (_target, method: string) =>
      async (...args: unknown[]) => {
        calls.push([method, ...args]);
        if (method === 'deletePlan') throw new Error('disk on fire');
        return { ok: true, value: method };
      },
  });
  const ipc = new FakeIpc();
  registerHandlers(ipc.main, handlers, trusted);
  return { ipc, calls };
}

test('valid arguments reach the handler, parsed', async () => {
  const { ipc, calls } = setup();
  assert.deepEqual(await ipc.invoke(CHANNELS.renamePlan, 'p', '  Name  '), {
    ok: true,
    value: 'renamePlan',
  });
  assert.deepEqual(calls, [['renamePlan', 'p', 'Name']]);
  await ipc.invoke(CHANNELS.savePlan, samplePlan());
  assert.deepEqual(calls.at(-1), ['savePlan', samplePlan()]);
});

test('invalid arguments never reach the handler and are named by path', async () => {
  const { ipc, calls } = setup();
  const cases: [string, unknown[], string][] = [
    [CHANNELS.loadPlan, [], 'loadPlan takes 1 argument(s), got 0'],
    [CHANNELS.loadPlan, ['a', 'b'], 'loadPlan takes 1 argument(s), got 2'],
    [CHANNELS.listPlans, ['extra'], 'listPlans takes 0 argument(s), got 1'],
    [CHANNELS.savePlan, [{ ...samplePlan(), version: PLAN_VERSION + 1 }], '[0].version'],
    [CHANNELS.setPreferences, [{ window: { width: 'big' } }], '[0].window'],
    [CHANNELS.setPreferences, [{ __proto__: { theme: 'dark' }, extra: 1 }], ''],
    [CHANNELS.exportIcs, [{ planId: 'p', from: '2027-02-30' }], '[0].from'],
    [CHANNELS.exportIcs, [{ planId: 'p', script: 'x' }], ''],
  ];
  for (const [channel, args, path] of cases) {
    const result = await ipc.invoke(channel, ...args);
    assert.equal(result.ok, false, `${channel} ${JSON.stringify(args)}`);
    if (result.ok) continue;
    assert.equal(result.error.code, 'invalid-argument');
    assert.ok(
      result.error.details?.some((d) => d.startsWith(path)),
      JSON.stringify(result.error),
    );
  }
  assert.deepEqual(calls, []);
});

test('a request from anywhere but our own page is refused before validation', async () => {
  const { ipc, calls } = setup(() => false);
  const result = await ipc.invoke(CHANNELS.listPlans);
  assert.equal(result.ok, false);
  assert.match(
    result.ok ? '' : result.error.message,
    /did not come from the Season Planner window/,
  );
  assert.deepEqual(calls, []);
});

test('a handler that throws gives a result, not a rejected invoke', async () => {
  const { ipc } = setup();
  const result = await ipc.invoke(CHANNELS.deletePlan, 'p');
  assert.equal(result.ok, false);
  assert.deepEqual(result.ok ? null : result.error.details, ['disk on fire']);
});

test('finding 11: a payload over the byte cap is refused before validation, and never reaches the handler', async () => {
  const { ipc, calls } = setup();
  const plan = samplePlan();
  const huge = {
    ...plan,
    sessions: Array.from({ length: 5 }, (_, i) => ({
      ...plan.sessions[0],
      id: `s${i}`,
      notes: 'x'.repeat(5 * 1024 * 1024),
    })),
  };
  const result = await ipc.invoke(CHANNELS.savePlan, huge);
  assert.deepEqual(result, {
    ok: false,
    error: {
      code: 'invalid-argument',
      message: `The arguments of savePlan are larger than ${MAX_PAYLOAD_BYTES / 1024 / 1024} MB; nothing was done.`,
    },
  });
  assert.deepEqual(calls, []);
  // A deeply nested payload is measured without overflowing the stack.
  let deep: unknown = 'x';
  for (let i = 0; i < 200_000; i++) deep = [deep];
  assert.ok(payloadSize(deep, MAX_PAYLOAD_BYTES) > 200_000);
  assert.equal(payloadSize([{ a: 'xy' }], 100), 14);
});
