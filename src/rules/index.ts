/**
 * The training rules: one file per rule, all registered here. Adding a rule touches this list and
 * nothing else.
 */
import type { Plan } from '../model/plan';
import type { RuleId, Warning } from '../model/warning';
import { backToBackMarathons } from './back-to-back-marathons';
import { downWeekOverdue } from './down-week-overdue';
import { hardDaysBackToBack } from './hard-days-back-to-back';
import { loadSpike } from './load-spike';
import { longRunJump } from './long-run-jump';
import { marathonRecovery } from './marathon-recovery';
import { monotony } from './monotony';
import { noOffDistanceBlock } from './no-off-distance-block';
import { noRestDay } from './no-rest-day';
import { taperBroken } from './taper-broken';
import { tooManyHardDays } from './too-many-hard-days';
import { workoutLimits } from './workout-limits';
import { raceTime } from './race-time';

export interface Rule {
  readonly id: RuleId;
  readonly check: (plan: Plan) => Warning[];
  /**
   * What the rule reads: `races` = only the season, settings, races and blocks (so the incremental
   * re-check can keep its warnings while only sessions change); `plan` = anything, sessions
   * included.
   */
  readonly reads: 'races' | 'plan';
}

export const RULES: readonly Rule[] = [
  { id: 'back-to-back-marathons', check: backToBackMarathons, reads: 'races' },
  { id: 'marathon-recovery', check: marathonRecovery, reads: 'races' },
  { id: 'too-many-hard-days', check: tooManyHardDays, reads: 'plan' },
  { id: 'hard-days-back-to-back', check: hardDaysBackToBack, reads: 'plan' },
  { id: 'no-rest-day', check: noRestDay, reads: 'plan' },
  { id: 'down-week-overdue', check: downWeekOverdue, reads: 'plan' },
  { id: 'no-off-distance-block', check: noOffDistanceBlock, reads: 'races' },
  { id: 'taper-broken', check: taperBroken, reads: 'plan' },
  { id: 'load-spike', check: loadSpike, reads: 'plan' },
  { id: 'monotony', check: monotony, reads: 'plan' },
  { id: 'workout-limits', check: workoutLimits, reads: 'plan' },
  { id: 'race-time', check: raceTime, reads: 'plan' },
  { id: 'long-run-jump', check: longRunJump, reads: 'plan' },
];

/**
 * Every warning the rules raise on a plan, in a fixed order (start, rule id, then ids, end and message), so
 * the same plan always gives the same list.
 *
 * @example checkPlan(plan) // [{ rule: 'hard-days-back-to-back', start: '2027-04-20', … }, …]
 */
export function checkPlan(plan: Plan): Warning[] {
  return sortWarnings(RULES.flatMap((rule) => rule.check(plan)));
}

/**
 * Sorts warnings in place into the order `checkPlan` gives, and returns them.
 *
 * @example sortWarnings([...kept, ...fresh])
 */
export function sortWarnings(warnings: Warning[]): Warning[] {
  return warnings.sort(compareWarnings);
}

function compareWarnings(a: Warning, b: Warning): number {
  return (
    compare(a.start, b.start) ||
    compare(a.rule, b.rule) ||
    compareIds(a.sessionIds, b.sessionIds) ||
    compareIds(a.raceIds, b.raceIds) ||
    compare(a.end, b.end) ||
    compare(a.message, b.message)
  );
}

function compareIds(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compare(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
