/**
 * Workouts in words: paces and steps as a runner reads them (`5 × (1 km at 4:00–4:10 /km, 400 m
 * recovery)`), for the page, the print-out and the iCal text.
 *
 * A stand-in with the exports the structured-workouts issue defines; that version replaces
 * this file, so nothing else goes in it.
 */
import type { PaceRange, SimpleStep, Step, Units, Workout } from '../model/workout';

const KM_PER_MILE = 1.609344;

const STEP_WORDS: Readonly<Record<SimpleStep['type'], string>> = {
  warmup: 'warm-up',
  work: '',
  recovery: 'recovery',
  cooldown: 'cool-down',
  steady: 'steady',
};

/**
 * A pace as minutes:seconds per km or per mile.
 *
 * @example formatPace(245, 'km') // '4:05 /km'
 * @example formatPace(245, 'mi') // '6:34 /mi'
 */
export function formatPace(secPerKm: number, units: Units): string {
  const perUnit = units === 'mi' ? secPerKm * KM_PER_MILE : secPerKm;
  const whole = Math.round(perUnit);
  const minutes = Math.floor(whole / 60);
  const seconds = whole % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')} /${units}`;
}

/**
 * One step in words: its length, its pace (or zone) and its role.
 *
 * @example formatStep({ type: 'warmup', durationMin: 15, zone: 'easy' }, 'km') // '15 min warm-up, easy'
 * @example formatStep({ type: 'repeat', times: 5, steps: [{ type: 'work', distanceKm: 1 }] }, 'km') // '5 × (1 km)'
 */
export function formatStep(step: Step, units: Units): string {
  if (step.type === 'repeat') {
    return `${step.times} × (${step.steps.map((inner) => formatStep(inner, units)).join(', ')})`;
  }
  const parts = [length(step, units), STEP_WORDS[step.type]].filter((part) => part !== '');
  const effort = step.pace ? paceRange(step.pace, units) : step.zone;
  const text = parts.join(' ');
  return effort === undefined ? text : `${text}${step.type === 'work' ? ' at ' : ', '}${effort}`;
}

/**
 * A workout as one line per step.
 *
 * @example formatWorkoutLines({ steps: [{ type: 'warmup', durationMin: 15 }] }, 'km') // ['15 min warm-up']
 */
export function formatWorkoutLines(workout: Workout, units: Units): string[] {
  return workout.steps.map((step) => formatStep(step, units));
}

function length(step: SimpleStep, units: Units): string {
  if (step.distanceKm !== undefined) {
    if (units === 'mi') return `${round(step.distanceKm / KM_PER_MILE, 2)} mi`;
    return step.distanceKm < 1
      ? `${round(step.distanceKm * 1000, 0)} m`
      : `${round(step.distanceKm, 2)} km`;
  }
  if (step.durationMin !== undefined) return `${round(step.durationMin, 1)} min`;
  return '';
}

function paceRange(pace: PaceRange, units: Units): string {
  const fast = formatPace(pace.fastSecPerKm, units);
  const slow = formatPace(pace.slowSecPerKm, units);
  return fast === slow ? fast : `${fast.replace(/ \/.*$/, '')}–${slow}`;
}

function round(value: number, digits: number): string {
  const factor = 10 ** digits;
  return String(Math.round(value * factor) / factor);
}
