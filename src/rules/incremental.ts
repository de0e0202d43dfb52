/**
 * The re-check after an edit: the same warnings as `checkPlan(next)`, faster when `next` differs
 * from the plan already checked by a few sessions (a drag in the page).
 *
 * How: the per-day context of the previous plan is patched on the days whose sessions changed
 * instead of being rebuilt, and the rules that read only races and blocks keep their previous
 * warnings. Anything else that changed (settings, season, races, blocks) means a full check.
 */
import type { IsoDate, Plan, Session } from '../model/plan';
import type { Warning } from '../model/warning';
import { cachedContext, patchContext, rememberContext } from './context';
import { dayNumber } from '../dates';
import { checkPlan, RULES, sortWarnings } from './index';

/**
 * The warnings of `next`, given a plan and the warnings `checkPlan` gave for it.
 *
 * @example
 * const warnings = checkPlan(plan);
 * const moved = moveSession(plan, 's-12', '2027-04-21');
 * if (moved.ok) recheck({ plan, warnings }, moved.value); // deep-equals checkPlan(moved.value)
 */
export function recheck(
  previous: { readonly plan: Plan; readonly warnings: readonly Warning[] },
  next: Plan,
): Warning[] {
  const before = previous.plan;
  const context = cachedContext(before);
  if (!context || !sameFrame(before, next)) return checkPlan(next);
  const touched = changedDays(before.sessions, next.sessions);
  const last = context.base + context.load.length - 1;
  for (const day of touched) {
    const n = dayNumber(day);
    if (n < context.base || n > last) return checkPlan(next);
  }
  rememberContext(patchContext(context, next, touched));
  const warnings: Warning[] = [];
  for (const rule of RULES) {
    if (rule.reads === 'races') {
      for (const warning of previous.warnings) if (warning.rule === rule.id) warnings.push(warning);
    } else {
      warnings.push(...rule.check(next));
    }
  }
  return sortWarnings(warnings);
}

/** Everything but the sessions is the same (by reference, else by value). */
function sameFrame(a: Plan, b: Plan): boolean {
  return (
    same(a.settings, b.settings) &&
    same(a.season, b.season) &&
    same(a.races, b.races) &&
    same(a.blocks, b.blocks)
  );
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The days of every session that is in one list and not the other (by reference: edits keep the
 * untouched session objects). The common head and tail are skipped first, as an edit changes a
 * small stretch of the date-sorted list.
 */
function changedDays(a: readonly Session[], b: readonly Session[]): Set<IsoDate> {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tailA = a.length;
  let tailB = b.length;
  while (tailA > head && tailB > head && a[tailA - 1] === b[tailB - 1]) {
    tailA--;
    tailB--;
  }
  const inA = new Set(a.slice(head, tailA));
  const inB = new Set(b.slice(head, tailB));
  const days = new Set<IsoDate>();
  for (const session of inA) if (!inB.has(session)) days.add(session.date);
  for (const session of inB) if (!inA.has(session)) days.add(session.date);
  return days;
}
