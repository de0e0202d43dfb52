// The library's store in the app: electron-store (conf underneath) in the data folder. All the
// decisions are in library-store.ts, which the tests run with conf itself.
import ElectronStore from 'electron-store';
import type { Schema } from 'electron-store';
import type { LibraryDocument } from '../src/library/document';
import type { OpenedStore } from './library-store';
import { STORE_NAME, openLibraryStore } from './library-store';

export function openStore(dir: string, now: () => number): OpenedStore {
  return openLibraryStore(
    dir,
    ({ schema, ...options }) =>
      new ElectronStore<LibraryDocument>({
        ...options,
        // The JSON Schema is made from the core's zod schemas; its shape is not typed here.
        schema: schema as unknown as Schema<LibraryDocument>,
        name: STORE_NAME,
      }),
    now,
  );
}
