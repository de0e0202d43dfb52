import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addRace, changeRace, deleteRace, moveRace } from '../../../src/edits/races';
import type { Plan } from '../../../src/model/plan';
import { raceSession } from '../../../src/model/race-session';
import { planWith, race, run, sortSessions } from '../fixtures/plans';

function value(result: { ok: true; value: Plan } | { ok: false; error: string[] }): Plan {
  assert.ok(result.ok, result.ok ? '' : result.error.join('; '));
  return result.value;
}

const plan = planWith({
  races: [race('r1', '2027-09-26')],
  sessions: [run('2027-09-25', 'easy', 20)],
});
const raceSessionOf = (p: Plan, id: string) => p.sessions.find((s) => s.raceId === id);

test('addRace adds the race and its session; an id derived like the scheduler’s, priority A by default; same day is fine', () => {
  const next = value(addRace(plan, { name: 'Autumn 10K', date: '2027-09-26', distance: '10k' }));
  assert.deepEqual(
    next.races.map((r) => [r.id, r.priority]),
    [
      ['2027-09-26-autumn-10k', 'A'],
      ['r1', 'A'],
    ],
  );
  assert.deepEqual(raceSessionOf(next, '2027-09-26-autumn-10k'), raceSession(next.races[0]!, 0));
  assert.deepEqual(next.sessions, sortSessions(next.sessions));
  const again = value(
    addRace(next, { name: 'Autumn 10K', date: '2027-09-26', distance: 5, priority: 'C' }),
  );
  assert.ok(again.races.some((r) => r.id === '2027-09-26-autumn-10k-2'));
});

test('addRace names what is wrong', () => {
  assert.deepEqual(addRace(plan, { id: 'r1', name: 'Dup', date: '2027-05-01', distance: '5k' }), {
    ok: false,
    error: ['race r1 already exists'],
  });
  assert.deepEqual(addRace(plan, { name: 'Late', date: '2028-05-01', distance: '5k' }), {
    ok: false,
    error: ['2028-05-01 is outside the season (2027-01-04 to 2027-12-26)'],
  });
  const bad = addRace(plan, { name: '', date: '2027-05-01', distance: -3 });
  assert.ok(
    !bad.ok &&
      bad.error.some((e) => e.startsWith('name: ')) &&
      bad.error.some((e) => e.startsWith('distance')),
  );
});

test('a race given back a deleted id revives its session above the cancellation', () => {
  const deleted = value(deleteRace(plan, 'r1'));
  // An export of `deleted` cancels race-r1 with SEQUENCE 1 (revision 0 + 1): the revived event
  // must outrank that cancellation in a calendar that imported it.
  const back = value(
    addRace(deleted, {
      id: 'r1',
      name: 'Berlin',
      date: '2027-09-26',
      distance: 'marathon',
      priority: 'A',
    }),
  );
  assert.equal(raceSessionOf(back, 'r1')?.revision, 2);
  assert.deepEqual(back.deletedSessions, []);
});

test('moveRace moves the race and its session (revision + 1), keeping notes', () => {
  const noted: Plan = {
    ...plan,
    sessions: plan.sessions.map((s) => (s.raceId ? { ...s, notes: 'bib' } : s)),
  };
  const next = value(moveRace(noted, 'r1', '2027-09-19'));
  assert.equal(next.races[0]?.date, '2027-09-19');
  const session = raceSessionOf(next, 'r1');
  assert.deepEqual([session?.date, session?.revision, session?.notes], ['2027-09-19', 1, 'bib']);
  assert.deepEqual(
    next.sessions.map((s) => s.id),
    ['race-r1', 's-2027-09-25-easy'],
  );
  assert.deepEqual(moveRace(plan, 'r9', '2027-09-19'), { ok: false, error: ['race r9 not found'] });
  assert.deepEqual(moveRace(plan, 'r1', '2028-01-01'), {
    ok: false,
    error: ['2028-01-01 is outside the season (2027-01-04 to 2027-12-26)'],
  });
});

test('changeRace updates the session when what it shows changes, and only then', () => {
  const half = value(changeRace(plan, 'r1', { distance: 'half', name: 'Berlin half' }));
  const session = raceSessionOf(half, 'r1');
  assert.deepEqual(
    [session?.title, session?.durationMin, session?.revision],
    ['Berlin half (half marathon)', 116, 1],
  );
  const priority = value(changeRace(plan, 'r1', { priority: 'B' }));
  assert.equal(priority.races[0]?.priority, 'B');
  assert.equal(raceSessionOf(priority, 'r1'), raceSessionOf(plan, 'r1'));
});

test('deleteRace removes the race and its session, remembering the session', () => {
  const next = value(deleteRace(plan, 'r1'));
  assert.deepEqual(next.races, []);
  assert.deepEqual(
    next.sessions.map((s) => s.id),
    ['s-2027-09-25-easy'],
  );
  assert.deepEqual(next.deletedSessions, [{ id: 'race-r1', revision: 0, date: '2027-09-26' }]);
  assert.deepEqual(deleteRace(plan, 'r9'), { ok: false, error: ['race r9 not found'] });
});
