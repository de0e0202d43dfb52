/**
 * The minutes of the days of one week: long runs and sessions within their longest, runs within
 * long-run-jump's limit, short runs merged, rounding to 5 minutes, and contrast enough for the
 * monotony rule. The week-by-week pass (volume-pass.ts) calls these for every week it sizes.
 */
import { JUMP_WINDOW_DAYS, LONG_RUN_JUMP } from '../rules/long-run-jump';
import { MONOTONY_LIMIT } from '../rules/monotony';
import type { Role } from './session-content';

/** Runs shorter than this are merged into the week's other runs (or, once scaled, dropped). */
const SHORTEST_PLANNED_MIN = 20;
const SHORTEST_SESSION_MIN = 15;
/**
 * One run a day: a very high weekly volume would otherwise make runs no one does in one go (the
 * planner has no double days, so such a week stays below its level).
 */
const LONGEST_RUN_MIN = 240;
const LONGEST_SESSION_MIN = 150;
const LONGEST_HARD_MIN = 120;

/**
 * The longest a session of a role may be.
 *
 * @example longest('long') // 240
 */
export function longest(role: Role): number {
  return role === 'long'
    ? LONGEST_RUN_MIN
    : role === 'hard'
      ? LONGEST_HARD_MIN
      : LONGEST_SESSION_MIN;
}

/**
 * Gives `cut` minutes (what the days' longest cut off a very high week) to the easy days still
 * under their longest, in proportion to their minutes, each up to its longest: a 120 km a week
 * runner's week would otherwise stay under its level (its longer easy days at 150 min, the shorter
 * ones well under), and a half block could not raise it. Hard days and the long run keep theirs.
 *
 * @example spillToEasyDays(wanted, roles, 30) // an easy day of 100 min becomes 115, another 115
 */
export function spillToEasyDays(
  wanted: Float64Array,
  roles: readonly (Role | undefined)[],
  cut: number,
): void {
  let left = cut;
  for (let pass = 0; pass < 7 && left > 1e-9; pass++) {
    let room = 0;
    for (let j = 0; j < 7; j++) {
      const role = roles[j];
      if ((role === 'easy' || role === 'strides') && wanted[j]! < longest(role)) room += wanted[j]!;
    }
    if (!(room > 0)) return;
    const grow = 1 + left / room;
    left = 0;
    for (let j = 0; j < 7; j++) {
      const role = roles[j];
      if ((role !== 'easy' && role !== 'strides') || !(wanted[j]! < longest(role))) continue;
      const grown = wanted[j]! * grow;
      wanted[j] = Math.min(grown, longest(role));
      left += grown - wanted[j]!;
    }
  }
}

/**
 * A low volume spread over six days makes runs too short to be worth the trip: merge the shortest
 * easy runs into the others until every run is long enough (or one is left).
 *
 * @example consolidate(wanted, roles) // a 10-min easy run merged into the others
 */
export function consolidate(wanted: Float64Array, roles: (Role | undefined)[]): void {
  for (;;) {
    let count = 0;
    let total = 0;
    let pick = -1;
    for (let j = 0; j < 7; j++) {
      if (!(wanted[j]! > 0)) continue;
      count++;
      total += wanted[j]!;
      const mergeable = roles[j] === 'easy' || roles[j] === 'strides';
      if (mergeable && (pick < 0 || wanted[j]! < wanted[pick]!)) pick = j;
    }
    if (count <= 1 || pick < 0 || wanted[pick]! >= SHORTEST_PLANNED_MIN) return;
    const moved = wanted[pick]!;
    wanted[pick] = 0;
    roles[pick] = 'rest';
    const rest = total - moved;
    for (let j = 0; j < 7; j++) if (wanted[j]! > 0) wanted[j] = wanted[j]! * (total / rest);
  }
}

/**
 * The longest each day of the week starting at `ws` may run for long-run-jump (src/rules/
 * long-run-jump.ts): 1.1 × the longest run of its 30 days before, rounded down to the minute (to
 * 5 minutes, it would hold every run under 50 min where it is: 1.1 × 45 = 49.5 rounds to 45).
 * Days of this week before it count with their fixed runs only (their generated minutes are not
 * known yet), which can only make the cap stricter. Infinity where the rule does not judge: the
 * days with no run in their 30 days. In the season's first 30 days the long run the athlete is
 * taken to have run before it counts too.
 *
 * @example jumpCaps(longest, fixed.longestRun, 35, 365, 90)[6] // 110 after a 100-min long run
 */
