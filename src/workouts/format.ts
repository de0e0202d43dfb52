/**
 * Workouts in words, for the inspector, the week view and the iCal DESCRIPTION: "Warm-up 15 min
 * easy", "5 × 1000 m @ 3:58–4:05/km, 400 m jog". Without the runner's paces a step says its effort
 * ("comfortably hard, the effort you could hold for an hour"), never a pace.
 */
import { assertNever } from '../model/settings';
import type { PaceRange, SimpleStep, Step, Units, Workout, Zone } from '../model/workout';

const KM_PER_MILE = 1.609344;

/**
 * A pace per km or per mile, whole seconds.
 *
 * @example formatPace(245, 'km') // '4:05/km'
 * @example formatPace(245, 'mi') // '6:34/mi'
 */
export function formatPace(secPerKm: number, units: Units): string {
  const seconds = Math.round(units === 'mi' ? secPerKm * KM_PER_MILE : secPerKm);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}/${units}`;
}

/**
 * A pace range, fast end first.
 *
 * @example formatPaceRange({ fastSecPerKm: 238, slowSecPerKm: 245 }, 'km') // '3:58–4:05/km'
 */
export function formatPaceRange(range: PaceRange, units: Units): string {
  const fast = formatPace(range.fastSecPerKm, units);
  const slow = formatPace(range.slowSecPerKm, units);
  const unit = `/${units}`;
  return fast === slow ? fast : `${fast.slice(0, -unit.length)}–${slow}`;
}

/** How a zone feels: what a runner without a pace goes by. */
const EFFORT: Readonly<Record<Zone, string>> = {
  easy: 'easy, at a conversational effort',
  marathon: 'steady, the effort you could hold for a marathon',
  threshold: 'comfortably hard, the effort you could hold for an hour',
  interval: 'hard, the effort you could hold for 10–12 minutes',
  repetition: 'fast and relaxed, about your mile-race effort',
};

const ZONE_NAME: Readonly<Record<Zone, string>> = {
  easy: 'easy',
  marathon: 'at marathon pace',
  threshold: 'at threshold',
  interval: 'at interval pace',
  repetition: 'at repetition pace',
};

/**
 * One step in words. A repeat of a rep and its recovery reads as coaches write it.
 *
 * @example formatStep({ type: 'warmup', durationMin: 15, zone: 'easy' }, 'km') // 'Warm-up 15 min easy'
 * @example formatStep({ type: 'repeat', times: 5, steps: [rep, jog] }, 'km') // '5 × 1000 m @ 3:58–4:05/km, 400 m jog'
 */
export function formatStep(step: Step, units: Units): string {
  if (step.type === 'repeat') {
    const parts = step.steps.map((inner, i) =>
      describe(inner, units, i > 0 ? step.steps[i - 1] : undefined),
    );
    return `${step.times} × ${parts.join(', ')}`;
  }
  switch (step.type) {
    case 'warmup':
      return `Warm-up ${amount(step, units)} easy`;
    case 'cooldown':
      return `Cool-down ${amount(step, units)} easy`;
    case 'recovery':
      return `${amount(step, units)} jog`;
    case 'steady':
      return step.zone === undefined
        ? `${amount(step, units)} of cross-training (cycling, swimming or the like)`
        : `${amount(step, units)} ${intensity(step, units, true)}`;
    case 'work':
      return `${amount(step, units)} ${intensity(step, units, true)}`;
    default:
      return assertNever(step);
  }
}

/**
 * Every step of a workout, one line each.
 *
 * @example formatWorkoutLines(workout, 'km') // ['Warm-up 15 min easy', '5 × 1000 m @ 3:58–4:05/km, 400 m jog', 'Cool-down 10 min easy']
 */
export function formatWorkoutLines(workout: Workout, units: Units): string[] {
  return workout.steps.map((step) => formatStep(step, units));
}

/** A step inside a repeat: the rep with its pace (or effort), the recovery as a jog. */
function describe(step: SimpleStep, units: Units, before: SimpleStep | undefined): string {
  if (step.type === 'recovery' || (before && step.zone === 'easy')) {
    return `${amount(step, units)} jog${before?.uphill ? ' back down' : ''}`;
  }
  return `${amount(step, units)} ${intensity(step, units, false)}`;
}

/** The pace, or the effort in words: the zone's name only when the step stands alone. */
function intensity(step: SimpleStep, units: Units, named: boolean): string {
  if (step.zone === undefined) return '';
  if (step.uphill) return `uphill, ${EFFORT[step.zone]}`;
  if (step.pace) {
    const pace = `@ ${formatPaceRange(step.pace, units)}`;
    return named ? `${ZONE_NAME[step.zone]} ${pace}` : pace;
  }
  if (step.zone === 'easy') return EFFORT.easy;
  return named ? `${ZONE_NAME[step.zone]}: ${EFFORT[step.zone]}` : EFFORT[step.zone];
}

/** How long or how far: `15 min`, `90 s`, `1000 m`, `12 km`, `7.5 mi`. */
function amount(step: SimpleStep, units: Units): string {
  if (step.distanceKm !== undefined) return formatDistanceAmount(step.distanceKm, units);
  return formatMinutes(step.durationMin ?? 0);
}

function formatDistanceAmount(km: number, units: Units): string {
  // Reps are measured on a track, in metres, whatever the runner's units.
  if (km < 2 || (km < 5 && Math.round(km * 1000) % 1000 !== 0)) {
    return `${Math.round(km * 100) * 10} m`;
  }
  const value = units === 'mi' ? km / KM_PER_MILE : km;
  return `${trim(value)} ${units}`;
}

function formatMinutes(minutes: number): string {
  if (minutes < 5 && Math.abs(minutes - Math.round(minutes)) > 1e-9) {
    return `${Math.round((minutes * 60) / 5) * 5} s`;
  }
  return `${Math.round(minutes)} min`;
}

function trim(value: number): string {
  return String(Math.round(value * 10) / 10);
}
