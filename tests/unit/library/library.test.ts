import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY_LIBRARY } from '../../../src/library/document';
import { copyName, createLibrary } from '../../../src/library/library';
import { memoryStorage } from '../../../src/library/storage';
import type { LibraryStorage } from '../../../src/library/storage';
import { SAMPLE_REQUEST, counters, fakeGenerate, samplePlan } from './sample-plan';

function setup(storage: LibraryStorage = memoryStorage(EMPTY_LIBRARY)) {
  return createLibrary({ storage, generate: fakeGenerate, ...counters() });
}

test('a saved plan loads back equal, and the list shows it', async () => {
  const library = setup();
  const plan = samplePlan();
  const saved = await library.savePlan(plan);
  assert.ok(saved.ok);
  assert.deepEqual(library.loadPlan(plan.id), { ok: true, value: plan });
  const list = library.listPlans();
  assert.ok(list.ok);
  assert.deepEqual(
    list.value.map((s) => [s.id, s.name, s.seasonStart, s.seasonEnd]),
    [['plan-1', 'Spring season', '2027-03-01', '2027-05-30']],
  );
});

test('the list is newest first', async () => {
  const library = setup();
  await library.savePlan(samplePlan('a', 'A'));
  await library.savePlan(samplePlan('b', 'B'));
  await library.savePlan(samplePlan('a', 'A again'));
  const list = library.listPlans();
  assert.ok(list.ok);
  assert.deepEqual(
    list.value.map((s) => s.id),
    ['a', 'b'],
  );
});

test('creating the same request twice gives two plans with different ids', async () => {
  const library = setup();
  const first = await library.createPlan(SAMPLE_REQUEST);
  const second = await library.createPlan(SAMPLE_REQUEST);
  assert.ok(first.ok && second.ok);
  assert.notEqual(first.value.id, second.value.id);
  const list = library.listPlans();
  assert.ok(list.ok);
  assert.equal(list.value.length, 2);
});

test('a bad plan request is refused with its errors by path', async () => {
  const library = setup();
  const result = await library.createPlan({ ...SAMPLE_REQUEST, end: '2027-13-01' });
  assert.equal(result.ok, false);
  assert.ok(!result.ok && result.error.code === 'invalid-argument');
  assert.ok(!result.ok && result.error.details?.some((d) => d.startsWith('end: ')));
});

test('rename trims the name and refuses an empty one', async () => {
  const library = setup();
  await library.savePlan(samplePlan());
  const renamed = await library.renamePlan('plan-1', '  Autumn  ');
  assert.ok(renamed.ok && renamed.value.name === 'Autumn');
  const empty = await library.renamePlan('plan-1', '   ');
  assert.ok(!empty.ok && empty.error.code === 'invalid-argument');
  assert.deepEqual(!empty.ok && empty.error.details, ['name: the name is empty']);
  const missing = await library.renamePlan('nope', 'X');
  assert.ok(!missing.ok && missing.error.code === 'not-found');
});

test('duplicate copies the plan under a new id and name', async () => {
  const library = setup();
  const plan = samplePlan();
  await library.savePlan(plan);
  const copy = await library.duplicatePlan(plan.id);
  assert.ok(copy.ok);
  assert.notEqual(copy.value.id, plan.id);
  assert.equal(copy.value.name, 'Spring season (copy)');
  assert.deepEqual(copy.value.sessions, plan.sessions);
  assert.deepEqual(library.loadPlan(copy.value.id), { ok: true, value: copy.value });
});

test('copy names count up and stay within 200 characters', async () => {
  assert.equal(copyName('Spring'), 'Spring (copy)');
  assert.equal(copyName('Spring (copy)'), 'Spring (copy 2)');
  assert.equal(copyName('Spring (copy 9)'), 'Spring (copy 10)');
  const long = copyName('x'.repeat(200));
  assert.equal(long.length, 200);
  assert.ok(long.endsWith(' (copy)'));
});

test('delete returns the plan, clears the last-open preference, and saving it restores it', async () => {
  const library = setup();
  const plan = samplePlan();
  await library.savePlan(plan);
  library.setPreferences({ lastPlanId: plan.id });
  const deleted = await library.deletePlan(plan.id);
  assert.deepEqual(deleted, { ok: true, value: plan });
  assert.ok(!library.loadPlan(plan.id).ok);
  const prefs = library.getPreferences();
  assert.ok(prefs.ok && prefs.value.lastPlanId === null);
  assert.ok((await library.savePlan(plan)).ok);
  assert.deepEqual(library.loadPlan(plan.id), { ok: true, value: plan });
});

