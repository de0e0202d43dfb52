/**
 * What the page needs before its first render: preferences, the library, the startup report and the
 * plan opened last time. Loaded before React renders anything, so the first frame already holds the
 * calendar instead of an empty shell that is painted, then replaced.
 */
import type { Plan } from '../../src/model/plan';
import type {
  ApiResult,
  PlanSummary,
  PlannerApi,
  Preferences,
  StartupReport,
} from '../../src/api/contract';
import { DEFAULT_PREFERENCES } from '../../src/api/contract';

export interface Boot {
  readonly prefs: Preferences;
  readonly plans: readonly PlanSummary[];
  readonly startup: StartupReport | null;
  readonly plan: Plan | null;
  /** Problems met on the way, in words, for the status line. */
  readonly errors: readonly string[];
}

export async function boot(api: PlannerApi): Promise<Boot> {
  const errors: string[] = [];
  const take = <T>(result: ApiResult<T>): T | undefined => {
    if (result.ok) return result.value;
    errors.push(result.error.message);
    return undefined;
  };
  try {
    const [prefResult, listResult, startupResult] = await Promise.all([
      api.getPreferences(),
      api.listPlans(),
      api.getStartupReport(),
    ]);
    const prefs = take(prefResult) ?? DEFAULT_PREFERENCES;
    const plans = take(listResult) ?? [];
    const startup = take(startupResult) ?? null;
    const id = plans.some((p) => p.id === prefs.lastPlanId) ? prefs.lastPlanId : plans[0]?.id;
    const plan = id ? (take(await api.loadPlan(id)) ?? null) : null;
    return { prefs, plans, startup, plan, errors };
  } catch (error) {
    errors.push(`The planner could not start: ${String(error)}`);
    return { prefs: DEFAULT_PREFERENCES, plans: [], startup: null, plan: null, errors };
  }
}
