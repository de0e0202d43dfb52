/**
 * After an edit that lightens a stretch (a down week, a reset break), the weeks that follow may come
 * back too fast for the rules: a 7-day load that spikes against a lighter 28 days, a taper week
 * heavier than the lightened week before it, a planned down week that no longer counts as relief
 * against the lighter weeks before it, or a long run more than 10 % above the new longest of the
 * past 30 days (long-run-jump). This pass walks the weeks after the edit with the scheduler's own
 * limits (src/scheduler/week-limits.ts) and the rule's own jump limit, and trims the sessions the
 * edit may reshape just enough; a week the trimming leaves too uniform gets a rest day more.
 */
import { dayNumberWeekOffset } from '../dates';
import { chronicFloor, sessionLoad } from '../model/load';
import type { IsoDate, Plan, Session } from '../model/plan';
import { indexOf, seasonCalendar } from '../scheduler/day-plan';
import type { Ledger } from '../scheduler/week-limits';
import { scaleLimit } from '../scheduler/week-limits';
import { cutToVolume, movable, scaledSession } from './reshape';
import { RELIEF_RATIO, reliefReference } from '../rules/down-week-overdue';
import { keepRunsWithinJump } from './run-jump';
import { keepWeeksVaried } from './week-variety';
import { bySessionOrder } from './session-list';

/**
 * Each pass only shortens, and shortening in one pass can call for another (a long run cut to the
 * jump limit lightens the load windows and the loading weeks after it, and can leave its week's
 * days too alike): a few rounds settle it.
 */
const MAX_ROUNDS = 6;

/**
 * The plan with the sessions from `from` on trimmed where the load would spike, a taper week would
 * outweigh the week before it, a down week would no longer be relief, a run would jump more than
 * 10 % above the longest of the past 30 days, or a week's days would be too alike (monotony). Only sessions that were movable in `original`
 * (the plan before the edit: no race, nothing the athlete pinned) are trimmed; those the edit
 * itself already shortened may be trimmed further.
 *
 * @example settleAfter(planWithBreak, '2027-06-05', plan) // the weeks after the break ramp back gently
 */
