/**
 * The library document in one localStorage entry, for the browser implementation of `PlannerApi`.
 * An entry that cannot be read is copied aside to a timestamped key first, like the desktop store
 * file, and reported; it is never overwritten. A plan inside it that cannot be read is set aside
 * alone, as a plan file under a key of its own (as the desktop store sets a plan file aside), and
 * the other plans load.
 */
import type { StartupReport } from '../../src/api/contract';
import { EMPTY_LIBRARY, backupName, readLibraryText } from '../../src/library/document';
import type { LibraryDocument, UnreadPlan } from '../../src/library/document';
import type { LibraryStorage } from '../../src/library/storage';
import { memoryStorage } from '../../src/library/storage';
import { asideName, planFileBase } from '../../src/library/store-layout';

export const LIBRARY_KEY = 'season-planner:library';
/** Where a plan that could not be read is kept: this prefix and `<plan>.invalid-<time>.json`. */
export const SET_ASIDE_PREFIX = 'season-planner:set-aside:';

/** The part of the Web Storage API used here, so tests can give a plain object. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

export interface OpenedStorage {
  readonly storage: LibraryStorage;
  readonly startup: StartupReport;
}

type Persist = (document: LibraryDocument) => void;

export function openBrowserStorage(local: KeyValueStore, now: () => number): OpenedStorage {
  const text = local.getItem(LIBRARY_KEY);
  const reading = readLibraryText(text);
  const persist = (document: LibraryDocument) =>
    local.setItem(LIBRARY_KEY, JSON.stringify(document));
  if (reading.kind === 'refused' && text !== null) {
    return keepEntryAside(local, text, reading.reason, now, persist);
  }
  if (reading.kind === 'loaded' && reading.unread.length > 0) {
    return setPlansAside(local, reading.document, reading.unread, now, persist);
  }
  return { storage: memoryStorage(reading.document, persist), startup: { recovered: null } };
}

/** The whole entry could not be read: it is copied aside, and the app starts empty. */
function keepEntryAside(
  local: KeyValueStore,
  text: string,
  reason: string,
  now: () => number,
  persist: Persist,
): OpenedStorage {
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
          reason: `${reason} (left in place: there was no room for a copy; changes are not saved)`,
        },
      },
    };
  }
  persist(EMPTY_LIBRARY);
  return {
    storage: memoryStorage(EMPTY_LIBRARY, persist),
    startup: { recovered: { backupPath: backupKey, reason } },
  };
}

/**
 * Plans that could not be read: each is kept under a key of its own as a plan file, then the
 * entry is written without them. When there is no room for a copy, nothing is written over the
 * entry this session, and the user is told.
 */
function setPlansAside(
  local: KeyValueStore,
  document: LibraryDocument,
  unread: readonly UnreadPlan[],
  now: () => number,
  persist: Persist,
): OpenedStorage {
  const notices: string[] = [];
  try {
    for (const plan of unread) {
      const key = freeKey(
        local,
        `${SET_ASIDE_PREFIX}${asideName(planBase(plan), 'invalid', now())}`,
      );
      local.setItem(key, `${JSON.stringify(plan.plan, null, 2)}\n`);
      notices.push(
        `The saved plan ${planLabel(plan)} could not be read (${plan.reason}). It was set aside alone in this browser's storage as ${key}: save that text as a .json file, fix it and open it with Import plan. The other plans are here.`,
      );
    }
  } catch {
    const reasons = unread.map((plan) => `${planLabel(plan)}: ${plan.reason}`).join('; ');
    return {
      storage: memoryStorage(document),
      startup: {
        recovered: null,
        notices: [
          `A saved plan could not be read (${reasons}), and there was no room in this browser's storage to set it aside: the saved library is left as it is, and changes are not saved this session.`,
        ],
      },
    };
  }
  persist(document);
  return { storage: memoryStorage(document, persist), startup: { recovered: null, notices } };
}

function planBase(plan: UnreadPlan): string {
  const id = (plan.plan as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id !== '' ? planFileBase(id) : `plan-${plan.index + 1}`;
}

/** The plan's name in quotes when it has one, else its place in the list. */
function planLabel(plan: UnreadPlan): string {
  const name = (plan.plan as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name.trim() !== ''
    ? `“${name.trim().slice(0, 80)}”`
    : `number ${plan.index + 1}`;
}

function freeKey(local: KeyValueStore, key: string): string {
  let candidate = key;
  for (let n = 2; local.getItem(candidate) !== null; n += 1) candidate = `${key}-${n}`;
  return candidate;
}
