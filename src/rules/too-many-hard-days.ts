import type { Plan } from '../model/plan';
import type { Warning } from '../model/warning';
import { contextOf, hardIdsOn } from './context';

/**
 * A week (full or partial) with more hard sessions than the athlete's hard-day cap; an error when
 * it holds two or more over the cap.
 *
 * @example tooManyHardDays(plan) // [{ rule: 'too-many-hard-days', start: '2027-04-19', end: '2027-04-25', … }]
 */
export function tooManyHardDays(plan: Plan): Warning[] {
  const context = contextOf(plan);
  const cap = plan.settings.hardDayCap;
  const warnings: Warning[] = [];
  for (const week of context.weeks) {
    const ids: string[] = [];
    for (let n = week.first; n < week.first + 7; n++) ids.push(...hardIdsOn(context, n));
    if (ids.length <= cap) continue;
    warnings.push({
      rule: 'too-many-hard-days',
      severity: ids.length >= cap + 2 ? 'error' : 'warning',
      start: week.start,
      end: week.end,
      sessionIds: ids,
      raceIds: [],
      message:
        `This week has ${ids.length} hard sessions, more than your cap of ${cap}. Make ` +
        `${ids.length - cap === 1 ? 'one of them' : `${ids.length - cap} of them`} easy or move ` +
        `${ids.length - cap === 1 ? 'it' : 'them'} to another week: the body needs the easy days ` +
        `between hard efforts to recover.`,
    });
  }
  return warnings;
}
