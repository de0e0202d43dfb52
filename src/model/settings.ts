import type { Distance, Intensity, SessionKind, Settings } from './plan';

/** The defaults of DOMAIN.md; every one can be changed in a plan's settings. */
export const DEFAULT_SETTINGS: Settings = {
  focusDistance: 'marathon',
  weeklyKmBaseline: 50,
  restWeekday: 'monday',
  longRunWeekday: 'sunday',
  weekStart: 'monday',
  hardDayCap: 2,
  downWeekCycle: 3,
  downWeekRatio: 0.7,
  offDistanceBlockWeeks: 6,
  resetBreakDays: 4,
  loadFactors: { rest: 0, easy: 1, moderate: 1.5, hard: 2.5 },
  units: 'km',
};

/**
 * The intensity a session kind has unless the athlete says otherwise.
 *
 * @example defaultIntensity('tempo') // 'hard'
 */
export function defaultIntensity(kind: SessionKind): Intensity {
  switch (kind) {
    case 'rest':
      return 'rest';
    case 'easy':
    case 'strides':
    case 'cross-training':
      return 'easy';
    case 'long':
      return 'moderate';
    case 'tempo':
    case 'threshold':
    case 'intervals':
    case 'hills':
    case 'race-pace':
    case 'race':
      return 'hard';
    default:
      return assertNever(kind);
  }
}

const STANDARD_KM = { '5k': 5, '10k': 10, half: 21.0975, marathon: 42.195, ultra: 50 } as const;

/**
 * A distance in km. An ultra without a figure counts as 50 km.
 *
 * @example distanceKm('half') // 21.0975
 */
export function distanceKm(distance: Distance): number {
  return typeof distance === 'number' ? distance : STANDARD_KM[distance];
}

/** Marathon or longer: the races that need the long recovery and the 8-week gap. */
export function isMarathonOrLonger(distance: Distance): boolean {
  return distanceKm(distance) >= STANDARD_KM.marathon - 0.05;
}

export type DistanceFamily = 'short' | 'long';

/**
 * Short is up to 10K, long is the half marathon and up.
 *
 * @example distanceFamily('10k') // 'short'
 */
export function distanceFamily(distance: Distance): DistanceFamily {
  return distanceKm(distance) <= 10.5 ? 'short' : 'long';
}

/**
 * The distance of the other family that the off-distance block trains for.
 *
 * @example offDistanceFor('marathon') // '5k'
 */
export function offDistanceFor(focus: Distance): Distance {
  return distanceFamily(focus) === 'long' ? '5k' : 'half';
}

/**
 * A distance as people write it.
 *
 * @example formatDistance('half') // 'half marathon'
 */
export function formatDistance(distance: Distance): string {
  if (typeof distance === 'number') return `${distance} km`;
  switch (distance) {
    case '5k':
      return '5K';
    case '10k':
      return '10K';
    case 'half':
      return 'half marathon';
    case 'marathon':
      return 'marathon';
    case 'ultra':
      return 'ultra';
    default:
      return assertNever(distance);
  }
}

/** Ends a `switch` over a union: adding a member without handling it fails to compile. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
