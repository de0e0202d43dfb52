/**
 * Hand-built plans with structured workouts (the generator's are not needed to test the export),
 * and what a decoded FIT file must hold for a session, worked out from the model on its own.
 */
import type { Paces, PaceRange, SimpleStep, Step, Workout } from '../../../src/model/workout';
import type { Plan, Session } from '../../../src/model/plan';
import { planWith, run } from '../fixtures/plans';

export const I_PACE: PaceRange = { fastSecPerKm: 235, slowSecPerKm: 245 };

export const PACES: Paces = {
  vdot: 50,
  easy: { fastSecPerKm: 290, slowSecPerKm: 330 },
  marathon: { fastSecPerKm: 262, slowSecPerKm: 268 },
  threshold: { fastSecPerKm: 248, slowSecPerKm: 253 },
  interval: I_PACE,
  repetition: { fastSecPerKm: 215, slowSecPerKm: 222 },
};

/** 15 min warm-up, 5 × [1 km at I pace, 400 m recovery], 10 min cool-down. */
export const INTERVALS: Workout = {
  steps: [
    { type: 'warmup', durationMin: 15, zone: 'easy' },
    {
      type: 'repeat',
      times: 5,
      steps: [
        { type: 'work', distanceKm: 1, zone: 'interval', pace: I_PACE },
        { type: 'recovery', distanceKm: 0.4 },
      ],
    },
    { type: 'cooldown', durationMin: 10 },
  ],
};

/** Steps by time, with zones but no paces of their own: they take the plan's when it has some. */
export const TEMPO: Workout = {
  steps: [
    { type: 'warmup', durationMin: 12.5, zone: 'easy' },
    { type: 'work', durationMin: 20, zone: 'threshold' },
    { type: 'cooldown', durationMin: 10, zone: 'easy' },
  ],
};

/** Two repeats in one session, one by time, one by distance, no paces at all. */
export const HILLS: Workout = {
  steps: [
    { type: 'warmup', distanceKm: 3 },
    {
      type: 'repeat',
      times: 8,
      steps: [
        { type: 'work', durationMin: 1.5 },
        { type: 'recovery', durationMin: 2 },
      ],
    },
    { type: 'steady', distanceKm: 2 },
    { type: 'repeat', times: 4, steps: [{ type: 'work', distanceKm: 0.2, zone: 'repetition' }] },
    { type: 'cooldown', durationMin: 10 },
  ],
};

/** A week of sessions: structured ones, a plain easy run, a rest day and a race. */
export function workoutPlan(paces?: Paces): Plan {
  const plan = planWith({
    season: { start: '2027-03-01', end: '2027-03-14' },
    sessions: [
      run('2027-03-01', 'rest', 0, { distanceKm: 0 }),
      run('2027-03-02', 'intervals', 60, { workout: INTERVALS, title: 'Intervals 5 × 1 km' }),
      run('2027-03-03', 'easy', 45, { distanceKm: 8, title: 'Easy run' }),
      run('2027-03-04', 'tempo', 45, { workout: TEMPO, title: 'Tempo run' }),
      run('2027-03-06', 'hills', 50, { workout: HILLS, title: 'Hill repeats' }),
      run('2027-03-07', 'long', 100, { distanceKm: 0, title: 'Long run' }),
      run('2027-03-10', 'race', 40, { distanceKm: 10, title: 'City 10K' }),
    ],
  });
  return paces ? { ...plan, paces } : plan;
}

/** A decoded workout step, the same from either decoder: FIT's structure in plain units. */
export type DecodedStep =
  | {
      readonly kind: 'step';
      readonly intensity: string;
      readonly duration:
        | { readonly type: 'time'; readonly seconds: number }
        | { readonly type: 'distance'; readonly meters: number }
        | { readonly type: 'open' };
      /** m/s, or null for an open target. */
      readonly speed: { readonly low: number; readonly high: number } | null;
    }
  | { readonly kind: 'repeat'; readonly fromStep: number; readonly times: number };

const INTENSITY: Record<SimpleStep['type'], string> = {
  warmup: 'warmup',
  work: 'active',
  steady: 'active',
  recovery: 'recovery',
  cooldown: 'cooldown',
};

/** What the watch must run for these steps, flattened as FIT lists them. */
export function expectedSteps(steps: readonly Step[], paces?: Paces): DecodedStep[] {
  const out: DecodedStep[] = [];
  const simple = (step: SimpleStep): DecodedStep => {
    const pace = step.pace ?? (step.zone ? paces?.[step.zone] : undefined);
    return {
      kind: 'step',
      intensity: INTENSITY[step.type],
      duration:
        step.distanceKm !== undefined
          ? { type: 'distance', meters: step.distanceKm * 1000 }
          : step.durationMin !== undefined
            ? { type: 'time', seconds: step.durationMin * 60 }
            : { type: 'open' },
      speed: pace ? { low: 1000 / pace.slowSecPerKm, high: 1000 / pace.fastSecPerKm } : null,
    };
  };
  for (const step of steps) {
    if (step.type === 'repeat') {
      const fromStep = out.length;
      out.push(...step.steps.map(simple));
      out.push({ kind: 'repeat', fromStep, times: step.times });
    } else out.push(simple(step));
  }
  return out;
}

/** The session's steps as the export must see them (its workout, or one step of its length). */
export function stepsOf(session: Session): readonly Step[] {
  if (session.workout) return session.workout.steps;
  return [
    session.distanceKm > 0
      ? { type: 'steady', distanceKm: session.distanceKm }
      : { type: 'steady', durationMin: session.durationMin },
  ];
}
