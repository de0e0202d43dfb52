/**
 * `PlannerApi` over the library, a file port and the iCal functions: the whole behaviour of the API
 * in one place. The desktop app gives it native dialogs and files; the browser implementation gives
 * it downloads and a file input. Every method resolves to an `ApiResult`; nothing is thrown.
 */
import type {
  ApiResult,
  IcsExportRequest,
  IcsImport,
  IcsImportRequest,
  PlannerApi,
  Saved,
} from '../api/contract';
import { validateArguments } from '../api/validate';
import type { Plan } from '../model/plan';
import { addDays } from '../dates';
import type { IcsImportOptions, IcsRaces } from '../ical/import';
import { wallTime } from '../ical/time-zone';
import type { Result } from '../model/result';
import type { Library } from './library';
import { apiError, describe } from './library';

export type FileKind = 'plan' | 'ics' | 'pdf';
/** Binary exports: FIT workout files for a watch, and zips of them. */
export type BinaryKind = 'fit' | 'zip';

/** Where files come from and go to: native dialogs in the app, downloads in a browser. */
export interface FilePort {
  /** Asks where to save `text` (suggesting `suggestedName`) and writes it; null when cancelled. */
  saveText(kind: FileKind, suggestedName: string, text: string): Promise<Saved>;
  /** Asks where to save `bytes` (suggesting `suggestedName`) and writes them; null when cancelled. */
  saveBytes(kind: BinaryKind, suggestedName: string, bytes: Uint8Array): Promise<Saved>;
  /** Asks for a file of this kind and reads it as text; null when cancelled. */
  openText(
    kind: Exclude<FileKind, 'pdf'>,
  ): Promise<{ readonly path: string; readonly text: string } | null>;
  /** Prints the page to a PDF the user places; null when cancelled. */
  printToPdf(suggestedName: string): Promise<Saved>;
}

/** The iCal functions of the core (src/ical), given so that this file does not decide them. */
export interface IcalPort {
  /** `exportIcs` of src/ical/export.ts; `now` (ms since the epoch) is the DTSTAMP. */
  exportPlan(
    plan: Plan,
    options: Omit<IcsExportRequest, 'planId'> & { readonly now: number },
  ): string;
  /**
   * `readIcsRaces` of src/ical/import.ts; the desktop app runs it in a worker with a time limit,
   * so it may answer later.
   */
  importRaces(
    text: string,
    options: IcsImportOptions,
  ): Result<IcsRaces> | Promise<Result<IcsRaces>>;
}

/** Files larger than this are refused before parsing: no plan or race calendar is near it. */
export const MAX_IMPORT_CHARS = 20 * 1024 * 1024;

export interface PlannerApiDeps {
  readonly library: Library;
  readonly files: FilePort;
  readonly ical: IcalPort;
  /** Milliseconds since the epoch, for the DTSTAMP of an export. */
  readonly now: () => number;
  /** The zone an imported UTC time is read in: the user's (the system's by default). */
  readonly timeZone?: string;
}

/** How far recurring races are expanded when the page gives one end of the window or none. */
const WINDOW_DAYS = 6 * 366;

/**
 * The days recurring races are expanded over on import: the request's (the page gives the
 * season); without one, from a year before today to five years after, which spans any season
 * being planned now; with one end only, six years from it.
 *
 * @example importWindow({}, Date.UTC(2027, 0, 10), 'UTC') // { from: '2026-01-09', to: '2032-01-14' }
 * @example importWindow({ from: '2027-01-04', to: '2027-12-26' }, now, 'UTC') // the same days
 */
