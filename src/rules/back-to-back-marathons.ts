import type { Plan } from '../model/plan';
import type { Warning } from '../model/warning';
import { marathons } from './race-order';

/**
 * Two marathon-or-longer races in a row with no off-distance block lying between them: racing
 * marathon after marathon lets speed and VO2max fade.
 *
 * @example backToBackMarathons(plan) // [{ rule: 'back-to-back-marathons', start: '2027-04-18', end: '2027-10-10', … }]
 */
export function backToBackMarathons(plan: Plan): Warning[] {
  const offBlocks = plan.blocks.filter((block) => block.kind === 'off-distance');
  const races = marathons(plan.races);
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
        `${first.name} and ${second.name} are marathons in a row with no off-distance block between ` +
        `them. Train one block for a shorter distance (a 5K segment) between the two, or drop one ` +
        `of them, so that speed and VO2max do not fade.`,
    });
  }
  return warnings;
}
