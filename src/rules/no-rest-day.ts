import type { Plan } from '../model/plan';
import type { Warning } from '../model/warning';
import { contextOf } from './context';

/**
 * A full week with no rest day (a day holding nothing but rest).
 *
 * @example noRestDay(plan) // [{ rule: 'no-rest-day', start: '2027-04-19', end: '2027-04-25', … }]
 */
export function noRestDay(plan: Plan): Warning[] {
  const context = contextOf(plan);
  const warnings: Warning[] = [];
  for (const week of context.weeks) {
    if (!week.full) continue;
    let restDays = 0;
    for (let i = week.first - context.base; i < week.first - context.base + 7; i++) {
      if (context.active[i] === 0) restDays++;
    }
    if (restDays > 0) continue;
    warnings.push({
      rule: 'no-rest-day',
      severity: 'warning',
      start: week.start,
      end: week.end,
      sessionIds: [],
      raceIds: [],
      message:
        'This week has no rest day. Take one full day off every week: recovery is when the ' +
        'training takes hold, and skipping it is the most common road to a slump.',
    });
  }
  return warnings;
}
