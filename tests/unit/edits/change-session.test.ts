import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changeSession } from '../../../src/edits/change-session';
import type { Plan } from '../../../src/model/plan';
import { planWith, race, run } from '../fixtures/plans';

function value(result: ReturnType<typeof changeSession>): Plan {
  assert.ok(result.ok, result.ok ? '' : result.error.join('; '));
  return result.value;
}

const plan = planWith({
  races: [race('r1', '2027-09-26')],
  sessions: [
    run('2027-04-20', 'easy', 30, { id: 's-1', notes: 'flat route' }),
    run('2027-04-22', 'easy', 40, { id: 's-2' }),
  ],
});
const find = (p: Plan, id: string) => p.sessions.find((s) => s.id === id);

test('changes fields: pinned, revision + 1; a new kind brings its intensity unless one is given', () => {
  const tempo = find(value(changeSession(plan, 's-1', { kind: 'tempo', durationMin: 45 })), 's-1');
  assert.deepEqual(
    [tempo?.kind, tempo?.intensity, tempo?.durationMin, tempo?.pinned, tempo?.revision],
    ['tempo', 'hard', 45, true, 1],
  );
  const gentle = find(
    value(changeSession(plan, 's-1', { kind: 'tempo', intensity: 'moderate' })),
    's-1',
  );
  assert.equal(gentle?.intensity, 'moderate');
  assert.equal(
    find(value(changeSession(plan, 's-1', { title: 'Recovery jog' })), 's-1')?.intensity,
    'easy',
  );
});

test('a date in the patch moves the session and keeps the list sorted', () => {
  const next = value(changeSession(plan, 's-1', { date: '2027-04-25' }));
  assert.deepEqual(
    next.sessions.map((s) => s.id),
    ['s-2', 's-1', 'race-r1'],
  );
});

test('an empty note clears it; a patch that changes nothing leaves the plan as it is', () => {
  assert.equal(find(value(changeSession(plan, 's-1', { notes: '' })), 's-1')?.notes, undefined);
  assert.equal(value(changeSession(plan, 's-1', { durationMin: 30, notes: 'flat route' })), plan);
});

test('names what is wrong', () => {
  assert.deepEqual(changeSession(plan, 's-12', { durationMin: 3 }), {
    ok: false,
    error: ['session s-12 not found'],
  });
  assert.deepEqual(changeSession(plan, 's-1', { date: '2026-12-31' }), {
    ok: false,
    error: ['2026-12-31 is outside the season (2027-01-04 to 2027-12-26)'],
  });
  const long = changeSession(plan, 's-1', { durationMin: 2000 });
  assert.ok(!long.ok && /^durationMin: /.test(long.error[0] ?? ''));
  assert.ok(!changeSession(plan, 's-1', { kind: 'race' }).ok);
});

test("a race's session: notes change, a date moves the race, the rest follows the race", () => {
  const noted = value(changeSession(plan, 'race-r1', { notes: 'bib 1234' }));
  assert.deepEqual(
    [find(noted, 'race-r1')?.notes, find(noted, 'race-r1')?.revision],
    ['bib 1234', 1],
  );
  const moved = value(changeSession(plan, 'race-r1', { date: '2027-10-03', notes: 'new date' }));
  assert.equal(moved.races[0]?.date, '2027-10-03');
  assert.deepEqual(
    [find(moved, 'race-r1')?.date, find(moved, 'race-r1')?.notes],
    ['2027-10-03', 'new date'],
  );
  const result = changeSession(plan, 'race-r1', { durationMin: 200 });
  assert.deepEqual(result, {
    ok: false,
    error: [
      'session race-r1 stands for race r1: its durationMin follow the race, change the race instead',
    ],
  });
});
