// Writing an output file so that a failure can never destroy the file that was there: the text
// goes to a temporary file beside it, is flushed to disk, and only then renamed over the old one.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import type { Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone, or the folder refuses: nothing more to undo.
  }
}

/**
 * Writes `text` (or bytes) to `path` whole or not at all: on any error (a full disk, a read-only folder) the
 * old file is left as it was and the error is thrown. A path that is not a regular file (a FIFO,
 * a device such as /dev/stdout) is written in place: there is no old file to protect, and
 * renaming over a device would replace it. A symbolic link is followed, so the link stays.
 *
 * @example writeFileAtomic('plan.json', text)
 */
export function writeFileAtomic(path: string, text: string | Uint8Array): void {
  const existing = statOrNull(path);
  if (existing && !existing.isFile()) {
    writeFileSync(path, text);
    return;
  }
  const target = existing ? realpathSync(path) : path;
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  const fd = openSync(temp, 'wx', existing ? existing.mode & 0o777 : 0o666);
  try {
    const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    // writeSync may write less than asked (a nearly full disk): loop until all of it is down.
    for (let done = 0; done < bytes.length;) {
      done += writeSync(fd, bytes, done, bytes.length - done);
    }
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    removeQuietly(temp);
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temp, target);
  } catch (error) {
    removeQuietly(temp);
    throw error;
  }
}
