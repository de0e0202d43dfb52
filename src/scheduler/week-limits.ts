/**
 * How far a week's training may go, as a factor on its planned minutes, for the plan to stay clear of
 * the rules that measure load and volume (docs: notes/rules-spec.md): load-spike, taper-broken,
 * down-week-overdue, and DOMAIN's "no week more than about 10 % above the last loading week".
 * Each limit is linear in the factor, so the largest allowed factor is a minimum of quotients.
 * Load-spike and taper-broken measure training load (race sessions left out), so these limits do too.
 */
import { RELIEF_RATIO } from '../rules/down-week-overdue';
import { SPIKE_RATIO } from '../rules/load-spike';
import type { FixedDays } from './week-roles';
import { MAX_REST_RUN } from './rest-runs';

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
  /** Load-spike's floor on the chronic load (`chronicFloor`, src/model/load.ts). */
  readonly chronicFloor: number;
  /**
   * The load of the short run that next week's first days need room for (`RUN_RESERVE_MIN`); none
   * when not given (an edit's settling trims weeks that are already there).
   */
  readonly runReserve?: number;
}

export interface WeekLimits {
  readonly ws: number;
  readonly hasTaper: boolean;
  /** The down-week rule needs this week to be a relief week. */
  readonly mustRelief: boolean;
  readonly full: boolean;
  readonly lastLoading: number | undefined;
}

/** Relief: volume at most 0.8 × the loading weeks before it (down-week-overdue's limit). */
export const RELIEF = RELIEF_RATIO;
/**
 * acute > r × (acute + previous 21 days) / 4 ⟺ acute > r / (4 − r) × previous 21 days (0.6 for
 * load-spike's r = 1.5), with a small margin for the rounding to 5 minutes.
 */
const SPIKE = (SPIKE_RATIO / (4 - SPIKE_RATIO)) * 0.995;
/**
 * acute > 1.5 × the chronic floor, without a margin: the floor is a constant, and a first week back
 * often lands on it exactly (a 15-min long run at 5 km a week: 22.5 = 1.5 × 15), so a margin would
 * leave such a week empty. The rule's float guard absorbs rounding crumbs.
 */
const FLOOR_SPIKE = SPIKE_RATIO;
const GROWTH = 1.1;
/** The share of its training a week keeps at least when it makes room for next week's run. */
const RESERVE_COST = 0.6;
/**
 * The growth limit allows at least this many minutes more than the last loading week: 10 % of a
 * small week is less than the 5 minutes runs are rounded to, and a week of short runs would stay
 * where it is for good (a 40-min week could only go to 44, which rounds back to 40).
 */
