// The order of the store's writes: one key's tasks one after another, whatever each answers;
// other keys' tasks beside them; idle() once every task, later ones included, has ended. Tasks are
// promises the test settles by hand, so nothing here depends on timing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWriteQueue } from '../../../electron/write-queue';

/** A task that records when it starts and ends only when the test says so. */
function manualTask(log: string[], name: string) {
  let finish: (ok: boolean) => void = () => {};
  const task = () => {
    log.push(`start ${name}`);
    return new Promise<string>((resolve, reject) => {
      finish = (ok) => {
        log.push(`end ${name}`);
        if (ok) resolve(name);
        else reject(new Error(`${name} failed`));
      };
    });
  };
  return { task, finish: (ok = true) => finish(ok) };
}

/** Lets every callback already due run (promise reactions), without waiting for any time. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

test('one key’s tasks run one after another, in the order asked, a failure not stopping the next', async () => {
  const queue = createWriteQueue();
  const log: string[] = [];
  const [a1, a2, a3] = ['a1', 'a2', 'a3'].map((name) => manualTask(log, name));
  const results = [a1!, a2!, a3!].map(({ task }) => queue.run('a', task));
  await settle();
  assert.deepEqual(log, ['start a1']);
  a1!.finish(false);
  await settle();
  assert.deepEqual(log, ['start a1', 'end a1', 'start a2']);
  a2!.finish();
  await settle();
  a3!.finish();
  assert.deepEqual(
    await Promise.allSettled(results).then((all) =>
      all.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message)),
    ),
    ['a1 failed', 'a2', 'a3'],
  );
  assert.deepEqual(log, ['start a1', 'end a1', 'start a2', 'end a2', 'start a3', 'end a3']);
});

test('another key’s task does not wait', async () => {
  const queue = createWriteQueue();
  const log: string[] = [];
  const a = manualTask(log, 'a');
  const b = manualTask(log, 'b');
  const doneA = queue.run('a', a.task);
  const doneB = queue.run('b', b.task);
  await settle();
  assert.deepEqual(log, ['start a', 'start b']);
  b.finish();
  assert.equal(await doneB, 'b');
  a.finish();
  assert.equal(await doneA, 'a');
});

test('idle waits for every task, tasks queued while it waits included', async () => {
  const queue = createWriteQueue();
  const log: string[] = [];
  let idle = false;
  await queue.idle(); // nothing queued: at once
  const first = manualTask(log, 'first');
  void queue.run('a', first.task);
  assert.equal(queue.pending, 1);
  const waiting = queue.idle().then(() => (idle = true));
  const later = manualTask(log, 'later');
  void queue.run('b', later.task);
  await settle();
  first.finish();
  await settle();
  assert.equal(idle, false, 'a task is still running');
  assert.equal(queue.pending, 1);
  later.finish(false);
  await waiting;
  assert.equal(queue.pending, 0);
  assert.deepEqual(log, ['start first', 'start later', 'end first', 'end later']);
});
