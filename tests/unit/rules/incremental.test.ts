import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { runs } from '../runs';
import { addSession } from '../../../src/edits/add-session';
import { changeSession } from '../../../src/edits/change-session';
import { deleteSession } from '../../../src/edits/delete-session';
import { moveSession } from '../../../src/edits/move-session';
import { addRace, deleteRace, moveRace } from '../../../src/edits/races';
import { addDays, daysBetween } from '../../../src/dates';
import type { Plan } from '../../../src/model/plan';
import { INTENSITIES, SESSION_KINDS } from '../../../src/model/plan';
import { assertNever } from '../../../src/model/settings';
import { checkPlan } from '../../../src/rules/index';
import { recheck } from '../../../src/rules/incremental';
import { block, cleanPlans, planWith, race, run } from '../fixtures/plans';
import { generate } from '../../../src/scheduler/generate';
import { planRequest } from '../scheduler/arbitraries';

/** A random edit, as numbers that pick a session or a day of whatever plan it is applied to. */
const edits = fc.oneof(
  fc.record({ type: fc.constant('move' as const), pick: fc.nat(), day: fc.nat() }),
  fc.record({
    type: fc.constant('add' as const),
    day: fc.nat(),
    kind: fc.constantFrom(...SESSION_KINDS.filter((k) => k !== 'race')),
    minutes: fc.integer({ min: 0, max: 400 }),
  }),
  fc.record({
    type: fc.constant('change' as const),
    pick: fc.nat(),
    intensity: fc.constantFrom(...INTENSITIES),
    minutes: fc.integer({ min: 0, max: 400 }),
  }),
  fc.record({ type: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ type: fc.constant('race' as const), pick: fc.nat(), day: fc.nat() }),
);

type Edit = typeof edits extends fc.Arbitrary<infer T> ? T : never;

function apply(plan: Plan, edit: Edit): Plan {
  const dayOf = (n: number) =>
    addDays(plan.season.start, n % (daysBetween(plan.season.start, plan.season.end) + 1));
  const session = (n: number) => plan.sessions[n % plan.sessions.length]!;
  const result = (() => {
    switch (edit.type) {
      case 'move':
        return moveSession(plan, session(edit.pick).id, dayOf(edit.day));
      case 'add':
        return addSession(plan, {
          date: dayOf(edit.day),
          kind: edit.kind,
          durationMin: edit.minutes,
        });
      case 'change': {
        // A race's session takes its intensity and duration from the race (changing them is refused).
        const training = plan.sessions.filter((s) => s.raceId === undefined);
        const target = training[edit.pick % training.length] ?? session(edit.pick);
        if (target.raceId !== undefined) return { ok: true as const, value: plan };
        return changeSession(plan, target.id, {
          intensity: edit.intensity,
          durationMin: edit.minutes,
        });
      }
      case 'delete':
        return deleteSession(plan, session(edit.pick).id);
      case 'race': {
        const race = plan.races[edit.pick % Math.max(1, plan.races.length)];
        if (!race || edit.pick % 3 === 0) {
          return addRace(plan, {
            name: 'Race',
            date: dayOf(edit.day),
            distance: 'marathon',
            priority: 'A',
          });
        }
        return edit.pick % 3 === 1
          ? moveRace(plan, race.id, dayOf(edit.day))
          : deleteRace(plan, race.id);
      }
      default:
        return assertNever(edit);
    }
  })();
  assert.ok(result.ok, result.ok ? '' : result.error.join('; '));
  return result.value;
}

test('recheck gives exactly checkPlan(next) after random single edits, chained', () => {
  fc.assert(
    fc.property(cleanPlans, fc.array(edits, { minLength: 1, maxLength: 4 }), (start, steps) => {
      // Noise so that the plan has warnings to keep, drop and move.
      let plan = [run(addDays(start.season.start, 30), 'intervals', 90, { id: 'noise' })].reduce(
        (p, s) => ({
          ...p,
          sessions: [...p.sessions, s].sort((a, b) =>
            a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1,
          ),
        }),
        start,
      );
      let warnings = checkPlan(plan);
      for (const edit of steps) {
        const next = apply(plan, edit);
        const fast = recheck({ plan, warnings }, next);
        // A copy: checkPlan must not reuse the context that recheck left for `next`.
        assert.deepEqual(fast, checkPlan(structuredClone(next)));
        plan = next;
        warnings = fast;
      }
    }),
    { numRuns: runs(150) },
  );
});

test('recheck without a context for the previous plan falls back to a full check', () => {
  fc.assert(
    fc.property(cleanPlans, edits, (plan, edit) => {
      const next = apply(plan, edit);
      assert.deepEqual(
        recheck({ plan: structuredClone(plan), warnings: [] }, next),
        checkPlan(structuredClone(next)),
      );
    }),
    { numRuns: runs(50) },
  );
});

test('recheck gives exactly checkPlan(next) on generated plans (races, blocks, settings of all kinds)', () => {
  fc.assert(
    fc.property(planRequest, fc.array(edits, { minLength: 1, maxLength: 3 }), (request, steps) => {
      let plan = generate(request);
      let warnings = checkPlan(plan);
      for (const edit of steps) {
        const next = apply(plan, edit);
        const fast = recheck({ plan, warnings }, next);
        assert.deepEqual(fast, checkPlan(structuredClone(next)));
        plan = next;
        warnings = fast;
      }
    }),
    { numRuns: runs(40) },
  );
});

test('recheck follows a change of the off-distance minimum: settings or a block changed means a full check', () => {
  // back-to-back-marathons and no-off-distance-block keep their warnings while only sessions
  // change; whether a block counts depends on offDistanceBlockWeeks and the block's length, so a
  // change of either must not keep a stale warning.
  const races = [race('spring', '2027-04-18'), race('second', '2027-05-30')];
  const token = block('off-distance', '2027-05-10', '2027-05-23');
  const plan = planWith({ races, blocks: [token] });
  const warnings = checkPlan(plan);
  assert.ok(warnings.some((w) => w.rule === 'back-to-back-marathons'));
  const rules = (list: readonly { rule: string }[]) => list.map((w) => w.rule);
  const shortSetting: Plan = { ...plan, settings: { ...plan.settings, offDistanceBlockWeeks: 2 } };
  const fast = recheck({ plan, warnings }, shortSetting);
  assert.deepEqual(fast, checkPlan(structuredClone(shortSetting)));
  assert.ok(!rules(fast).includes('back-to-back-marathons'));
  const longer: Plan = { ...plan, blocks: [{ ...token, start: '2027-05-03' }] };
  const again = recheck({ plan, warnings }, longer);
  assert.deepEqual(again, checkPlan(structuredClone(longer)));
  assert.ok(!rules(again).includes('back-to-back-marathons'));
});
