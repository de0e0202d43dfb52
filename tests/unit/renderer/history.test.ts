import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  pushHistory,
  redoHistory,
  startHistory,
  undoHistory,
} from '../../../renderer/state/history';
import type { History } from '../../../renderer/state/history';
import { planWith } from '../fixtures/plans';
import type { Plan } from '../../../src/model/plan';

const plans: Plan[] = Array.from({ length: 6 }, (_, i) => ({ ...planWith(), name: `v${i}` }));

test('undo goes back step by step and redo comes forth again', () => {
  let h: History = startHistory(plans[0] as Plan);
  for (const p of plans.slice(1, 4)) h = pushHistory(h, p);
  assert.equal(h.present.name, 'v3');
  h = undoHistory(h) ?? assert.fail('undo');
  h = undoHistory(h) ?? assert.fail('undo');
  assert.equal(h.present.name, 'v1');
  h = redoHistory(h) ?? assert.fail('redo');
  assert.equal(h.present.name, 'v2');
});

test('nothing to undo at the start, nothing to redo at the end', () => {
  const h = startHistory(plans[0] as Plan);
  assert.equal(undoHistory(h), null);
  assert.equal(redoHistory(h), null);
});

test('a new edit after undo drops the redo branch', () => {
  let h = pushHistory(startHistory(plans[0] as Plan), plans[1] as Plan);
  h = undoHistory(h) ?? assert.fail('undo');
  h = pushHistory(h, plans[2] as Plan);
  assert.equal(redoHistory(h), null);
  assert.deepEqual(
    h.past.map((p) => p.name),
    ['v0'],
  );
});

test('any sequence of undo and redo keeps the plans in their order', () => {
  fc.assert(
    fc.property(fc.array(fc.boolean(), { maxLength: 30 }), (steps) => {
      let h: History = startHistory(plans[0] as Plan);
      for (const p of plans.slice(1)) h = pushHistory(h, p);
      for (const undo of steps) h = (undo ? undoHistory(h) : redoHistory(h)) ?? h;
      const all = [...h.past, h.present, ...h.future].map((p) => p.name);
      assert.deepEqual(all, ['v0', 'v1', 'v2', 'v3', 'v4', 'v5']);
    }),
    { numRuns: 300 },
  );
});
