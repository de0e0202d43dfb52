/**
 * Words for the model's kinds, in one place, so the page, the iCal export and the edits say the
 * same thing.
 */
import type { BlockKind, Intensity, SessionKind } from './plan';
import { assertNever } from './settings';

/**
 * A session kind in a word or two, for narrow places (a calendar cell, a menu).
 *
 * @example kindLabel('race-pace') // 'Race pace'
 */
export function kindLabel(kind: SessionKind): string {
  switch (kind) {
    case 'rest':
      return 'Rest';
    case 'easy':
      return 'Easy';
    case 'long':
      return 'Long run';
    case 'tempo':
      return 'Tempo';
    case 'threshold':
      return 'Threshold';
    case 'intervals':
      return 'Intervals';
    case 'hills':
      return 'Hills';
    case 'race-pace':
      return 'Race pace';
    case 'strides':
      return 'Strides';
    case 'cross-training':
      return 'Cross-training';
    case 'race':
      return 'Race';
    default:
      return assertNever(kind);
  }
}

/**
 * The title a session of this kind gets when the athlete gives none, and the name of its event.
 *
 * @example sessionTitle('long') // 'Long run'
 * @example sessionTitle('strides') // 'Easy run with strides'
 */
export function sessionTitle(kind: SessionKind): string {
  switch (kind) {
    case 'rest':
      return 'Rest day';
    case 'easy':
      return 'Easy run';
    case 'long':
      return 'Long run';
    case 'tempo':
      return 'Tempo run';
    case 'threshold':
      return 'Threshold run';
    case 'intervals':
      return 'Intervals';
    case 'hills':
      return 'Hill repeats';
    case 'race-pace':
      return 'Race-pace run';
    case 'strides':
      return 'Easy run with strides';
    case 'cross-training':
      return 'Cross-training';
    case 'race':
      return 'Race';
    default:
      return assertNever(kind);
  }
}

/**
 * An intensity as a word.
 *
 * @example intensityLabel('moderate') // 'Moderate'
 */
export function intensityLabel(intensity: Intensity): string {
  switch (intensity) {
    case 'rest':
      return 'Rest';
    case 'easy':
      return 'Easy';
    case 'moderate':
      return 'Moderate';
    case 'hard':
      return 'Hard';
    default:
      return assertNever(intensity);
  }
}

/**
 * A block kind as people say it.
 *
 * @example blockLabel('off-distance') // 'Off-distance block'
 */
export function blockLabel(kind: BlockKind): string {
  switch (kind) {
    case 'base':
      return 'Base';
    case 'build':
      return 'Build';
    case 'peak':
      return 'Peak';
    case 'taper':
      return 'Taper';
    case 'race':
      return 'Race week';
    case 'recovery':
      return 'Recovery';
    case 'down':
      return 'Down week';
    case 'off-distance':
      return 'Off-distance block';
    case 'reset':
      return 'Reset break';
    default:
      return assertNever(kind);
  }
}
