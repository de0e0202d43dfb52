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

/**
 * One migration per version bump: `MIGRATIONS[n]` turns a version-n document into version n + 1.
 * Version 1 is the first, so there is none yet; the next bump adds `1: (doc) => ...` here.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/**
 * Brings a plan document of any known older version up to `PLAN_VERSION`.
 *
 * @example migrate({ version: 1, ... }) // ok, unchanged
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
 * @example parsePlan({ version: 1, races: [{ date: 'x' }] }) // { ok: false, error: ['races[0].date: …', …] }
 */
export function parsePlan(document: unknown): Result<Plan> {
  const migrated = migrate(document);
  if (!migrated.ok) return migrated;
  const parsed = planSchema.safeParse(migrated.value);
  if (!parsed.success) return fail(formatIssues(parsed.error.issues));
  return ok(parsed.data as Plan);
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
