import type { Plan, Session } from '../model/plan';
import { fail, ok } from '../model/result';
import { defaultIntensity } from '../model/settings';
import { moveRace } from './races';
import { dayProblem, replaceSessions, sessionProblems, withNotes } from './session-list';
import type { EditResult, SessionPatch } from './types';
import { planWorkouts } from '../workouts/plan-workouts';
import { withWorkout } from '../workouts/session-workout';
import { workoutTotals } from '../workouts/totals';
import { isTimeTrial, resizedTrial, shortestTrial } from '../workouts/time-trial';

/**
 * Changes fields of a session. A changed session becomes pinned and its revision goes up; a patch
 * that changes nothing leaves the plan as it is. Changing the kind without an intensity gives the
 * new kind's usual intensity (an easy run turned tempo is hard). A race's session follows its race:
 * only its notes and its date (which moves the race) can be changed here.
 *
 * @example changeSession(plan, 's-12', { durationMin: 50 }) // { ok: true, value: … }
 * @example changeSession(plan, 's-12', { date: '2031-01-01' })
 * // { ok: false, error: ['2031-01-01 is outside the season (2027-01-04 to 2027-12-26)'] }
 */
export function changeSession(plan: Plan, sessionId: string, patch: SessionPatch): EditResult {
  const session = plan.sessions.find((s) => s.id === sessionId);
  if (!session) return fail([`session ${sessionId} not found`]);
  if (patch.date !== undefined) {
    const problem = dayProblem(plan, patch.date);
    if (problem) return fail([problem]);
  }
  if (patch.kind === 'race' && session.kind !== 'race') {
    return fail(['a race is added as a race (addRace), not by changing a session']);
  }
  const race = plan.races.find((r) => r.id === session.raceId);
  if (session.raceId !== undefined && race) {
    return changeRaceSession(plan, session, race.id, patch);
  }
  const patched = applyPatch(session, patch);
  if (isTimeTrial(session) && patched.kind === 'race' && !patch.workout) {
    return changeTimeTrial(plan, session, patched);
  }
  return withChanged(plan, session, withPatchedWorkout(plan, session, patched, patch));
}

/** The plan with `session` replaced by `changed`, pinned, its revision up, when it is valid. */
function withChanged(plan: Plan, session: Session, changed: Session): EditResult {
  if (sameSession(session, changed)) return ok(plan);
  const next: Session = { ...changed, pinned: true, revision: session.revision + 1 };
  const problems = sessionProblems(next);
  if (problems.length > 0) return fail(problems);
  return ok({ ...plan, sessions: replaceSessions(plan.sessions, [session.id], [next]) });
}

function applyPatch(session: Session, patch: SessionPatch): Session {
  const kind = patch.kind ?? session.kind;
  const intensity =
    patch.intensity ??
    (patch.kind !== undefined && patch.kind !== session.kind
      ? defaultIntensity(kind)
      : session.intensity);
  const changed: Session = {
    ...session,
    date: patch.date ?? session.date,
    kind,
    intensity,
    title: patch.title ?? session.title,
    durationMin: patch.durationMin ?? session.durationMin,
    distanceKm: patch.distanceKm ?? session.distanceKm,
  };
  // An empty note clears it.
  return withNotes(changed, patch.notes ?? session.notes);
}

/**
 * The workout after a change: steps written by hand are kept as given (and set the minutes and km
 * unless the patch does); a new kind or duration rewrites a generated workout to fit them.
 */
function withPatchedWorkout(
  plan: Plan,
  before: Session,
  changed: Session,
  patch: SessionPatch,
): Session {
  if (patch.workout) {
    const workout = { ...patch.workout, edited: true };
    const totals = workoutTotals(workout, plan.paces);
    return {
      ...changed,
      workout,
      durationMin: patch.durationMin ?? Math.round(totals.minutes * 10) / 10,
      distanceKm: patch.distanceKm ?? Math.round(totals.km * 10) / 10,
    };
  }
  const reshaped = changed.kind !== before.kind || changed.durationMin !== before.durationMin;
  if (!reshaped || before.workout?.edited) return changed;
  const rebuilt = withWorkout(changed, planWorkouts(plan, plan.paces).inputFor(changed));
  return patch.distanceKm === undefined ? rebuilt : { ...rebuilt, distanceKm: patch.distanceKm };
}

/**
 * A time trial given other minutes keeps its strides and its 5K; the warm-up and cool-down fit the
 * rest (a new kind or intensity is not a trial any more, and goes the usual way).
 */
function changeTimeTrial(plan: Plan, session: Session, patched: Session): EditResult {
  if (patched.durationMin === session.durationMin) return withChanged(plan, session, patched);
  const trial = resizedTrial(plan.paces, patched.durationMin);
  if (!trial) {
    return fail([
      `a 5K time trial takes at least ${shortestTrial(plan.paces)} min (the strides and the 5K); give it more, or make it another kind of session`,
    ]);
  }
  const distanceKm =
    patched.distanceKm === session.distanceKm ? trial.distanceKm : patched.distanceKm;
  return withChanged(plan, session, { ...patched, workout: trial.workout, distanceKm });
}

function sameSession(a: Session, b: Session): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A race's session: its notes may change, its date moves the race, the rest comes from the race. */
function changeRaceSession(
  plan: Plan,
  session: Session,
  raceId: string,
  patch: SessionPatch,
): EditResult {
  const fixed: string[] = (
    ['kind', 'intensity', 'title', 'durationMin', 'distanceKm'] as const
  ).filter((field) => patch[field] !== undefined && patch[field] !== session[field]);
  if (patch.workout) fixed.push('workout');
  if (fixed.length > 0) {
    return fail([
      `session ${session.id} stands for race ${raceId}: its ${fixed.join(', ')} follow the race, change the race instead`,
    ]);
  }
  let next = plan;
  if (patch.date !== undefined && patch.date !== session.date) {
    const moved = moveRace(plan, raceId, patch.date);
    if (!moved.ok) return moved;
    next = moved.value;
  }
  const current = next.sessions.find((s) => s.raceId === raceId);
  if (patch.notes === undefined || !current || (current.notes ?? '') === patch.notes)
    return ok(next);
  const noted = withNotes({ ...current, revision: current.revision + 1 }, patch.notes);
  return ok({ ...next, sessions: replaceSessions(next.sessions, [current.id], [noted]) });
}
