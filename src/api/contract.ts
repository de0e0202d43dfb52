/**
 * The one contract between the page and the app: `PlannerApi` and its channel names.
 *
 * Main serves every method through one typed helper that validates arguments; the preload exposes an
 * object that `satisfies PlannerApi`; the browser implementation (page tests, plain browser) serves
 * the same interface. Results cross the bridge as `{ ok: true, value } | { ok: false, error }`.
 */
import type { IsoDate, Plan, PlanRequest, RaceInput } from '../model/plan';

export interface ApiError {
  /** Stable, for code: `invalid-argument`, `not-found`, `io`, `invalid-file`, `store`. */
  readonly code: ApiErrorCode;
  /** One sentence, for the user. */
  readonly message: string;
  /** Details by path, e.g. `races[2].date: not a date (YYYY-MM-DD)`. */
  readonly details?: readonly string[];
}

export type ApiErrorCode = 'invalid-argument' | 'not-found' | 'io' | 'invalid-file' | 'store';

export type ApiResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

export interface PlanSummary {
  readonly id: string;
  readonly name: string;
  readonly seasonStart: IsoDate;
  readonly seasonEnd: IsoDate;
  /** Milliseconds since the epoch of the last save, for sorting the library. */
  readonly updatedAt: number;
}

export type Theme = 'system' | 'light' | 'dark';
export type CalendarView = 'season' | 'month' | 'week';

