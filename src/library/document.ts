/**
 * The library document: every plan the user keeps, and the app's preferences, as one versioned JSON
 * object. The desktop app keeps it in electron-store's file, the browser implementation in one
 * localStorage entry; both read it through `readLibraryText`, so both recover from a bad one alike.
 */
// A namespace import lets the bundler keep only the zod the schemas use (≈ 90 KiB instead of 450).
import * as z from 'zod';
import type { Preferences } from '../api/contract';
import { DEFAULT_PREFERENCES } from '../api/contract';
import { preferencesSchema } from '../api/validate';
import type { Plan } from '../model/plan';
import type { Result } from '../model/result';
import { fail, ok } from '../model/result';
import { migrateDocument } from '../plan/migrate';
import type { Migration } from '../plan/migrate';
import { parseJson, parsePlan } from '../plan/plan-file';
import { formatIssues, planSchema } from '../plan/schema';

export const LIBRARY_VERSION = 1;

export interface StoredPlan {
  readonly plan: Plan;
  /** Milliseconds since the epoch of the last save. */
  readonly updatedAt: number;
}

export interface LibraryDocument {
  readonly libraryVersion: number;
  readonly plans: readonly StoredPlan[];
  readonly preferences: Preferences;
}

export const EMPTY_LIBRARY: LibraryDocument = {
  libraryVersion: LIBRARY_VERSION,
  plans: [],
  preferences: DEFAULT_PREFERENCES,
};

/**
 * One migration per bump of `LIBRARY_VERSION` (`LIBRARY_MIGRATIONS[n]` turns version n into n + 1).
 * The plans inside are migrated by the plan file's own migrations, so a plan format bump needs none.
 */
export const LIBRARY_MIGRATIONS: Readonly<Record<number, Migration>> = {};

// The plans are checked one by one with parsePlan (which also migrates them), so here they only
// need to be objects; the rest of the document is checked in full.
const shellSchema = z.object({
  libraryVersion: z.number().int().min(1),
  plans: z.array(z.object({ plan: z.unknown(), updatedAt: z.number().int().min(0) })).max(10_000),
  preferences: preferencesSchema,
});

/** A plan of a stored library that could not be read: where it was, what it held, and why. */
export interface UnreadPlan {
  /** Its place in the library's list of plans. */
  readonly index: number;
  /** The plan as stored, for the user to fix and import again. */
  readonly plan: unknown;
  readonly reason: string;
}

/**
 * Validates and migrates a parsed library document, plan by plan: the plans that cannot be read
 * (or repeat an id) come back apart with the reason, so that one bad plan need not hide the rest.
 * The rest of the document (its version, its preferences) must be right, or it is refused: a
 * newer version than this app knows is never silently read, as writing it back would lose what
 * the newer app stored.
 *
 * @example splitLibraryDocument({ libraryVersion: 1, plans: [{ plan: {}, updatedAt: 1 }], preferences })
 * // { ok: true, value: { document: { …, plans: [] }, unread: [{ index: 0, plan: {}, reason: 'version: missing; …' }] } }
 */
export function splitLibraryDocument(
  document: unknown,
): Result<{ readonly document: LibraryDocument; readonly unread: readonly UnreadPlan[] }> {
  const migrated = migrateDocument(document, {
    name: 'library',
    key: 'libraryVersion',
    migrations: LIBRARY_MIGRATIONS,
    target: LIBRARY_VERSION,
  });
  if (!migrated.ok) return migrated;
  const shell = shellSchema.safeParse(migrated.value);
  if (!shell.success) return fail(formatIssues(shell.error.issues));
  const unread: UnreadPlan[] = [];
  const plans: StoredPlan[] = [];
  const seen = new Set<string>();
  shell.data.plans.forEach((stored, index) => {
    const parsed = parsePlan(stored.plan);
    if (!parsed.ok) {
      unread.push({ index, plan: stored.plan, reason: describeErrors(parsed.error) });
    } else if (seen.has(parsed.value.id)) {
      unread.push({ index, plan: stored.plan, reason: `id: ${parsed.value.id} appears twice` });
    } else {
      seen.add(parsed.value.id);
      plans.push({ plan: parsed.value, updatedAt: stored.updatedAt });
    }
  });
  const preferences = shell.data.preferences as Preferences;
  return ok({ document: { libraryVersion: LIBRARY_VERSION, plans, preferences }, unread });
}

/** What reading the stored text decided: the document to use, and why the text was refused. */
export type LibraryReading =
  | { readonly kind: 'empty'; readonly document: LibraryDocument }
  | {
      readonly kind: 'loaded';
      readonly document: LibraryDocument;
      /** The plans left out of `document`, to be kept aside by the caller before anything is written. */
      readonly unread: readonly UnreadPlan[];
    }
  | { readonly kind: 'refused'; readonly document: LibraryDocument; readonly reason: string };

/**
 * Reads the stored text of the library (null when there is none yet). Refused text must be kept
 * aside by the caller before anything is written: the app then starts with an empty library. A
 * plan that cannot be read is left out and listed in `unread`, for the caller to keep aside alone.
 *
 * @example readLibraryText('{ not json') // { kind: 'refused', reason: 'not valid JSON: …', document: EMPTY_LIBRARY }
 */
export function readLibraryText(text: string | null): LibraryReading {
  // An empty file is refused too: it is what a torn write leaves, and it may be all that is left.
  if (text === null) return { kind: 'empty', document: EMPTY_LIBRARY };
  const json = parseJson(text);
  const split = json.ok ? splitLibraryDocument(json.value) : json;
  if (split.ok) return { kind: 'loaded', ...split.value };
  return { kind: 'refused', document: EMPTY_LIBRARY, reason: describeErrors(split.error) };
}

/** At most five errors, in one line: `a: …; b: … (and 3 more)`. */
function describeErrors(errors: readonly string[]): string {
  const more = errors.length > 5 ? ` (and ${errors.length - 5} more)` : '';
  return errors.slice(0, 5).join('; ') + more;
}

/** The name of the backup a refused store is moved to: `library.corrupt-20270419T101500Z.json`. */
export function backupName(base: string, epochMs: number, extension = '.json'): string {
  const stamp = new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${base}.corrupt-${stamp}${extension}`;
}

/**
 * The JSON Schema of the library document, made from the same zod schemas, for electron-store: it
 * checks every write against it, so a bad document is refused before it reaches the disk.
 *
 * @example new Store({ schema: libraryJsonSchema(), … })
 */
export function libraryJsonSchema(): Record<keyof LibraryDocument, Record<string, unknown>> {
  const json = (schema: z.ZodType) => {
    // conf's validator (ajv, draft-07) does not know zod's draft 2020-12 `$schema` tag.
    const out: Record<string, unknown> = { ...z.toJSONSchema(schema, { unrepresentable: 'any' }) };
    delete out['$schema'];
    return out;
  };
  return {
    libraryVersion: json(z.literal(LIBRARY_VERSION)),
    plans: json(z.array(z.object({ plan: planSchema, updatedAt: z.number().int().min(0) }))),
    preferences: json(preferencesSchema),
  };
}
