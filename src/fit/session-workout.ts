/**
 * Which sessions go to the watch, and each one's FIT workout: its own steps, or — for a session
 * without structured steps — one step of its length with an open target, since the planner does
 * not know more about it than its length.
 */
import type { Plan, Session } from '../model/plan';
import type { Result } from '../model/result';
import { fail, ok } from '../model/result';
import type { SimpleStep, Step } from '../model/workout';
import type { FitWorkoutFile } from './messages';
import { stepMessages } from './messages';

/** Garmin watches show about this many characters of a workout's name; longer ones are cut. */
export const MAX_NAME_CHARS = 32;
/** A step longer than a day, or than 1,000 km, is a typing error, not a workout. */
const MAX_STEP_MIN = 24 * 60;
const MAX_STEP_KM = 1000;
const MAX_REPEATS = 99;

/**
 * Whether a session is something to run with a watch: not a rest day and not a race (the race
 * is run on the course, not as steps), and with steps or a length. A race-kind session with steps
 * is a time trial (a block's 5K): its warm-up, 5K and cool-down go to the watch.
 *
 * @example isWatchSession({ kind: 'easy', durationMin: 40, distanceKm: 8, … }) // true
 */
export function isWatchSession(session: Session): boolean {
  if (session.kind === 'rest') return false;
  if (session.kind === 'race') return session.raceId === undefined && session.workout !== undefined;
  return session.workout !== undefined || session.durationMin > 0 || session.distanceKm > 0;
}

/**
 * The steps the watch runs for a session: its workout's, or one step of its length.
 *
 * @example sessionSteps({ kind: 'easy', distanceKm: 8, durationMin: 45, … }) // [{ type: 'steady', distanceKm: 8 }]
 */
export function sessionSteps(session: Session): readonly Step[] {
  if (session.workout !== undefined) return session.workout.steps;
  const step: SimpleStep =
    session.distanceKm > 0
      ? { type: 'steady', distanceKm: session.distanceKm }
      : { type: 'steady', durationMin: session.durationMin };
  return [step];
}

/**
 * The FIT workout file of one session, or what is wrong with its steps (by path).
 *
 * @example workoutFile(plan, session, 1_790_000_000_000) // { ok: true, value: { fileId, workout, steps } }
 */
export function workoutFile(plan: Plan, session: Session, now: number): Result<FitWorkoutFile> {
  const steps = sessionSteps(session);
  const errors = stepErrors(steps, `session ${session.id} (${session.date}): workout.steps`);
  if (errors.length > 0) return fail(errors);
  const messages = stepMessages(steps, plan.paces);
  return ok({
    fileId: {
      type: 'workout',
      manufacturer: 'development',
      product: 0,
      serialNumber: serialNumber(`${plan.id}/${session.id}`),
      timeCreated: now,
    },
    workout: {
      wktName: workoutName(session),
      sport: session.kind === 'cross-training' ? 'generic' : 'running',
      numValidSteps: messages.length,
    },
    steps: messages,
  });
}

/**
 * What makes steps impossible to put on a watch, one message per problem, each naming its path.
 *
 * @example stepErrors([{ type: 'work', distanceKm: -1 }], 'steps') // ['steps[0].distanceKm: -1 is not a positive length']
 */
export function stepErrors(steps: readonly Step[], path: string): string[] {
  if (steps.length === 0) return [`${path}: no steps`];
  return steps.flatMap((step, i) => {
    const at = `${path}[${i}]`;
    if (step.type !== 'repeat') return simpleStepErrors(step, at);
    const errors: string[] = [];
    if (!Number.isInteger(step.times) || step.times < 1 || step.times > MAX_REPEATS) {
      errors.push(`${at}.times: ${step.times} is not a whole number from 1 to ${MAX_REPEATS}`);
    }
    if (step.steps.length === 0) errors.push(`${at}.steps: a repeat needs steps to repeat`);
    step.steps.forEach((inner, j) => errors.push(...simpleStepErrors(inner, `${at}.steps[${j}]`)));
    return errors;
  });
}

function simpleStepErrors(step: SimpleStep, at: string): string[] {
  const errors: string[] = [];
  const checkLength = (name: 'durationMin' | 'distanceKm', max: number) => {
    const value = step[name];
    if (value === undefined) return;
    if (!Number.isFinite(value) || value <= 0) {
      errors.push(`${at}.${name}: ${value} is not a positive length`);
    } else if (value > max) errors.push(`${at}.${name}: ${value} is more than ${max}`);
  };
  checkLength('durationMin', MAX_STEP_MIN);
  checkLength('distanceKm', MAX_STEP_KM);
  if (step.pace) {
    const { fastSecPerKm: fast, slowSecPerKm: slow } = step.pace;
    if (!(Number.isFinite(fast) && Number.isFinite(slow) && fast > 0 && slow > 0)) {
      errors.push(`${at}.pace: paces must be positive seconds per km`);
    } else if (fast > slow) {
      errors.push(`${at}.pace: the fast pace (${fast} s/km) is slower than the slow one (${slow})`);
    }
  }
  return errors;
}

/**
 * The name the watch lists: the day (the watch's list has no dates) and the session's title.
 *
 * @example workoutName({ date: '2027-03-02', title: 'Intervals 5 × 1 km', … }) // '03-02 Intervals 5 × 1 km'
 */
export function workoutName(session: Session): string {
  const name = `${session.date.slice(5)} ${session.title.trim()}`;
  return [...name].slice(0, MAX_NAME_CHARS).join('').trimEnd();
}

/** FNV-1a of the ids: the same session gets the same serial in every export; never 0. */
function serialNumber(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash === 0 ? 1 : hash;
}
