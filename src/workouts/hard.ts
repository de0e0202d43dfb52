/**
 * The hard sessions' main sets, after Daniels' *Running Formula*: threshold as a tempo or cruise
 * intervals, VO2max intervals of 3–5 minutes at I pace with jog recoveries, hills by effort,
 * race-pace work at the pace the model predicts for the target race. Each stays within the session
 * limits of limits.ts and the minutes of the day (fit.ts).
 */
import type { Distance } from '../model/plan';
import { distanceKm } from '../model/settings';
import type { PaceRange, Paces, SimpleStep, Step, Zone } from '../model/workout';
import { predictMinutes } from '../paces/zones';
import type { Context, RepOption } from './fit';
import { at, easy, framed, mainBudget, repeats } from './fit';
import { zoneLimitKm } from './limits';
import { zoneSecPerKm } from './totals';

const km = (distance: number) => ({ distanceKm: distance });
const min = (minutes: number) => ({ durationMin: minutes });

/** Daniels' tempo: a continuous run at T pace, up to 30 minutes, within T's 10 % of the week. */
export function tempoWorkout(ctx: Context, share: number): Step[] | undefined {
  const limitMin =
    (zoneLimitKm('threshold', ctx.weekKm, ctx.paces) * zoneSecPerKm('threshold', ctx.paces)) / 60;
  const minutes = Math.floor(Math.min(30, mainBudget(ctx.minutes), limitMin) * share);
  if (minutes < 5) return undefined;
  return framed(ctx, [at('work', 'threshold', min(minutes), ctx.paces)]);
}

/** Cruise intervals: T-pace reps of 1000–2000 m with a short jog (about 1 min per 5 min run). */
export function thresholdWorkout(ctx: Context, index: number, share: number): Step[] | undefined {
  const rep = (metres: number, jogMin: number, minTimes: number, maxTimes: number): RepOption => ({
    work: at('work', 'threshold', km(metres / 1000), ctx.paces),
    recovery: easy('recovery', jogMin, ctx.paces),
    minTimes,
    maxTimes,
  });
  const options = rotate([rep(1000, 1, 3, 8), rep(1600, 1, 3, 6), rep(2000, 2, 2, 5)], index);
  return withReps(ctx, options, 'threshold', share, [rep(400, 1, 1, 10)]);
}

/** VO2max intervals: 3–5 minute reps at I pace, a jog of about the same time or less. */
export function intervalsWorkout(ctx: Context, index: number, share: number): Step[] | undefined {
  const jog = at('recovery', 'easy', km(0.4), ctx.paces);
  const rep = (work: SimpleStep, recovery: SimpleStep, minTimes: number, maxTimes: number) => ({
    work,
    recovery,
    minTimes,
    maxTimes,
  });
  const options = rotate(
    [
      rep(at('work', 'interval', km(1), ctx.paces), jog, 3, 8),
      rep(at('work', 'interval', km(0.8), ctx.paces), jog, 3, 10),
      rep(at('work', 'interval', min(3), ctx.paces), easy('recovery', 2, ctx.paces), 3, 7),
      rep(at('work', 'interval', km(1.2), ctx.paces), jog, 3, 6),
    ],
    index,
  );
  return withReps(ctx, options, 'interval', share, [
    rep(at('work', 'interval', km(0.4), ctx.paces), easy('recovery', 1.5, ctx.paces), 1, 12),
  ]);
}

/** Hill repeats by effort (R effort uphill, jog back down), within R's 5 % of the week. */
export function hillsWorkout(ctx: Context, index: number, share: number): Step[] | undefined {
  const hill = (
    seconds: number,
    jogMin: number,
    minTimes: number,
    maxTimes: number,
  ): RepOption => ({
    work: { type: 'work', durationMin: seconds / 60, zone: 'repetition', uphill: true },
    recovery: easy('recovery', jogMin, ctx.paces),
    minTimes,
    maxTimes,
  });
  const options = rotate([hill(60, 1.5, 4, 10), hill(90, 2, 4, 8), hill(30, 1, 6, 12)], index);
  return withReps(ctx, options, 'repetition', share, []);
}

/**
 * Work at the target race's pace: a marathon-pace run for a marathon or longer, reps at the
 * predicted half-marathon or 10K pace (threshold work), reps at 5K pace (interval work) for a 5K.
 */
export function racePaceWorkout(
  ctx: Context,
  target: Distance,
  index: number,
  share: number,
): Step[] | undefined {
  const raceKm = distanceKm(target);
  if (raceKm >= 30) {
    const secPerKm = zoneSecPerKm('marathon', ctx.paces);
    const most = Math.min(
      zoneLimitKm('marathon', ctx.weekKm, ctx.paces),
      (mainBudget(ctx.minutes) * 60) / secPerKm,
    );
    const distance = Math.floor(most * share);
    if (distance < 3) return undefined;
    return framed(ctx, [at('work', 'marathon', km(distance), ctx.paces)]);
  }
  // 5K pace sits near Daniels' I (about 95–98 % of VO2max), 10K and half-marathon pace near T.
  const zone: Zone = raceKm <= 7 ? 'interval' : 'threshold';
  const pace = racePace(ctx, raceKm);
  const work = (metres: number): SimpleStep => {
    const step: SimpleStep = { type: 'work', distanceKm: metres / 1000, zone };
    return pace ? { ...step, pace } : step;
  };
  const rep = (metres: number, jog: SimpleStep, minTimes: number, maxTimes: number) => ({
    work: work(metres),
    recovery: jog,
    minTimes,
    maxTimes,
  });
  const jog = (minutes: number) => easy('recovery', minutes, ctx.paces);
  const options =
    raceKm <= 7
      ? rotate([rep(1000, jog(2), 3, 6), rep(1600, jog(3), 2, 4)], index)
      : raceKm <= 15
        ? rotate([rep(2000, jog(2), 2, 5), rep(1600, jog(1.5), 3, 6)], index)
        : rotate([rep(3000, jog(2), 2, 4), rep(5000, jog(3), 2, 3)], index);
  return withReps(ctx, options, zone, share, [rep(1000, jog(2), 1, 8), rep(400, jog(1), 1, 10)]);
}

/** The target race's predicted pace ± 1.5 %, when the runner's paces are known. */
function racePace(ctx: Context, raceKm: number): PaceRange | undefined {
  return ctx.paces ? racePaceRange(ctx.paces, raceKm) : undefined;
}

/**
 * The pace the VDOT model predicts for a race of `raceKm` (Daniels & Gilbert), ± 1.5 %.
 *
 * @example racePaceRange(pacesFromVdot(50), 5) // { fastSecPerKm: 236, slowSecPerKm: 243 } (19:57 for 5K)
 */
export function racePaceRange(paces: Paces, raceKm: number): PaceRange {
  const secPerKm = (predictMinutes(paces, raceKm) * 60) / raceKm;
  return {
    fastSecPerKm: Math.round(secPerKm * 0.985),
    slowSecPerKm: Math.round(secPerKm * 1.015),
  };
}

function withReps(
  ctx: Context,
  options: readonly RepOption[],
  zone: Zone,
  share: number,
  fallbacks: readonly RepOption[],
): Step[] | undefined {
  const set = repeats(
    ctx,
    [...options, ...fallbacks],
    zoneLimitKm(zone, ctx.weekKm, ctx.paces),
    share,
  );
  return set ? framed(ctx, [set]) : undefined;
}

/** The day's variant first, the others after it: sessions differ from one week to the next. */
function rotate<T>(options: readonly T[], index: number): T[] {
  const k = index % options.length;
  return [...options.slice(k), ...options.slice(0, k)];
}
