/**
 * Two independent readers of a FIT file — Garmin's FIT SDK Decoder and `fit-file-parser` — each
 * brought to the same plain shape, so a test can ask that both agree with what the session says.
 */
import { Decoder, Stream } from '@garmin/fitsdk';
import FitParser from 'fit-file-parser';
import type { DecodedStep } from './workouts';

export interface DecodedWorkout {
  readonly fileType: string;
  readonly name: string;
  readonly sport: string;
  readonly numValidSteps: number;
  readonly steps: DecodedStep[];
}

type Fields = Record<string, unknown>;

/** Garmin's SDK: checks the header and CRC, then reads the messages with its profile. */
export function decodeWithGarmin(bytes: Uint8Array): DecodedWorkout {
  if (!Decoder.isFIT(Stream.fromByteArray(bytes))) throw new Error('Garmin SDK: not a FIT file');
  const decoder = new Decoder(Stream.fromByteArray(bytes));
  if (!decoder.checkIntegrity()) throw new Error('Garmin SDK: integrity check failed');
  const { messages, errors } = new Decoder(Stream.fromByteArray(bytes)).read();
  if (errors.length > 0) throw new Error(`Garmin SDK: ${errors.map(String).join('; ')}`);
  const fileId = one(messages.fileIdMesgs as Fields[] | undefined, 'file_id');
  const workout = one(messages.workoutMesgs as Fields[] | undefined, 'workout');
  const steps = (messages.workoutStepMesgs ?? []) as Fields[];
  return {
    fileType: String(fileId.type),
    name: String(workout.wktName),
    sport: String(workout.sport),
    numValidSteps: Number(workout.numValidSteps),
    steps: steps.map((s, i) => {
      if (s.messageIndex !== i)
        throw new Error(`Garmin SDK: step ${i} has index ${String(s.messageIndex)}`);
      // The SDK expands the step's sub-fields into named values in their own units.
      if (s.durationType === 'repeatUntilStepsCmplt') {
        return { kind: 'repeat', fromStep: Number(s.durationStep), times: Number(s.repeatSteps) };
      }
      return {
        kind: 'step',
        intensity: String(s.intensity),
        duration:
          s.durationType === 'time'
            ? { type: 'time', seconds: Number(s.durationTime) }
            : s.durationType === 'distance'
              ? { type: 'distance', meters: Number(s.durationDistance) }
              : { type: 'open' },
        speed:
          s.targetType === 'speed'
            ? { low: Number(s.customTargetSpeedLow), high: Number(s.customTargetSpeedHigh) }
            : null,
      };
    }),
  };
}

/** fit-file-parser: its own CRC checks (not forced) and raw field values, scaled here by FIT's units. */
export async function decodeWithFitFileParser(bytes: Uint8Array): Promise<DecodedWorkout> {
  const parser = new FitParser({ force: false, mode: 'list' });
  const copy = bytes.slice().buffer;
  const parsed = (await parser.parseAsync(copy)) as unknown as {
    messages?: Record<string, Fields[] | undefined>;
  };
  const messages = parsed.messages ?? {};
  const fileId = one(messages.file_id, 'file_id');
  const workout = one(messages.workout, 'workout');
  const steps = messages.workout_step ?? [];
  return {
    fileType: String(fileId.type),
    name: String(workout.wkt_name),
    sport: String(workout.sport),
    numValidSteps: Number(workout.num_valid_steps),
    steps: steps.map((s, i) => {
      const index = (s.message_index as { value?: number } | undefined)?.value;
      if (index !== i) throw new Error(`fit-file-parser: step ${i} has index ${String(index)}`);
      const value = Number(s.duration_value);
      if (s.duration_type === 'repeat_until_steps_cmplt') {
        return { kind: 'repeat', fromStep: value, times: Number(s.target_value) };
      }
      return {
        kind: 'step',
        intensity: String(s.intensity),
        duration:
          s.duration_type === 'time'
            ? { type: 'time', seconds: value / 1000 }
            : s.duration_type === 'distance'
              ? { type: 'distance', meters: value / 100 }
              : { type: 'open' },
        speed:
          s.target_type === 'speed'
            ? {
                low: Number(s.custom_target_value_low) / 1000,
                high: Number(s.custom_target_value_high) / 1000,
              }
            : null,
      };
    }),
  };
}

function one(list: Fields[] | undefined, name: string): Fields {
  if (list?.length !== 1)
    throw new Error(`expected one ${name} message, found ${list?.length ?? 0}`);
  return list[0] as Fields;
}

/**
 * Throws unless the decoded steps are the expected ones, within FIT's resolution: 1 ms, 1 cm and
 * 1 mm/s.
 */
export function assertSameSteps(
  actual: readonly DecodedStep[],
  expected: readonly DecodedStep[],
): void {
  if (actual.length !== expected.length) {
    throw new Error(`${actual.length} steps decoded, ${expected.length} expected`);
  }
  actual.forEach((got, i) => {
    const want = expected[i] as DecodedStep;
    const where = `step ${i}: ${JSON.stringify(got)} is not ${JSON.stringify(want)}`;
    if (got.kind !== want.kind) throw new Error(where);
    if (got.kind === 'repeat' && want.kind === 'repeat') {
      if (got.fromStep !== want.fromStep || got.times !== want.times) throw new Error(where);
      return;
    }
    if (got.kind !== 'step' || want.kind !== 'step') return;
    if (got.intensity !== want.intensity || got.duration.type !== want.duration.type) {
      throw new Error(where);
    }
    if (got.duration.type === 'time' && want.duration.type === 'time') {
      if (Math.abs(got.duration.seconds - want.duration.seconds) > 0.0005) throw new Error(where);
    }
    if (got.duration.type === 'distance' && want.duration.type === 'distance') {
      if (Math.abs(got.duration.meters - want.duration.meters) > 0.005) throw new Error(where);
    }
    if ((got.speed === null) !== (want.speed === null)) throw new Error(where);
    if (got.speed && want.speed) {
      const off = Math.max(
        Math.abs(got.speed.low - want.speed.low),
        Math.abs(got.speed.high - want.speed.high),
      );
      if (off > 0.0005 || got.speed.low > got.speed.high) throw new Error(where);
    }
  });
}
