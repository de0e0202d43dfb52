// One writer per data folder: a lock file holding the writer's process id and host. Two copies of
// the app saving into one folder (a synced folder open on two machines, two data folders pointed at
// one place) each overwrote the other's saves and both reported success; now the second is told
// who holds the folder and does not open it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describeFsError } from './safe-write';

export const LOCK_NAME = 'library.lock';

export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  /** Milliseconds since the epoch when it was taken. */
  readonly since: number;
}

/** The folder is held by another writer; the message says who and what to do. */
export class StoreLockedError extends Error {
  override readonly name = 'StoreLockedError';
}

export interface StoreLock {
  readonly path: string;
  /** Gives the folder up (only while this lock is still the one on disk). */
  release(): void;
}

/**
 * Takes the folder's lock, or throws: StoreLockedError when another live writer holds it, an Error
 * in words when the lock file cannot be written (a read-only folder). A lock left by a process of
 * this host that is gone (a crash, kill -9) is taken over.
 *
 * @example const lock = acquireLock('/data', Date.now()); … lock.release();
 */
export function acquireLock(dir: string, now: number): StoreLock {
  const path = join(dir, LOCK_NAME);
  const me: LockHolder = { pid: process.pid, host: hostname(), since: now };
  const text = `${JSON.stringify(me)}\n`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, text, { flag: 'wx' });
      return {
        path,
        release: () => {
          if (readOrNull(path) === text) rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new Error(describeFsError(error, path), { cause: error });
      }
    }
    const holder = parseHolder(readOrNull(path));
    if (holder !== null && !isStale(holder)) {
      const when = new Date(holder.since).toISOString().replace('T', ' ').slice(0, 16);
      throw new StoreLockedError(
        `${dir} is in use by Season Planner on ${holder.host} (process ${holder.pid}, since ${when} UTC). ` +
          `Close it there and start again; if it is not running there, delete ${path}.`,
      );
    }
    // A lock of a process that is gone, or a lock file cut off by a crash: taken over.
    rmSync(path, { force: true });
  }
  throw new StoreLockedError(`${path}: another process took the lock at the same moment`);
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function parseHolder(text: string | null): LockHolder | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (
      typeof value.pid === 'number' &&
      typeof value.host === 'string' &&
      typeof value.since === 'number'
    ) {
      return { pid: value.pid, host: value.host, since: value.since };
    }
  } catch {
    // A torn lock file: nobody can be shown as its holder.
  }
  return null;
}

/** Only a lock of this host can be known to be stale: its process is gone. */
function isStale(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