test('preferences: a patch merges, undefined means unchanged, a bad value is refused', async () => {
  const library = setup();
  const set = library.setPreferences({ theme: 'dark', view: undefined } as never);
  assert.ok(set.ok && set.value.theme === 'dark' && set.value.view === 'season');
  const bad = library.setPreferences({ theme: 'purple' } as never);
  assert.ok(!bad.ok && bad.error.details?.[0]?.startsWith('theme: '));
  const unknown = library.setPreferences({ colour: 'red' } as never);
  assert.ok(!unknown.ok && unknown.error.code === 'invalid-argument');
  const prefs = library.getPreferences();
  assert.ok(prefs.ok && prefs.value.theme === 'dark');
});

test('an imported plan file that is invalid is refused by path and changes nothing', async () => {
  const storage = memoryStorage(EMPTY_LIBRARY);
  const library = setup(storage);
  await library.savePlan(samplePlan());
  const before = JSON.stringify([storage.listPlans(), storage.getPreferences()]);
  const bad = { ...samplePlan('other'), races: [{ ...samplePlan().races[0], date: '2027-02-30' }] };
  const result = await library.importPlanText(JSON.stringify(bad));
  assert.ok(!result.ok && result.error.code === 'invalid-file');
  assert.ok(
    !result.ok &&
      result.error.details?.includes('races[0].date: 2027-02-30 is not a calendar date'),
  );
  const notJson = await library.importPlanText('{ "version": 1,');
  assert.ok(!notJson.ok && notJson.error.details?.[0]?.startsWith('not valid JSON'));
  assert.equal(JSON.stringify([storage.listPlans(), storage.getPreferences()]), before);
});

test('an imported plan whose id is taken gets a new id and keeps the existing plan', async () => {
  const library = setup();
  const plan = samplePlan();
  await library.savePlan(plan);
  const imported = await library.importPlanText(JSON.stringify({ ...plan, name: 'Imported' }));
  assert.ok(imported.ok && imported.value.id !== plan.id);
  assert.deepEqual(library.loadPlan(plan.id), { ok: true, value: plan });
});

test('a failed write is a store error and memory keeps what is stored', async () => {
  let full = false;
  const storage = memoryStorage(EMPTY_LIBRARY, () => {
    if (full) throw new Error('QuotaExceededError');
  });
  const library = setup(storage);
  await library.savePlan(samplePlan('a'));
  full = true;
  const result = await library.savePlan(samplePlan('b'));
  assert.ok(!result.ok && result.error.code === 'store');
  assert.deepEqual(result.ok ? null : result.error.details, ['QuotaExceededError']);
  const list = library.listPlans();
  assert.ok(list.ok && list.value.length === 1);
});

test('bad ids are invalid arguments, unknown ids are not found', async () => {
  const library = setup();
  for (const method of ['loadPlan', 'duplicatePlan', 'deletePlan', 'exportPlanText'] as const) {
    const bad = await library[method](42 as never);
    assert.ok(!bad.ok && bad.error.code === 'invalid-argument', method);
    const missing = await library[method]('nope');
    assert.ok(!missing.ok && missing.error.code === 'not-found', method);
  }
});

test('a write the storage refuses later (as the desktop disk does) is a store error in words', async () => {
  const memory = memoryStorage(EMPTY_LIBRARY);
  const refusing: LibraryStorage = {
    ...memory,
    putPlan: async () => {
      await new Promise((resolve) => setImmediate(resolve));
      throw new Error('/data/plans/a.json: the disk is full (ENOSPC)');
    },
    deletePlan: async () => {
      await new Promise((resolve) => setImmediate(resolve));
      throw new Error('/data/plans/a.json: the disk is read-only (EROFS)');
    },
  };
  const library = setup(refusing);
  assert.deepEqual(await library.savePlan(samplePlan('a')), {
    ok: false,
    error: {
      code: 'store',
      message: 'The library could not be saved.',
      details: ['/data/plans/a.json: the disk is full (ENOSPC)'],
    },
  });
  await memory.putPlan({ plan: samplePlan('a'), updatedAt: 1 });
  library.setPreferences({ lastPlanId: 'a' });
  const deleted = await library.deletePlan('a');
  assert.deepEqual(deleted.ok ? null : deleted.error.details, [
    '/data/plans/a.json: the disk is read-only (EROFS)',
  ]);
  const prefs = library.getPreferences();
  assert.ok(
    prefs.ok && prefs.value.lastPlanId === 'a',
    'a failed deletion keeps the last-open plan',
  );
});
