import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changeSession } from '../../../src/edits/change-session';
import { regenerate } from '../../../src/edits/regenerate';
import { setRecentRace } from '../../../src/edits/set-recent-race';
import type { Plan } from '../../../src/model/plan';
import { generate } from '../../../src/scheduler/generate';
import { workoutTotals } from '../../../src/workouts/totals';

const plan = generate({
  name: 'Re-pace test',
  start: '2027-01-04',
  end: '2027-06-27',
  races: [{ name: 'Spring 10K', date: '2027-06-20', distance: '10k' }],
});

function value(result: { ok: true; value: Plan } | { ok: false; error: string[] }): Plan {
  assert.ok(result.ok, result.ok ? '' : result.error.join('; '));
  return result.value;
}

test('a recent result re-paces the plan: paces on the steps, minutes kept, the race at its prediction', () => {
  const paced = value(setRecentRace(plan, { distance: '5k', time: '19:57' }));
  assert.ok(paced.paces && Math.abs(paced.paces.vdot - 50) <= 0.5);
  assert.equal(paced.settings.recentRace?.time, '19:57');
  const before = new Map(plan.sessions.map((s) => [s.id, s]));
  for (const session of paced.sessions) {
    const old = before.get(session.id)!;
    if (session.kind === 'race') {
      assert.equal(session.durationMin, 41); // Daniels' table: 10K in 41:21 at VDOT 50
      continue;
    }
    assert.equal(session.durationMin, old.durationMin);
    if (!session.workout) continue;
    assert.ok(
      Math.abs(workoutTotals(session.workout, paced.paces).km - session.distanceKm) <= 0.05,
    );
    if (session.distanceKm !== old.distanceKm) assert.equal(session.revision, old.revision + 1);
  }
  assert.ok(JSON.stringify(paced.sessions).includes('"pace"'));
  // Cleared again: no pace anywhere.
  const cleared = value(setRecentRace(paced, undefined));
  assert.equal(cleared.paces, undefined);
  assert.equal(cleared.settings.recentRace, undefined);
  assert.ok(!JSON.stringify(cleared).includes('"pace"'));
});

test('a bad result is refused with the field and the problem', () => {
  const bad = setRecentRace(plan, { distance: '5k', time: '19.57' });
  assert.deepEqual(bad, {
    ok: false,
    error: ["time: '19.57' is not a time: write H:MM:SS or MM:SS (e.g. 3:10:49 or 19:57)"],
  });
});

test('a new kind or duration rewrites the workout; one written by hand survives re-pacing and regenerating', () => {
  const easy = plan.sessions.find((s) => s.kind === 'easy')!;
  const tempo = value(
    changeSession(plan, easy.id, { kind: 'tempo', durationMin: 50 }),
  ).sessions.find((s) => s.id === easy.id)!;
  assert.equal(workoutTotals(tempo.workout!, undefined).minutes, 50);
  assert.ok(tempo.workout!.steps.some((s) => s.type === 'work' && s.zone === 'threshold'));

  const mine = { steps: [{ type: 'work' as const, durationMin: 30, zone: 'marathon' as const }] };
  const edited = value(changeSession(plan, easy.id, { workout: mine }));
  const session = edited.sessions.find((s) => s.id === easy.id)!;
  assert.deepEqual(session.workout, { ...mine, edited: true });
  assert.equal(session.durationMin, 30);
  const paced = value(setRecentRace(edited, { distance: 'marathon', time: '3:10:49' }));
  assert.deepEqual(paced.sessions.find((s) => s.id === easy.id)?.workout, {
    ...mine,
    edited: true,
  });
  const again = value(regenerate(paced));
  assert.deepEqual(again.sessions.find((s) => s.id === easy.id)?.workout, {
    ...mine,
    edited: true,
  });
  assert.ok(again.paces);
});
