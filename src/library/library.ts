/**
 * The library of plans and the preferences, over a `LibraryStorage`: the one service behind both the
 * desktop app's IPC handlers and the browser implementation, so both behave the same.
 *
 * Every method returns an `ApiResult` and never throws. Arguments are checked here too (main also
 * checks them at the IPC door): the browser implementation has no such door.
 */
import type { ApiError, ApiResult, PlanSummary, Preferences, StartupReport } from '../api/contract';
import { planNameSchema, preferencesSchema } from '../api/validate';
import type { Plan, PlanRequest } from '../model/plan';
import { checkIntegrity } from '../plan/integrity';
import { parsePlan, parsePlanRequest, parsePlanText, serializePlan } from '../plan/plan-file';
import { formatIssues } from '../plan/schema';
import type { StoredPlan } from './document';
import type { LibraryStorage } from './storage';

export interface LibraryDeps {
  readonly storage: LibraryStorage;
  /** The scheduler (`generate` of src/scheduler/generate.ts); given, so the library stays small. */
  readonly generate: (request: PlanRequest) => Plan;
  /** A fresh plan id, for copies and for plans whose id is taken. */
  readonly newId: () => string;
  /** Milliseconds since the epoch, for `updatedAt`. */
  readonly now: () => number;
  readonly startup?: StartupReport;
}

/**
 * The methods that write a plan answer once it is stored (a plan file is written without blocking
 * the desktop app's main process); the others answer at once.
 */
export interface Library {
  listPlans(): ApiResult<readonly PlanSummary[]>;
  createPlan(request: PlanRequest): Promise<ApiResult<Plan>>;
  loadPlan(id: string): ApiResult<Plan>;
  savePlan(plan: Plan): Promise<ApiResult<PlanSummary>>;
  renamePlan(id: string, name: string): Promise<ApiResult<PlanSummary>>;
  duplicatePlan(id: string): Promise<ApiResult<Plan>>;
  deletePlan(id: string): Promise<ApiResult<Plan>>;
  getPreferences(): ApiResult<Preferences>;
  setPreferences(patch: Partial<Preferences>): ApiResult<Preferences>;
  getStartupReport(): ApiResult<StartupReport>;
  /** Validates a plan file's text and adds the plan (under a new id when its id is taken). */
  importPlanText(text: string): Promise<ApiResult<Plan>>;
  /** The plan and its file text, for an export. */
  exportPlanText(id: string): ApiResult<{ readonly plan: Plan; readonly text: string }>;
}

export function apiError(
  code: ApiError['code'],
  message: string,
  details?: readonly string[],
): { readonly ok: false; readonly error: ApiError } {
  return { ok: false, error: details ? { code, message, details } : { code, message } };
}

function done<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/**
 * Creates the library service.
 *
 * @example
 * const library = createLibrary({ storage: memoryStorage(EMPTY_LIBRARY), generate, newId, now });
 * await library.savePlan(plan); library.loadPlan(plan.id) // { ok: true, value: plan }
 */
