import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBrowserApi } from '../../../renderer/api/browser-api';
import { LIBRARY_KEY } from '../../../renderer/api/browser-storage';
import { counters, fakeGenerate, samplePlan } from '../library/sample-plan';
import { FakeLocalStorage, fakeFiles } from './fakes';

const ical = {
  exportPlan: () => 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
  importRaces: () => ({ ok: true as const, value: { races: [], skipped: [], utcTimes: false } }),
};

function open(localStorage: FakeLocalStorage, files = fakeFiles()) {
  return createBrowserApi({ localStorage, files, generate: fakeGenerate, ical, ...counters() });
}

test('the browser implementation keeps the library in one localStorage entry', async () => {
  const local = new FakeLocalStorage();
  const api = open(local);
  await api.savePlan(samplePlan());
  const stored = JSON.parse(local.getItem(LIBRARY_KEY) ?? 'null');
  assert.equal(stored.libraryVersion, 1);
  assert.deepEqual(stored.plans[0].plan, samplePlan());
  assert.deepEqual(await open(local).loadPlan('plan-1'), { ok: true, value: samplePlan() });
});

test('a corrupt entry is copied aside, reported, and the app starts empty', async () => {
  const local = new FakeLocalStorage();
  local.setItem(LIBRARY_KEY, '{"libraryVersion":1,"plans":[');
  const api = open(local);
  const report = await api.getStartupReport();
  assert.ok(report.ok && report.value.recovered);
  const { backupPath, reason } = report.value.recovered;
  assert.match(backupPath, /^season-planner:library\.corrupt-\d{8}T\d{6}Z$/);
  assert.match(reason, /not valid JSON/);
  assert.equal(local.getItem(backupPath), '{"libraryVersion":1,"plans":[');
  assert.deepEqual(await api.listPlans(), { ok: true, value: [] });
});

test('exports are handed to the file port under the plan name', async () => {
  const local = new FakeLocalStorage();
  const files = fakeFiles();
  const api = open(local, files);
  await api.savePlan(samplePlan());
  files.nextSavePath = 'Spring season.json';
  assert.deepEqual(await api.exportPlanFile('plan-1'), {
    ok: true,
    value: { path: 'Spring season.json' },
  });
  assert.deepEqual(JSON.parse(files.saved[0]?.text ?? ''), samplePlan());
  files.nextSavePath = null;
  assert.deepEqual(await api.exportIcs({ planId: 'plan-1' }), { ok: true, value: null });
});