export function settleAfter(plan: Plan, from: IsoDate, original: Plan): Plan {
  const wasMovable = new Set(original.sessions.filter(movable).map((s) => s.id));
  const mayTrim = (session: Session): boolean =>
    wasMovable.has(session.id) && session.intensity !== 'rest';
  let current = plan;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const settled = settleLoad(current, from, mayTrim);
    const relieved = keepDownWeeksRelief(settled, from);
    // A down week cut deeper lightens the load windows after it: settle them once more.
    const loaded = relieved === settled ? settled : settleLoad(relieved, from, mayTrim);
    const next = keepWeeksVaried(
      keepRunsWithinJump(loaded, from, mayTrim),
      from,
      original,
      mayTrim,
    );
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * The plan's down weeks from `from` on, each cut where needed to count as relief again: an edit
 * that lightens a stretch lowers the loading weeks down-week-overdue measures a down week against
 * (the mean of the last 3), and a down week planned right at 80 % of them would no longer be one.
 */
function keepDownWeeksRelief(plan: Plan, from: IsoDate): Plan {
  let current = plan;
  const downs = plan.blocks
    .filter((b) => b.kind === 'down' && b.end >= from)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  for (const block of downs) {
    const reference = reliefReference(current, block.start);
    if (reference === undefined) continue;
    const week = current.sessions.filter((s) => s.date >= block.start && s.date <= block.end);
    const volume = week.reduce((sum, s) => sum + s.durationMin, 0);
    if (volume <= RELIEF_RATIO * reference) continue;
    const cut = new Map(cutToVolume(week, RELIEF_RATIO * reference * 0.97).map((s) => [s.id, s]));
    current = {
      ...current,
      sessions: current.sessions.map((s) => cut.get(s.id) ?? s).sort(bySessionOrder),
    };
  }
  return current;
}

function settleLoad(plan: Plan, from: IsoDate, mayTrim: (session: Session) => boolean): Plan {
  const { settings } = plan;
  const calendar = seasonCalendar(plan.season, settings.weekStart);
  const n = calendar.count;
  const start = indexOf(calendar, from);
  if (start >= n) return plan;
  const firstWeek = start - dayNumberWeekOffset(calendar.first + start, settings.weekStart);
  // To the season's end: a week trimmed for the spike lightens the windows of the weeks after it
  // in turn, and the plan's weeks often grow right at the limits (weeks that need nothing are left
  // as they are).
  const lastDay = n - 1;

  const fixedLoad = new Float64Array(n);
  const fixedTrain = new Float64Array(n);
  const fixedMinutes = new Float64Array(n);
  const byDay = new Map<number, Session[]>();
  for (const session of plan.sessions) {
    const i = indexOf(calendar, session.date);
    if (i < 0 || i >= n) continue;
    const value = sessionLoad(session, settings);
    // A race-kind session (a block's time trial) stays: it is raced, not trained, and the rules
    // leave it out of the training load as they do a race.
    if (i >= start && i <= lastDay && mayTrim(session) && session.kind !== 'race') {
      const list = byDay.get(i);
      if (list) list.push(session);
      else byDay.set(i, [session]);
      continue;
    }
    fixedLoad[i]! += value;
    if (session.kind !== 'race') fixedTrain[i]! += value;
    fixedMinutes[i]! += session.durationMin;
  }
  const trainLoad = Float64Array.from(fixedTrain);
  for (const [i, sessions] of byDay) {
    for (const s of sessions) trainLoad[i]! += sessionLoad(s, settings);
  }
  // Training load only (race sessions left out), as load-spike and taper-broken measure it.
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + trainLoad[i]!;
  const ledger: Ledger = {
    n,
    fixed: {
      load: fixedLoad,
      trainLoad: fixedTrain,
      minutes: fixedMinutes,
      raceMinutes: new Float64Array(n),
      hard: new Uint8Array(n),
      occupied: new Uint8Array(n),
      restOnly: new Uint8Array(n),
      longestRun: new Float64Array(n),
    },
    trainLoad,
    prefix,
    chronicFloor: chronicFloor(settings),
  };
  const tapers = plan.blocks
    .filter((b) => b.kind === 'taper')
    .map((b) => [indexOf(calendar, b.start), indexOf(calendar, b.end)] as const);

  const changed = new Map<string, Session>();
  for (let ws = firstWeek; ws <= lastDay; ws += 7) {
    let week = Array.from({ length: 7 }, (_, j) => byDay.get(ws + j) ?? []);
    const limits = {
      ws,
      hasTaper: tapers.some(([a, b]) => a <= ws + 6 && b >= ws),
      full: ws >= 0 && ws + 6 < n,
      lastLoading: undefined,
      mustRelief: false,
    };
    let factor = 1;
    for (let attempt = 0; attempt < 12; attempt++) {
      const { mins, weights } = dayTotals(week, settings);
      const room = scaleLimit(ledger, limits, mins, weights);
      if (room >= 1 - 1e-9) break;
      factor *= Math.min(0.97, room);
      week = week.map((_, j) => (byDay.get(ws + j) ?? []).map((s) => scaledSession(s, factor)));
    }
    for (let j = 0; j < 7; j++) {
      const i = ws + j;
      if (i < 0 || i >= n) continue;
      let dayTrain = fixedTrain[i]!;
      for (const s of week[j]!) {
        dayTrain += sessionLoad(s, settings);
        if (s !== (byDay.get(i) ?? []).find((o) => o.id === s.id)) changed.set(s.id, s);
      }
      trainLoad[i] = dayTrain;
    }
    for (let i = Math.max(0, ws); i <= Math.min(n - 1, ws + 6); i++) {
      prefix[i + 1] = prefix[i]! + trainLoad[i]!;
    }
  }
  if (changed.size === 0) return plan;
  return {
    ...plan,
    sessions: plan.sessions.map((s) => changed.get(s.id) ?? s).sort(bySessionOrder),
  };
}

function dayTotals(
  week: readonly (readonly Session[])[],
  settings: Plan['settings'],
): { mins: Float64Array; weights: Float64Array } {
  const mins = new Float64Array(7);
  const weights = new Float64Array(7);
  week.forEach((sessions, j) => {
    let minutes = 0;
    let load = 0;
    for (const s of sessions) {
      minutes += s.durationMin;
      load += sessionLoad(s, settings);
    }
    mins[j] = minutes;
    weights[j] = minutes > 0 ? load / minutes : 0;
  });
  return { mins, weights };
}
