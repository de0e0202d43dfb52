/**
 * The desktop store's files, decided without touching a disk: one plan file per plan
 * (`plans/<name>.json`, a plain plan file that Import plan reads), so a save writes one plan and
 * one bad plan is set aside alone. The preferences are electron-store's file (preferences-file.ts).
 * `library.json` is what earlier versions kept: version 1 the whole library, version 2 a small
 * index holding the preferences. Both are read here so that the store can migrate them on first
 * start.
 */
// A namespace import lets the bundler keep only the zod this file uses (see src/plan/schema.ts).
import * as z from 'zod';
import type { Preferences } from '../api/contract';
import { DEFAULT_PREFERENCES } from '../api/contract';
import { preferencesSchema } from '../api/validate';
import type { Result } from '../model/result';
import { fail, ok } from '../model/result';
import { migrateDocument } from '../plan/migrate';
import { parseJson } from '../plan/plan-file';
import { formatIssues } from '../plan/schema';
import { strictObject } from '../plan/strict';
import { hashText, slug } from '../scheduler/ids';

/**
 * Version 1: the whole library in `library.json`; version 2: the index, plans in `plans/`. Both
 * are only read now, to migrate them: the preferences moved to electron-store's file.
 */
export const STORE_INDEX_VERSION = 2;

export interface StoreIndex {
  readonly libraryVersion: typeof STORE_INDEX_VERSION;
  readonly preferences: Preferences;
}

/** A version-1 library: its preferences, and its plans unchecked (each is checked on its own). */
export interface LegacyLibrary {
  readonly preferences: Preferences;
  readonly plans: readonly { readonly plan: unknown; readonly updatedAt: number }[];
}

export type IndexReading =
  | { readonly kind: 'index'; readonly index: StoreIndex }
  | { readonly kind: 'legacy'; readonly library: LegacyLibrary };

// Strict all the way down: a field this version does not know is refused (and the file kept
// aside), never dropped by the next rewrite.
const indexSchema = strictObject({
  libraryVersion: z.literal(STORE_INDEX_VERSION),
  preferences: preferencesSchema.strict(),
});

const legacySchema = z.object({
  libraryVersion: z.literal(1),
  plans: z.array(z.object({ plan: z.unknown(), updatedAt: z.number().int().min(0) })).max(10_000),
  preferences: preferencesSchema,
});

/**
 * Reads the index file's text: the index, a version-1 library to migrate, or why it is refused
 * (not JSON, a newer version, a field that is wrong).
 *
 * @example readIndexText('{"libraryVersion":2,"preferences":{…}}') // { ok: true, value: { kind: 'index', … } }
 */
export function readIndexText(text: string): Result<IndexReading> {
  // An empty file is refused too: it is what a torn write leaves.
  const json = parseJson(text);
  if (!json.ok) return json;
  // Version 1 is not migrated in place: the store moves its plans to their own files (with IO this
  // module has not), so here it is only read. The version checks are the shared ones.
  const version = migrateDocument(json.value, {
    name: 'library',
    key: 'libraryVersion',
    migrations: {},
    target: STORE_INDEX_VERSION,
  });
  if (!version.ok && !isVersionOne(json.value)) return version;
  if (isVersionOne(json.value)) {
    const legacy = legacySchema.safeParse(json.value);
    if (!legacy.success) return fail(formatIssues(legacy.error.issues));
    return ok({
      kind: 'legacy',
      library: {
        preferences: legacy.data.preferences as Preferences,
        plans: legacy.data.plans.map(({ plan, updatedAt }) => ({ plan, updatedAt })),
      },
    });
  }
  const index = indexSchema.safeParse(json.value);
  if (!index.success) return fail(formatIssues(index.error.issues));
  return ok({ kind: 'index', index: index.data as StoreIndex });
}

function isVersionOne(document: unknown): boolean {
  return (document as { libraryVersion?: unknown } | null)?.libraryVersion === 1;
}

/**
 * The version-2 index's text, as the previous version wrote it (tab-indented JSON and a final
 * newline): what the migration reads.
 *
 * @example indexText(DEFAULT_PREFERENCES) // '{\n\t"libraryVersion": 2,\n\t"preferences": {…}\n}\n'
 */
export function indexText(preferences: Preferences = DEFAULT_PREFERENCES): string {
  const index: StoreIndex = { libraryVersion: STORE_INDEX_VERSION, preferences };
  return `${JSON.stringify(index, undefined, '\t')}\n`;
}

const PLAIN_ID = /^[a-z0-9][a-z0-9_-]{0,79}$/;

/**
 * The file name (without `.json`) a plan is kept under: its id when that is a safe lowercase name
 * on every file system, else a slug and a hash of the id (ids may hold `/` or differ in case only,
 * which a Mac or Windows disk would not keep apart).
 *
 * @example planFileBase('plan-3f2a9c1e') // 'plan-3f2a9c1e'
 * @example planFileBase('Spring/2027') // 'spring-2027-1c2e3a4b'
 */
export function planFileBase(id: string): string {
  if (PLAIN_ID.test(id)) return id;
  return `${slug(id) || 'plan'}-${hashText(id)}`;
}

/**
 * A name for a file that is set aside or copied: `<base>.<what>-20270419T101500Z.json`.
 *
 * @example asideName('plan-1', 'conflict', Date.UTC(2027, 3, 19, 10, 15)) // 'plan-1.conflict-20270419T101500Z.json'
 */
export function asideName(base: string, what: string, epochMs: number, extra = ''): string {
  const stamp = new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${base}.${what}-${stamp}${extra}.json`;
}

/**
 * True for a file in the plans folder that is one of the store's own plan files (not a temp file,
 * a backup, or a copy set aside).
 *
 * @example isPlanFileName('plan-1.json') // true
 * @example isPlanFileName('plan-1.json.bak') // false
 */
export function isPlanFileName(name: string): boolean {
  return name.endsWith('.json') && !name.startsWith('.') && !/\.tmp-/.test(name);
}
