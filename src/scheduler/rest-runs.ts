/**
 * At most 2 rest days in a row outside a race's recovery or a reset break (issue 9): a low week
 * merges its short runs, the monotony fix rests its shortest days, and a week after a recovery
 * rests its first days for the load limits, and any of them can leave 3 or 4 empty days next to
 * the rest weekday. After such a week is sized, a run of the week moves into the empty stretch
 * when one can (the week's volume, load and monotony stay as they were); else the third empty day
 * gets a short easy run, its minutes taken from the week's longest easy run (or, with none to
 * spare, its hard session or, in some weeks, its long run), or added when the load limits allow.
 */
import { weekdayOffset } from '../dates';
import type { Settings } from '../model/plan';
import { MONOTONY_LIMIT } from '../rules/monotony';
import type { DayPlan } from './day-plan';
import type { Role } from './session-content';
import type { FixedDays } from './week-roles';
import { HARD_PHASES } from './week-roles';

/** Rest days in a row allowed outside a recovery or a reset break (issue 9). */
export const MAX_REST_RUN = 2;
/**
 * The short run that breaks a run of rest days, longest first: the planner's shortest planned run
 * (20 min), else its shortest session (15 min), which a low or down week may have room for.
 */
const FILL_MINUTES: readonly number[] = [20, 15];
/**
 * The run a week keeps room for in the next week's first days (`scaleLimit`): a week whose late
 * long run fills the load-spike window would otherwise leave the next one nothing but rest.
 */
export const RUN_RESERVE_MIN = FILL_MINUTES[0]!;
/** A run gives minutes only down to the shortest session. */
const EASY_FLOOR_MIN = 15;
/** A long run gives minutes only down to this (in the weeks it may give: see `longMayGive`). */
const LONG_FLOOR_MIN = 20;
/** A hard session gives minutes only down to this: a warm-up, 10 minutes of work and a cool-down. */
const HARD_FLOOR_MIN = 25;

/**
 * How a day of the week stands for the runs of rest days, before its minutes are chosen: generated
 * (empty when its minutes are 0), a fixed rest, excused (a recovery or reset day: generated, but
 * its rest does not count towards a run), fixed training (a race or a pinned run), or outside the
 * season.
 */
type DayState = 'generated' | 'fixed-rest' | 'excused' | 'fixed-training' | 'outside';

export interface RestRunContext {
  /** Per offset: how the day stands (`DayState`). */
  readonly states: readonly DayState[];
  /** Empty days right before the week that count towards a run. */
  readonly before: number;
  /** The next week opens with its rest weekday: the week must not end with a full run. */
  readonly restAfter: boolean;
  /** Per offset: a hard session may stand there (its phase has them, no race or taper forbids). */
  readonly hardAllowed: readonly boolean[];
  /** Per offset: a day after a B or C race whose quality must stay in those days. */
  readonly qualityDue: readonly boolean[];
  /** The day before the week holds a hard session. */
  readonly previousHard: boolean;
}

/**
 * What the days around the week starting at `ws` say about its runs of rest days. A day breaks a
 * run when it lies outside the season, in a race's recovery or a reset break (where rest is the
 * point), or holds a race or a fixed training session. `minutes` are the settled minutes of the
 * days before the week.
 *
 * @example restRunContext(dayPlan, fixed, minutes, settings, 7).before // 1 after a Sunday rest
 */
