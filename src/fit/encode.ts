/**
 * FIT bytes from the messages of `messages.ts`, through Garmin's own FIT SDK Encoder
 * (`@garmin/fitsdk`, under Garmin's FIT Protocol License: royalty-free use of the FIT protocol in
 * one's own software). Its JavaScript is plain ES (DataView, typed arrays: no Node, no DOM), so it
 * runs here in the core, in the CLI, in the main process and in the page alike.
 */
import { Encoder } from '@garmin/fitsdk';
import type { Encodable, FileIdMesg, WorkoutMesg, WorkoutStepMesg } from '@garmin/fitsdk';
import type { FitWorkoutFile } from './messages';

// FIT's global message numbers (file_id 0, workout 26, workout_step 27) are fixed by the protocol;
// the SDK's `Profile.MesgNum` is typed as a loose record, so they are named here.
const FILE_ID = 0;
const WORKOUT = 26;
const WORKOUT_STEP = 27;

/**
 * The bytes of a FIT workout file: header, file_id, workout, its steps in order, and the CRC.
 * The SDK's message types check our field names and values against its profile.
 *
 * @example encodeWorkoutFile(file) // Uint8Array [14, 32, …] with '.FIT' at bytes 8–11
 */
export function encodeWorkoutFile(file: FitWorkoutFile): Uint8Array {
  const encoder = new Encoder();
  const fileId: Encodable<FileIdMesg> = {
    mesgNum: FILE_ID,
    ...file.fileId,
    timeCreated: new Date(file.fileId.timeCreated),
  };
  const workout: Encodable<WorkoutMesg> = { mesgNum: WORKOUT, ...file.workout };
  encoder.writeMesg(fileId).writeMesg(workout);
  for (const step of file.steps) {
    const message: Encodable<WorkoutStepMesg> = { mesgNum: WORKOUT_STEP, ...step };
    encoder.writeMesg(message);
  }
  return encoder.close();
}
