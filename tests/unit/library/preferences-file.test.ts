import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Preferences } from '../../../src/api/contract';
import { DEFAULT_PREFERENCES } from '../../../src/api/contract';
import {
  preferencesFile,
  preferencesJsonSchema,
  readPreferencesText,
  readPreferencesValue,
} from '../../../src/library/preferences-file';

const text = (extra: object = {}) =>
  JSON.stringify({ ...preferencesFile(DEFAULT_PREFERENCES), ...extra });

function reason(input: string): string {
  const read = readPreferencesText(input);
  assert.equal(read.ok, false, input);
  return read.ok ? '' : read.error.join('\n');
}

test('the file holds the preferences at its top and its version; it reads back', () => {
  assert.deepEqual(preferencesFile(DEFAULT_PREFERENCES), {
    preferencesVersion: 1,
    ...DEFAULT_PREFERENCES,
  });
  assert.deepEqual(readPreferencesText(text({ theme: 'dark' })), {
    ok: true,
    value: { ...DEFAULT_PREFERENCES, theme: 'dark' },
  });
  // A byte order mark a text editor saved is not part of the JSON.
  assert.deepEqual(readPreferencesText(`\uFEFF${text()}`), {
    ok: true,
    value: DEFAULT_PREFERENCES,
  });
});

test('refusals say why, naming the field', () => {
  assert.match(reason(''), /not valid JSON/);
  assert.match(reason('[]'), /not a JSON object/);
  assert.match(reason(JSON.stringify(DEFAULT_PREFERENCES)), /preferencesVersion: missing/);
  assert.match(reason(text({ preferencesVersion: 2 })), /newer than this app understands/);
  assert.match(reason(text({ theme: 'purple' })), /^theme/);
  assert.match(reason(text({ them: 'dark' })), /them: unknown field \(did you mean theme\?\)/);
  assert.match(reason(text({ window: { width: 5, height: 400, maximized: false } })), /^window/);
  const missing = Object.entries(preferencesFile(DEFAULT_PREFERENCES)).filter(
    ([k]) => k !== 'view',
  );
  assert.match(reason(JSON.stringify(Object.fromEntries(missing))), /^view/);
});

const preferencesArb: fc.Arbitrary<Preferences> = fc.record({
  theme: fc.constantFrom('system', 'light', 'dark'),
  weekStart: fc.constantFrom('monday', 'sunday'),
  lastPlanId: fc.option(fc.string({ minLength: 1, maxLength: 200 }), { nil: null }),
  view: fc.constantFrom('season', 'month', 'week'),
  window: fc.option(
    fc.record(
      {
        x: fc.integer({ min: -100_000, max: 100_000 }),
        y: fc.integer({ min: -100_000, max: 100_000 }),
        width: fc.integer({ min: 100, max: 100_000 }),
        height: fc.integer({ min: 100, max: 100_000 }),
        maximized: fc.boolean(),
      },
      { requiredKeys: ['width', 'height', 'maximized'] },
    ),
    { nil: null },
  ),
});

test('every preferences value survives the file (conf writes tab-indented JSON)', () => {
  fc.assert(
    fc.property(preferencesArb, (drawn) => {
      // Plain objects, as JSON gives them (fast-check may draw them without a prototype).
      const preferences = JSON.parse(JSON.stringify(drawn)) as Preferences;
      const written = JSON.stringify(preferencesFile(preferences), undefined, '\t');
      assert.deepEqual(readPreferencesText(written), { ok: true, value: preferences });
      assert.deepEqual(readPreferencesValue(JSON.parse(written)), { ok: true, value: preferences });
    }),
  );
});

test('the JSON Schema for electron-store names every field of the file, all required, no others', () => {
  const { schema, rootSchema } = preferencesJsonSchema();
  const fields = Object.keys(preferencesFile(DEFAULT_PREFERENCES)).sort();
  assert.deepEqual(Object.keys(schema).sort(), fields);
  assert.deepEqual([...(rootSchema['required'] as string[])].sort(), fields);
  assert.equal(rootSchema['additionalProperties'], false);
  assert.deepEqual(schema.theme, { type: 'string', enum: ['system', 'light', 'dark'] });
  for (const field of Object.values(schema)) assert.ok(!('$schema' in field));
});
