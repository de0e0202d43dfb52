/**
 * The settling after an edit shortens runs: a week's runs scaled alike, or its long run held to the
 * jump limit while the easy runs stay. Either can leave the week's days too alike for the monotony
 * rule (mean ÷ standard deviation of the daily loads above 2; Foster 1998). This pass gives such a
 * week its contrast back by turning its shortest runs into rest days, one at a time, until it is
 * varied again: hard days harder and easy days easier is the rule's own advice, and a rest day is
 * the easiest day there is.
 */
import { dayNumber, startOfWeek } from '../dates';
import { sessionLoad } from '../model/load';
import type { IsoDate, Plan, Session } from '../model/plan';
import { MONOTONY_LIMIT } from '../rules/monotony';
import { restInstead } from './reshape';
import { bySessionOrder } from './session-list';

/**
 * The plan with every full week from the week of `from` on that is monotonous now but was not in
 * `original` given rest days for its shortest runs that `mayTrim` allows, until it is varied.
 *
 * @example keepWeeksVaried(settled, '2027-02-08', plan, (s) => !s.pinned) // a week of five 20-min runs gets a rest day more
 */
export function keepWeeksVaried(
  plan: Plan,
  from: IsoDate,
  original: Plan,
  mayTrim: (session: Session) => boolean,
): Plan {
  const { season, settings } = plan;
  const first = dayNumber(startOfWeek(from, settings.weekStart));
  const weeks = byWeek(plan, first);
  const before = byWeek(original, first);
  const seasonStart = dayNumber(season.start);
  const seasonEnd = dayNumber(season.end);
  const changed = new Map<string, Session>();
  for (const [week, inWeek] of weeks) {
    const start = first + 7 * week;
    if (start < seasonStart || start + 6 > seasonEnd) continue;
    if (isMonotonous(before.get(week) ?? [], start, settings)) continue;
    let sessions = inWeek;
    const shortestFirst = sessions
      .filter((s) => mayTrim(s) && s.kind !== 'race' && s.durationMin > 0)
      .sort((a, b) => a.durationMin - b.durationMin);
    for (const session of shortestFirst) {
      if (!isMonotonous(sessions, start, settings)) break;
      const rest = restInstead(session);
      changed.set(session.id, rest);
      sessions = sessions.map((s) => (s.id === session.id ? rest : s));
    }
  }
  if (changed.size === 0) return plan;
  return {
    ...plan,
    sessions: plan.sessions.map((s) => changed.get(s.id) ?? s).sort(bySessionOrder),
  };
}

/** The plan's sessions from day number `first` on, by their week's number from it. */
function byWeek(plan: Plan, first: number): Map<number, Session[]> {
  const weeks = new Map<number, Session[]>();
  for (const session of plan.sessions) {
    const offset = dayNumber(session.date) - first;
    if (offset < 0) continue;
    const week = Math.floor(offset / 7);
    const list = weeks.get(week);
    if (list) list.push(session);
    else weeks.set(week, [session]);
  }
  return weeks;
}

/**
 * Whether the week from day number `start` is monotonous as the rule judges it: mean ÷ population
 * standard deviation of its seven daily loads above 2, or any load at all with no deviation.
 */
function isMonotonous(
  sessions: readonly Session[],
  start: number,
  settings: Plan['settings'],
): boolean {
  const loads = [0, 0, 0, 0, 0, 0, 0];
  for (const session of sessions) {
    const j = dayNumber(session.date) - start;
    if (j >= 0 && j < 7) loads[j]! += sessionLoad(session, settings);
  }
  const mean = loads.reduce((sum, load) => sum + load, 0) / 7;
  const sd = Math.sqrt(loads.reduce((sum, load) => sum + (load - mean) ** 2, 0) / 7);
  return sd === 0 ? mean > 0 : mean / sd > MONOTONY_LIMIT;
}
