/**
 * Fitting a main set into the minutes the scheduler gave a day: a warm-up before, a cool-down after
 * that takes whatever is left, so the steps always add up to exactly those minutes.
 */
import type { Paces, RepeatStep, SimpleStep, Step, Zone } from '../model/workout';
import { stepKm, stepMinutes } from './totals';

/** What every builder knows about the day. */
export interface Context {
  readonly minutes: number;
  readonly weekKm: number;
  readonly paces: Paces | undefined;
}

/** A step at a zone, with the runner's pace for it when known. */
export function at(
  type: SimpleStep['type'],
  zone: Zone,
  amount: { readonly durationMin: number } | { readonly distanceKm: number },
  paces: Paces | undefined,
): SimpleStep {
  // Literal objects, not spreads: the scheduler builds a few hundred steps per plan, and object
  // spread was most of the workouts' share of generating one (PERFORMANCE.md: ≤ 5 ms).
  if ('durationMin' in amount) {
    const durationMin = amount.durationMin;
    return paces ? { type, durationMin, zone, pace: paces[zone] } : { type, durationMin, zone };
  }
  const distanceKm = amount.distanceKm;
  return paces ? { type, distanceKm, zone, pace: paces[zone] } : { type, distanceKm, zone };
}

/** An easy step of `minutes` (warm-up, cool-down or a steady run); easy has a pace too. */
export function easy(
  type: SimpleStep['type'],
  minutes: number,
  paces: Paces | undefined,
): SimpleStep {
  return at(type, 'easy', { durationMin: minutes }, paces);
}

/** The warm-up and the least cool-down a hard session of `minutes` gets. */
export function frame(minutes: number): { readonly warmup: number; readonly cooldown: number } {
  if (minutes >= 60) return { warmup: 15, cooldown: 10 };
  if (minutes >= 40) return { warmup: 12, cooldown: 8 };
  if (minutes >= 25) return { warmup: 8, cooldown: 5 };
  return { warmup: 5, cooldown: 3 };
}

/** Minutes the main set of a hard session may take. */
export function mainBudget(minutes: number): number {
  const { warmup, cooldown } = frame(minutes);
  return Math.max(0, minutes - warmup - cooldown);
}

/**
 * Warm-up, the main set, and a cool-down of the minutes left: the steps sum to `ctx.minutes`.
 *
 * @example framed(ctx, [tempo]) // [warm-up 15 min, 20 min at T, cool-down (the rest)]
 */
export function framed(ctx: Context, main: readonly Step[]): Step[] {
  const base = frame(ctx.minutes);
  const used = main.reduce((sum, step) => sum + minutesOf(step, ctx.paces), 0);
  // Time the main set leaves over is shared by the warm-up and the cool-down, as a coach would.
  const spare = ctx.minutes - base.warmup - base.cooldown - used;
  const warmup = base.warmup + Math.max(0, Math.floor(spare / 2));
  return [
    easy('warmup', warmup, ctx.paces),
    ...main,
    easy('cooldown', ctx.minutes - warmup - used, ctx.paces),
  ];
}

/** Minutes of any step, repeats multiplied out. */
export function minutesOf(step: Step, paces: Paces | undefined): number {
  if (step.type !== 'repeat') return stepMinutes(step, paces);
  return step.times * step.steps.reduce((sum, inner) => sum + stepMinutes(inner, paces), 0);
}

/** One way to write a main set: a rep and the recovery after it. */
export interface RepOption {
  readonly work: SimpleStep;
  readonly recovery?: SimpleStep;
  /** Fewer reps than this and the next option (shorter reps) reads better. */
  readonly minTimes: number;
  readonly maxTimes: number;
}

/**
 * Chooses reps: the first option (the day's variant comes first) that fits at least its `minTimes`
 * within the work limit and the time, else the one that fits most; then `share` of the most that
 * fit (the session's place in its phase), never below one. Undefined when not even one rep fits.
 *
 * @example repeats(ctx, [{ work: 1000 m at I, recovery: 400 m jog, minTimes: 3, maxTimes: 8 }], 4, 0.8)
 * // { type: 'repeat', times: 3, steps: [...] }
 */
export function repeats(
  ctx: Context,
  options: readonly RepOption[],
  limitKm: number,
  share: number,
): RepeatStep | undefined {
  const budget = mainBudget(ctx.minutes);
  let best: { option: RepOption; most: number } | undefined;
  for (const option of options) {
    const repKm = stepKm(option.work, ctx.paces);
    const repMin =
      stepMinutes(option.work, ctx.paces) +
      (option.recovery ? stepMinutes(option.recovery, ctx.paces) : 0);
    // The small allowance keeps 5 × 0.8 km within a 4 km limit despite floating point.
    const byLimit = repKm > 0 ? Math.floor(limitKm / repKm + 1e-9) : option.maxTimes;
    const most = Math.min(option.maxTimes, byLimit, Math.floor(budget / repMin + 1e-9));
    if (most >= option.minTimes) {
      best = { option, most };
      break;
    }
    if (!best || most > best.most) best = { option, most };
  }
  if (!best || best.most < 1) return undefined;
  const { option, most } = best;
  const times = Math.max(Math.min(option.minTimes, most), Math.min(most, Math.round(most * share)));
  const steps = option.recovery ? [option.work, option.recovery] : [option.work];
  return { type: 'repeat', times, steps };
}