const GROWTH_MIN_STEP = 20;

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
  const floorLimit = FLOOR_SPIKE * ledger.chronicFloor;
  let scale = Infinity;
  const weekEnd = ws + 7;
  // The windows ending this week and next week: late sessions this week weigh on next week's
  // windows too, whose 21-day base is already settled. Like the rule, both the 7-day window and
  // the 21 days before it count training load only: a race neither makes a spike nor props up
  // the base that the training after it is measured against. The chronic load is floored, as in
  // the rule: a window is clear when its acute load is within 0.6 × its 21-day base OR within
  // 1.5 × the floor, so after a layoff the training comes back at up to 1.5 × the floor a week.
  const reserveFrom = weekEnd + Math.max(0, MAX_REST_RUN - trailingRest(ledger, ws, mins));
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
    const plain = spikeLimit(acuteFixed, acuteVar, baseFixed, baseVar, floorLimit);
    scale = Math.min(scale, plain);
    if (d < reserveFrom || ledger.runReserve === undefined) continue;
    // Next week must have room for a short run in its first days, or it rests them all and
    // makes a run of 3 or more rest days (issue 9): keep room for one by its third day (sooner
    // when this week ends with rest days), unless that would cost this week more than 40 % of
    // what the spike limit allows it.
    const kept = spikeLimit(
      acuteFixed + ledger.runReserve,
      acuteVar,
      baseFixed,
      baseVar,
      floorLimit,
    );
    if (kept >= RESERVE_COST * plain && Number.isFinite(kept)) scale = Math.min(scale, kept);
  }

  let weekVar = 0;
  let weekTrainVar = 0;
  let weekFixed = 0;
  let weekRaceFixed = 0;
  let weekTrainFixed = 0;
  for (let j = 0; j < 7; j++) {
    weekVar += mins[j]!;
    weekTrainVar += mins[j]! * weights[j]!;
    const i = ws + j;
    if (i >= 0 && i < n) {
      weekFixed += fixed.minutes[i]!;
      weekRaceFixed += fixed.raceMinutes[i]!;
      weekTrainFixed += fixed.trainLoad[i]!;
    }
  }
  if (week.hasTaper) {
    let previous = 0;
    for (let i = Math.max(0, ws - 7); i < ws; i++) previous += trainLoad[i]!;
    scale = Math.min(scale, limitBy(weekTrainFixed, weekTrainVar, previous * (1 - 1e-9)));
  }
  // 10 % above an empty loading week is nothing: against 0 the growth limit would keep every
  // later week empty (a season opening with a race and its recovery), so it needs a week to grow
  // from. The spike limit still paces the way back.
  const growFrom = week.lastLoading !== undefined && (week.mustRelief || week.lastLoading > 0);
  if (growFrom && week.full) {
    const lastLoading = week.lastLoading ?? 0;
    // Relief is down-week-overdue's measure: every minute counts, races too. Growth is DOMAIN's
    // pacing of the training: a race's own minutes are not growth, and counting them would leave a
    // marathon's race week with no more than a run or two besides the race.
    scale = week.mustRelief
      ? Math.min(scale, limitBy(weekFixed, weekVar, RELIEF * lastLoading * (1 - 1e-9)))
      : Math.min(
          scale,
          limitBy(
            weekFixed - weekRaceFixed,
            weekVar,
            Math.max(GROWTH * lastLoading, lastLoading + GROWTH_MIN_STEP),
          ),
        );
  }
  return scale;
}

/** The days without training that end the week (its generated minutes `mins`, fixed ones). */
function trailingRest(ledger: Ledger, ws: number, mins: Float64Array): number {
  let count = 0;
  for (let j = 6; j >= 0; j--) {
    const i = ws + j;
    const fixedMinutes = i >= 0 && i < ledger.n ? ledger.fixed.minutes[i]! : 0;
    if (mins[j]! > 0 || fixedMinutes > 0) break;
    count++;
  }
  return count;
}

/**
 * The largest s (from 0 up) that keeps one window clear of a spike: the acute load
 * acuteFixed + s × acuteVar within SPIKE × its 21-day base (baseFixed + s × baseVar) or within
 * `floorLimit`. Each condition holds on an interval [0, x], so their union is [0, the larger x].
 * Infinity when the window is already over both at s = 0 (the fixed sessions' doing).
 */
function spikeLimit(
  acuteFixed: number,
  acuteVar: number,
  baseFixed: number,
  baseVar: number,
  floorLimit: number,
): number {
  const coefficient = acuteVar - SPIKE * baseVar;
  const room = SPIKE * baseFixed - acuteFixed;
  const floorRoom = floorLimit - acuteFixed;
  if (room < -1e-9 && floorRoom < -1e-9) return Infinity;
  const byRatio = room < -1e-9 ? 0 : coefficient > 0 ? Math.max(0, room) / coefficient : Infinity;
  const byFloor =
    floorRoom < -1e-9 ? 0 : acuteVar > 0 ? Math.max(0, floorRoom) / acuteVar : Infinity;
  return Math.max(byRatio, byFloor);
}

/**
 * The largest s with fixedPart + s × variable <= limit; Infinity when nothing varies or when the
 * fixed part alone is over the limit.
 */
function limitBy(fixedPart: number, variable: number, limit: number): number {
  if (variable <= 0 || fixedPart > limit + 1e-9) return Infinity;
  return Math.max(0, limit - fixedPart) / variable;
}
