// The iCal import, run in a worker thread: a calendar that is slow to parse (however it got past
// the caps) holds up this thread, never the main process, and main stops it at a time limit.
import { parentPort, workerData } from 'node:worker_threads';
import type { IcsImportOptions } from '../src/ical/import';
import { readIcsRaces } from '../src/ical/import';

const { text, options } = workerData as { text: string; options: IcsImportOptions };
parentPort?.postMessage(readIcsRaces(text, options));
