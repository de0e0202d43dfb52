import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { runs } from '../runs';
import { addDays, daysBetween, startOfWeek } from '../../../src/dates';
import { insertDownWeek } from '../../../src/edits/insert-down-week';
import { insertResetBreak } from '../../../src/edits/insert-reset-break';
import type { Plan } from '../../../src/model/plan';
import type { Warning } from '../../../src/model/warning';
import { longRunJump } from '../../../src/rules/long-run-jump';
import { monotony } from '../../../src/rules/monotony';
import { generate } from '../../../src/scheduler/generate';
import { planRequest } from '../scheduler/arbitraries';

// About half the draws land on a taper, a recovery or a race and are refused; the rest are edits.
const RUNS = runs(400);

/** Where in the season an edit lands (0 = its first day, 1 = its last) and what it is. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('down' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    kind: fc.constant('reset' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    days: fc.integer({ min: 3, max: 56 }),
  }),
);

function dayAt(plan: Plan, at: number): string {
  return addDays(
    plan.season.start,
    Math.floor(at * daysBetween(plan.season.start, plan.season.end)),
  );
}

const key = (w: Warning): string => `${w.rule} ${w.start} ${w.sessionIds.join(',')}`;
/** The rules the settling's jump cap and its trims answer to beyond the load rules. */
const checked = (plan: Plan): Warning[] => [...longRunJump(plan), ...monotony(plan)];

test('a down week or a reset break introduces no long-run-jump or monotony warning the plan did not have', () => {
  fc.assert(
    fc.property(planRequest, edit, (request, change) => {
      const plan = generate(request);
      const day = dayAt(plan, change.at);
      const result =
        change.kind === 'down'
          ? insertDownWeek(plan, startOfWeek(day, plan.settings.weekStart))
          : insertResetBreak(plan, day, change.days);
      if (!result.ok) return;
      const had = new Set(checked(plan).map(key));
      const fresh = checked(result.value).filter((w) => !had.has(key(w)));
      assert.deepEqual(
        fresh.map((w) => w.message),
        [],
      );
    }),
    { numRuns: RUNS },
  );
});
