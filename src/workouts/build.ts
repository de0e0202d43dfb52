/**
 * A session's workout, written as a coach writes it: warm-up, main set, cool-down for the hard
 * sessions; a steady run for the easy ones; strides after an easy run; marathon pace inside the
 * long runs of the marathon-specific phases. The steps add up to exactly the minutes the scheduler
 * gave the day (a warm-up, cool-down or steady step takes the remainder), so its volume logic holds.
 */
import type { Distance, SessionKind } from '../model/plan';
import { assertNever, distanceKm } from '../model/settings';
import type { Paces, Step, Workout } from '../model/workout';
import type { Phase } from '../scheduler/day-plan';
import type { Context } from './fit';
import { at, easy, minutesOf } from './fit';
import {
  hillsWorkout,
  intervalsWorkout,
  racePaceWorkout,
  thresholdWorkout,
  tempoWorkout,
} from './hard';
import { zoneLimitKm } from './limits';
import { zoneSecPerKm } from './totals';

export interface WorkoutInput {
  readonly kind: SessionKind;
  readonly phase: Phase;
  /** The minutes the scheduler gave the day: the steps sum to exactly these. */
  readonly minutes: number;
  /** The week's planned km: Daniels' limits are shares of it. */
  readonly weekKm: number;
  /** The runner's paces; without them steps carry a zone (an effort) and no pace. */
  readonly paces: Paces | undefined;
  /** The distance the phase trains for (the off distance in an off-distance block). */
  readonly target: Distance;
  /** How many sessions of this kind the phase held before this one: workouts vary and grow. */
  readonly index: number;
}

/**
 * The workout of a session, or undefined for rest and races (which have no steps).
 *
 * @example buildWorkout({ kind: 'intervals', phase: 'build', minutes: 60, weekKm: 70, paces, target: 'marathon', index: 0 })
 * // { steps: [warm-up 15 min, 5 × (1000 m at I, 400 m jog), cool-down …] }
 */
export function buildWorkout(input: WorkoutInput): Workout | undefined {
  const ctx: Context = { minutes: input.minutes, weekKm: input.weekKm, paces: input.paces };
  const share = progression(input);
  let steps: Step[] | undefined;
  switch (input.kind) {
    case 'rest':
    case 'race':
      return undefined;
    case 'easy':
      steps = [easy('steady', input.minutes, input.paces)];
      break;
    case 'cross-training':
      // Time on a bike or in the pool: no zone, so no distance.
      steps = [{ type: 'steady', durationMin: input.minutes }];
      break;
    case 'strides':
      steps = stridesSteps(ctx, input.index);
      break;
    case 'long':
      steps = longSteps(ctx, input, share);
      break;
    case 'tempo':
      steps = tempoWorkout(ctx, share);
      break;
    case 'threshold':
      steps = thresholdWorkout(ctx, input.index, share);
      break;
    case 'intervals':
      steps = intervalsWorkout(ctx, input.index, share);
      break;
    case 'hills':
      steps = hillsWorkout(ctx, input.index, share);
      break;
    case 'race-pace':
      steps = racePaceWorkout(ctx, input.target, input.index, share);
      break;
    default:
      return assertNever(input.kind);
  }
  // A day too short for its main set is an easy run: better than a rep squeezed into nothing.
  return { steps: steps ?? [easy('steady', input.minutes, input.paces)] };
}

/**
 * The share of the most work the limits and the time allow that this session asks for: the first
 * sessions of a phase start at 70 % and each later one adds 10 %; a taper keeps the intensity and
 * halves the work (Bosquet 2007, DOMAIN.md).
 */
function progression(input: WorkoutInput): number {
  if (input.phase === 'taper') return 0.5;
  if (input.phase === 'recovery' || input.phase === 'reset') return 0.6;
  return Math.min(1, 0.7 + 0.1 * input.index);
}

/**
 * 6–8 strides of 20 s at R pace, a minute's easy jog after each (Daniels' strides), after an easy
 * run that takes the rest of the time; fewer when R's 5 % of the week is smaller.
 */
function stridesSteps(ctx: Context, index: number): Step[] {
  const stride = at('work', 'repetition', { durationMin: 1 / 3 }, ctx.paces);
  const jog = easy('recovery', 1, ctx.paces);
  const strideKm = 20 / zoneSecPerKm('repetition', ctx.paces);
  const byLimit = Math.floor(zoneLimitKm('repetition', ctx.weekKm, ctx.paces) / strideKm + 1e-9);
  // The easy run before the strides keeps at least half the time.
  const byTime = Math.floor(ctx.minutes / 2 / (4 / 3));
  const times = Math.min(6 + (index % 3), byLimit, byTime);
  if (times < 1) return [easy('steady', ctx.minutes, ctx.paces)];
  const block: Step = { type: 'repeat', times, steps: [stride, jog] };
  return [easy('steady', ctx.minutes - minutesOf(block, ctx.paces), ctx.paces), block];
}

/**
 * A long run: easy throughout, except in the build and peak of a marathon, where every other one
 * finishes with a marathon-pace segment that grows through the phase (Daniels' and Pfitzinger's
 * marathon-specific long runs), held within the M limit and at most 45 % of the run.
 */
function longSteps(ctx: Context, input: WorkoutInput, share: number): Step[] {
  const marathonSpecific =
    (input.phase === 'build' || input.phase === 'peak') &&
    Math.abs(distanceKm(input.target) - distanceKm('marathon')) < 1 &&
    input.index % 2 === 1;
  if (!marathonSpecific) return [easy('steady', ctx.minutes, ctx.paces)];
  const secPerKm = zoneSecPerKm('marathon', ctx.paces);
  const byTime = (0.45 * ctx.minutes * 60) / secPerKm;
  const km = Math.floor(Math.min(zoneLimitKm('marathon', ctx.weekKm, ctx.paces), byTime) * share);
  if (km < 3) return [easy('steady', ctx.minutes, ctx.paces)];
  const segment = at('work', 'marathon', { distanceKm: km }, ctx.paces);
  const cooldown = easy('cooldown', 5, ctx.paces);
  const used = minutesOf(segment, ctx.paces) + 5;
  return [easy('steady', ctx.minutes - used, ctx.paces), segment, cooldown];
}
