/**
 * Workouts for sessions of an existing plan (an edit, a new recent result, a migrated file): what
 * the scheduler knows when it builds them (the phase, the week's km, the target distance) is read
 * back from the plan's blocks and sessions.
 */
import { startOfWeek } from '../dates';
import type { Block, IsoDate, Plan, Session } from '../model/plan';
import { raceSession } from '../model/race-session';
import { offDistanceFor } from '../model/settings';
import type { Paces } from '../model/workout';
import type { Phase } from '../scheduler/day-plan';
import type { WorkoutInput } from './build';
import { withWorkout } from './session-workout';
import { isTimeTrial, retimedTrial } from './time-trial';

/** The block kinds by precedence: where blocks overlap, the more specific one decides the phase. */
const PRECEDENCE: readonly Block['kind'][] = [
  'race',
  'taper',
  'recovery',
  'reset',
  'off-distance',
  'peak',
  'build',
  'down',
  'base',
];

/** What builds the workouts of one plan: its week km and blocks, read once. */
export interface PlanWorkouts {
  /** The workout input for a session of `kind`, `minutes` long, on `date`. */
  readonly inputFor: (session: Session) => WorkoutInput;
}

/**
 * Reads a plan's weeks and blocks once, so rebuilding every session stays linear in the plan.
 *
 * @example planWorkouts(plan, plan.paces).inputFor(session).phase // 'build'
 */
export function planWorkouts(plan: Plan, paces: Paces | undefined): PlanWorkouts {
  const { weekStart, focusDistance } = plan.settings;
  const weekKm = new Map<IsoDate, number>();
  for (const session of plan.sessions) {
    if (session.kind === 'race') continue;
    const week = startOfWeek(session.date, weekStart);
    weekKm.set(week, (weekKm.get(week) ?? 0) + session.distanceKm);
  }
  const blocks = [...plan.blocks].sort(
    (a, b) => PRECEDENCE.indexOf(a.kind) - PRECEDENCE.indexOf(b.kind),
  );
  const offDistance = offDistanceFor(focusDistance);
  return {
    inputFor: (session) => {
      const block = blocks.find((b) => b.start <= session.date && session.date <= b.end);
      const phase = phaseOf(block);
      return {
        kind: session.kind,
        phase,
        minutes: session.durationMin,
        weekKm: weekKm.get(startOfWeek(session.date, weekStart)) ?? 0,
        paces,
        target: phase === 'off-distance' ? (block?.distance ?? offDistance) : focusDistance,
        // The same variant every time for a session rebuilt alone: its week's neighbours are not
        // rebuilt with it, so there is no sequence to vary along.
        index: 0,
      };
    },
  };
}

function phaseOf(block: Block | undefined): Phase {
  if (!block) return 'base';
  return block.kind === 'down' ? 'base' : block.kind;
}

/**
 * Every session's workout rebuilt for `paces` (a new recent result, or none): the minutes stay, the
 * steps and distances follow the paces, race sessions and time trials take their predicted time.
 * Workouts written by hand (`edited`) are kept. A session that changes gets revision + 1 (iCal's
 * SEQUENCE).
 *
 * @example repacePlan(plan, pacesFromVdot(50)).sessions[3].workout // steps with paces
 */
export function repacePlan(plan: Plan, paces: Paces | undefined): Session[] {
  const context = planWorkouts(plan, paces);
  const races = new Map(plan.races.map((race) => [race.id, race]));
  return plan.sessions.map((session) => {
    let next: Session;
    const race = session.raceId === undefined ? undefined : races.get(session.raceId);
    if (race) {
      const fresh = raceSession(race, session.revision, paces);
      next = { ...session, durationMin: fresh.durationMin, distanceKm: fresh.distanceKm };
    } else if (isTimeTrial(session)) next = retimedTrial(session, paces);
    else if (session.workout?.edited) return session;
    else next = withWorkout(session, context.inputFor(session));
    return JSON.stringify(next) === JSON.stringify(session)
      ? session
      : { ...next, revision: session.revision + 1 };
  });
}

/**
 * Sessions of a plan from before workouts (version 1) get one for their kind and minutes. The
 * distance is the steps' for generated sessions; a pinned session keeps the distance the runner
 * gave it.
 *
 * @example fillWorkouts(planV1).sessions.every((s) => s.kind === 'rest' || s.kind === 'race' || s.workout) // true
 */
export function fillWorkouts(plan: Plan): Plan {
  const context = planWorkouts(plan, plan.paces);
  const sessions = plan.sessions.map((session) => {
    if (session.workout || session.kind === 'race' || session.kind === 'rest') return session;
    const next = withWorkout(session, context.inputFor(session));
    return session.pinned ? { ...next, distanceKm: session.distanceKm } : next;
  });
  return { ...plan, sessions };
}

/**
 * After an edit that reshapes sessions (a down week, a reset break: shorter, eased, or rest), each
 * session whose kind or minutes changed gets its workout rewritten to fit, and so do the others of
 * its week, since Daniels' limits are shares of the week's km. Hand-written workouts are kept,
 * rest days lose theirs; a session whose steps change only now gets revision + 1.
 *
 * @example rewriteReshaped(plan, insertDownWeekResult) // the shortened runs with steps that fit them
 */
export function rewriteReshaped(before: Plan, after: Plan): Plan {
  const { weekStart } = after.settings;
  const old = new Map(before.sessions.map((session) => [session.id, session]));
  const reshaped = (session: Session): boolean => {
    const previous = old.get(session.id);
    return (
      previous === undefined ||
      previous.kind !== session.kind ||
      previous.durationMin !== session.durationMin
    );
  };
  const weeks = new Set<IsoDate>();
  for (const session of after.sessions) {
    if (reshaped(session)) weeks.add(startOfWeek(session.date, weekStart));
  }
  if (weeks.size === 0) return after;
  const context = planWorkouts(after, after.paces);
  const sessions = after.sessions.map((session) => {
    if (session.kind === 'race' || session.workout?.edited) return session;
    if (!weeks.has(startOfWeek(session.date, weekStart))) return session;
    const next = withWorkout(session, context.inputFor(session));
    if (reshaped(session) || JSON.stringify(next) === JSON.stringify(session)) return next;
    return { ...next, revision: session.revision + 1 };
  });
  return { ...after, sessions };
}
