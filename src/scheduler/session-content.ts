/**
 * What a training day holds once its role in the week is known: the session kind for the phase, a
 * title a runner recognises, and the pace that turns minutes into kilometres.
 */
import type { Distance, Intensity, SessionKind } from '../model/plan';
import { assertNever, distanceFamily, formatDistance, offDistanceFor } from '../model/settings';
import type { Phase } from './day-plan';
import { EASY_MIN_PER_KM } from '../model/load';

/** A day's job in its week. */
export type Role = 'rest' | 'easy' | 'strides' | 'long' | 'hard';

/**
 * How many hard sessions a week of this phase asks for (the hard-day cap may allow fewer).
 *
 * @example hardSessionsFor('build') // 2
 */
export function hardSessionsFor(phase: Phase): number {
  switch (phase) {
    case 'build':
    case 'peak':
    case 'off-distance':
      return 2;
    case 'base':
    case 'taper':
      return 1;
    case 'race':
    case 'recovery':
    case 'reset':
      return 0;
    default:
      return assertNever(phase);
  }
}

/**
 * The kind of the `nth` hard session of a phase (it rotates, so weeks differ).
 *
 * @example hardKind('base', 0, 'marathon') // 'hills'
 */
export function hardKind(phase: Phase, nth: number, focus: Distance): SessionKind {
  const long = distanceFamily(focus) === 'long';
  const pick = (kinds: readonly SessionKind[]): SessionKind => kinds[nth % kinds.length]!;
  switch (phase) {
    case 'base':
      return pick(BASE_KINDS);
    case 'build':
      return pick(BUILD_KINDS);
    case 'peak':
      return pick(long ? PEAK_KINDS_LONG : PEAK_KINDS_SHORT);
    case 'taper':
      return 'race-pace';
    case 'off-distance':
      return pick(long ? OFF_KINDS_LONG : OFF_KINDS_SHORT);
    case 'race':
    case 'recovery':
    case 'reset':
      return 'tempo';
    default:
      return assertNever(phase);
  }
}

// Three kinds a phase where two hard sessions a week would otherwise repeat the same pair every
// week: with three, the weeks rotate.
const BASE_KINDS: readonly SessionKind[] = ['hills', 'tempo'];
const BUILD_KINDS: readonly SessionKind[] = ['threshold', 'intervals', 'tempo'];
const PEAK_KINDS_LONG: readonly SessionKind[] = ['race-pace', 'threshold', 'intervals'];
const PEAK_KINDS_SHORT: readonly SessionKind[] = ['intervals', 'race-pace', 'hills'];
/**
 * A long-family athlete's off-distance block trains for a 5K: VO2max intervals, 5K-pace work and
 * hills (DOMAIN.md's 5K/10K segment: I pace, 5K pace, R pace or hills). A short-family one's
 * trains for a half: threshold work, tempo runs and half-marathon-pace runs.
 */
const OFF_KINDS_LONG: readonly SessionKind[] = ['intervals', 'race-pace', 'hills'];
const OFF_KINDS_SHORT: readonly SessionKind[] = ['threshold', 'tempo', 'race-pace'];

/** The intensity of a role's session. */
export function roleIntensity(role: Role): Intensity {
  switch (role) {
    case 'rest':
      return 'rest';
    case 'easy':
    case 'strides':
      return 'easy';
    case 'long':
      return 'moderate';
    case 'hard':
      return 'hard';
    default:
      return assertNever(role);
  }
}

/**
 * Share of the weekly volume a role takes, in units where a normal week (a long run, two hard
 * sessions, three easy runs, a rest day) sums to `WEEK_WEIGHT`. The long run's own minutes come
 * from the distance's targets (src/scheduler/distance-targets.ts); its weight here is what the
 * other days leave it.
 *
 * @example roleWeight('easy', 1) // 0.7
 */
export function roleWeight(role: Role, easyIndex: number): number {
  switch (role) {
    case 'rest':
      return 0;
    case 'easy':
      // Alternate longer and shorter easy days: equal days make a monotonous week.
      return easyIndex % 2 === 0 ? 0.95 : 0.7;
    case 'strides':
      return 0.85;
    case 'long':
      return LONG_WEIGHT;
    case 'hard':
      return 1.1;
    default:
      return assertNever(role);
  }
}

export const LONG_WEIGHT = 2;
export const WEEK_WEIGHT = LONG_WEIGHT + 2 * 1.1 + 0.95 + 0.7 + 0.85;

/**
 * A title a runner recognises. Numbers stay out of it: the duration and distance are fields of their
 * own, and an edit that changes them must not leave the title stale.
 *
 * @example sessionTitle('race-pace', 'off-distance', 'marathon') // '5K-pace intervals'
 */
export function sessionTitle(kind: SessionKind, phase: Phase, focus: Distance): string {
  const target = phase === 'off-distance' ? offDistanceFor(focus) : focus;
  switch (kind) {
    case 'rest':
      return 'Rest day';
    case 'easy':
      return phase === 'recovery' ? 'Recovery run' : 'Easy run';
    case 'strides':
      return 'Easy run with strides';
    case 'long':
      return 'Long run';
    case 'tempo':
      return 'Tempo run';
    case 'threshold':
      return 'Threshold intervals';
    case 'intervals':
      return 'VO2max intervals';
    case 'hills':
      return 'Hill repeats';
    case 'race-pace':
      return distanceFamily(target) === 'long'
        ? `${capitalise(formatDistance(target))}-pace run`
        : `${formatDistance(target)}-pace intervals`;
    case 'cross-training':
      return 'Cross-training';
    case 'race':
      return 'Race';
    default:
      return assertNever(kind);
  }
}

/**
 * Average minutes per km of a session kind, recoveries included, for the distance field.
 *
 * @example minutesPerKm('easy') // 6
 */
export function minutesPerKm(kind: SessionKind): number {
  switch (kind) {
    case 'easy':
    case 'strides':
    case 'hills':
      return EASY_MIN_PER_KM;
    case 'long':
      return 6.1;
    case 'tempo':
      return 5;
    case 'threshold':
      return 5.1;
    case 'intervals':
      return 5.4;
    case 'race-pace':
      return 5.2;
    case 'race':
      return 5.5;
    case 'rest':
    case 'cross-training':
      return Infinity;
    default:
      return assertNever(kind);
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
