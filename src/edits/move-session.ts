import type { IsoDate, Plan } from '../model/plan';
import { fail, ok } from '../model/result';
import { moveRace } from './races';
import { dayProblem, replaceSessions } from './session-list';
import type { EditResult } from './types';

/**
 * Moves a session to another day of the season. The session becomes pinned (regenerating keeps
 * it) and its revision goes up. Moving a race's session moves the race.
 *
 * @example moveSession(plan, 's-12', '2027-04-21') // { ok: true, value: plan with s-12 on 2027-04-21 }
 * @example moveSession(plan, 's-99', '2027-04-21') // { ok: false, error: ['session s-99 not found'] }
 */
export function moveSession(plan: Plan, sessionId: string, date: IsoDate): EditResult {
  const session = plan.sessions.find((s) => s.id === sessionId);
  if (!session) return fail([`session ${sessionId} not found`]);
  if (session.raceId !== undefined && plan.races.some((r) => r.id === session.raceId)) {
    return moveRace(plan, session.raceId, date);
  }
  const problem = dayProblem(plan, date);
  if (problem) return fail([problem]);
  if (session.date === date) return ok(plan);
  const moved = { ...session, date, pinned: true, revision: session.revision + 1 };
  return ok({ ...plan, sessions: replaceSessions(plan.sessions, [session.id], [moved]) });
}
