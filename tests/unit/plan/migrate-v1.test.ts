import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Session, Settings } from '../../../src/model/plan';
import { parsePlan, serializePlan } from '../../../src/plan/plan-file';
import { generate } from '../../../src/scheduler/generate';
import { workoutTotals } from '../../../src/workouts/totals';

const current = generate({
  name: 'Migration test',
  start: '2027-01-04',
  end: '2027-10-31',
  races: [{ name: 'Autumn Marathon', date: '2027-10-10', distance: 'marathon' }],
});

/** The plan as version 1 wrote it: no units, no workouts. */
function versionOne(): Record<string, unknown> {
  const settings = (({ units: _units, ...rest }: Settings) => rest)(current.settings);
  const sessions = current.sessions.map(({ workout: _workout, ...session }: Session) => session);
  // A session the runner edited by hand, with a distance of their own.
  const edited = sessions.findIndex((s) => s.kind === 'easy');
  sessions[edited] = { ...sessions[edited]!, pinned: true, distanceKm: 12.3 };
  return { ...JSON.parse(serializePlan(current)), version: 1, settings, sessions };
}

test('a version-1 plan loads as version 2: units in km, a workout for every run', () => {
  const loaded = parsePlan(versionOne());
  assert.ok(loaded.ok, loaded.ok ? '' : loaded.error.join('; '));
  const plan = loaded.value;
  assert.equal(plan.version, 2);
  assert.equal(plan.settings.units, 'km');
  for (const session of plan.sessions) {
    if (session.kind === 'rest' || session.kind === 'race') {
      assert.equal(session.workout, undefined, session.id);
      continue;
    }
    assert.ok(session.workout, `${session.id} has no workout`);
    const totals = workoutTotals(session.workout, plan.paces);
    assert.ok(Math.abs(totals.minutes - session.durationMin) < 1e-6, session.id);
    // distanceKm is rounded to 0.1 km: within half of that, and a float's crumb (9.5 − 9.45).
    if (!session.pinned) {
      assert.ok(Math.abs(totals.km - session.distanceKm) <= 0.05 + 1e-9, session.id);
    }
  }
});

test('a migrated plan keeps the distance the runner set by hand and names no pace', () => {
  const loaded = parsePlan(versionOne());
  assert.ok(loaded.ok);
  const pinned = loaded.value.sessions.find((s) => s.pinned);
  assert.equal(pinned?.distanceKm, 12.3);
  // No paces in either: the migrated steps name efforts, never a pace.
  assert.ok(!JSON.stringify(loaded.value).includes('"pace"'));
});

test('a version-2 file is read as it is', () => {
  const loaded = parsePlan(JSON.parse(serializePlan(current)));
  assert.ok(loaded.ok);
  assert.deepEqual(loaded.value, current);
});
