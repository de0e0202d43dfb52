/**
 * The week-by-week pass that decides every training day's minutes.
 *
 * It walks the weeks in order and keeps, as it goes, exactly what the rules will measure: the daily
 * training load (race sessions left out, as load-spike and taper-broken count it), the volume of
 * the last loading week and the streak of loading weeks. Each week is shaped
 * (roles), sized (the athlete's current level × the day's factor), then scaled down as far as
 * `scaleLimit` requires. A week looks back at most 27 days and ahead one week, so the pass is
 * linear in the season's length.
 */
import type { Settings } from '../model/plan';
import type { DayPlan, Phase } from './day-plan';
import type { Role } from './session-content';
import { roleIntensity, roleWeight, WEEK_WEIGHT } from './session-content';
import { chronicFloor, EASY_MIN_PER_KM } from '../model/load';
import { MONOTONY_LIMIT } from '../rules/monotony';
import { JUMP_WINDOW_DAYS, LONG_RUN_JUMP } from '../rules/long-run-jump';
import type { Ledger, WeekLimits } from './week-limits';
import { RELIEF, scaleLimit } from './week-limits';
import type { FixedDays, WeekShape } from './week-roles';
import { dominantPhase, shapeWeek } from './week-roles';

/** One generated training day, before it becomes a session. */
export interface PlannedDay {
  readonly day: number;
  readonly role: Role;
  readonly minutes: number;
  /** The phase whose session kinds the day uses. */
  readonly phase: Phase;
}

export interface PlannedWeeks {
  readonly days: PlannedDay[];
  /** Index of the first day of each down week. */
  readonly downWeeks: number[];
}

interface Sized {
  readonly roles: (Role | undefined)[];
  readonly chosen: Float64Array;
  readonly weights: Float64Array;
  readonly scale: number;
  readonly total: number;
}

/** A down week never goes above this share, whatever the setting: it must count as relief. */
const MAX_DOWN_RATIO = 0.75;
const LEVEL_STEP = 1.04;
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

/** How far above the baseline the level may climb in each phase. */
const LEVEL_CAP: Readonly<Record<Phase, number>> = {
  base: 1.1,
  build: 1.2,
  peak: 1.25,
  'off-distance': 1,
  taper: Infinity,
  race: Infinity,
  recovery: Infinity,
  reset: Infinity,
};
const LOADING_PHASES: ReadonlySet<Phase> = new Set(['base', 'build', 'peak', 'off-distance']);

/**
 * Decides the minutes of every free day of the season.
 *
 * @example planWeeks(dayPlan, fixed, settings, true).days[0] // { day: 0, role: 'rest', minutes: 0, … }
 */
