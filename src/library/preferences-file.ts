/**
 * The desktop app's preferences file (`preferences.json`), which electron-store keeps: one JSON
 * object, the preferences' own fields at its top (electron-store's way: `store.get('theme')`) and
 * a version field. Decided here without a disk: how the file is read, what it holds, and the JSON
 * Schema electron-store checks every write against, made from the same zod schema.
 */
// A namespace import lets the bundler keep only the zod this file uses (see src/plan/schema.ts).
import * as z from 'zod';
import type { Preferences } from '../api/contract';
import { preferencesSchema } from '../api/validate';
import type { Result } from '../model/result';
import { fail, ok } from '../model/result';
import { migrateDocument } from '../plan/migrate';
import { parseJson } from '../plan/plan-file';
import { formatIssues } from '../plan/schema';
import { strictObject } from '../plan/strict';

/** The file's name without `.json` (electron-store's `name`, conf's `configName`). */
export const PREFERENCES_NAME = 'preferences';
export const PREFERENCES_VERSION = 1;
const VERSION_KEY = 'preferencesVersion';

export type PreferencesFile = Preferences & { readonly preferencesVersion: 1 };

// Strict: a field this version does not know is refused (the file kept aside), never dropped by
// the next rewrite.
const fileSchema = strictObject({
  [VERSION_KEY]: z.literal(PREFERENCES_VERSION),
  ...preferencesSchema.shape,
});

/**
 * What the file holds for these preferences.
 *
 * @example preferencesFile(DEFAULT_PREFERENCES) // { preferencesVersion: 1, theme: 'system', … }
 */
export function preferencesFile(preferences: Preferences): PreferencesFile {
  return { [VERSION_KEY]: PREFERENCES_VERSION, ...preferences };
}

/**
 * Reads the file's parsed contents: the preferences, or why they are refused (a newer version, a
 * field that is wrong or unknown), each reason naming the field.
 *
 * @example readPreferencesValue({ preferencesVersion: 1, theme: 'purple', … }) // { ok: false, error: ['theme: …'] }
 */
export function readPreferencesValue(value: unknown): Result<Preferences> {
  const version = migrateDocument(value, {
    name: 'preferences file',
    key: VERSION_KEY,
    migrations: {},
    target: PREFERENCES_VERSION,
  });
  if (!version.ok) return version;
  const parsed = fileSchema.safeParse(version.value);
  if (!parsed.success) return fail(formatIssues(parsed.error.issues));
  // Listed, not spread: a field added to Preferences fails to compile here until it is read.
  const { theme, weekStart, lastPlanId, view, window } = parsed.data;
  const preferences: Preferences = { theme, weekStart, lastPlanId, view, window };
  return ok(preferences);
}

/**
 * Reads the file's text; an empty file (what a cut-off write leaves) is refused as not JSON.
 *
 * @example readPreferencesText('{"preferencesVersion":1,"theme":"dark",…}') // { ok: true, value: { theme: 'dark', … } }
 */
export function readPreferencesText(text: string): Result<Preferences> {
  // A text editor may save a byte order mark, which is not part of the JSON (conf skips it too).
  const json = parseJson(text.replace(/^\uFEFF/, ''));
  return json.ok ? readPreferencesValue(json.value) : json;
}

/**
 * The JSON Schema electron-store (conf) checks the file against: its `schema` option (one schema
 * per field) and its `rootSchema` (every field required, no other field), both from the zod schema
 * the file is read with, so the engine and the reader cannot disagree about a field.
 *
 * @example new Conf({ ...preferencesJsonSchema(), cwd, configName: PREFERENCES_NAME })
 */
export function preferencesJsonSchema(): {
  readonly schema: Record<keyof PreferencesFile, Record<string, unknown>>;
  readonly rootSchema: Record<string, unknown>;
} {
  const json = (schema: z.ZodType) => {
    // The fields are sub-schemas of conf's own root schema: no `$schema` tag of their own.
    const out: Record<string, unknown> = { ...z.toJSONSchema(schema, { unrepresentable: 'any' }) };
    delete out['$schema'];
    return out;
  };
  const shape = fileSchema.shape;
  const schema = Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [key, json(field)]),
  ) as Record<keyof PreferencesFile, Record<string, unknown>>;
  return {
    schema,
    rootSchema: { required: Object.keys(shape), additionalProperties: false },
  };
}
