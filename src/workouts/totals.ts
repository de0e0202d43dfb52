/**
 * What a workout adds up to: the minutes and kilometres of its steps at their paces. A session's
 * `durationMin` and `distanceKm` are these sums, so the calendar's totals are true.
 */
import { EASY_MIN_PER_KM } from '../model/load';
import type { PaceRange, Paces, SimpleStep, Step, Workout, Zone } from '../model/workout';

/**
 * Seconds per km by effort when the runner gave no result: a runner of about VDOT 40 (Daniels'
 * table: M 5:26, T 5:06, I 4:42/km), easy at `EASY_MIN_PER_KM` so that the km baseline and the
 * minutes the scheduler plans agree. They only turn minutes into a distance: steps never carry them
 * as a `pace`, since nothing pretends to know a pace it doesn't.
 */
export const DEFAULT_SEC_PER_KM: Readonly<Record<Zone, number>> = {
  easy: EASY_MIN_PER_KM * 60,
  marathon: 326,
  threshold: 306,
  interval: 282,
  repetition: 265,
};

/**
 * The middle of a pace range: what a step's time and distance convert with.
 *
 * @example midPace({ fastSecPerKm: 251, slowSecPerKm: 259 }) // 255
 */
export function midPace(range: PaceRange): number {
  return (range.fastSecPerKm + range.slowSecPerKm) / 2;
}

/**
 * Seconds per km of a zone: the runner's own when paces are known, else the effort default.
 *
 * @example zoneSecPerKm('threshold', undefined) // 306
 */
export function zoneSecPerKm(zone: Zone, paces: Paces | undefined): number {
  return paces ? midPace(paces[zone]) : DEFAULT_SEC_PER_KM[zone];
}

/**
 * Seconds per km a step covers ground at; `Infinity` for a step with no zone (cross-training has
 * time, not distance). An uphill rep is run by effort and covers about what an easy run does.
 *
 * @example stepSecPerKm({ type: 'work', durationMin: 1, zone: 'repetition', uphill: true }, undefined) // 360
 */
export function stepSecPerKm(step: SimpleStep, paces: Paces | undefined): number {
  if (step.pace) return midPace(step.pace);
  if (step.zone === undefined) return Infinity;
  return zoneSecPerKm(step.uphill ? 'easy' : step.zone, paces);
}

/**
 * Minutes of one simple step: its time, or its distance at its pace.
 *
 * @example stepMinutes({ type: 'work', distanceKm: 1, zone: 'threshold' }, undefined) // 5.1
 */
export function stepMinutes(step: SimpleStep, paces: Paces | undefined): number {
  if (step.durationMin !== undefined) return step.durationMin;
  if (step.distanceKm === undefined) return 0;
  return (step.distanceKm * stepSecPerKm(step, paces)) / 60;
}

/**
 * Kilometres of one simple step: its distance, or its time at its pace.
 *
 * @example stepKm({ type: 'steady', durationMin: 60, zone: 'easy' }, undefined) // 10
 */
export function stepKm(step: SimpleStep, paces: Paces | undefined): number {
  if (step.distanceKm !== undefined) return step.distanceKm;
  if (step.durationMin === undefined) return 0;
  const secPerKm = stepSecPerKm(step, paces);
  return Number.isFinite(secPerKm) ? (step.durationMin * 60) / secPerKm : 0;
}

export interface WorkoutTotals {
  readonly minutes: number;
  readonly km: number;
}

/**
 * The sums of a workout's steps, repeats multiplied out.
 *
 * @example workoutTotals({ steps: [{ type: 'steady', durationMin: 60, zone: 'easy' }] }, undefined) // { minutes: 60, km: 10 }
 */
export function workoutTotals(workout: Workout, paces: Paces | undefined): WorkoutTotals {
  let minutes = 0;
  let km = 0;
  forEachStep(workout.steps, (step, times) => {
    minutes += times * stepMinutes(step, paces);
    km += times * stepKm(step, paces);
  });
  return { minutes, km };
}

/**
 * Kilometres of `work` steps at each zone: what Daniels' session limits measure.
 *
 * @example zoneWorkKm(workout, paces).interval // 5 for 5 × 1000 m at I pace
 */
export function zoneWorkKm(workout: Workout, paces: Paces | undefined): Record<Zone, number> {
  const km: Record<Zone, number> = {
    easy: 0,
    marathon: 0,
    threshold: 0,
    interval: 0,
    repetition: 0,
  };
  forEachStep(workout.steps, (step, times) => {
    if (step.type === 'work' && step.zone !== undefined) {
      km[step.zone] += times * stepKm(step, paces);
    }
  });
  return km;
}

/**
 * Minutes of `work` steps at marathon pace (the M limit is in time as well as distance).
 *
 * @example zoneWorkMinutes(workout, paces, 'marathon') // 45
 */
export function zoneWorkMinutes(workout: Workout, paces: Paces | undefined, zone: Zone): number {
  let minutes = 0;
  forEachStep(workout.steps, (step, times) => {
    if (step.type === 'work' && step.zone === zone) minutes += times * stepMinutes(step, paces);
  });
  return minutes;
}

function forEachStep(
  steps: readonly Step[],
  visit: (step: SimpleStep, times: number) => void,
): void {
  for (const step of steps) {
    if (step.type === 'repeat') {
      for (const inner of step.steps) visit(inner, step.times);
    } else visit(step, 1);
  }
}
