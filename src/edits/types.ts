import type { IsoDate, Intensity, Plan, SessionKind } from '../model/plan';
import type { Result } from '../model/result';
import type { Workout } from '../model/workout';

/**
 * Every edit is a pure function plan → plan. Bad input (an unknown id, a day outside the season)
 * is an error naming what is wrong, and the plan is unchanged.
 */
export type EditResult = Result<Plan>;

/** A session the athlete adds by hand; the intensity defaults to the kind's. */
export interface SessionInput {
  readonly date: IsoDate;
  readonly kind: SessionKind;
  readonly intensity?: Intensity;
  readonly title?: string;
  readonly durationMin: number;
  readonly distanceKm?: number;
  readonly notes?: string;
}

/** The fields of a session the athlete can change. */
export interface SessionPatch {
  readonly date?: IsoDate;
  readonly kind?: SessionKind;
  readonly intensity?: Intensity;
  readonly title?: string;
  readonly durationMin?: number;
  readonly distanceKm?: number;
  readonly notes?: string;
  /**
   * Steps written by hand: kept as given (`edited`) through later edits, re-pacing and
   * regenerating; the session's minutes and km become theirs unless the patch gives them.
   */
  readonly workout?: Workout;
}