export function planWeeks(
  plan: DayPlan,
  fixed: FixedDays,
  settings: Settings,
  shortOffDistanceLongRun: boolean,
): PlannedWeeks {
  const n = plan.calendar.count;
  const ledger: Ledger = {
    n,
    fixed,
    trainLoad: Float64Array.from(fixed.trainLoad),
    prefix: new Float64Array(n + 1),
    chronicFloor: chronicFloor(settings),
  };
  const minutes = Float64Array.from(fixed.minutes);
  // The longest run of each day, settled weeks final: what long-run-jump measures each run against.
  const longestRun = Float64Array.from(fixed.longestRun);
  const hard = Uint8Array.from(fixed.hard);
  const factors = settings.loadFactors;
  const baseLevel = settings.weeklyKmBaseline * EASY_MIN_PER_KM;
  const downRatio = Math.min(settings.downWeekRatio, MAX_DOWN_RATIO);
  const days: PlannedDay[] = [];
  const downWeeks: number[] = [];

  let level = baseLevel;
  let lastLoading: number | undefined;
  let streak = 0;

  for (let ws = plan.calendar.firstWeekStart; ws < n; ws += 7) {
    const lo = Math.max(0, ws);
    const hi = Math.min(n - 1, ws + 6);
    const full = ws >= 0 && ws + 6 < n;
    let hasTaper = false;
    let quiet = true; // no taper or recovery day: a down week may go here
    for (let i = lo; i <= hi; i++) {
      if (plan.phase[i] === 'taper') hasTaper = true;
      if (plan.phase[i] === 'taper' || plan.phase[i] === 'recovery') quiet = false;
    }
    // Relief is due this week; or next week, but next week's races alone outweigh a relief week.
    const mustRelief =
      full &&
      lastLoading !== undefined &&
      (streak >= settings.downWeekCycle ||
        (streak === settings.downWeekCycle - 1 &&
          weekMinutes(minutes, ws + 7, n) > 0.7 * lastLoading));
    const limits: WeekLimits = { ws, hasTaper, full, lastLoading, mustRelief };
    const dominant = dominantPhase(plan, ws);
    const down = mustRelief && quiet && LOADING_PHASES.has(dominant);
    const unit = (level / WEEK_WEIGHT) * (down ? downRatio : 1);
    const caps = jumpCaps(longestRun, fixed.longestRun, ws, n);

    const size = (shape: WeekShape): Sized => {
      const roles = [...shape.roles];
      const wanted = new Float64Array(7);
      const weights = new Float64Array(7);
      let easyIndex = 0;
      for (let j = 0; j < 7; j++) {
        const role = roles[j];
        if (role === undefined) continue;
        const i = ws + j;
        const short = shortOffDistanceLongRun && plan.phase[i] === 'off-distance';
        const weight = roleWeight(role, role === 'easy' ? easyIndex++ : 0, short);
        wanted[j] = Math.min(weight * unit * plan.factor[i]!, longest(role));
      }
      consolidate(wanted, roles);
      for (let j = 0; j < 7; j++) {
        const role = roles[j];
        if (role !== undefined) weights[j] = factors[roleIntensity(role)];
      }
      // Rounding and the monotony fix move the minutes after the limit is computed, and a lighter
      // day can tighten next week's spike limit (it is part of that week's 21-day base): check
      // again until the rounded week itself fits.
      let scale = Math.min(1, scaleLimit(ledger, limits, wanted, weights));
      let chosen = roundMinutes(wanted, scale, caps);
      for (let attempt = 0; attempt < 12; attempt++) {
        if (full) breakMonotony(chosen, wanted, weights, fixed.load, ws, roles);
        const room = scaleLimit(ledger, limits, chosen, weights);
        if (room >= 1 - 1e-9) break;
        scale *= Math.min(0.97, room);
        chosen = roundMinutes(wanted, scale, caps);
      }
      let total = 0;
      for (let j = 0; j < 7; j++) total += chosen[j]!;
      return { roles, chosen, weights, scale, total };
    };

    // A week that must shrink a lot (coming back from a recovery, say) keeps more easy running
    // with fewer hard sessions: hard minutes weigh 2.5 times in the load.
    const previousHard = ws > 0 && hard[ws - 1]! > 0;
    const first = shapeWeek(plan, fixed, settings, ws, down ? 1 : 7, previousHard);
    let shape = first;
    let sized = size(first);
    for (let maxHard = first.hardCount - 1; maxHard >= 0 && sized.scale < 0.85; maxHard--) {
      const fewerShape = shapeWeek(plan, fixed, settings, ws, maxHard, previousHard);
      const fewer = size(fewerShape);
      if (fewer.total > sized.total) {
        sized = fewer;
        shape = fewerShape;
      }
    }
    // One factor scales the whole week, and the spike window that ends on its first day is nearly
    // all last week's (settled) load: when that window is full, it shrinks every day of the week,
    // to nothing at worst, and a taper after an empty week must stay empty. Resting the first days
    // instead lets the rest of the week train.
    for (let k = 1; k < 7 && sized.scale < 0.85; k++) {
      const later = size(restFirst(shape, k));
      if (later.total > sized.total) sized = later;
    }

    for (let j = 0; j < 7; j++) {
      const role = sized.roles[j];
      if (role === undefined) continue;
      const i = ws + j;
      const mins = sized.chosen[j]!;
      const dayLoad = mins * sized.weights[j]!;
      ledger.trainLoad[i] = fixed.trainLoad[i]! + dayLoad;
      minutes[i] = fixed.minutes[i]! + mins;
      const actual: Role = mins > 0 ? role : 'rest';
      if (actual === 'hard') hard[i] = 1;
      if (mins > 0) longestRun[i] = Math.max(longestRun[i]!, mins);
      days.push({ day: i, role: actual, minutes: mins, phase: plan.phase[i]! });
    }
    for (let i = lo; i <= hi; i++) ledger.prefix[i + 1] = ledger.prefix[i]! + ledger.trainLoad[i]!;
    if (down) downWeeks.push(ws);

    if (full) {
      const volume = weekMinutes(minutes, ws, n);
      if (lastLoading !== undefined && volume <= RELIEF * lastLoading) streak = 0;
      else {
        streak++;
        lastLoading = volume;
        if (!down && LOADING_PHASES.has(dominant)) level *= LEVEL_STEP;
      }
    }
    if (LOADING_PHASES.has(dominant)) level = Math.min(level, baseLevel * LEVEL_CAP[dominant]);
  }
  return { days, downWeeks };
}