export function restRunContext(
  plan: DayPlan,
  fixed: FixedDays,
  minutes: Float64Array,
  settings: Settings,
  ws: number,
  previousHard: boolean,
): RestRunContext {
  const n = plan.calendar.count;
  const excused = (i: number): boolean =>
    i < 0 || i >= n || plan.phase[i] === 'recovery' || plan.phase[i] === 'reset';
  const states: DayState[] = [];
  for (let j = 0; j < 7; j++) states.push(dayState(plan, fixed, ws + j));
  let before = 0;
  for (let i = ws - 1; i >= ws - MAX_REST_RUN - 1 && !excused(i) && !(minutes[i]! > 0); i--) {
    before++;
  }
  const next = ws + 7;
  const restAfter =
    !excused(next) &&
    fixed.occupied[next] !== 1 &&
    weekdayOffset(settings.restWeekday, settings.weekStart) === 0;
  const hardAllowed: boolean[] = [];
  const qualityDue: boolean[] = [];
  for (let i = ws; i < ws + 7; i++) {
    hardAllowed.push(i >= 0 && i < n && plan.noHard[i] === 0 && HARD_PHASES.has(plan.phase[i]!));
    qualityDue.push(i >= 0 && i < n && plan.qualityDue[i] === 1);
  }
  return { states, before, restAfter, hardAllowed, qualityDue, previousHard };
}

function dayState(plan: DayPlan, fixed: FixedDays, i: number): DayState {
  if (i < 0 || i >= plan.calendar.count) return 'outside';
  if (fixed.occupied[i] === 1) return fixed.restOnly[i] === 1 ? 'fixed-rest' : 'fixed-training';
  if (plan.phase[i] === 'recovery' || plan.phase[i] === 'reset') return 'excused';
  return 'generated';
}

/** What a filled day must stay within. */
export interface FillLimits {
  /** The long-run-jump cap per offset (`jumpCaps`). */
  readonly caps: Float64Array;
  /** The fixed sessions' load per day of the season. */
  readonly fixedLoad: Float64Array;
  /** The week's first day. */
  readonly ws: number;
  readonly easyFactor: number;
  /**
   * Whether the long run may give minutes: in a down week, the last two weeks before an A race, or
   * a week the load limits cut. Elsewhere its length is the race distance's target, and a shorter
   * one would hold the next ones back (long-run-jump).
   */
  readonly longMayGive: boolean;
  /** Whether the week's days keep within its load limits (`scaleLimit`). */
  readonly fits: (week: WeekDays) => boolean;
}

/** The week's sized days: minutes, roles and load factors per offset. */
export interface WeekDays {
  readonly chosen: Float64Array;
  readonly roles: (Role | undefined)[];
  /** Load factor per offset. */
  readonly weights: Float64Array;
}

/**
 * The week with no more than `MAX_REST_RUN` empty days in a row where it can: for each longer run,
 * a run of the week moves into it (`tryMove`), else its third day (or the one nearest it that can)
 * gets a short easy run (`tryFill`). A run that neither can break is left as it is. The week given
 * is not changed: the result holds copies.
 *
 * @example spreadRest(week, context, limits).chosen // [0, 0, 0, 30, 60, 0, 20] → [0, 0, 30, 0, 60, 0, 20]
 */
export function spreadRest(week: WeekDays, context: RestRunContext, limits: FillLimits): WeekDays {
  const out: WeekDays = {
    chosen: Float64Array.from(week.chosen),
    roles: [...week.roles],
    weights: Float64Array.from(week.weights),
  };
  let from = -context.before;
  for (;;) {
    const run = nextRun(out, context, from);
    if (run === undefined) return out;
    const days = candidates(run, out, context);
    const broken =
      days.some((j) => tryMove(out, context, limits, run, j)) ||
      days.some((j) => FILL_MINUTES.some((minutes) => tryFill(out, context, limits, j, minutes)));
    from = broken ? run.start : run.end + 1;
  }
}

interface Run {
  /** Offsets in the week, from −before to 7 (the day after it). */
  readonly start: number;
  readonly end: number;
}

/** Whether offset `j` (−before … 7) is an empty day that counts towards a run. */
const isEmpty = (week: WeekDays, context: RestRunContext, j: number): boolean => {
  if (j < 0) return true; // one of the `before` days
  if (j > 6) return context.restAfter;
  const state = context.states[j]!;
  return state === 'fixed-rest' || (state === 'generated' && !(week.chosen[j]! > 0));
};

