// The preferences engine of the tests: conf itself, the engine electron-store wraps (main passes
// `new ElectronStore(…)` with the same options), on the same file in the data folder.
import Conf from 'conf';
import type { CreatePreferencesEngine } from '../../../electron/preferences';
import type { PreferencesFile } from '../../../src/library/preferences-file';
import { PREFERENCES_NAME } from '../../../src/library/preferences-file';

export const confEngine: CreatePreferencesEngine = ({ schema, ...options }) =>
  new Conf<PreferencesFile>({
    ...options,
    // The JSON Schema is made from the core's zod schemas; its shape is not typed here.
    schema: schema as never,
    configName: PREFERENCES_NAME,
  });
