/**
 * What several rules need about one plan, computed once per plan: the season's weeks and, per day,
 * the sessions, their load, minutes and hard ids. Days are indexed by day number (see `dayNumber` in src/dates.ts)
 * so that every rule is a loop over arrays, fast enough to run on every drag in the page.
 */
import type { IsoDate, Plan, Session } from '../model/plan';
import { dayNumber, dayNumberWeekOffset, fromDayNumber } from '../dates';

export interface ContextWeek {
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** All seven days lie inside the season. */
  readonly full: boolean;
  /** Day number of the first day. */
  readonly first: number;
}

export interface RuleContext {
  readonly plan: Plan;
  readonly seasonStart: number;
  readonly seasonEnd: number;
  /** The season's weeks, as `seasonWeeks` (src/model/weeks.ts) gives them. */
  readonly weeks: readonly ContextWeek[];
  /** Day number of index 0 of the per-day arrays. */
  readonly base: number;
  /** Sessions of each day, in plan order. */
  readonly sessions: readonly (readonly Session[])[];
  /** Load of each day (sum of sessionLoad). */
  readonly load: Float64Array;
  /**
   * Load of each day without race sessions (kind 'race'): the taper and the acute:chronic ratio
   * (load-spike) compare training, not racing.
   */
  readonly trainingLoad: Float64Array;
  /** Minutes of each day (week volume = sum of durationMin). */
  readonly minutes: Float64Array;
  /** Ids of the day's hard sessions. */
  readonly hardIds: readonly (readonly string[])[];
  /** 1 when the day holds a session whose intensity is not rest: not a rest day. */
  readonly active: Uint8Array;
}

const NONE: readonly never[] = Object.freeze([]);
const cache = new WeakMap<Plan, RuleContext>();

/**
 * The context of a plan, built once per plan object (plans are immutable values, so a plan's
 * context never goes stale) and shared by every rule that checks it.
 *
 * @example contextOf(plan).weeks.length // 53 for a season of one year
 */
export function contextOf(plan: Plan): RuleContext {
  let context = cache.get(plan);
  if (!context) {
    context = buildContext(plan);
    cache.set(plan, context);
  }
  return context;
}

/** The context of `plan`, if one was built. */
export function cachedContext(plan: Plan): RuleContext | undefined {
  return cache.get(plan);
}

/** Records a context built elsewhere (by the incremental re-check). */
export function rememberContext(context: RuleContext): void {
  cache.set(context.plan, context);
}

/**
 * The sessions of day `n` (day number); none outside the indexed range.
 *
 * @example sessionsOn(context, dayNumber('2027-04-19'))
 */
export function sessionsOn(context: RuleContext, n: number): readonly Session[] {
  return context.sessions[n - context.base] ?? NONE;
}

/** Hard session ids of day `n`. */
export function hardIdsOn(context: RuleContext, n: number): readonly string[] {
  return context.hardIds[n - context.base] ?? NONE;
}

/**
 * Sum of a per-day array over days `from`..`to` (day numbers, inclusive), summed in day order.
 *
 * @example sumDays(context, context.load, first, first + 6) // a week's load
 */
export function sumDays(
  context: RuleContext,
  values: Float64Array,
  from: number,
  to: number,
): number {
  let sum = 0;
  const lo = Math.max(from, context.base);
  const hi = Math.min(to, context.base + values.length - 1);
  for (let n = lo; n <= hi; n++) sum += values[n - context.base] as number;
  return sum;
}

/** The range the per-day arrays cover: the season's weeks, the week before them, every session. */
export function indexedRange(plan: Plan): { from: number; to: number } {
  const { first, last } = weekSpan(plan);
  let from = first - 7;
  let to = last + 6;
  for (const session of plan.sessions) {
    const n = dayNumber(session.date);
    if (n < from) from = n;
    if (n > to) to = n;
  }
  return { from, to };
}

function weekSpan(plan: Plan): { first: number; last: number } {
  const start = dayNumber(plan.season.start);
  const end = dayNumber(plan.season.end);
  const first = start - dayNumberWeekOffset(start, plan.settings.weekStart);
  const last = end - dayNumberWeekOffset(end, plan.settings.weekStart);
  return { first, last };
}

