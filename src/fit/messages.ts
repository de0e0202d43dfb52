/**
 * A session as the messages of a FIT workout file: one file_id (type workout), one workout and its
 * workout_step messages. Plain values in FIT's own units and field names (those of Garmin's FIT SDK
 * profile), so that encoding is a loop and the mapping is tested without an encoder.
 *
 * FIT's workout rules (Garmin FIT SDK, "Workout" file type and the workout_step message):
 * - a step lasts a time (`duration_value` in ms), a distance (in cm) or until the lap button (open);
 * - a speed target is a custom range, `custom_target_value_low/high` in mm/s, with `target_value` 0
 *   (0 would otherwise name a speed zone, and 0 means "custom");
 * - a repeat is a step of its own after the steps it repeats: `repeat_until_steps_cmplt`, its
 *   `duration_value` the message index of the first repeated step, its `target_value` the count.
 */
import type { Paces, PaceRange, SimpleStep, Step } from '../model/workout';

export type FitIntensity = 'active' | 'rest' | 'warmup' | 'cooldown' | 'recovery';
export type FitSport = 'running' | 'generic';

export interface FitFileIdMessage {
  readonly type: 'workout';
  /** FIT's manufacturer id for software that is not a registered manufacturer's. */
  readonly manufacturer: 'development';
  readonly product: number;
  /** Non-zero: FIT's `uint32z` treats 0 as "no serial". */
  readonly serialNumber: number;
  /** Milliseconds since the Unix epoch; the encoder turns it into FIT's own epoch. */
  readonly timeCreated: number;
}

export interface FitWorkoutMessage {
  readonly wktName: string;
  readonly sport: FitSport;
  readonly numValidSteps: number;
}

export interface FitSimpleStepMessage {
  readonly messageIndex: number;
  readonly wktStepName?: string;
  readonly durationType: 'time' | 'distance' | 'open';
  /** ms for a time, cm for a distance; absent when open. */
  readonly durationValue?: number;
  readonly targetType: 'speed' | 'open';
  readonly targetValue: 0;
  /** mm/s; only with a speed target. */
  readonly customTargetValueLow?: number;
  readonly customTargetValueHigh?: number;
  readonly intensity: FitIntensity;
}

export interface FitRepeatStepMessage {
  readonly messageIndex: number;
  readonly durationType: 'repeatUntilStepsCmplt';
  /** The message index of the first step repeated. */
  readonly durationValue: number;
  /** How many times the steps are run in all. */
  readonly targetValue: number;
}

export type FitStepMessage = FitSimpleStepMessage | FitRepeatStepMessage;

export interface FitWorkoutFile {
  readonly fileId: FitFileIdMessage;
  readonly workout: FitWorkoutMessage;
  readonly steps: readonly FitStepMessage[];
}

const INTENSITY: Readonly<Record<SimpleStep['type'], FitIntensity>> = {
  warmup: 'warmup',
  work: 'active',
  steady: 'active',
  recovery: 'recovery',
  cooldown: 'cooldown',
};

const ZONE_NAMES: Readonly<Record<NonNullable<SimpleStep['zone']>, string>> = {
  easy: 'Easy',
  marathon: 'Marathon pace',
  threshold: 'Threshold',
  interval: 'Interval',
  repetition: 'Repetition',
};

/**
 * The workout_step messages of a list of steps, numbered from 0 in order: each repeat's steps come
 * first, then the repeat step pointing back at the first of them. A step without its own pace takes
 * its zone's pace from `paces` when the plan has them; with neither, its target is open.
 *
 * @example stepMessages([{ type: 'repeat', times: 5, steps: [{ type: 'work', distanceKm: 1 }] }])
 * // [{ messageIndex: 0, durationType: 'distance', durationValue: 100000, targetType: 'open', … },
 * //  { messageIndex: 1, durationType: 'repeatUntilStepsCmplt', durationValue: 0, targetValue: 5 }]
 */
export function stepMessages(steps: readonly Step[], paces?: Paces): FitStepMessage[] {
  const messages: FitStepMessage[] = [];
  for (const step of steps) {
    if (step.type === 'repeat') {
      const first = messages.length;
      for (const inner of step.steps) messages.push(simpleStep(inner, messages.length, paces));
      messages.push({
        messageIndex: messages.length,
        durationType: 'repeatUntilStepsCmplt',
        durationValue: first,
        targetValue: step.times,
      });
    } else {
      messages.push(simpleStep(step, messages.length, paces));
    }
  }
  return messages;
}

/**
 * A speed range in mm/s (FIT's unit for custom speed targets) from a pace range in s/km: the slow
 * pace is the low speed.
 *
 * @example speedRange({ fastSecPerKm: 240, slowSecPerKm: 250 }) // { low: 4000, high: 4167 }
 */
export function speedRange(pace: PaceRange): { readonly low: number; readonly high: number } {
  return {
    low: Math.round(1_000_000 / pace.slowSecPerKm),
    high: Math.round(1_000_000 / pace.fastSecPerKm),
  };
}

function simpleStep(step: SimpleStep, messageIndex: number, paces?: Paces): FitSimpleStepMessage {
  const pace = step.pace ?? (step.zone !== undefined ? paces?.[step.zone] : undefined);
  const speed = pace ? speedRange(pace) : null;
  return {
    messageIndex,
    ...(step.zone !== undefined ? { wktStepName: ZONE_NAMES[step.zone] } : {}),
    ...duration(step),
    ...(speed
      ? {
          targetType: 'speed',
          targetValue: 0,
          customTargetValueLow: speed.low,
          customTargetValueHigh: speed.high,
        }
      : { targetType: 'open', targetValue: 0 }),
    intensity: INTENSITY[step.type],
  };
}

function duration(step: SimpleStep): Pick<FitSimpleStepMessage, 'durationType' | 'durationValue'> {
  // A distance is what the watch can measure exactly; a step with both is run to its distance.
  if (step.distanceKm !== undefined) {
    return { durationType: 'distance', durationValue: Math.round(step.distanceKm * 100_000) };
  }
  if (step.durationMin !== undefined) {
    return { durationType: 'time', durationValue: Math.round(step.durationMin * 60_000) };
  }
  return { durationType: 'open' };
}
