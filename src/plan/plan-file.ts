/**
 * Reading and writing the plan file: versioned JSON, validated on load, migrated from older versions.
 */
import type { Plan, PlanRequest } from '../model/plan';
import { PLAN_VERSION } from '../model/plan';
import type { Result } from '../model/result';
import { fail, ok } from '../model/result';
import { migrateDocument } from './migrate';
import type { Migration } from './migrate';
import { formatIssues, planRequestSchema, planSchema } from './schema';
import { fillWorkouts } from '../workouts/plan-workouts';

/**
 * One migration per version bump: `MIGRATIONS[n]` turns a version-n document into version n + 1.
 * 1 → 2: settings gain `units` (km). The sessions' workouts, which need a valid plan to be built,
 * are added after validation (`parsePlan`).
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: (document) => {
    const settings = document['settings'];
    return {
      ...document,
      version: 2,
      settings:
        typeof settings === 'object' && settings !== null && !Array.isArray(settings)
          ? { units: 'km', ...settings }
          : settings,
    };
  },
};

/**
 * Brings a plan document of any known older version up to `PLAN_VERSION`.
 *
 * @example migrate({ version: 1, settings: {…}, … }) // ok, { version: 2, settings: { units: 'km', … }, … }
 */
export function migrate(
  document: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = PLAN_VERSION,
): Result<unknown> {
  return migrateDocument(document, { name: 'plan', key: 'version', migrations, target });
}

/**
 * Validates (and migrates) a parsed plan document. Errors name the path and the problem.
 *
 * @example parsePlan({ version: 2, races: [{ date: 'x' }] }) // { ok: false, error: ['races[0].date: …', …] }
 */
export function parsePlan(document: unknown): Result<Plan> {
  const migrated = migrate(document);
  if (!migrated.ok) return migrated;
  const parsed = planSchema.safeParse(migrated.value);
  if (!parsed.success) return fail(formatIssues(parsed.error.issues));
  const plan = parsed.data as Plan;
  // A version-1 plan had no workouts: each session gets one for its kind and minutes.
  const before = (document as Record<string, unknown>)['version'];
  return ok(typeof before === 'number' && before < 2 ? fillWorkouts(plan) : plan);
}

/** Parses a plan file's text: invalid JSON is an error like any other, never a throw. */
export function parsePlanText(text: string): Result<Plan> {
  const json = parseJson(text);
  return json.ok ? parsePlan(json.value) : json;
}

/** Validates a plan request (what `season-planner plan` and the wizard send). */
export function parsePlanRequest(document: unknown): Result<PlanRequest> {
  const parsed = planRequestSchema.safeParse(document);
  if (!parsed.success) return fail(formatIssues(parsed.error.issues));
  return ok(parsed.data as PlanRequest);
}

/** JSON text of a plan: stable key order (the model's), two-space indent, final newline. */
export function serializePlan(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

export function parseJson(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    return fail([`not valid JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }
}
