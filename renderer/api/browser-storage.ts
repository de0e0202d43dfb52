/**
 * The library document in one localStorage entry, for the browser implementation of `PlannerApi`.
 * An entry that cannot be read is copied aside to a timestamped key first, like the desktop store
 * file, and reported; it is never overwritten.
 */
import type { StartupReport } from '../../src/api/contract';
import { EMPTY_LIBRARY, backupName, readLibraryText } from '../../src/library/document';
import type { LibraryDocument } from '../../src/library/document';
import type { LibraryStorage } from '../../src/library/storage';
import { memoryStorage } from '../../src/library/storage';

export const LIBRARY_KEY = 'season-planner:library';

/** The part of the Web Storage API used here, so tests can give a plain object. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

export interface OpenedStorage {
  readonly storage: LibraryStorage;
  readonly startup: StartupReport;
}

export function openBrowserStorage(local: KeyValueStore, now: () => number): OpenedStorage {
  const text = local.getItem(LIBRARY_KEY);
  const reading = readLibraryText(text);
  const persist = (document: LibraryDocument) =>
    local.setItem(LIBRARY_KEY, JSON.stringify(document));
  if (reading.kind !== 'refused' || text === null) {
    return { storage: memoryStorage(reading.document, persist), startup: { recovered: null } };
  }
  const backupKey = freeKey(local, backupName(LIBRARY_KEY, now(), ''));
  try {
    local.setItem(backupKey, text);
  } catch {
    // No room for a copy: the entry is left as it is and nothing is written over it this session.
    return {
      storage: memoryStorage(EMPTY_LIBRARY),
      startup: {
        recovered: {
          backupPath: LIBRARY_KEY,
          reason: `${reading.reason} (left in place: there was no room for a copy; changes are not saved)`,
        },
      },
    };
  }
  persist(EMPTY_LIBRARY);
  return {
    storage: memoryStorage(EMPTY_LIBRARY, persist),
    startup: { recovered: { backupPath: backupKey, reason: reading.reason } },
  };
}

function freeKey(local: KeyValueStore, key: string): string {
  let candidate = key;
  for (let n = 2; local.getItem(candidate) !== null; n += 1) candidate = `${key}-${n}`;
  return candidate;
}