export interface WindowState {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

export interface Preferences {
  readonly theme: Theme;
  /** The week start used for new plans (each plan keeps its own in its settings). */
  readonly weekStart: 'monday' | 'sunday';
  readonly lastPlanId: string | null;
  readonly view: CalendarView;
  readonly window: WindowState | null;
}

export const DEFAULT_PREFERENCES: Preferences = {
  theme: 'system',
  weekStart: 'monday',
  lastPlanId: null,
  view: 'season',
  window: null,
};

/** What happened when the store was opened, so the page can tell the user. */
export interface StartupReport {
  /** Set when the store file could not be read and was moved aside: where it now is, and why. */
  readonly recovered: { readonly backupPath: string; readonly reason: string } | null;
  /**
   * Anything else the user must know, one sentence each: a plan file set aside, a backup used,
   * a synced folder's conflict copy kept, the library moved to one file per plan.
   */
  readonly notices?: readonly string[];
}

/** Options of an iCal export the page can ask for. */
export interface IcsExportRequest {
  readonly planId: string;
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  readonly includeBlocks?: boolean;
  readonly includeRest?: boolean;
}

/** Which sessions to send to a watch: one day, a week or any range of the plan (the season when open). */
export interface WorkoutExportRequest {
  readonly planId: string;
  readonly from?: IsoDate;
  readonly to?: IsoDate;
}

/** Races found in an `.ics` file, for the user to confirm; `distance` null means "ask the user". */
export interface ImportedRace extends Omit<RaceInput, 'distance'> {
  readonly distance: RaceInput['distance'] | null;
}

/**
 * How an `.ics` file's races are read: recurring races are expanded over `from`..`to` (the page
 * gives the season), and a UTC time is put on its day in `timeZone` (by default the system's).
 */
export interface IcsImportRequest {
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  /** An IANA zone name, e.g. `Australia/Sydney`. */
  readonly timeZone?: string;
}

/** The races read from an `.ics` file, for the user to confirm, and what was skipped. */
export interface IcsImport {
  /** The file, as the user picked it (for messages). */
  readonly path: string;
  readonly races: readonly ImportedRace[];
  /** The events that were not read as races, each with its reason (no date, …). */
  readonly skipped: readonly string[];
  /** The zone UTC times were read in. */
  readonly timeZone: string;
  /**
   * The file's text, only when the zone matters for it (it has UTC times): the page hands it back
   * to `readRacesIcs` to read it in another zone without asking for the file again.
   */
  readonly text?: string;
}

/** A file the user picked or saved, or null when they cancelled the dialog. */
export type Saved = { readonly path: string } | null;

export type MenuCommand =
  | 'new-plan'
  | 'import-plan'
  | 'import-races'
  | 'export-ics'
  | 'export-plan'
  | 'export-workouts'
  | 'print'
  | 'undo'
  | 'redo'
  | 'view-season'
  | 'view-month'
  | 'view-week';

export interface PlannerApi {
  listPlans(): Promise<ApiResult<readonly PlanSummary[]>>;
  /** Generates a plan from the request and adds it to the library. */
  createPlan(request: PlanRequest): Promise<ApiResult<Plan>>;
  loadPlan(id: string): Promise<ApiResult<Plan>>;
  /** Autosave: replaces the stored plan of the same id, or adds it (restoring a deleted plan). */
  savePlan(plan: Plan): Promise<ApiResult<PlanSummary>>;
  renamePlan(id: string, name: string): Promise<ApiResult<PlanSummary>>;
  duplicatePlan(id: string): Promise<ApiResult<Plan>>;
  /** Returns the deleted plan, so that the page can undo by saving it again. */
  deletePlan(id: string): Promise<ApiResult<Plan>>;
  getPreferences(): Promise<ApiResult<Preferences>>;
  setPreferences(patch: Partial<Preferences>): Promise<ApiResult<Preferences>>;
  getStartupReport(): Promise<ApiResult<StartupReport>>;
  exportIcs(request: IcsExportRequest): Promise<ApiResult<Saved>>;
  exportPlanFile(id: string): Promise<ApiResult<Saved>>;
  /** FIT workout files for a watch: one `.fit` for one session, a zip of them for a range. */
  exportWorkouts(request: WorkoutExportRequest): Promise<ApiResult<Saved>>;
  /** Asks for a plan file, validates it and adds it to the library; null when cancelled. */
  importPlanFile(): Promise<ApiResult<Plan | null>>;
  /**
   * Asks for an `.ics` file and reads races from it (nothing is added: the page confirms); null
   * when the user cancelled.
   */
  importRacesIcs(request: IcsImportRequest): Promise<ApiResult<IcsImport | null>>;
  /** Reads an `.ics` text again (`IcsImport.text`), e.g. in the zone the user chose. */
  readRacesIcs(
    path: string,
    text: string,
    request: IcsImportRequest,
  ): Promise<ApiResult<IcsImport>>;
  printToPdf(): Promise<ApiResult<Saved>>;
}

/** The IPC channel of each method, in one place; the preload refuses anything else. */
export const CHANNELS = {
  listPlans: 'planner:list-plans',
  createPlan: 'planner:create-plan',
  loadPlan: 'planner:load-plan',
  savePlan: 'planner:save-plan',
  renamePlan: 'planner:rename-plan',
  duplicatePlan: 'planner:duplicate-plan',
  deletePlan: 'planner:delete-plan',
  getPreferences: 'planner:get-preferences',
  setPreferences: 'planner:set-preferences',
  getStartupReport: 'planner:get-startup-report',
  exportIcs: 'planner:export-ics',
  exportPlanFile: 'planner:export-plan-file',
  exportWorkouts: 'planner:export-workouts',
  importPlanFile: 'planner:import-plan-file',
  importRacesIcs: 'planner:import-races-ics',
  readRacesIcs: 'planner:read-races-ics',
  printToPdf: 'planner:print-to-pdf',
} as const satisfies Record<keyof PlannerApi, `planner:${string}`>;

/** Main → page: a menu item was chosen. */
export const MENU_CHANNEL = 'planner:menu';

/** Every menu command, for checks at the bridge (the preload passes on only these). */
export const MENU_COMMANDS = [
  'new-plan',
  'import-plan',
  'import-races',
  'export-ics',
  'export-plan',
  'export-workouts',
  'print',
  'undo',
  'redo',
  'view-season',
  'view-month',
  'view-week',
] as const satisfies readonly MenuCommand[];

/** What the preload exposes as `window.planner`: the API, plus the menu commands main sends. */
export interface PlannerBridge extends PlannerApi {
  /** Calls `listener` for every menu command; returns the function that stops it. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
