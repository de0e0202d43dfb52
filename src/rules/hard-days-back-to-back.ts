import type { Plan } from '../model/plan';
import type { Warning } from '../model/warning';
import { contextOf } from './context';
import { fromDayNumber } from '../dates';

/**
 * Hard sessions on two consecutive days, across week boundaries too: one warning per pair of days.
 *
 * @example hardDaysBackToBack(plan) // [{ rule: 'hard-days-back-to-back', start: '2027-04-20', end: '2027-04-21', … }]
 */
export function hardDaysBackToBack(plan: Plan): Warning[] {
  const context = contextOf(plan);
  const warnings: Warning[] = [];
  const hard = context.hardIds;
  for (let i = 1; i < hard.length; i++) {
    const before = hard[i - 1]!;
    const after = hard[i]!;
    if (before.length === 0 || after.length === 0) continue;
    const n = context.base + i;
    warnings.push({
      rule: 'hard-days-back-to-back',
      severity: 'warning',
      start: fromDayNumber(n - 1),
      end: fromDayNumber(n),
      sessionIds: [...before, ...after],
      raceIds: [],
      message:
        'Two hard days in a row: the second one is run on tired legs and the hard work does not ' +
        'pay off. Move one of them so that an easy or rest day lies between them.',
    });
  }
  return warnings;
}
