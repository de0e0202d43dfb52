import type { Plan } from '../model/plan';
import { fail, ok } from '../model/result';
import { deleteRace } from './races';
import { replaceSessions, withDeleted } from './session-list';
import type { EditResult } from './types';

/**
 * Deletes a session; it is remembered in `deletedSessions` (id and last revision) so that an iCal
 * export can cancel it in calendars that imported it. Deleting a race's session deletes the race.
 *
 * @example deleteSession(plan, 's-12') // { ok: true, value: plan without s-12 }
 */
export function deleteSession(plan: Plan, sessionId: string): EditResult {
  const session = plan.sessions.find((s) => s.id === sessionId);
  if (!session) return fail([`session ${sessionId} not found`]);
  if (session.raceId !== undefined && plan.races.some((r) => r.id === session.raceId)) {
    return deleteRace(plan, session.raceId);
  }
  return ok({
    ...plan,
    sessions: replaceSessions(plan.sessions, [session.id], []),
    deletedSessions: withDeleted(plan, [session]),
  });
}
