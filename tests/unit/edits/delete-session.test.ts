import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deleteSession } from '../../../src/edits/delete-session';
import { planWith, race, run } from '../fixtures/plans';

const plan = planWith({
  races: [race('r1', '2027-09-26')],
  sessions: [
    run('2027-04-20', 'easy', 30, { id: 's-1', revision: 3 }),
    run('2027-04-22', 'easy', 40, { id: 's-2' }),
  ],
});

test('deletes a session and remembers it with its last revision and its day', () => {
  const result = deleteSession(plan, 's-1');
  assert.ok(result.ok);
  assert.deepEqual(
    result.value.sessions.map((s) => s.id),
    ['s-2', 'race-r1'],
  );
  assert.deepEqual(result.value.deletedSessions, [{ id: 's-1', revision: 3, date: '2027-04-20' }]);
  const again = deleteSession(result.value, 's-2');
  assert.ok(again.ok);
  assert.deepEqual(again.value.deletedSessions, [
    { id: 's-1', revision: 3, date: '2027-04-20' },
    { id: 's-2', revision: 0, date: '2027-04-22' },
  ]);
  assert.equal(plan.sessions.length, 3);
});

test('names an unknown session', () => {
  assert.deepEqual(deleteSession(plan, 's-12'), { ok: false, error: ['session s-12 not found'] });
});

test("deleting a race's session deletes the race", () => {
  const result = deleteSession(plan, 'race-r1');
  assert.ok(result.ok);
  assert.deepEqual(result.value.races, []);
  assert.deepEqual(result.value.deletedSessions, [
    { id: 'race-r1', revision: 0, date: '2027-09-26' },
  ]);
});
