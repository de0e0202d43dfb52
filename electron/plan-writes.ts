// The plans while the app runs: what the library lists, and the writes of plan files. A save
// writes one plan file without blocking main (writeFileSafelyAsync): the page's next call is
// answered while the disk works. One plan's writes are queued (write-queue.ts), so the last edit
// is the one on disk; the store's `flush` waits for every write asked for, which quitting does.
import { copyFile, rename, stat } from 'node:fs/promises';
import type { StoredPlan } from '../src/library/document';
import type { LibraryStorage } from '../src/library/storage';
import type { Plan } from '../src/model/plan';
import { StoreWriteError, describeFsError } from './safe-write';
import { freeName } from './store-files';
import { createWriteQueue } from './write-queue';

/** A plan as this process last read or wrote its file. */
export interface PlanEntry extends StoredPlan {
  /** What the plan's file on disk was then (null: not its own file, or none). */
  signature: string | null;
}

export interface PlanWritesDeps {
  /** The plans read at start, by id; kept up to date with every write that succeeds. */
  readonly entries: Map<string, PlanEntry>;
  readonly planPath: (id: string) => string;
  /** Writes the plan's file safely, checking what is read back (writeFileSafelyAsync). */
  readonly writePlan: (plan: Plan) => Promise<void>;
  readonly now: () => number;
}

export type PlanWrites = Pick<LibraryStorage, 'listPlans' | 'putPlan' | 'deletePlan'> & {
  /** Writes queued or running. */
  readonly pending: number;
  /** Resolves once every write asked for has ended. */
  flush(): Promise<void>;
  /** Refuses every later write: the folder's lock is about to be let go. */
  close(): void;
};

/**
 * @example const writes = planWrites({ entries, planPath, writePlan, now }); await writes.putPlan(stored);
 */
export function planWrites({ entries, planPath, writePlan, now }: PlanWritesDeps): PlanWrites {
  const queue = createWriteQueue();
  // Changes taken but not yet on disk, by plan id (null: a deletion), and the number of the
  // latest change of each: a failed change is dropped from the list only when it is the latest.
  const ahead = new Map<string, StoredPlan | null>();
  const latest = new Map<string, number>();
  let closed = false;

  function listed(): Map<string, StoredPlan> {
    const plans = new Map<string, StoredPlan>();
    for (const [id, { plan, updatedAt }] of entries) plans.set(id, { plan, updatedAt });
    for (const [id, change] of ahead) {
      if (change === null) plans.delete(id);
      else plans.set(id, change);
    }
    return plans;
  }

  function change(id: string, next: StoredPlan | null, task: () => Promise<void>): Promise<void> {
    if (closed) {
      return Promise.reject(
        new StoreWriteError(
          'The library is closed (the app is quitting); this change was not saved.',
        ),
      );
    }
    const number = (latest.get(id) ?? 0) + 1;
    latest.set(id, number);
    ahead.set(id, next);
    const settle = () => {
      if (latest.get(id) !== number) return;
      latest.delete(id);
      ahead.delete(id);
    };
    return queue.run(id, task).finally(settle);
  }

  async function put(stored: StoredPlan): Promise<void> {
    const { id } = stored.plan;
    const path = planPath(id);
    await checkRevision(path, entries.get(id), stored.plan.name, now());
    await writePlan(stored.plan);
    entries.set(id, { ...stored, signature: await signatureOf(path) });
  }

  async function remove(id: string): Promise<void> {
    const entry = entries.get(id);
    if (!entry) return;
    const path = planPath(id);
    await checkRevision(path, entry, entry.plan.name, now());
    // Kept as the plan's .bak, so a deletion can be undone by hand too.
    try {
      await rename(path, `${path}.bak`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new StoreWriteError(describeFsError(error, path), { cause: error });
      }
    }
    entries.delete(id);
  }

  return {
    listPlans: () => [...listed().values()],
    putPlan: (stored) => change(stored.plan.id, stored, () => put(stored)),
    deletePlan: (id) => (listed().has(id) ? change(id, null, () => remove(id)) : Promise.resolve()),
    get pending() {
      return queue.pending;
    },
    flush: () => queue.idle(),
    close: () => {
      closed = true;
    },
  };
}

/**
 * Before a plan file is written: when it changed on disk since this process read or wrote it
 * (another program, a sync of another machine's save), that version is kept as a conflict copy
 * and the save is refused with where it is. The next save then writes over the file: nothing is
 * lost, and the user knows both versions exist.
 */
async function checkRevision(
  path: string,
  entry: PlanEntry | undefined,
  name: string,
  now: number,
): Promise<void> {
  const current = await signatureOf(path);
  const known = entry?.signature ?? null;
  if (current === null || current === known) return;
  const target = freeName(`${path.replace(/\.json$/, '')}.conflict`, now);
  try {
    await copyFile(path, target);
  } catch (error) {
    throw new StoreWriteError(describeFsError(error, target), { cause: error });
  }
  if (entry) entry.signature = current;
  throw new StoreWriteError(
    `“${name}” was changed on disk by another program since it was opened here. That version was kept as ${target}; this change was not saved — make it again to save yours over it.`,
  );
}

/** The file's identity and version as the disk tells it: inode, size, modification time. */
export async function signatureOf(path: string): Promise<string | null> {
  try {
    return signatureFrom(await stat(path));
  } catch {
    return null;
  }
}

export function signatureFrom(stats: {
  readonly ino: number;
  readonly size: number;
  readonly mtimeMs: number;
}): string {
  return `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
}
