import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workoutKm } from '../../../src/workouts/session-workout';
import { addSession } from '../../../src/edits/add-session';
import { deleteSession } from '../../../src/edits/delete-session';
import type { Plan } from '../../../src/model/plan';
import { planWith, run, sortSessions } from '../fixtures/plans';

function value(result: ReturnType<typeof addSession>): Plan {
  assert.ok(result.ok, result.ok ? '' : result.error.join('; '));
  return result.value;
}

const plan = planWith({
  sessions: [run('2027-04-20', 'easy', 30), run('2027-04-22', 'tempo', 50)],
});

test('adds a pinned session with a derived id, the kind’s intensity and a title, in order', () => {
  const next = value(addSession(plan, { date: '2027-04-21', kind: 'intervals', durationMin: 55 }));
  const { workout, distanceKm, ...added } = next.sessions[1]!;
  assert.deepEqual(added, {
    id: 'added-2027-04-21',
    date: '2027-04-21',
    kind: 'intervals',
    intensity: 'hard',
    title: 'Intervals',
    durationMin: 55,
    pinned: true,
    revision: 0,
  });
  // Its steps, as a generated session of its kind and length; its distance is theirs.
  assert.ok(workout, 'the added session has steps');
  assert.equal(distanceKm, workoutKm(workout, plan.paces));
  assert.ok(distanceKm > 5, `${distanceKm} km in 55 min of intervals`);
  assert.deepEqual(next.sessions, sortSessions(next.sessions));
  assert.equal(plan.sessions.length, 2);
});

test('ids stay unique, and never reuse a deleted session’s id', () => {
  const one = value(addSession(plan, { date: '2027-04-21', kind: 'easy', durationMin: 30 }));
  const two = value(
    addSession(one, {
      date: '2027-04-21',
      kind: 'easy',
      durationMin: 30,
      title: 'Shakeout',
      intensity: 'rest',
      notes: 'x',
    }),
  );
  assert.deepEqual(
    two.sessions
      .filter((s) => s.date === '2027-04-21')
      .map((s) => [s.id, s.title, s.intensity, s.notes]),
    [
      ['added-2027-04-21', 'Easy run', 'easy', undefined],
      ['added-2027-04-21-2', 'Shakeout', 'rest', 'x'],
    ],
  );
  const deleted = deleteSession(two, 'added-2027-04-21');
  assert.ok(deleted.ok);
  const three = value(
    addSession(deleted.value, { date: '2027-04-21', kind: 'easy', durationMin: 30 }),
  );
  assert.deepEqual(
    three.sessions.filter((s) => s.date === '2027-04-21').map((s) => s.id),
    ['added-2027-04-21-2', 'added-2027-04-21-3'],
  );
});

test('names what is wrong', () => {
  assert.deepEqual(addSession(plan, { date: '2031-01-01', kind: 'easy', durationMin: 30 }), {
    ok: false,
    error: ['2031-01-01 is outside the season (2027-01-04 to 2027-12-26)'],
  });
  const negative = addSession(plan, { date: '2027-04-21', kind: 'easy', durationMin: -5 });
  assert.ok(
    !negative.ok && /^durationMin: /.test(negative.error[0] ?? ''),
    JSON.stringify(negative),
  );
  const race = addSession(plan, { date: '2027-04-21', kind: 'race', durationMin: 30 });
  assert.ok(!race.ok && /addRace/.test(race.error[0] ?? ''));
});