export function createLibrary(deps: LibraryDeps): Library {
  const { storage, newId, now } = deps;
  const startup: StartupReport = deps.startup ?? { recovered: null };

  const plans = (): readonly StoredPlan[] => storage.listPlans();
  const find = (id: string): StoredPlan | undefined => plans().find((s) => s.plan.id === id);
  const notFound = (id: string) => apiError('not-found', `There is no plan with the id “${id}”.`);

  /** Writes, turning a failed write (disk full, quota) into a `store` error. */
  async function write<T>(change: () => Promise<void> | void, value: T): Promise<ApiResult<T>> {
    try {
      await change();
      return done(value);
    } catch (error) {
      return storeError(error);
    }
  }

  function writeNow<T>(change: () => void, value: T): ApiResult<T> {
    try {
      change();
      return done(value);
    } catch (error) {
      return storeError(error);
    }
  }

  // The storage takes the change before `put` first awaits: a request after this one (a rename,
  // a second create of the same request) already finds the plan, and one plan's saves are stored
  // in the order they came.
  function put(plan: Plan): Promise<ApiResult<PlanSummary>> {
    const stored: StoredPlan = { plan, updatedAt: now() };
    return write(() => storage.putPlan(stored), summarize(stored));
  }

  async function putNew(plan: Plan): Promise<ApiResult<Plan>> {
    const saved = await put(plan);
    return saved.ok ? done(plan) : saved;
  }

  function freeId(wanted: string): string {
    if (!find(wanted)) return wanted;
    for (;;) {
      const id = newId();
      if (!find(id)) return id;
    }
  }

  function checkId(id: unknown): string | null {
    return typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : null;
  }

  return guarded({
    listPlans() {
      const summaries = plans()
        .map(summarize)
        .sort((a, b) => b.updatedAt - a.updatedAt || a.name.localeCompare(b.name));
      return done(summaries);
    },

    async createPlan(request) {
      const parsed = parsePlanRequest(request);
      if (!parsed.ok)
        return apiError('invalid-argument', 'The plan request is not valid.', parsed.error);
      let plan: Plan;
      try {
        plan = deps.generate(parsed.value);
      } catch (error) {
        return apiError('invalid-argument', 'No plan could be made from this request.', [
          describe(error),
        ]);
      }
      // The scheduler derives the id from the request, so the same request twice would collide.
      const id = freeId(plan.id);
      if (id !== plan.id) plan = { ...plan, id };
      return putNew(plan);
    },

    loadPlan(id) {
      if (checkId(id) === null) return apiError('invalid-argument', 'The plan id is not valid.');
      const stored = find(id);
      return stored ? done(stored.plan) : notFound(id);
    },

    async savePlan(plan) {
      const parsed = parsePlan(plan);
      if (!parsed.ok) return apiError('invalid-argument', 'The plan is not valid.', parsed.error);
      return put(parsed.value);
    },

    async renamePlan(id, name) {
      if (checkId(id) === null) return apiError('invalid-argument', 'The plan id is not valid.');
      const parsedName = planNameSchema.safeParse(name);
      if (!parsedName.success) {
        return apiError(
          'invalid-argument',
          'The plan name is not valid.',
          formatIssues(parsedName.error.issues).map((issue) => `name: ${issue}`),
        );
      }
      const stored = find(id);
      if (!stored) return notFound(id);
      return put({ ...stored.plan, name: parsedName.data });
    },

    async duplicatePlan(id) {
      if (checkId(id) === null) return apiError('invalid-argument', 'The plan id is not valid.');
      const stored = find(id);
      if (!stored) return notFound(id);
      const copy: Plan = {
        ...stored.plan,
        id: freeId(newId()),
        name: copyName(stored.plan.name),
      };
      return putNew(copy);
    },

    async deletePlan(id) {
      if (checkId(id) === null) return apiError('invalid-argument', 'The plan id is not valid.');
      const stored = find(id);
      if (!stored) return notFound(id);
      return write(async () => {
        await storage.deletePlan(id);
        // Read after the deletion is stored: the last-open plan may have changed meanwhile.
        const preferences = storage.getPreferences();
        if (preferences.lastPlanId === id) {
          storage.setPreferences({ ...preferences, lastPlanId: null });
        }
      }, stored.plan);
    },

    getPreferences() {
      return done(storage.getPreferences());
    },

    setPreferences(patch) {
      if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
        return apiError('invalid-argument', 'The preferences are not an object.');
      }
      // Over IPC a key can arrive holding undefined; it means "unchanged", not "cleared".
      const defined = Object.fromEntries(
        Object.entries(patch).filter(([, value]) => value !== undefined),
      );
      const parsed = preferencesSchema.strict().safeParse({
        ...storage.getPreferences(),
        ...defined,
      });
      if (!parsed.success) {
        return apiError(
          'invalid-argument',
          'The preferences are not valid.',
          formatIssues(parsed.error.issues),
        );
      }
      const next = parsed.data as Preferences;
      return writeNow(() => storage.setPreferences(next), next);
    },

    getStartupReport() {
      return done(startup);
    },

    async importPlanText(text) {
      const parsed = parsePlanText(text);
      if (!parsed.ok) {
        return apiError('invalid-file', 'This file is not a Season Planner plan.', parsed.error);
      }
      const problems = checkIntegrity(parsed.value);
      if (problems.length > 0) {
        return apiError(
          'invalid-file',
          'This plan file is inconsistent; it was not loaded.',
          problems,
        );
      }
      let plan = parsed.value;
      const id = freeId(plan.id);
      if (id !== plan.id) plan = { ...plan, id };
      return putNew(plan);
    },

    exportPlanText(id) {
      if (checkId(id) === null) return apiError('invalid-argument', 'The plan id is not valid.');
      const stored = find(id);
      return stored ? done({ plan: stored.plan, text: serializePlan(stored.plan) }) : notFound(id);
    },
  });
}

/**
 * Every method, with a read or write of the storage that throws or rejects (a store file that
 * turned bad while the app runs, a full disk) answered as a `store` error: the library never
 * throws, and its promises never reject.
 */
function guarded(library: Library): Library {
  const unreadable = (error: unknown) =>
    apiError('store', 'The library could not be read or saved.', [describe(error)]);
  const entries = Object.entries(library).map(([name, method]) => [
    name,
    (...args: unknown[]) => {
      try {
        const result = (method as (...a: unknown[]) => unknown)(...args);
        return result instanceof Promise ? result.catch(unreadable) : result;
      } catch (error) {
        return unreadable(error);
      }
    },
  ]);
  return Object.fromEntries(entries) as unknown as Library;
}

function storeError(error: unknown) {
  // The message says what and where in words (the disk is full, read-only, a second writer): the
  // page shows it beside this sentence.
  return apiError('store', 'The library could not be saved.', [describe(error)]);
}

function summarize(stored: StoredPlan): PlanSummary {
  const { plan } = stored;
  return {
    id: plan.id,
    name: plan.name,
    seasonStart: plan.season.start,
    seasonEnd: plan.season.end,
    updatedAt: stored.updatedAt,
  };
}

/**
 * The name of a copy: `Spring (copy)`, then `Spring (copy 2)` for a copy of the copy.
 *
 * @example copyName('Spring (copy)') // 'Spring (copy 2)'
 */
export function copyName(name: string): string {
  const match = /^(.*) \(copy(?: (\d+))?\)$/.exec(name);
  const base = match ? (match[1] ?? '') : name;
  const count = match ? Number(match[2] ?? '1') + 1 : 1;
  const suffix = count === 1 ? ' (copy)' : ` (copy ${count})`;
  // A plan name is at most 200 characters: the base gives way, the suffix stays readable.
  return base.slice(0, 200 - suffix.length) + suffix;
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
