import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regenerate } from '../../../src/edits/regenerate';
import type { Plan } from '../../../src/model/plan';
import { marathonPlan } from './fixtures';

function unwrap(result: ReturnType<typeof regenerate>): Plan {
  assert.ok(result.ok, result.ok ? '' : result.error.join('; '));
  return result.value;
}

test('regenerating an unchanged plan gives the same plan', () => {
  const plan = marathonPlan();
  assert.deepEqual(unwrap(regenerate(plan)), plan);
});

test('pinned sessions stay with their ids; the plan keeps its id and name', () => {
  const plan = marathonPlan();
  const moved = plan.sessions.find((s) => s.date === '2027-02-02')!;
  const pinned = { ...moved, date: '2027-02-03', pinned: true, revision: moved.revision + 1 };
  const edited: Plan = {
    ...plan,
    id: 'my-plan',
    name: 'Mine',
    sessions: plan.sessions.map((s) => (s.id === moved.id ? pinned : s)),
  };
  const next = unwrap(regenerate(edited));
  assert.equal(next.id, 'my-plan');
  assert.equal(next.name, 'Mine');
  assert.deepEqual(
    next.sessions.filter((s) => s.id === moved.id),
    [pinned],
  );
  // Nothing else is generated on the pinned session's day, and the day it left gets a new session.
  assert.deepEqual(
    next.sessions.filter((s) => s.date === '2027-02-03').map((s) => s.id),
    [moved.id],
  );
  assert.equal(next.sessions.filter((s) => s.date === '2027-02-02').length, 1);
  assert.equal(new Set(next.sessions.map((s) => s.id)).size, next.sessions.length);
});

test('changed settings re-plan the sessions under the same ids with a higher revision', () => {
  const plan = marathonPlan();
  const next = unwrap(
    regenerate({ ...plan, settings: { ...plan.settings, weeklyKmBaseline: 80 } }),
  );
  const before = new Map(plan.sessions.map((s) => [s.id, s]));
  let changed = 0;
  for (const session of next.sessions) {
    const old = before.get(session.id);
    if (!old) continue;
    // A re-plan may change a day's minutes or its kind (the block's kinds rotate from its start).
    if (old.durationMin !== session.durationMin || old.kind !== session.kind) {
      assert.equal(session.revision, old.revision + 1);
      changed++;
    } else {
      assert.equal(session.revision, old.revision);
    }
  }
  assert.ok(changed > 100);
});

test('sessions that are gone are remembered in deletedSessions with their days, and their ids are not reused', () => {
  const plan = marathonPlan();
  const next = unwrap(
    regenerate({ ...plan, season: { start: plan.season.start, end: '2027-11-28' } }),
  );
  const gone = plan.sessions.filter((s) => s.date > '2027-11-28');
  assert.ok(gone.length > 0);
  assert.deepEqual(
    next.deletedSessions,
    gone.map((s) => ({ id: s.id, revision: s.revision, date: s.date })),
  );
  const again = unwrap(regenerate({ ...next, season: plan.season }));
  const reused = again.sessions.filter((s) => gone.some((g) => g.id === s.id));
  assert.deepEqual(reused, []);
});

test('a race added by hand gets its phases when the plan is regenerated', () => {
  const plan = marathonPlan();
  const withRace: Plan = {
    ...plan,
    races: [
      ...plan.races,
      { id: 'half', name: 'City half', date: '2027-06-20', distance: 'half', priority: 'B' },
    ],
  };
  const next = unwrap(regenerate(withRace));
  assert.ok(next.sessions.some((s) => s.raceId === 'half' && s.date === '2027-06-20'));
  assert.ok(next.blocks.some((b) => b.kind === 'taper' && b.raceId === 'half'));
  assert.ok(next.blocks.some((b) => b.kind === 'recovery' && b.raceId === 'half'));
});
