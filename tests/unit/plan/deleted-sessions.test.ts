import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePlan, serializePlan } from '../../../src/plan/plan-file';
import { planWith, run } from '../fixtures/plans';

const plan = planWith({ sessions: [run('2027-04-20', 'easy', 30, { id: 's-1' })] });

test('a plan file whose deleted sessions have no day (saved before it was kept) stays valid', () => {
  const old = JSON.parse(serializePlan({ ...plan, deletedSessions: [{ id: 's-9', revision: 2 }] }));
  const parsed = parsePlan(old);
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.value.deletedSessions, [{ id: 's-9', revision: 2 }]);
});

test("a deleted session's day is read back, and a day that is not one is refused", () => {
  const withDay = { ...plan, deletedSessions: [{ id: 's-9', revision: 2, date: '2027-04-21' }] };
  const parsed = parsePlan(JSON.parse(serializePlan(withDay)));
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.value.deletedSessions, [{ id: 's-9', revision: 2, date: '2027-04-21' }]);
  const bad = parsePlan({
    ...withDay,
    deletedSessions: [{ id: 's-9', revision: 2, date: '21.4.' }],
  });
  assert.ok(!bad.ok);
  assert.ok(
    bad.error.some((e) => e.includes('deletedSessions')),
    bad.error.join('\n'),
  );
});
