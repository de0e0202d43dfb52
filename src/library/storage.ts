/**
 * Where the library keeps its plans and preferences. The desktop app keeps one file per plan and
 * the preferences in electron-store's file (electron/library-store.ts), so a save writes one plan
 * or the preferences alone; the browser implementation keeps the whole document in one
 * localStorage entry. Writes may fail (disk full, read-only, a second writer, quota): the library
 * turns that into a `store` error with the message.
 *
 * A plan write is asynchronous (the desktop app's disk answers later, and main must not wait for
 * it): `putPlan` and `deletePlan` take the change at once, so `listPlans` shows it from the call
 * on, and their promise settles once it is stored. Changes of one plan are stored in the order
 * they were made; when one fails, `listPlans` shows what is stored again, unless a later change of
 * that plan is still on its way.
 */
import type { Preferences } from '../api/contract';
import type { LibraryDocument, StoredPlan } from './document';

export interface LibraryStorage {
  listPlans(): readonly StoredPlan[];
  /** Adds the plan, or replaces the stored plan of the same id; writes that plan only. */
  putPlan(stored: StoredPlan): Promise<void>;
  /** Removes the plan of this id (nothing when there is none). */
  deletePlan(id: string): Promise<void>;
  getPreferences(): Preferences;
  setPreferences(preferences: Preferences): void;
}

/**
 * A storage over a plain document, for tests and as the base of the browser storage: `onChange`
 * gets the whole next document before it is taken (when it throws, nothing changes).
 *
 * @example const storage = memoryStorage(EMPTY_LIBRARY); storage.listPlans() // []
 */
export function memoryStorage(
  initial: LibraryDocument,
  onChange: (document: LibraryDocument) => void = () => {},
): LibraryStorage {
  let document = initial;
  const change = (next: LibraryDocument) => {
    // Written first: when the write throws, memory keeps what is really stored.
    onChange(next);
    document = next;
  };
  // The whole document is written at once (localStorage is synchronous), so a plan change is
  // stored by the time its promise is made; a failed write rejects it.
  return {
    listPlans: () => document.plans,
    putPlan: async (stored) =>
      change({
        ...document,
        plans: [...document.plans.filter((s) => s.plan.id !== stored.plan.id), stored],
      }),
    deletePlan: async (id) =>
      change({ ...document, plans: document.plans.filter((s) => s.plan.id !== id) }),
    getPreferences: () => document.preferences,
    setPreferences: (preferences) => change({ ...document, preferences }),
  };
}
