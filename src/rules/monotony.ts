import type { Plan } from '../model/plan';
import type { Warning } from '../model/warning';
import { contextOf } from './context';

/** Foster's threshold: mean ÷ standard deviation of the daily loads above this is monotonous. */
export const MONOTONY_LIMIT = 2;

/**
 * A full week whose seven daily loads are too uniform (Foster 1998): mean ÷ population standard
 * deviation > 2; with a deviation of 0, any week with load at all.
 *
 * @example monotony(plan) // [{ rule: 'monotony', start: '2027-04-19', end: '2027-04-25', … }]
 */
export function monotony(plan: Plan): Warning[] {
  const context = contextOf(plan);
  const warnings: Warning[] = [];
  for (const week of context.weeks) {
    if (!week.full) continue;
    const from = week.first - context.base;
    let sum = 0;
    for (let i = from; i < from + 7; i++) sum += context.load[i]!;
    const mean = sum / 7;
    let squares = 0;
    for (let i = from; i < from + 7; i++) squares += (context.load[i]! - mean) ** 2;
    const sd = Math.sqrt(squares / 7);
    const fires = sd === 0 ? mean > 0 : mean / sd > MONOTONY_LIMIT;
    if (!fires) continue;
    const index = sd === 0 ? 'no variation at all' : `a monotony of ${(mean / sd).toFixed(1)}`;
    warnings.push({
      rule: 'monotony',
      severity: 'warning',
      start: week.start,
      end: week.end,
      sessionIds: [],
      raceIds: [],
      message:
        `Every day of this week carries about the same load (${index}; above 2 is a warning ` +
        `sign). Make the hard days harder and the easy days easier, and keep a rest day.`,
    });
  }
  return warnings;
}