/** Whether offset `j` is a rest day for the no-rest-day rule (recovery days included). */
const isRestDay = (week: WeekDays, context: RestRunContext, j: number): boolean => {
  const state = context.states[j]!;
  if (state === 'fixed-rest') return true;
  return (state === 'generated' || state === 'excused') && !(week.chosen[j]! > 0);
};

/** The first run of more than `MAX_REST_RUN` empty days that starts at offset `from` or later. */
function nextRun(week: WeekDays, context: RestRunContext, from: number): Run | undefined {
  let start = from;
  for (let j = from; j <= 8; j++) {
    if (j <= 7 && isEmpty(week, context, j)) continue;
    if (j - start > MAX_REST_RUN) return { start, end: j - 1 };
    start = j + 1;
  }
  return undefined;
}

/** The run's days that could take a run, the third day first, then those nearest to it. */
function candidates(run: Run, week: WeekDays, context: RestRunContext): number[] {
  const third = run.start + MAX_REST_RUN;
  const days: number[] = [];
  for (let j = Math.max(0, run.start); j <= Math.min(6, run.end); j++) {
    if (context.states[j] === 'generated' && week.roles[j] !== undefined) days.push(j);
  }
  return days.sort((a, b) => Math.abs(a - third) - Math.abs(b - third) || b - a);
}

/**
 * Moves one of the week's easy or hard runs to day `j` when that ends the run of empty days `run`
 * without making another and the run may stand there: within its jump cap; for a hard session, a
 * day whose phase has them, with no hard neighbour, and quality due after a race kept in those
 * days. The week may not end with more empty days than before (the next week's first days may add
 * to them). Volume and monotony do not change (the same loads, on other days); the load limits
 * are checked again, as the load moves in time.
 */
function tryMove(
  week: WeekDays,
  context: RestRunContext,
  limits: FillLimits,
  run: Run,
  j: number,
): boolean {
  const { chosen, roles, weights } = week;
  // The move must end the whole run: one that only shortens it can leave the rest of it where no
  // short run can be added any more.
  const wanted = restRunExcess(week, context) - (run.end - run.start + 1 - MAX_REST_RUN);
  const tail = trailingEmpty(week, context);
  for (let k = 0; k < 7; k++) {
    const role = roles[k];
    if (k === j || context.states[k] !== 'generated' || !(chosen[k]! > 0)) continue;
    if (role !== 'easy' && role !== 'strides' && role !== 'hard') continue;
    if (chosen[k]! > limits.caps[j]!) continue;
    if (role === 'hard' && !hardFits(week, context, j, k)) continue;
    const moved = { minutes: chosen[k]!, role, weight: weights[k]!, was: roles[j] };
    chosen[j] = moved.minutes;
    roles[j] = role;
    weights[j] = moved.weight;
    chosen[k] = 0;
    roles[k] = 'rest';
    const better = restRunExcess(week, context) <= wanted && trailingEmpty(week, context) <= tail;
    if (better && limits.fits(week)) return true;
    chosen[k] = moved.minutes;
    roles[k] = role;
    chosen[j] = 0;
    roles[j] = moved.was;
  }
  return false;
}

/** Whether the hard session on day `k` may move to day `j`. */
function hardFits(week: WeekDays, context: RestRunContext, j: number, k: number): boolean {
  if (!context.hardAllowed[j] || (context.qualityDue[k] && !context.qualityDue[j])) return false;
  const hardOn = (d: number): boolean =>
    d === -1
      ? context.previousHard
      : d >= 0 && d <= 6 && d !== k && week.roles[d] === 'hard' && week.chosen[d]! > 0;
  return !hardOn(j - 1) && !hardOn(j + 1);
}

/** Empty days at the end of the week: the next week's first days may add to them. */
function trailingEmpty(week: WeekDays, context: RestRunContext): number {
  let count = 0;
  for (let j = 6; j >= 0 && isEmpty(week, context, j); j--) count++;
  return count;
}