export function jumpCaps(
  longest: Float64Array,
  fixedLongest: Float64Array,
  ws: number,
  n: number,
  priorLong: number,
): Float64Array {
  const caps = new Float64Array(7).fill(Infinity);
  for (let j = 0; j < 7; j++) {
    const i = ws + j;
    if (i < 0 || i >= n) continue;
    // Before the season the athlete ran `priorLong` at most: the rule cannot see those weeks, but
    // the first long runs must grow from there, not open at the build's length.
    let before = i < JUMP_WINDOW_DAYS ? priorLong : 0;
    for (let k = Math.max(0, i - JUMP_WINDOW_DAYS); k < i; k++) {
      before = Math.max(before, k < ws ? longest[k]! : fixedLongest[k]!);
    }
    if (before > 0) caps[j] = Math.floor(before * LONG_RUN_JUMP + 1e-9);
  }
  return caps;
}

/**
 * Minutes rounded to 5 and kept within the day's jump cap; a session too short to be worth running
 * becomes a rest day. A long run that long-run-jump holds back (it may grow only 10 % over the
 * longest of the past 30 days) gives its surplus to the week's other runs, each within its own
 * longest and jump cap, so that the week still builds while the long run catches up.
 *
 * @example roundMinutes(wanted, 0.9, caps, roles) // [0, 45, 40, …]
 */
export function roundMinutes(
  wanted: Float64Array,
  scale: number,
  caps: Float64Array,
  roles: readonly (Role | undefined)[],
): Float64Array {
  const raw = new Float64Array(7);
  for (let j = 0; j < 7; j++) if (wanted[j]! > 0) raw[j] = wanted[j]! * scale;
  const at = roles.indexOf('long');
  if (at >= 0 && raw[at]! > caps[at]!) {
    const surplus = raw[at]! - caps[at]!;
    raw[at] = caps[at]!;
    let others = 0;
    for (let j = 0; j < 7; j++) if (j !== at) others += raw[j]!;
    const grow = others > 0 ? 1 + surplus / others : 1;
    for (let j = 0; j < 7; j++) {
      const role = roles[j];
      if (j === at || !(raw[j]! > 0) || role === undefined) continue;
      raw[j] = Math.max(raw[j]!, Math.min(raw[j]! * grow, longest(role), caps[j]!));
    }
  }
  const out = new Float64Array(7);
  for (let j = 0; j < 7; j++) {
    if (!(raw[j]! > 0)) continue;
    const rounded = Math.round(raw[j]! / 5) * 5;
    const mins = rounded > caps[j]! ? Math.floor(caps[j]!) : rounded;
    out[j] = mins >= SHORTEST_SESSION_MIN ? mins : 0;
  }
  return out;
}

/**
 * Foster's monotony (mean ÷ SD of the 7 daily loads) above 2 means every day looks alike: turn the
 * shortest easy days into rest until the week has enough contrast.
 *
 * @example breakMonotony(chosen, wanted, weights, fixed.load, ws, roles)
 */
export function breakMonotony(
  chosen: Float64Array,
  wanted: Float64Array,
  weights: Float64Array,
  fixedLoad: Float64Array,
  ws: number,
  roles: readonly (Role | undefined)[],
): void {
  for (;;) {
    let sum = 0;
    let squares = 0;
    for (let j = 0; j < 7; j++) {
      const value = fixedLoad[ws + j]! + chosen[j]! * weights[j]!;
      sum += value;
      squares += value * value;
    }
    const mean = sum / 7;
    const sd = Math.sqrt(Math.max(0, squares / 7 - mean * mean));
    // A little under the rule's limit: the rounding to 5 minutes must not tip a week over it.
    if (sd === 0 ? mean === 0 : mean / sd <= MONOTONY_LIMIT - 0.05) return;
    let pick = -1;
    for (let j = 0; j < 7; j++) {
      const role = roles[j];
      if (chosen[j]! <= 0 || (role !== 'easy' && role !== 'strides')) continue;
      if (pick < 0 || chosen[j]! < chosen[pick]!) pick = j;
    }
    if (pick < 0) return;
    chosen[pick] = 0;
    wanted[pick] = 0;
  }
}
