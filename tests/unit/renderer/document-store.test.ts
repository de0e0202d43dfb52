import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocumentStore } from '../../../renderer/state/document-store';
import { moveSession } from '../../../src/edits/move-session';
import { checkPlan } from '../../../src/rules/index';
import { planWith, run } from '../fixtures/plans';

// Three hard sessions in the week of Mon 2027-03-08 once the tempo moves in: one over the cap of 2.
const plan = planWith({
  sessions: [
    run('2027-03-03', 'tempo', 50),
    run('2027-03-09', 'intervals', 50),
    run('2027-03-10', 'easy', 40),
    run('2027-03-11', 'hills', 45),
    run('2027-03-13', 'easy', 40),
  ],
});

test('an edit is one undo step, re-checked as a full check would; undo and redo walk it', () => {
  const store = createDocumentStore(plan);
  let calls = 0;
  store.subscribe(() => (calls += 1));
  assert.equal(store.getSnapshot()?.warnings, null);
  store.checkNow();
  assert.deepEqual(store.getSnapshot()?.warnings, checkPlan(plan));

  const outcome = store.edit((p) => moveSession(p, 's-2027-03-03-tempo', '2027-03-13'));
  assert.ok(outcome.ok && outcome.changed);
  const after = store.getSnapshot();
  assert.equal(after?.history.past.length, 1);
  assert.deepEqual(after?.warnings, checkPlan(outcome.plan));
  assert.ok(after?.warnings?.some((w) => w.rule === 'too-many-hard-days'));

  assert.equal(store.step('undo'), plan);
  assert.deepEqual(store.getSnapshot()?.warnings, checkPlan(plan));
  assert.equal(store.step('undo'), null);
  assert.equal(store.step('redo'), outcome.plan);
  assert.equal(calls, 4);
});

test('a refused edit changes nothing and says why; no plan open is said too', () => {
  const store = createDocumentStore(plan);
  const before = store.getSnapshot();
  const outcome = store.edit((p) => moveSession(p, 'no-such-session', '2027-03-13'));
  assert.equal(outcome.ok, false);
  assert.equal(store.getSnapshot(), before);
  const empty = createDocumentStore();
  assert.deepEqual(
    empty.edit((p) => ({ ok: true, value: p })),
    {
      ok: false,
      error: ['no plan is open'],
    },
  );
});

test('a rename reaches every undo step; closing empties the store', () => {
  const store = createDocumentStore(plan);
  store.edit((p) => moveSession(p, 's-2027-03-10-easy', '2027-03-12'));
  store.rename(plan.id, 'Renamed');
  const doc = store.getSnapshot();
  assert.deepEqual([doc?.history.present.name, doc?.history.past[0]?.name], ['Renamed', 'Renamed']);
  store.close();
  assert.equal(store.getSnapshot(), null);
});
