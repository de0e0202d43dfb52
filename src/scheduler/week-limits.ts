/**
 * How far a week's training may go, as a factor on its planned minutes, for the plan to stay clear of
 * the rules that measure load and volume (docs: notes/rules-spec.md): load-spike, taper-broken,
 * down-week-overdue, and DOMAIN's "no week more than about 10 % above the last loading week".
 * Each limit is linear in the factor, so the largest allowed factor is a minimum of quotients.
 * Load-spike and taper-broken measure training load (race sessions left out), so these limits do too.
 */
import type { FixedDays } from './week-roles';

/** What the week-by-week pass has settled so far. */
export interface Ledger {
  readonly n: number;
  readonly fixed: FixedDays;
  /**
   * Training load per day (race sessions left out): final before the current week, fixed
   * sessions only from it on.
   */
  readonly trainLoad: Float64Array;
  /** prefix[i] = training load of days 0 … i − 1, valid up to the current week's first day. */
  readonly prefix: Float64Array;
}

export interface WeekLimits {
  readonly ws: number;
  readonly hasTaper: boolean;
  /** The down-week rule needs this week to be a relief week. */
  readonly mustRelief: boolean;
  readonly full: boolean;
  readonly lastLoading: number | undefined;
}

/** Relief: volume at most 0.8 × the last loading week. */
export const RELIEF = 0.8;
/** acute > 1.5 × (acute + previous 21 days) / 4 ⟺ acute > 0.6 × previous 21 days. */
const SPIKE = 0.6 * 0.995;
const GROWTH = 1.1;

/**
 * The largest factor on `mins` (this week's generated minutes per offset, load factors in
 * `weights`) that keeps the week within every limit; Infinity when nothing limits it. A limit
 * that the fixed sessions alone (races, pinned sessions) already break is left out: no amount of
 * training removed would meet it, and the warning it gives is the races' doing.
 *
 * @example scaleLimit(ledger, limits, minutes, weights) // 0.82
 */
export function scaleLimit(
  ledger: Ledger,
  week: WeekLimits,
  mins: Float64Array,
  weights: Float64Array,
): number {
  const { n, fixed, trainLoad, prefix } = ledger;
  const { ws } = week;
  let scale = Infinity;
  const weekEnd = ws + 7;
  // The windows ending this week and next week: late sessions this week weigh on next week's
  // windows too, whose 21-day base is already settled. Like the rule, both the 7-day window and
  // the 21 days before it count training load only: a race neither makes a spike nor props up
  // the base that the training after it is measured against.
  for (let d = Math.max(27, ws); d < Math.min(n, ws + 14); d++) {
    let acuteFixed = 0;
    let acuteVar = 0;
    for (let t = d - 6; t <= d; t++) {
      acuteFixed += t < ws ? trainLoad[t]! : fixed.trainLoad[t]!;
      if (t >= ws && t < weekEnd) acuteVar += mins[t - ws]! * weights[t - ws]!;
    }
    let baseFixed = 0;
    let baseVar = 0;
    const settledEnd = Math.min(d - 7, ws - 1);
    if (settledEnd >= d - 27) baseFixed += prefix[settledEnd + 1]! - prefix[d - 27]!;
    for (let t = Math.max(ws, d - 27); t <= d - 7; t++) {
      baseFixed += fixed.trainLoad[t]!;
      if (t < weekEnd) baseVar += mins[t - ws]! * weights[t - ws]!;
    }
    const coefficient = acuteVar - SPIKE * baseVar;
    const room = SPIKE * baseFixed - acuteFixed;
    if (coefficient > 0 && room >= -1e-9) scale = Math.min(scale, Math.max(0, room) / coefficient);
  }

  let weekVar = 0;
  let weekTrainVar = 0;
  let weekFixed = 0;
  let weekTrainFixed = 0;
  for (let j = 0; j < 7; j++) {
    weekVar += mins[j]!;
    weekTrainVar += mins[j]! * weights[j]!;
    const i = ws + j;
    if (i >= 0 && i < n) {
      weekFixed += fixed.minutes[i]!;
      weekTrainFixed += fixed.trainLoad[i]!;
    }
  }
  if (week.hasTaper) {
    let previous = 0;
    for (let i = Math.max(0, ws - 7); i < ws; i++) previous += trainLoad[i]!;
    scale = Math.min(scale, limitBy(weekTrainFixed, weekTrainVar, previous * (1 - 1e-9)));
  }
  if (week.lastLoading !== undefined && week.full) {
    const limit = week.mustRelief
      ? RELIEF * week.lastLoading * (1 - 1e-9)
      : GROWTH * week.lastLoading;
    scale = Math.min(scale, limitBy(weekFixed, weekVar, limit));
  }
  return scale;
}

/**
 * The largest s with fixedPart + s × variable <= limit; Infinity when nothing varies or when the
 * fixed part alone is over the limit.
 */
function limitBy(fixedPart: number, variable: number, limit: number): number {
  if (variable <= 0 || fixedPart > limit + 1e-9) return Infinity;
  return Math.max(0, limit - fixedPart) / variable;
}
