/**
 * A workout in words for the page and the exports: "10 min warm-up, easy", "5 × (1 km at
 * 3:58–4:05 /km, 2 min jog)". Paces are shown only when the plan knows them (see workout.ts).
 */
import type { SimpleStep, Step, Units, Workout, Zone } from '../model/workout';

const KM_PER_MILE = 1.609344;

/**
 * Seconds per km as `m:ss /km` (or per mile).
 *
 * @example formatPace(245, 'km') // '4:05 /km'
 * @example formatPace(245, 'mi') // '6:34 /mi'
 */
export function formatPace(secPerKm: number, units: Units): string {
  if (!Number.isFinite(secPerKm) || secPerKm <= 0) {
    throw new RangeError(`formatPace: secPerKm must be a positive number, got ${secPerKm}`);
  }
  const perUnit = Math.round(units === 'mi' ? secPerKm * KM_PER_MILE : secPerKm);
  const minutes = Math.floor(perUnit / 60);
  const seconds = perUnit % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')} /${units}`;
}

const STEP_WORDS: Readonly<Record<SimpleStep['type'], string>> = {
  warmup: 'warm-up',
  work: '',
  recovery: 'jog',
  cooldown: 'cool-down',
  steady: '',
};

const ZONE_WORDS: Readonly<Record<Zone, string>> = {
  easy: 'easy',
  marathon: 'marathon pace',
  threshold: 'threshold pace',
  interval: 'interval pace',
  repetition: 'repetition pace',
};

function amount(step: SimpleStep, units: Units): string {
  if (step.distanceKm !== undefined) {
    const value = units === 'mi' ? step.distanceKm / KM_PER_MILE : step.distanceKm;
    // Short reps read better in metres ("400 m"), as runners say them.
    if (units === 'km' && value < 1) return `${Math.round(value * 1000)} m`;
    return `${Math.round(value * 100) / 100} ${units}`;
  }
  if (step.durationMin !== undefined) {
    const whole = Math.round(step.durationMin * 60);
    return whole % 60 === 0
      ? `${whole / 60} min`
      : `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')} min`;
  }
  return '';
}

function simple(step: SimpleStep, units: Units): string {
  const parts = [amount(step, units), STEP_WORDS[step.type]].filter((p) => p !== '');
  let text = parts.join(' ');
  if (step.pace) {
    const fast = formatPace(step.pace.fastSecPerKm, units).replace(/ \/.*$/, '');
    const slow = formatPace(step.pace.slowSecPerKm, units);
    text += ` at ${fast === slow.replace(/ \/.*$/, '') ? slow : `${fast}–${slow}`}`;
  } else if (step.zone) {
    // "10 min warm-up, easy" but "20 min at threshold pace".
    text += step.zone === 'easy' ? ', easy' : ` at ${ZONE_WORDS[step.zone]}`;
  }
  return text.trim();
}

/**
 * One step in words; a repeat as `n × (…, …)`.
 *
 * @example formatStep({ type: 'warmup', durationMin: 10, zone: 'easy' }, 'km') // '10 min warm-up, easy'
 * @example formatStep({ type: 'repeat', times: 5, steps: [{ type: 'work', distanceKm: 1, zone: 'interval' }] }, 'km')
 * // '5 × (1 km at interval pace)'
 */
export function formatStep(step: Step, units: Units): string {
  if (step.type === 'repeat') {
    return `${step.times} × (${step.steps.map((s) => simple(s, units)).join(', ')})`;
  }
  return simple(step, units);
}

/**
 * A workout as lines, one per step.
 *
 * @example formatWorkoutLines({ steps: [{ type: 'steady', durationMin: 45, zone: 'easy' }] }, 'km') // ['45 min, easy']
 */
export function formatWorkoutLines(workout: Workout, units: Units): string[] {
  return workout.steps.map((step) => formatStep(step, units));
}
