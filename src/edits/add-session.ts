import type { Plan, Session } from '../model/plan';
import { fail, ok } from '../model/result';
import { defaultIntensity } from '../model/settings';
import { sessionTitle } from '../model/labels';
import { dayProblem, replaceSessions, sessionProblems, usedSessionIds } from './session-list';
import type { EditResult, SessionInput } from './types';
import { planWorkouts } from '../workouts/plan-workouts';
import { withWorkout } from '../workouts/session-workout';

/**
 * Adds a session by hand. Its id is derived from its day (`added-2027-04-21`, then `-2`, …) and
 * never reuses an id the plan had, deleted ones included; it is pinned, since the athlete chose it.
 * Races are added with `addRace`, not as sessions.
 *
 * @example addSession(plan, { date: '2027-04-21', kind: 'easy', durationMin: 40 })
 * // { ok: true, value: plan with { id: 'added-2027-04-21', intensity: 'easy', title: 'Easy run', … } }
 */
export function addSession(plan: Plan, input: SessionInput): EditResult {
  const problem = dayProblem(plan, input.date);
  if (problem) return fail([problem]);
  if (input.kind === 'race') return fail(['a race is added as a race (addRace), not as a session']);
  const session: Session = {
    id: freshId(plan, `added-${input.date}`),
    date: input.date,
    kind: input.kind,
    intensity: input.intensity ?? defaultIntensity(input.kind),
    title: input.title ?? sessionTitle(input.kind),
    durationMin: input.durationMin,
    distanceKm: input.distanceKm ?? 0,
    pinned: true,
    revision: 0,
    ...(input.notes ? { notes: input.notes } : {}),
  };
  const problems = sessionProblems(session);
  if (problems.length > 0) return fail(problems);
  // Its steps, as a generated session of that kind and length would have; a distance the athlete
  // typed stays theirs.
  const built = withWorkout(session, planWorkouts(plan, plan.paces).inputFor(session));
  const added = input.distanceKm === undefined ? built : { ...built, distanceKm: input.distanceKm };
  return ok({ ...plan, sessions: replaceSessions(plan.sessions, [], [added]) });
}

function freshId(plan: Plan, stem: string): string {
  const used = usedSessionIds(plan);
  if (!used.has(stem)) return stem;
  let n = 2;
  while (used.has(`${stem}-${n}`)) n++;
  return `${stem}-${n}`;
}
