// Writing a store file so that no failure can destroy what was there: the new text goes to a temp
// file, is synced, read back and checked, and only then renamed over the old one; the old one is
// kept as `<file>.bak`. A full disk, a read-only disk or a cut-off write fails the save and leaves
// the old file as it was (atomically's writeFileSync, which conf uses, renamed a cut-off temp file
// over library.json on a full disk and reported success). A plan save uses the asynchronous
// version, so main answers the page while the disk works; the start-up uses the synchronous one.
import {
  closeSync,
  copyFileSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { copyFile, link, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

let counter = 0;

/** Words for a file-system error code, for the user: what went wrong, not errno. */
const WORDS: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the disk is read-only',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENOENT: 'it does not exist',
  EIO: 'the disk reported an input/output error',
  EMFILE: 'too many files are open',
  EBUSY: 'it is in use',
  ENAMETOOLONG: 'the name is too long',
};

/**
 * An error from the file system in words, naming the file: `/data/plans/a.json: the disk is full
 * (ENOSPC)`. Anything else keeps its own message.
 *
 * @example describeFsError(Object.assign(new Error('x'), { code: 'EROFS' }), '/mnt/a') // '/mnt/a: the disk is read-only (EROFS)'
 */
export function describeFsError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string' && WORDS[code]) return `${path}: ${WORDS[code]} (${code})`;
  const message = error instanceof Error ? error.message : String(error);
  return message.includes(path) ? message : `${path}: ${message}`;
}

/** The error a failed save throws: its message is the sentence the page shows. */
export class StoreWriteError extends Error {
  override readonly name = 'StoreWriteError';
}

/**
 * Replaces `path` with `text`, or throws a StoreWriteError and leaves `path` as it was. `check` gets
 * the text read back from the disk and throws when it is not what a reader would accept.
 *
 * @example writeFileSafely('/data/plans/a.json', text, (back) => JSON.parse(back))
 */
export function writeFileSafely(path: string, text: string, check: (back: string) => void): void {
  const data = Buffer.from(text, 'utf8');
  const temp = tempName(path);
  try {
    const fd = openSync(temp, 'wx');
    try {
      writeAll(fd, data, temp);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    checkReadBack(readFileSync(temp), data, temp, check);
    keepBackup(path);
    renameSync(temp, path);
    syncFolder(dirname(path));
  } catch (error) {
    rmSync(temp, { force: true });
    throw asWriteError(error, path);
  }
}

/**
 * `writeFileSafely` without blocking: the same steps and the same errors, each step awaited, so the
 * event loop runs between them. Two calls for one path must not overlap (library-store.ts queues
 * them): each keeps the file it replaces as the `.bak`.
 *
 * @example await writeFileSafelyAsync('/data/plans/a.json', text, (back) => JSON.parse(back))
 */
export async function writeFileSafelyAsync(
  path: string,
  text: string,
  check: (back: string) => void,
): Promise<void> {
  const data = Buffer.from(text, 'utf8');
  const temp = tempName(path);
  try {
    const handle = await open(temp, 'wx');
    try {
      await writeAllAsync(handle, data, temp);
      await handle.sync();
    } finally {
      await handle.close();
    }
    checkReadBack(await readFile(temp), data, temp, check);
    await keepBackupAsync(path);
    await rename(temp, path);
    await syncFolderAsync(dirname(path));
  } catch (error) {
    await rm(temp, { force: true });
    throw asWriteError(error, path);
  }
}

function tempName(path: string): string {
  return `${path}.tmp-${process.pid}-${++counter}`;
}

/** The bytes read back must be the bytes written, and a reader must accept them. */
function checkReadBack(
  back: Buffer,
  data: Buffer,
  temp: string,
  check: (back: string) => void,
): void {
  if (!back.equals(data)) {
    throw new StoreWriteError(
      `${temp}: the file read back holds ${back.length} of ${data.length} bytes (the disk may be full)`,
    );
  }
  check(back.toString('utf8'));
}

function asWriteError(error: unknown, path: string): StoreWriteError {
  if (error instanceof StoreWriteError) return error;
  return new StoreWriteError(describeFsError(error, path), { cause: error });
}

function writeAll(fd: number, data: Buffer, path: string): void {
  let written = 0;
  while (written < data.length) {
    const count = writeSync(fd, data, written, data.length - written);
    written += counted(count, path);
  }
}

async function writeAllAsync(handle: FileHandle, data: Buffer, path: string): Promise<void> {
  let written = 0;
  while (written < data.length) {
    const { bytesWritten } = await handle.write(data, written, data.length - written);
    written += counted(bytesWritten, path);
  }
}

function counted(count: number, path: string): number {
  // A write that takes nothing is a full disk that did not say so: never take it as done.
  if (count <= 0) throw new StoreWriteError(`${path}: ${WORDS['ENOSPC']} (a write took nothing)`);
  return count;
}

/**
 * Keeps the file about to be replaced as `<path>.bak`: a hard link where the disk has them (it
 * takes no room, which matters on a full disk), else a copy. A backup that cannot be made is not
 * worth failing the save for: the new file is checked before it replaces the old.
 */
export function keepBackup(path: string): void {
  const backup = `${path}.bak`;
  const temp = tempName(backup);
  try {
    try {
      linkSync(path, temp);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // nothing to keep yet
      copyFileSync(path, temp);
    }
    renameSync(temp, backup);
  } catch {
    rmSync(temp, { force: true });
  }
}

async function keepBackupAsync(path: string): Promise<void> {
  const backup = `${path}.bak`;
  const temp = tempName(backup);
  try {
    try {
      await link(path, temp);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // nothing to keep yet
      await copyFile(path, temp);
    }
    await rename(temp, backup);
  } catch {
    await rm(temp, { force: true });
  }
}

function syncFolder(folder: string): void {
  // The rename is only durable once the folder is synced; Windows cannot open a folder for that.
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Best effort: the file itself is synced.
  }
}

async function syncFolderAsync(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort, as in syncFolder.
  }
}

/** Removes a file; a file that is already gone is fine. */
export function removeFile(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new StoreWriteError(describeFsError(error, path), { cause: error });
    }
  }
}
