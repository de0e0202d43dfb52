/**
 * The acute:chronic load ratio as load-spike judges it, in one place, so that the rule and every
 * figure the page shows (the volume chart, the week rows) are the same number.
 */
import type { RuleContext } from './context';
import { sumDays } from './context';
import { chronicFloor } from '../model/load';

/** Acute over chronic load above this is a warning sign (Gabbett 2016; DOMAIN.md, "Load"). */
export const SPIKE_RATIO = 1.5;

/**
 * Float noise only: loads summed in another order (the scheduler's limits) can differ by a crumb,
 * and a week planned exactly at 1.5 × the chronic floor must not fire for it.
 */
const FLOAT_GUARD = 1 + 1e-9;

/** Days of history the ratio needs: the chronic window is the last 28 days. */
export const CHRONIC_DAYS = 28;

export interface AcuteChronic {
  /** Training load of the 7 days ending on the day (race sessions left out). */
  readonly acute: number;
  /** Mean week of the 28 days ending on the day, floored at `chronicFloor`. */
  readonly chronic: number;
  /** acute ÷ chronic; null when there is no chronic load at all. */
  readonly ratio: number | null;
}

/**
 * The ratio on day `n` (a day number): the last 7 days' training load over the mean week of the
 * last 28 days, that mean floored at half the athlete's usual week (see load-spike.ts for why races
 * are left out and why the floor). Windows are summed day by day, not from prefix sums: a
 * difference of prefix sums can leave a rounding crumb where the load is 0.
 *
 * @example acuteChronicAt(contextOf(plan), dayNumber('2027-02-10')) // { acute: 870, chronic: 532.5, ratio: 1.63… }
 */
export function acuteChronicAt(context: RuleContext, n: number): AcuteChronic {
  const acute = sumDays(context, context.trainingLoad, n - 6, n);
  const chronic = Math.max(
    sumDays(context, context.trainingLoad, n - (CHRONIC_DAYS - 1), n) / 4,
    chronicFloor(context.plan.settings),
  );
  return { acute, chronic, ratio: chronic > 0 ? acute / chronic : null };
}

/**
 * True when a ratio is a load spike in load-spike's sense (above 1.5, float noise aside).
 *
 * @example isSpike({ acute: 870, chronic: 532.5, ratio: 1.63 }) // true
 */
export function isSpike(figure: AcuteChronic): boolean {
  return figure.chronic > 0 && figure.acute > SPIKE_RATIO * figure.chronic * FLOAT_GUARD;
}

/**
 * The first day the ratio is judged on: the season's 28th, when the chronic window first lies
 * inside the season.
 *
 * @example firstJudgedDay(contextOf(plan)) === contextOf(plan).seasonStart + 27
 */
export function firstJudgedDay(context: RuleContext): number {
  return context.seasonStart + CHRONIC_DAYS - 1;
}
