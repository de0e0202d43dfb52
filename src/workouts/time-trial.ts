/**
 * The 5K time trial that ends an off-distance 5K block, written as a race morning: an easy warm-up
 * with strides, the 5K at race effort, an easy cool-down. Its 5K takes the time the VDOT model
 * predicts from the runner's recent result (Daniels & Gilbert), so the day's minutes are the
 * warm-up, the predicted 5K and the cool-down.
 */
import type { Session } from '../model/plan';
import type { Paces, SimpleStep, Step, Workout } from '../model/workout';
import { predictMinutes } from '../paces/zones';
import { at, easy, minutesOf } from './fit';
import { racePaceRange } from './hard';
import { workoutKm } from './session-workout';

const TIME_TRIAL_KM = 5;
/**
 * Easy running before the strides, and after the 5K: Daniels has runners warm up with 10–20 min
 * of easy running and a few strides before a race, and cool down with easy running after it.
 */
const WARM_UP_MIN = 10;
const COOL_DOWN_MIN = 10;
/** Strides of 20 s at R pace, a minute's easy jog after each (Daniels' strides). */
const STRIDES = 4;

export interface TimeTrial {
  /** Warm-up, the predicted 5K and the cool-down, to the minute: the steps sum to exactly these. */
  readonly minutes: number;
  readonly distanceKm: number;
  readonly workout: Workout;
  /** The predicted 5K, in minutes; undefined without the runner's paces. */
  readonly predictedMin: number | undefined;
}

/**
 * The time trial for a runner with `paces` (undefined without a recent result: the 5K is then run
 * by effort, and timed at the effort's default pace, about a VDOT-40 runner's).
 *
 * @example timeTrial(pacesFromVdot(50)).minutes // 45: 10 + 4 strides (5:20) + 19:56 + 10, rounded
 */
export function timeTrial(paces: Paces | undefined): TimeTrial {
  const { fiveK, core } = trialCore(paces);
  const predictedMin = paces ? predictMinutes(paces, TIME_TRIAL_KM) : undefined;
  const fiveKMin = predictedMin ?? minutesOf(fiveK, paces);
  const minutes = Math.round(
    WARM_UP_MIN + core - minutesOf(fiveK, paces) + fiveKMin + COOL_DOWN_MIN,
  );
  return { ...fitted(paces, minutes, WARM_UP_MIN), predictedMin };
}

/**
 * A time trial the runner gave other minutes: the strides and the 5K stay, the warm-up (up to
 * its 10 min) and the cool-down fit the rest; undefined when the minutes cannot hold the strides
 * and the 5K (see shortestTrial).
 *
 * @example resizedTrial(pacesFromVdot(50), 35)?.workout.steps.length // 3: 9:42 warm-up, strides, 5K
 */
export function resizedTrial(paces: Paces | undefined, minutes: number): TimeTrial | undefined {
  if (minutes < trialCore(paces).core) return undefined;
  const predictedMin = paces ? predictMinutes(paces, TIME_TRIAL_KM) : undefined;
  return { ...fitted(paces, minutes, WARM_UP_MIN), predictedMin };
}

/**
 * The fewest minutes a time trial can be given: the strides and the 5K, without warm-up or
 * cool-down.
 *
 * @example shortestTrial(pacesFromVdot(50)) // 26
 */
export function shortestTrial(paces: Paces | undefined): number {
  return Math.ceil(trialCore(paces).core);
}

/** The strides and the 5K, and their minutes together. */
function trialCore(paces: Paces | undefined): { strides: Step; fiveK: SimpleStep; core: number } {
  const strides: Step = {
    type: 'repeat',
    times: STRIDES,
    steps: [at('work', 'repetition', { durationMin: 1 / 3 }, paces), easy('recovery', 1, paces)],
  };
  const fiveK = raceEffort(paces);
  return { strides, fiveK, core: minutesOf(strides, paces) + minutesOf(fiveK, paces) };
}

/**
 * The steps for `minutes` at least the core's: the warm-up takes up to `warmUpMax` of the easy
 * minutes around the strides and the 5K, the cool-down the rest, so the steps add up exactly.
 */
function fitted(
  paces: Paces | undefined,
  minutes: number,
  warmUpMax: number,
): { minutes: number; distanceKm: number; workout: Workout } {
  const { strides, fiveK, core } = trialCore(paces);
  const around = minutes - core;
  const warmUpMin = Math.min(warmUpMax, around);
  const steps: Step[] = [];
  if (warmUpMin > 0) steps.push(easy('warmup', warmUpMin, paces));
  steps.push(strides, fiveK);
  if (around - warmUpMin > 0) steps.push(easy('cooldown', around - warmUpMin, paces));
  const workout: Workout = { steps };
  return { minutes, distanceKm: workoutKm(workout, paces), workout };
}

/**
 * The 5K at race effort: at the predicted 5K pace ± 1.5 % when paces are known. 5K pace sits near
 * Daniels' I (about 95–98 % of VO2max), the zone it is run at by effort.
 */
function raceEffort(paces: Paces | undefined): SimpleStep {
  const step: SimpleStep = { type: 'work', distanceKm: TIME_TRIAL_KM, zone: 'interval' };
  return paces ? { ...step, pace: racePaceRange(paces, TIME_TRIAL_KM) } : step;
}

/**
 * Whether a session is a time trial the planner wrote: a race-kind session with no race behind it
 * and planner-written steps (a real race has none; the runner's own steps are kept as they are).
 *
 * @example isTimeTrial({ kind: 'race', workout: { steps: […] }, … }) // true
 */
export function isTimeTrial(session: Session): boolean {
  return (
    session.kind === 'race' &&
    session.raceId === undefined &&
    session.workout !== undefined &&
    session.workout.edited !== true
  );
}

/**
 * A time trial retimed for new paces (a new recent result, or none): its steps, minutes and
 * distance follow the predicted 5K.
 *
 * @example retimedTrial(trial, pacesFromVdot(40)).durationMin // 49
 */
export function retimedTrial(session: Session, paces: Paces | undefined): Session {
  const trial = timeTrial(paces);
  return {
    ...session,
    durationMin: trial.minutes,
    distanceKm: trial.distanceKm,
    workout: trial.workout,
  };
}
