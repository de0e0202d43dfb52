import { addDays, addMonths, daysBetween, maxDay, minDay } from '../dates';
import { countingOffDistanceBlocks, minOffDistanceDays, formatWeeks } from '../model/off-distance';
import type { Plan } from '../model/plan';
import { formatDistance, offDistanceFor } from '../model/settings';
import type { Warning } from '../model/warning';

/**
 * A 12-month stretch of a season at least a year long that holds no off-distance block. Each block
 * counts at its middle day; the rule fires for every gap between two anchors (or the season's
 * edges) that fits a whole 12-month window strictly inside it.
 *
 * Only blocks of at least `minOffDistanceDays` (half the configured length, in whole weeks) count:
 * a token block of a week or two does not train the off distance, so it must not give the year
 * its block. Shorter blocks are ignored here (the plan still shows them).
 *
 * @example noOffDistanceBlock(plan) // [{ rule: 'no-off-distance-block', start: '2027-01-04', end: '2028-03-05', … }]
 */
export function noOffDistanceBlock(plan: Plan): Warning[] {
  const { season } = plan;
  if (addMonths(season.start, 12) > addDays(season.end, 1)) return [];
  const anchors = countingOffDistanceBlocks(plan.blocks, plan.settings).map((block) =>
    addDays(block.start, Math.floor((daysBetween(block.start, block.end) + 1) / 2)),
  );
  const points = [addDays(season.start, -1), ...anchors, addDays(season.end, 1)].sort();
  const off = formatDistance(offDistanceFor(plan.settings.focusDistance));
  const least = formatWeeks(minOffDistanceDays(plan.settings) / 7);
  const full = formatWeeks(plan.settings.offDistanceBlockWeeks);
  const warnings: Warning[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (addMonths(addDays(a, 1), 12) > b) continue;
    const start = maxDay(addDays(a, 1), season.start);
    const end = minDay(addDays(b, -1), season.end);
    if (end < start) continue;
    warnings.push({
      rule: 'no-off-distance-block',
      severity: 'warning',
      start,
      end,
      sessionIds: [],
      raceIds: [],
      message:
        `From ${start} to ${end}, a whole 12 months pass without an off-distance block of at ` +
        `least ${least}. Plan one block of ${full} for the ${off} in this stretch: racing one ` +
        `distance all year lets the other qualities fade.`,
    });
  }
  return warnings;
}
