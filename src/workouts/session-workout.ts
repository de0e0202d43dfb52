/**
 * A session with its workout: the minutes stay the session's (the scheduler's, or the runner's),
 * the distance becomes what the steps cover at their paces.
 */
import type { Session } from '../model/plan';
import type { Paces, Workout } from '../model/workout';
import type { WorkoutInput } from './build';
import { buildWorkout } from './build';
import { workoutTotals } from './totals';

/**
 * Kilometres a workout covers, to 0.1 km as the calendar shows them.
 *
 * @example workoutKm({ steps: [{ type: 'steady', durationMin: 60, zone: 'easy' }] }, undefined) // 10
 */
export function workoutKm(workout: Workout, paces: Paces | undefined): number {
  return Math.round(workoutTotals(workout, paces).km * 10) / 10;
}

/**
 * The session with the workout built for it and its distance from the steps. Rest days and races
 * (which have no steps) lose any workout they had.
 *
 * @example withWorkout(session, { kind: 'intervals', phase: 'build', minutes: 60, … }) // { …, workout, distanceKm: 12.6 }
 */
export function withWorkout(session: Session, input: WorkoutInput): Session {
  const workout = buildWorkout(input);
  if (!workout) {
    return session.workout === undefined ? session : withoutWorkout(session);
  }
  return { ...session, workout, distanceKm: workoutKm(workout, input.paces) };
}

function withoutWorkout({ workout: _workout, ...session }: Session): Session {
  return session;
}
