/**
 * Race edits. Each keeps the race's session in step with the race (`raceSession`); none re-plans
 * the blocks around it: the page offers `regenerate` for that.
 */
import type { IsoDate, Plan, Race, RaceInput, Session } from '../model/plan';
import { raceSession } from '../model/race-session';
import { fail, ok } from '../model/result';
import { formatIssues, raceSchema } from '../plan/schema';
import { slug } from '../scheduler/ids';
import { dayProblem, replaceSessions, usedSessionIds, withDeleted } from './session-list';
import type { EditResult } from './types';

/**
 * Adds a race and its session. Without an id, one is derived as the scheduler derives it (date and
 * name: `2027-09-26-berlin`, then `-2`, …); the priority defaults to A, as in a plan request.
 * Another race on the same day is allowed.
 *
 * @example addRace(plan, { name: 'Berlin', date: '2027-09-26', distance: 'marathon', priority: 'A' })
 */
export function addRace(plan: Plan, input: RaceInput): EditResult {
  const problem = dayProblem(plan, input.date);
  if (problem) return fail([problem]);
  if (input.id !== undefined && plan.races.some((r) => r.id === input.id)) {
    return fail([`race ${input.id} already exists`]);
  }
  const race: Race = {
    id: input.id ?? freshRaceId(plan, input.date, input.name),
    name: input.name,
    date: input.date,
    distance: input.distance,
    priority: input.priority ?? 'A',
  };
  const problems = raceProblems(race);
  if (problems.length > 0) return fail(problems);
  const sessionId = raceSession(race, 0).id;
  if (plan.sessions.some((s) => s.id === sessionId)) {
    return fail([`race id ${race.id} is taken: session ${sessionId} exists`]);
  }
  // A race given back the id of a deleted one revives its session id, with a revision above the
  // cancellation's SEQUENCE (revision + 1) so that calendars take the new event over it.
  const deleted = plan.deletedSessions?.find((s) => s.id === sessionId);
  if (!deleted) return withRace(plan, race);
  const revived: Plan = {
    ...plan,
    deletedSessions: plan.deletedSessions!.filter((s) => s.id !== sessionId),
  };
  return ok({
    ...revived,
    races: [...plan.races, race].sort(byRaceOrder),
    sessions: replaceSessions(
      plan.sessions,
      [],
      [raceSession(race, deleted.revision + 2, plan.paces)],
    ),
  });
}

/**
 * Moves a race (and its session) to another day of the season.
 *
 * @example moveRace(plan, 'r1', '2027-10-03')
 */
export function moveRace(plan: Plan, raceId: string, date: IsoDate): EditResult {
  return changeRace(plan, raceId, { date });
}

/**
 * Changes a race's name, date, distance or priority; its session follows.
 *
 * @example changeRace(plan, 'r1', { distance: 'half' })
 */
export function changeRace(
  plan: Plan,
  raceId: string,
  patch: Partial<Omit<Race, 'id'>>,
): EditResult {
  const race = plan.races.find((r) => r.id === raceId);
  if (!race) return fail([`race ${raceId} not found`]);
  if (patch.date !== undefined) {
    const problem = dayProblem(plan, patch.date);
    if (problem) return fail([problem]);
  }
  const changed: Race = { ...race, ...patch, id: race.id };
  const problems = raceProblems(changed);
  if (problems.length > 0) return fail(problems);
  return withRace(plan, changed);
}

/**
 * Deletes a race and its session (remembered in `deletedSessions`). Blocks planned around the race
 * stay until the plan is regenerated.
 *
 * @example deleteRace(plan, 'r1')
 */
export function deleteRace(plan: Plan, raceId: string): EditResult {
  if (!plan.races.some((r) => r.id === raceId)) return fail([`race ${raceId} not found`]);
  const gone = plan.sessions.filter((s) => s.raceId === raceId);
  return ok({
    ...plan,
    races: plan.races.filter((r) => r.id !== raceId),
    sessions: replaceSessions(
      plan.sessions,
      gone.map((s) => s.id),
      [],
    ),
    ...(gone.length > 0 ? { deletedSessions: withDeleted(plan, gone) } : {}),
  });
}

/** The plan with `race` in place of the race of that id (or added), and its session in step. */
function withRace(plan: Plan, race: Race): EditResult {
  const races = [...plan.races.filter((r) => r.id !== race.id), race].sort(byRaceOrder);
  const current = plan.sessions.find((s) => s.raceId === race.id);
  const session = syncedSession(race, current, plan);
  if (session === current) return ok({ ...plan, races });
  const remove = current ? [current.id] : [];
  return ok({ ...plan, races, sessions: replaceSessions(plan.sessions, remove, [session]) });
}

/** The race's session as the race now says, keeping the athlete's notes; unchanged if in step. */
function syncedSession(race: Race, current: Session | undefined, plan: Plan): Session {
  if (!current) return raceSession(race, 0, plan.paces);
  const fresh = raceSession(race, current.revision, plan.paces);
  const inStep = (
    ['id', 'date', 'kind', 'intensity', 'title', 'durationMin', 'distanceKm'] as const
  ).every((field) => fresh[field] === current[field]);
  if (inStep) return current;
  return {
    ...raceSession(race, current.revision + 1, plan.paces),
    pinned: current.pinned,
    ...(current.notes ? { notes: current.notes } : {}),
  };
}

function raceProblems(race: Race): string[] {
  const parsed = raceSchema.safeParse(race);
  return parsed.success ? [] : formatIssues(parsed.error.issues);
}

function freshRaceId(plan: Plan, date: IsoDate, name: string): string {
  const races = new Set(plan.races.map((r) => r.id));
  const sessions = usedSessionIds(plan);
  // Taken: a race's id, or one whose session (its iCal UID) exists or existed.
  const taken = (id: string): boolean =>
    races.has(id) ||
    sessions.has(raceSession({ id, name, date, distance: '5k', priority: 'A' }, 0).id);
  // The scheduler's naming (src/scheduler/ids.ts), so added and generated races look alike.
  const base = `${date}-${slug(name)}`;
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

function byRaceOrder(a: Race, b: Race): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
