import { test } from 'node:test';
import assert from 'node:assert/strict';
import { moveSession } from '../../../src/edits/move-session';
import type { Plan } from '../../../src/model/plan';
import { cleanPlan, planWith, race, run, sortSessions } from '../fixtures/plans';

function value(result: ReturnType<typeof moveSession>): Plan {
  assert.ok(result.ok, result.ok ? '' : result.error.join('; '));
  return result.value;
}

test('moves a session: pinned, revision + 1, list still sorted, other sessions untouched', () => {
  const plan = cleanPlan();
  const before = structuredClone(plan);
  const next = value(moveSession(plan, 's-2027-04-20', '2027-04-24'));
  const moved = next.sessions.find((s) => s.id === 's-2027-04-20');
  assert.deepEqual([moved?.date, moved?.pinned, moved?.revision], ['2027-04-24', true, 1]);
  assert.deepEqual(next.sessions, sortSessions(next.sessions));
  assert.equal(next.sessions.length, plan.sessions.length);
  assert.deepEqual(plan, before, 'the old plan is unchanged (undo keeps it)');
  const untouched = plan.sessions.filter((s) => s.id !== 's-2027-04-20');
  for (const session of untouched) assert.ok(next.sessions.includes(session));
});

test('names what is wrong: an unknown session, a day outside the season, not a date', () => {
  const plan = cleanPlan();
  assert.deepEqual(moveSession(plan, 's-12', '2027-04-24'), {
    ok: false,
    error: ['session s-12 not found'],
  });
  assert.deepEqual(moveSession(plan, 's-2027-04-20', '2031-01-01'), {
    ok: false,
    error: ['2031-01-01 is outside the season (2027-01-04 to 2027-10-31)'],
  });
  assert.deepEqual(moveSession(plan, 's-2027-04-20', '2027-02-30'), {
    ok: false,
    error: ['2027-02-30 is not a date (YYYY-MM-DD)'],
  });
});

test('moving to the same day changes nothing', () => {
  const plan = cleanPlan();
  assert.equal(value(moveSession(plan, 's-2027-04-20', '2027-04-20')), plan);
});

test("moving a race's session moves the race", () => {
  const plan = planWith({
    races: [race('r1', '2027-09-26')],
    sessions: [run('2027-09-20', 'easy', 30)],
  });
  const next = value(moveSession(plan, 'race-r1', '2027-10-03'));
  assert.equal(next.races[0]?.date, '2027-10-03');
  const session = next.sessions.find((s) => s.id === 'race-r1');
  assert.deepEqual([session?.date, session?.revision], ['2027-10-03', 1]);
  assert.deepEqual(
    next.sessions.map((s) => s.id),
    ['s-2027-09-20-easy', 'race-r1'],
  );
});