export function importWindow(
  request: IcsImportRequest,
  epochMs: number,
  timeZone: string,
): { from: string; to: string } {
  const { from, to } = request;
  if (from !== undefined && to !== undefined) return { from, to };
  if (from !== undefined) return { from, to: addDays(from, WINDOW_DAYS) };
  if (to !== undefined) return { from: addDays(to, -WINDOW_DAYS), to };
  const wall = wallTime(epochMs, timeZone);
  const today = `${String(wall.year).padStart(4, '0')}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
  return { from: addDays(today, -366), to: addDays(today, 5 * 366) };
}

/**
 * Builds the API. A plan's write answers once it is stored; the file methods wait for the user.
 *
 * @example const api = createPlannerApi({ library, files, ical }); await api.listPlans() // { ok: true, value: [] }
 */
export function createPlannerApi({
  library,
  files,
  ical,
  now,
  timeZone = 'UTC',
}: PlannerApiDeps): PlannerApi {
  const reader = { ical, now, timeZone };
  const api: PlannerApi = {
    listPlans: async () => library.listPlans(),
    createPlan: async (request) => library.createPlan(request),
    loadPlan: async (id) => library.loadPlan(id),
    savePlan: async (plan) => library.savePlan(plan),
    renamePlan: async (id, name) => library.renamePlan(id, name),
    duplicatePlan: async (id) => library.duplicatePlan(id),
    deletePlan: async (id) => library.deletePlan(id),
    getPreferences: async () => library.getPreferences(),
    setPreferences: async (patch) => library.setPreferences(patch),
    getStartupReport: async () => library.getStartupReport(),

    async exportIcs(request) {
      if (typeof request !== 'object' || request === null) {
        return apiError('invalid-argument', 'The export request is not an object.');
      }
      const { planId, ...options } = request;
      const loaded = library.loadPlan(planId);
      if (!loaded.ok) return loaded;
      let text: string;
      try {
        text = ical.exportPlan(loaded.value, { ...options, now: now() });
      } catch (error) {
        return apiError('invalid-argument', 'The calendar could not be made.', [describe(error)]);
      }
      return saving(() => files.saveText('ics', fileName(loaded.value.name, '.ics'), text));
    },

    async exportPlanFile(id) {
      const exported = library.exportPlanText(id);
      if (!exported.ok) return exported;
      const { plan, text } = exported.value;
      return saving(() => files.saveText('plan', fileName(plan.name, '.json'), text));
    },

    async exportWorkouts(request) {
      if (typeof request !== 'object' || request === null) {
        return apiError('invalid-argument', 'The export request is not an object.');
      }
      const { planId, ...range } = request;
      const loaded = library.loadPlan(planId);
      if (!loaded.ok) return loaded;
      const at = now();
      // Loaded on first use: Garmin's FIT profile would otherwise be a third of the page's script,
      // parsed on every start for an export made now and then.
      const { exportWorkouts, zipWorkouts } = await import('../fit/export-workouts');
      const made = exportWorkouts(loaded.value, { ...range, now: at });
      if (!made.ok) {
        return apiError('invalid-argument', 'No workouts could be made.', made.error);
      }
      const [only] = made.value;
      if (only && made.value.length === 1) {
        return saving(() => files.saveBytes('fit', only.name, only.bytes));
      }
      const name = fileName(`${loaded.value.name} workouts`, '.zip');
      return saving(() => files.saveBytes('zip', name, zipWorkouts(made.value, at)));
    },

    async importPlanFile() {
      const opened = await opening(() => files.openText('plan'));
      if (!opened.ok) return opened;
      if (opened.value === null) return { ok: true, value: null };
      const { path, text } = opened.value;
      if (text.length > MAX_IMPORT_CHARS) return tooLarge(path);
      const imported = await library.importPlanText(text);
      if (imported.ok) return imported;
      return {
        ok: false,
        error: { ...imported.error, message: `${path}: ${imported.error.message}` },
      };
    },

    async importRacesIcs(request) {
      const checked = validateArguments('importRacesIcs', [request]);
      if (!checked.ok) return invalidImport(checked.error);
      const opened = await opening(() => files.openText('ics'));
      if (!opened.ok) return opened;
      if (opened.value === null) return { ok: true, value: null };
      const { path, text } = opened.value;
      if (text.length > MAX_IMPORT_CHARS) return tooLarge(path);
      return readRaces(reader, path, text, request);
    },

    async readRacesIcs(path, text, request) {
      const checked = validateArguments('readRacesIcs', [path, text, request]);
      if (!checked.ok) return invalidImport(checked.error);
      return readRaces(reader, path, text, request);
    },

    async printToPdf() {
      const preferences = library.getPreferences();
      const lastId = preferences.ok ? preferences.value.lastPlanId : null;
      const plan = lastId === null ? null : library.loadPlan(lastId);
      const name = plan?.ok ? plan.value.name : 'Season plan';
      return saving(() => files.printToPdf(fileName(name, '.pdf')));
    },
  };
  return api;
}

/**
 * The races of `text` in the request's zone (else the system's, `timeZone`), over the request's
 * days, as the page gets them: with the path, what was skipped, and the text when the zone matters.
 */
async function readRaces(
  {
    ical,
    now,
    timeZone,
  }: { readonly ical: IcalPort; readonly now: () => number; readonly timeZone: string },
  path: string,
  text: string,
  request: IcsImportRequest,
): Promise<ApiResult<IcsImport>> {
  const zone = request.timeZone ?? timeZone;
  let read: Result<IcsRaces>;
  try {
    read = await ical.importRaces(text, { timeZone: zone, ...importWindow(request, now(), zone) });
  } catch (error) {
    read = { ok: false, error: [describe(error)] };
  }
  if (!read.ok) {
    return apiError(
      'invalid-file',
      `${path}: no races could be read from this calendar.`,
      read.error,
    );
  }
  const { races, skipped, utcTimes } = read.value;
  // The text goes back only when another zone could give other days: then the page offers it.
  return {
    ok: true,
    value: { path, races, skipped, timeZone: zone, ...(utcTimes ? { text } : {}) },
  };
}

async function saving(save: () => Promise<Saved>): Promise<ApiResult<Saved>> {
  try {
    return { ok: true, value: await save() };
  } catch (error) {
    return apiError('io', 'The file could not be written.', [describe(error)]);
  }
}

async function opening<T>(open: () => Promise<T>): Promise<ApiResult<T>> {
  try {
    return { ok: true, value: await open() };
  } catch (error) {
    return apiError('io', 'The file could not be read.', [describe(error)]);
  }
}

function invalidImport(details: readonly string[]) {
  return apiError('invalid-argument', 'The calendar import was asked for wrongly.', details);
}

function tooLarge(path: string) {
  return apiError('invalid-file', `${path}: the file is too large to be a plan or a calendar.`, [
    `size: more than ${MAX_IMPORT_CHARS} characters`,
  ]);
}

/**
 * A file name from a plan name: characters that no file system takes are replaced.
 *
 * @example fileName('Spring: 10K / half', '.ics') // 'Spring- 10K - half.ics'
 */
export function fileName(name: string, extension: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = name.replace(/[\u0000-\u001f<>:"/\\|?*]/g, '-').replace(/^[\s.]+|[\s.]+$/g, '');
  return `${safe.slice(0, 120) || 'Season plan'}${extension}`;
}