function buildWeeks(plan: Plan): ContextWeek[] {
  const start = dayNumber(plan.season.start);
  const end = dayNumber(plan.season.end);
  const { first, last } = weekSpan(plan);
  const weeks: ContextWeek[] = [];
  for (let n = first; n <= last; n += 7) {
    weeks.push({
      start: fromDayNumber(n),
      end: fromDayNumber(n + 6),
      full: n >= start && n + 6 <= end,
      first: n,
    });
  }
  return weeks;
}

function buildContext(plan: Plan): RuleContext {
  const { from, to } = indexedRange(plan);
  const length = to - from + 1;
  const context = emptyContext(plan, from, length);
  const days = context.sessions as (readonly Session[])[];
  for (const session of plan.sessions) {
    const i = dayNumber(session.date) - from;
    const list = days[i];
    // The shared empty list is never pushed to: a day's first session gets its own array.
    if (list === undefined || list.length === 0) days[i] = [session];
    else (list as Session[]).push(session);
  }
  for (let i = 0; i < length; i++) fillDay(context, i);
  return context;
}

function emptyContext(plan: Plan, base: number, length: number): RuleContext {
  return {
    plan,
    seasonStart: dayNumber(plan.season.start),
    seasonEnd: dayNumber(plan.season.end),
    weeks: buildWeeks(plan),
    base,
    sessions: new Array<readonly Session[]>(length).fill(NONE),
    load: new Float64Array(length),
    trainingLoad: new Float64Array(length),
    minutes: new Float64Array(length),
    hardIds: new Array<readonly string[]>(length).fill(NONE),
    active: new Uint8Array(length),
  };
}

/** Recomputes the per-day figures of index `i` from its session list. */
export function fillDay(context: RuleContext, i: number): void {
  const list = context.sessions[i] ?? NONE;
  const factors = context.plan.settings.loadFactors;
  let load = 0;
  let training = 0;
  let minutes = 0;
  let active = 0;
  let hard: string[] | undefined;
  for (const session of list) {
    const sessionLoad = session.durationMin * factors[session.intensity];
    load += sessionLoad;
    if (session.kind !== 'race') training += sessionLoad;
    minutes += session.durationMin;
    if (session.intensity !== 'rest') active = 1;
    if (session.intensity === 'hard') (hard ??= []).push(session.id);
  }
  context.load[i] = load;
  context.trainingLoad[i] = training;
  context.minutes[i] = minutes;
  context.active[i] = active;
  (context.hardIds as (readonly string[])[])[i] = hard ?? NONE;
}

/**
 * A context for `next` made from the context of a plan that differs from it only in the sessions
 * of the days `touched` (ISO days, all inside the indexed range): the other days are copied, the touched days recomputed in
 * plan order, so every figure is exactly what a fresh build gives.
 *
 * @example patchContext(contextOf(before), after, new Set(['2027-04-19']))
 */
export function patchContext(
  previous: RuleContext,
  next: Plan,
  touched: ReadonlySet<IsoDate>,
): RuleContext {
  const context: RuleContext = {
    plan: next,
    seasonStart: previous.seasonStart,
    seasonEnd: previous.seasonEnd,
    weeks: previous.weeks,
    base: previous.base,
    sessions: previous.sessions.slice(),
    load: previous.load.slice(),
    trainingLoad: previous.trainingLoad.slice(),
    minutes: previous.minutes.slice(),
    hardIds: previous.hardIds.slice(),
    active: previous.active.slice(),
  };
  const days = context.sessions as (readonly Session[])[];
  // Keyed by the ISO string: one hash lookup per session, no date parsing on the hot path.
  const fresh = new Map<IsoDate, Session[]>();
  for (const day of touched) fresh.set(day, []);
  for (const session of next.sessions) {
    const list = fresh.get(session.date);
    if (list) list.push(session);
  }
  for (const [day, list] of fresh) {
    const i = dayNumber(day) - context.base;
    days[i] = list.length > 0 ? list : NONE;
    fillDay(context, i);
  }
  return context;
}
