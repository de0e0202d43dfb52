import { countingOffDistanceBlocks, minOffDistanceDays, formatWeeks } from '../model/off-distance';
import type { Plan } from '../model/plan';
import type { Warning } from '../model/warning';
import { marathons } from './race-order';

/**
 * Two marathon-or-longer races in a row with no off-distance block lying between them: racing
 * marathon after marathon lets speed and VO2max fade.
 *
 * Only a block of at least `minOffDistanceDays` (half the configured length, in whole weeks)
 * separates them: a token block of a week or two squeezed between the races does not train the
 * off distance, so it must not silence the warning. Shorter blocks are ignored here (the plan
 * still shows them).
 *
 * @example backToBackMarathons(plan) // [{ rule: 'back-to-back-marathons', start: '2027-04-18', end: '2027-10-10', … }]
 */
export function backToBackMarathons(plan: Plan): Warning[] {
  const offBlocks = countingOffDistanceBlocks(plan.blocks, plan.settings);
  const races = marathons(plan.races);
  const least = formatWeeks(minOffDistanceDays(plan.settings) / 7);
  const warnings: Warning[] = [];
  for (let i = 1; i < races.length; i++) {
    const first = races[i - 1]!;
    const second = races[i]!;
    const between = offBlocks.some((block) => block.start > first.date && block.end < second.date);
    if (between) continue;
    warnings.push({
      rule: 'back-to-back-marathons',
      severity: 'warning',
      start: first.date,
      end: second.date,
      sessionIds: [],
      raceIds: [first.id, second.id],
      message:
        `${first.name} and ${second.name} are marathons in a row with no off-distance block of at ` +
        `least ${least} between them. Train one block for a shorter distance (a 5K segment) ` +
        `between the two, or drop one of them, so that speed and VO2max do not fade.`,
    });
  }
  return warnings;
}