/**
 * Empty days beyond `MAX_REST_RUN` summed over the runs of the week (and its edges).
 *
 * @example restRunExcess({ chosen: [0, 0, 0, 0, 30, 60, 40], … }, context) // 2
 */
export function restRunExcess(week: WeekDays, context: RestRunContext): number {
  let total = 0;
  let run = 0;
  for (let j = -context.before; j <= 8; j++) {
    if (j <= 7 && isEmpty(week, context, j)) {
      run++;
      continue;
    }
    total += Math.max(0, run - MAX_REST_RUN);
    run = 0;
  }
  return total;
}

/**
 * Fills day `j` with an easy run of `minutes` paid for by a donor run; with no donor, adds it when
 * the week's load limits allow. Undone (false) when the week would turn monotonous.
 */
function tryFill(
  week: WeekDays,
  context: RestRunContext,
  limits: FillLimits,
  j: number,
  minutes: number,
): boolean {
  if (limits.caps[j]! < minutes || !keepsRestDay(week, context, j)) return false;
  const donor = donorDay(week, j, minutes, limits.longMayGive);
  const { chosen, roles, weights } = week;
  const before = { role: roles[j], weight: weights[j]! };
  if (donor !== undefined) chosen[donor] = chosen[donor]! - minutes;
  chosen[j] = minutes;
  roles[j] = 'easy';
  weights[j] = limits.easyFactor;
  const fits =
    !monotonous(week, limits.fixedLoad, limits.ws) && (donor !== undefined || limits.fits(week));
  if (fits) return true;
  if (donor !== undefined) chosen[donor] = chosen[donor]! + minutes;
  chosen[j] = 0;
  roles[j] = before.role;
  weights[j] = before.weight;
  return false;
}

/** Whether the week keeps a rest day besides `j` (the no-rest-day rule wants one). */
function keepsRestDay(week: WeekDays, context: RestRunContext, j: number): boolean {
  for (let k = 0; k < 7; k++) if (k !== j && isRestDay(week, context, k)) return true;
  // A week cut by the season's edge is not judged by the no-rest-day rule.
  return context.states.includes('outside');
}

/**
 * The easy run that can best spare `minutes`; else the longer of the week's hard session and (when
 * it may give) long run that can, each keeping a length worth its name; none when no run can.
 */
function donorDay(
  week: WeekDays,
  j: number,
  minutes: number,
  longMayGive: boolean,
): number | undefined {
  const { chosen, roles } = week;
  const spare = (k: number): number => {
    const role = roles[k];
    if (k === j || role === undefined || (role === 'long' && !longMayGive)) return 0;
    const floor =
      role === 'long' ? LONG_FLOOR_MIN : role === 'hard' ? HARD_FLOOR_MIN : EASY_FLOOR_MIN;
    return chosen[k]! - minutes >= floor ? chosen[k]! : 0;
  };
  let best: number | undefined;
  for (const roleGroup of [
    ['easy', 'strides'],
    ['hard', 'long'],
  ]) {
    for (let k = 0; k < 7; k++) {
      if (!roleGroup.includes(roles[k] ?? 'rest') || spare(k) === 0) continue;
      if (best === undefined || spare(k) > spare(best)) best = k;
    }
    if (best !== undefined) return best;
  }
  return undefined;
}

/** Foster's monotony of the week with its fixed load, against the limit the sizing keeps. */
function monotonous(week: WeekDays, fixedLoad: Float64Array, ws: number): boolean {
  let sum = 0;
  let squares = 0;
  for (let j = 0; j < 7; j++) {
    const value = (fixedLoad[ws + j] ?? 0) + week.chosen[j]! * week.weights[j]!;
    sum += value;
    squares += value * value;
  }
  const mean = sum / 7;
  const sd = Math.sqrt(Math.max(0, squares / 7 - mean * mean));
  return sd === 0 ? mean > 0 : mean / sd > MONOTONY_LIMIT - 0.05;
}
