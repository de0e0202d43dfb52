import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_PREFERENCES } from '../../../src/api/contract';
import {
  EMPTY_LIBRARY,
  backupName,
  libraryJsonSchema,
  readLibraryText,
} from '../../../src/library/document';
import { samplePlan } from './sample-plan';

const doc = (plans: unknown[], extra: object = {}) =>
  JSON.stringify({ libraryVersion: 1, plans, preferences: DEFAULT_PREFERENCES, ...extra });

test('no stored text is an empty library; stored text loads', () => {
  assert.deepEqual(readLibraryText(null), { kind: 'empty', document: EMPTY_LIBRARY });
  const reading = readLibraryText(doc([{ plan: samplePlan(), updatedAt: 5 }]));
  assert.equal(reading.kind, 'loaded');
  assert.deepEqual(reading.document.plans, [{ plan: samplePlan(), updatedAt: 5 }]);
});

test('refusals say why, by path', () => {
  const reason = (text: string) => {
    const reading = readLibraryText(text);
    assert.equal(reading.kind, 'refused');
    assert.deepEqual(reading.document, EMPTY_LIBRARY);
    return reading.kind === 'refused' ? reading.reason : '';
  };
  assert.match(reason(''), /not valid JSON/);
  assert.match(reason('[]'), /not a JSON object/);
  assert.match(reason('{"plans":[]}'), /libraryVersion: missing/);
  assert.match(reason(doc([], { libraryVersion: 2 })), /newer than this app/);
  assert.match(reason(doc([], { preferences: { theme: 'x' } })), /^preferences\.theme/);
  assert.match(reason(doc([{ plan: samplePlan() }])), /^plans\[0\]\.updatedAt/);
});

test('a plan that cannot be read is left out alone, with its text and why; the others load', () => {
  const bad = { ...samplePlan('bad'), season: { start: 'x', end: 'y' } };
  const reading = readLibraryText(
    doc([
      { plan: samplePlan(), updatedAt: 1 },
      { plan: bad, updatedAt: 2 },
      { plan: samplePlan(), updatedAt: 3 },
      { plan: { version: 1, id: 'p' }, updatedAt: 4 },
    ]),
  );
  assert.equal(reading.kind, 'loaded');
  if (reading.kind !== 'loaded') return;
  assert.deepEqual(reading.document.plans, [{ plan: samplePlan(), updatedAt: 1 }]);
  assert.deepEqual(
    reading.unread.map((u) => [u.index, u.plan]),
    [
      [1, bad],
      [2, samplePlan()],
      [3, { version: 1, id: 'p' }],
    ],
  );
  assert.match(reading.unread[0]?.reason ?? '', /season\.start: not a date/);
  assert.equal(reading.unread[1]?.reason, 'id: plan-1 appears twice');
  // Many problems in one plan are said in one line, the first five and a count.
  assert.match(reading.unread[2]?.reason ?? '', /\(and \d+ more\)$/);
});

test('backup names sort by time and carry no characters file systems refuse', () => {
  const name = backupName('/data/library', Date.UTC(2027, 3, 19, 10, 15, 30, 999));
  assert.equal(name, '/data/library.corrupt-20270419T101530Z.json');
  assert.doesNotMatch(name.slice('/data/'.length), /[:<>"|?*\\/]/);
});

test('the JSON Schema for the store engine has no draft tag ajv 8 would not know', () => {
  const schema = libraryJsonSchema();
  assert.deepEqual(Object.keys(schema).sort(), ['libraryVersion', 'plans', 'preferences']);
  for (const part of Object.values(schema)) assert.equal('$schema' in part, false);
});
