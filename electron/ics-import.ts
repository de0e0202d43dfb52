// Runs the iCal import off the main process's event loop, in a worker (ics-worker.ts), with a time
// limit: main stays responsive whatever the file, and a file that takes too long is refused.
import { Worker } from 'node:worker_threads';
import type { IcsImportOptions, IcsRaces } from '../src/ical/import';
import type { Result } from '../src/model/result';

/** No race calendar takes a parser anywhere near this; a file that does is refused. */
export const IMPORT_TIME_LIMIT_MS = 10_000;

/**
 * The races of an `.ics` text and the events skipped (`readIcsRaces`), read by the worker script at `workerPath`; an error Result when the
 * worker fails or is stopped at `limitMs`.
 *
 * @example await importInWorker(join(here, 'ics-worker.js'), text, { timeZone: 'Europe/Berlin' })
 */
export function importInWorker(
  workerPath: string,
  text: string,
  options: IcsImportOptions,
  limitMs = IMPORT_TIME_LIMIT_MS,
  execArgv: string[] = [],
): Promise<Result<IcsRaces>> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: Result<IcsRaces>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const worker = new Worker(workerPath, { workerData: { text, options }, execArgv });
    const timer = setTimeout(
      () =>
        settle({
          ok: false,
          error: [
            `Reading the calendar took longer than ${limitMs / 1000} s and was stopped; the file is not a race calendar this app can read.`,
          ],
        }),
      limitMs,
    );
    worker.once('message', (result: Result<IcsRaces>) => settle(result));
    worker.once('error', (error) =>
      settle({ ok: false, error: [`The calendar could not be read: ${error.message}`] }),
    );
    worker.once('exit', (code) =>
      settle({ ok: false, error: [`The calendar reader stopped (exit code ${code}).`] }),
    );
  });
}
