/**
 * Paces and structured workouts: what a session asks the runner to do, step by step.
 *
 * Paces come from a recent race result through Daniels & Gilbert's VDOT model (see DOMAIN.md,
 * "Distance-specific targets"); without a result a plan has no `paces`, and steps carry a `zone`
 * (an effort) but no `pace`: nothing pretends to know a pace it doesn't.
 */
import type { Distance, IsoDate } from './plan';

/** Daniels' training zones, slowest first. */
export const ZONES = ['easy', 'marathon', 'threshold', 'interval', 'repetition'] as const;
export type Zone = (typeof ZONES)[number];

/** A pace range in seconds per km; `fastSecPerKm` ≤ `slowSecPerKm`. */
export interface PaceRange {
  readonly fastSecPerKm: number;
  readonly slowSecPerKm: number;
}

/** The runner's zones, derived from `recentRace`. */
export interface Paces {
  readonly vdot: number;
  readonly easy: PaceRange;
  readonly marathon: PaceRange;
  readonly threshold: PaceRange;
  readonly interval: PaceRange;
  readonly repetition: PaceRange;
}

/** A recent race result the paces are derived from. `time` is `H:MM:SS` or `MM:SS`. */
export interface RecentRace {
  readonly distance: Distance;
  readonly time: string;
  readonly date?: IsoDate;
}

export const STEP_TYPES = ['warmup', 'work', 'recovery', 'cooldown', 'steady'] as const;
export type StepType = (typeof STEP_TYPES)[number];

/** One step of a workout: run for a time or a distance, at a zone (and its pace when known). */
export interface SimpleStep {
  readonly type: StepType;
  readonly durationMin?: number;
  readonly distanceKm?: number;
  readonly zone?: Zone;
  readonly pace?: PaceRange;
  /**
   * Run uphill: by effort, never by the watch (a hill's pace says nothing), so such a step has a
   * `zone` for the effort and no `pace`.
   */
  readonly uphill?: boolean;
}

/** `times` × the steps inside (e.g. 5 × [1000 m at I pace, 400 m jog]). */
export interface RepeatStep {
  readonly type: 'repeat';
  readonly times: number;
  readonly steps: readonly SimpleStep[];
}

export type Step = SimpleStep | RepeatStep;

export interface Workout {
  readonly steps: readonly Step[];
  /** Written by hand: regenerating and re-pacing keep it as it is. */
  readonly edited?: boolean;
}

/** How the runner reads distances and paces. */
export const UNITS = ['km', 'mi'] as const;
export type Units = (typeof UNITS)[number];