/** The shape with its first `k` days turned to rest (days outside the season stay so). */
function restFirst(shape: WeekShape, k: number): WeekShape {
  const roles = shape.roles.map((role, j) => (j < k && role !== undefined ? 'rest' : role));
  return { ...shape, roles, hardCount: roles.filter((role) => role === 'hard').length };
}

function longest(role: Role): number {
  return role === 'long'
    ? LONGEST_RUN_MIN
    : role === 'hard'
      ? LONGEST_HARD_MIN
      : LONGEST_SESSION_MIN;
}

function weekMinutes(minutes: Float64Array, from: number, n: number): number {
  let total = 0;
  for (let i = Math.max(0, from); i < Math.min(n, from + 7); i++) total += minutes[i]!;
  return total;
}

/**
 * A low volume spread over six days makes runs too short to be worth the trip: merge the shortest
 * easy runs into the others until every run is long enough (or one is left).
 */
function consolidate(wanted: Float64Array, roles: (Role | undefined)[]): void {
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
 * long-run-jump.ts): 1.1 × the longest run of its 30 days before, rounded down to 5 minutes.
 * Days of this week before it count with their fixed runs only (their generated minutes are not
 * known yet), which can only make the cap stricter. Infinity where the rule does not judge: the
 * season's first 30 days, and days with no run in their 30 days.
 */
function jumpCaps(
  longest: Float64Array,
  fixedLongest: Float64Array,
  ws: number,
  n: number,
): Float64Array {
  const caps = new Float64Array(7).fill(Infinity);
  for (let j = 0; j < 7; j++) {
    const i = ws + j;
    if (i < JUMP_WINDOW_DAYS || i >= n) continue;
    let before = 0;
    for (let k = i - JUMP_WINDOW_DAYS; k < i; k++) {
      before = Math.max(before, k < ws ? longest[k]! : fixedLongest[k]!);
    }
    if (before > 0) caps[j] = Math.floor((before * LONG_RUN_JUMP + 1e-9) / 5) * 5;
  }
  return caps;
}

/**
 * Minutes rounded to 5 and kept within the day's jump cap; a session too short to be worth running
 * becomes a rest day.
 */
function roundMinutes(wanted: Float64Array, scale: number, caps: Float64Array): Float64Array {
  const out = new Float64Array(7);
  for (let j = 0; j < 7; j++) {
    if (!(wanted[j]! > 0)) continue;
    const mins = Math.min(Math.round((wanted[j]! * scale) / 5) * 5, caps[j]!);
    out[j] = mins >= SHORTEST_SESSION_MIN ? mins : 0;
  }
  return out;
}

/**
 * Foster's monotony (mean ÷ SD of the 7 daily loads) above 2 means every day looks alike: turn the
 * shortest easy days into rest until the week has enough contrast.
 */
function breakMonotony(
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
