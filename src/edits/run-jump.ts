/**
 * An edit that lightens a stretch (a down week, a reset break) lowers the longest run that the
 * runs after it are measured against: a long run planned 10 % above last week's would now be 20 %
 * above the longest the legs have done in 30 days. This pass shortens such runs to the limit of
 * long-run-jump, in day order, so the long runs grow back by at most 10 % steps from the new
 * longest.
 */
import { dayNumber } from '../dates';
import type { IsoDate, Plan, Session } from '../model/plan';
import { isRun, JUMP_WINDOW_DAYS, LONG_RUN_JUMP } from '../rules/long-run-jump';
import { shortenedTo } from './reshape';
import { bySessionOrder } from './session-list';

/**
 * The longest a run on a day may last after runs whose longest in the past 30 days was `before`
 * minutes: at most 10 % more (Frandsen et al. 2025, BJSM 59:1203), rounded down to the minute as
 * the scheduler does (src/scheduler/day-minutes.ts): to 5 minutes, a run under 50 min could never
 * grow again (1.1 × 45 = 49.5 would round back to 45).
 *
 * @example jumpCap(150) // 165
 * @example jumpCap(45) // 49
 */
export function jumpCap(before: number): number {
  return Math.floor(before * LONG_RUN_JUMP + 1e-9);
}

/**
 * The plan with the runs from `from` on that `mayShorten` allows shortened where they would jump
 * more than 10 % above the longest run of the 30 days before them. Like the rule, races count as
 * the longest run before a day but are never shortened, and only days with 30 days of the season
 * before them are judged. The plan itself when nothing jumps.
 *
 * @example keepRunsWithinJump(planWithDownWeek, '2027-02-08', (s) => !s.pinned) // the next long runs at most 10 % up
 */
export function keepRunsWithinJump(
  plan: Plan,
  from: IsoDate,
  mayShorten: (session: Session) => boolean,
): Plan {
  const seasonStart = dayNumber(plan.season.start);
  const seasonEnd = dayNumber(plan.season.end);
  const byDay = sessionsByDay(plan, seasonStart, seasonEnd);
  const longest = byDay.map(longestRun);
  const changed = new Map<string, Session>();
  const first = Math.max(dayNumber(from), seasonStart + JUMP_WINDOW_DAYS);
  for (let d = first; d <= seasonEnd; d++) {
    const i = d - seasonStart;
    let before = 0;
    for (let k = i - JUMP_WINDOW_DAYS; k < i; k++) before = Math.max(before, longest[k] ?? 0);
    if (before <= 0) continue;
    const cap = jumpCap(before);
    const day = byDay[i]!.map((session) => {
      if (session.kind === 'race' || !isRun(session) || session.durationMin <= cap) return session;
      if (!mayShorten(session)) return session;
      const shorter = shortenedTo(session, cap);
      changed.set(session.id, shorter);
      return shorter;
    });
    byDay[i] = day;
    longest[i] = longestRun(day);
  }
  if (changed.size === 0) return plan;
  return {
    ...plan,
    sessions: plan.sessions.map((s) => changed.get(s.id) ?? s).sort(bySessionOrder),
  };
}

function sessionsByDay(plan: Plan, first: number, last: number): Session[][] {
  const byDay = Array.from({ length: last - first + 1 }, (): Session[] => []);
  for (const session of plan.sessions) {
    byDay[dayNumber(session.date) - first]?.push(session);
  }
  return byDay;
}

/** The longest run of a day in minutes, races included (the legs remember a race). */
function longestRun(sessions: readonly Session[]): number {
  let most = 0;
  for (const session of sessions) {
    if (isRun(session) && session.durationMin > most) most = session.durationMin;
  }
  return most;
}
