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
  const twice = [
    { plan: samplePlan(), updatedAt: 1 },
    { plan: samplePlan(), updatedAt: 2 },
  ];
  assert.match(reason(doc(twice)), /plans\[1\]\.plan\.id: plan-1 appears twice/);
  const many = Array.from({ length: 8 }, (_, i) => ({
    plan: { version: 1, id: `p${i}` },
    updatedAt: 1,
  }));
  assert.match(reason(doc(many)), /\(and \d+ more\)$/);
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
