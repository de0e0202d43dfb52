/**
 * When an off-distance block counts. DOMAIN.md asks for a block of `offDistanceBlockWeeks` (6 by
 * default) once in every 12 months; a block much shorter than that is a token: two weeks of 5K
 * work between two marathons do not train the off distance, they only silence the rules. The rules
 * and the scheduler share this one threshold so that they agree.
 */
import { daysBetween } from '../dates';
import type { Block, Settings } from './plan';

/**
 * The shortest off-distance block that counts: half the configured length, rounded up to whole
 * weeks (the scheduler lays blocks out in whole weeks).
 *
 * @example minOffDistanceDays({ offDistanceBlockWeeks: 6 }) // 21
 * @example minOffDistanceDays({ offDistanceBlockWeeks: 5 }) // 21
 * @example minOffDistanceDays({ offDistanceBlockWeeks: 1 }) // 7
 */
export function minOffDistanceDays(settings: Pick<Settings, 'offDistanceBlockWeeks'>): number {
  return Math.ceil(settings.offDistanceBlockWeeks / 2) * 7;
}

/**
 * The off-distance blocks that count for the rules: those lasting at least `minOffDistanceDays`.
 * Shorter ones stay in the plan (the page shows them) but train nothing worth the name.
 *
 * @example countingOffDistanceBlocks(plan.blocks, plan.settings) // [] for a lone 14-day block
 */
export function countingOffDistanceBlocks(
  blocks: readonly Block[],
  settings: Pick<Settings, 'offDistanceBlockWeeks'>,
): Block[] {
  const min = minOffDistanceDays(settings);
  return blocks.filter(
    (block) => block.kind === 'off-distance' && daysBetween(block.start, block.end) + 1 >= min,
  );
}

/**
 * A count of weeks in words, for the rules' advice.
 *
 * @example formatWeeks(1) // '1 week'
 */
export function formatWeeks(count: number): string {
  return `${count} week${count === 1 ? '' : 's'}`;
}
