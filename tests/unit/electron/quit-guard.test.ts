// Quitting while a plan is being written, on a real store in a temp folder: the quit is held until
// the write has ended, asked for again, and the folder's lock is let go only after. The events are
// plain objects recording preventDefault, as Electron's are for these two events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLANS_FOLDER, openLibraryStore } from '../../../electron/library-store';
import type { OpenedStore } from '../../../electron/library-store';
import { quitHandlers } from '../../../electron/quit-guard';
import { LOCK_NAME } from '../../../electron/store-lock';
import { createLibrary } from '../../../src/library/library';
import { parsePlanText, serializePlan } from '../../../src/plan/plan-file';
import { counters, fakeGenerate, samplePlan } from '../library/sample-plan';
import { confEngine } from './conf-engine';

function quitEvent() {
  const event = { prevented: false, preventDefault: () => (event.prevented = true) };
  return event;
}

/** A store in a temp folder, the library over it, and the quit handlers over both. */
function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'season-planner-quit-'));
  let store: OpenedStore | null = openLibraryStore(dir, confEngine, () => 0);
  const library = createLibrary({ storage: store.storage, generate: fakeGenerate, ...counters() });
  let quitAgain: () => void = () => {};
  const askedAgain = new Promise<void>((resolve) => (quitAgain = resolve));
  const asked: string[] = [];
  const handlers = quitHandlers(
    () => store,
    () => {
      asked.push('quit');
      quitAgain();
    },
  );
  const planOnDisk = (id: string) => {
    const text = readFileSync(join(dir, PLANS_FOLDER, `${id}.json`), 'utf8');
    const parsed = parsePlanText(text);
    return parsed.ok ? parsed.value : null;
  };
  const cleanUp = () => {
    store?.close();
    store = null;
    rmSync(dir, { recursive: true, force: true });
  };
  return { dir, library, handlers, askedAgain, asked, planOnDisk, cleanUp };
}

test('a quit while a plan is being written waits for the write, then quits and lets the lock go', async () => {
  const { dir, library, handlers, askedAgain, asked, planOnDisk, cleanUp } = setup();
  try {
    const saving = library.savePlan(samplePlan('a', 'Saved while quitting'));
    const before = quitEvent();
    assert.equal(handlers.beforeQuit(before), true);
    assert.equal(before.prevented, true, 'the quit is held');
    assert.deepEqual(asked, [], 'not asked again while the write runs');
    // A second Cmd+Q while waiting is held too, and asks for nothing more.
    const again = quitEvent();
    assert.equal(handlers.beforeQuit(again), true);
    assert.equal(again.prevented, true);

    await askedAgain;
    assert.deepEqual(asked, ['quit']);
    const saved = await saving;
    assert.ok(saved.ok, JSON.stringify(saved));
    assert.equal(saved.value.name, 'Saved while quitting');
    assert.deepEqual(planOnDisk('a'), samplePlan('a', 'Saved while quitting'));
    assert.ok(existsSync(join(dir, LOCK_NAME)), 'the lock is still held until will-quit');

    // The quit asked for again goes through, and the lock is let go at will-quit.
    const second = quitEvent();
    assert.equal(handlers.beforeQuit(second), false);
    assert.equal(second.prevented, false);
    const willQuit = quitEvent();
    assert.equal(handlers.willQuit(willQuit), false);
    assert.equal(willQuit.prevented, false);
    assert.ok(!existsSync(join(dir, LOCK_NAME)), 'the lock is let go');
    assert.deepEqual(
      readdirSync(join(dir, PLANS_FOLDER)).filter((n) => n.includes('.tmp-')),
      [],
      'no temp file is left',
    );
  } finally {
    cleanUp();
  }
});

test('saves asked for while the quit waits are written too, the last one on disk', async () => {
  const { library, handlers, askedAgain, planOnDisk, cleanUp } = setup();
  try {
    const first = library.savePlan(samplePlan('a', 'One'));
    assert.equal(handlers.beforeQuit(quitEvent()), true);
    const second = library.savePlan(samplePlan('a', 'Two'));
    const other = library.savePlan(samplePlan('b', 'Other'));
    await askedAgain;
    for (const saved of [await first, await second, await other]) assert.ok(saved.ok);
    assert.equal(planOnDisk('a')?.name, 'Two');
    assert.equal(planOnDisk('b')?.name, 'Other');
  } finally {
    cleanUp();
  }
});

test('a quit with nothing to write goes straight through; will-quit lets the lock go', () => {
  const { dir, handlers, asked, cleanUp } = setup();
  try {
    const before = quitEvent();
    assert.equal(handlers.beforeQuit(before), false);
    assert.equal(before.prevented, false);
    const willQuit = quitEvent();
    assert.equal(handlers.willQuit(willQuit), false);
    assert.equal(willQuit.prevented, false);
    assert.deepEqual(asked, []);
    assert.ok(!existsSync(join(dir, LOCK_NAME)));
  } finally {
    cleanUp();
  }
});

test('a write that fails while the quit waits ends the wait too, and says why', async () => {
  const { dir, library, handlers, askedAgain, planOnDisk, cleanUp } = setup();
  try {
    assert.ok((await library.savePlan(samplePlan('a', 'Mine'))).ok);
    // Another program writes the file: the next save is refused and the file left as it is.
    const theirs = serializePlan(samplePlan('a', 'Theirs'));
    writeFileSync(join(dir, PLANS_FOLDER, 'a.json'), theirs);
    const refused = library.savePlan(samplePlan('a', 'Mine, edited'));
    assert.equal(handlers.beforeQuit(quitEvent()), true);
    await askedAgain;
    const result = await refused;
    assert.equal(result.ok, false);
    assert.match(
      result.ok ? '' : (result.error.details?.[0] ?? ''),
      /was changed on disk by another program/,
    );
    assert.equal(planOnDisk('a')?.name, 'Theirs');
  } finally {
    cleanUp();
  }
});

test('a write that never ends (a hung disk) holds the quit only for the wait limit', async () => {
  // A stand-in store: its one write never finishes, as on a network share that stopped answering.
  let closed = false;
  const hung = {
    pendingWrites: 1,
    flush: () => new Promise<void>(() => {}),
    close: () => (closed = true),
  };
  let askedAgain: () => void = () => {};
  const asked = new Promise<void>((resolve) => (askedAgain = resolve));
  const handlers = quitHandlers(() => hung, askedAgain, 20);
  const first = quitEvent();
  assert.equal(handlers.beforeQuit(first), true);
  assert.equal(first.prevented, true, 'held while the write may still end');
  await asked;
  const second = quitEvent();
  assert.equal(handlers.beforeQuit(second), false, 'after the limit the quit goes ahead');
  assert.equal(second.prevented, false);
  assert.equal(handlers.willQuit(quitEvent()), false);
  assert.equal(closed, true, 'the lock is let go');
});
