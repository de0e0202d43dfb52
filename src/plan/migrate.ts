/**
 * Step-by-step migration of a versioned JSON document, shared by the plan file and the library
 * store: each knows its own version field, its migrations and its current version.
 */
import type { Result } from '../model/result';
import { fail, ok } from '../model/result';

export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

export interface Versioning {
  /** What the document is, for the messages: `plan`, `library`. */
  readonly name: string;
  /** The field holding its version: `version`, `libraryVersion`. */
  readonly key: string;
  /** `migrations[n]` turns a version-n document into version n + 1. */
  readonly migrations: Readonly<Record<number, Migration>>;
  readonly target: number;
}

/**
 * Brings a document of any known older version up to `target`, one migration at a time. A newer
 * version is an error, never read: writing it back would lose what the newer app stored.
 *
 * @example migrateDocument({ version: 1 }, { name: 'plan', key: 'version', migrations: {}, target: 1 })
 * // { ok: true, value: { version: 1 } }
 */
export function migrateDocument(
  document: unknown,
  { name, key, migrations, target }: Versioning,
): Result<Record<string, unknown>> {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return fail([`the ${name} is not a JSON object`]);
  }
  let current = document as Record<string, unknown>;
  let version = current[key];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail([`${key}: missing or not a whole number`]);
  }
  if (version > target) {
    return fail([
      `${key}: ${version} is newer than this app understands (${target}); update Season Planner`,
    ]);
  }
  while (version < target) {
    const step = migrations[version];
    if (!step) return fail([`${key}: no migration from version ${version}`]);
    current = step(current);
    version = current[key];
    if (typeof version !== 'number') return fail([`${key}: lost during migration`]);
  }
  return ok(current);
}
