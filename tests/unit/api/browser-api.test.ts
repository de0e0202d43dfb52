import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBrowserApi } from '../../../renderer/api/browser-api';
import { LIBRARY_KEY, SET_ASIDE_PREFIX } from '../../../renderer/api/browser-storage';
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

test('one bad plan is set aside alone under its own key; the others load and are saved', async () => {
  const local = new FakeLocalStorage();
  const bad = { ...samplePlan('bad'), sessions: [{ ...samplePlan().sessions[0], date: 'soon' }] };
  const preferences = {
    theme: 'dark',
    weekStart: 'monday',
    lastPlanId: null,
    view: 'season',
    window: null,
  };
  const entry = (plans: unknown[]) => JSON.stringify({ libraryVersion: 1, plans, preferences });
  local.setItem(
    LIBRARY_KEY,
    entry([
      { plan: samplePlan(), updatedAt: 1 },
      { plan: bad, updatedAt: 2 },
    ]),
  );
  const api = open(local);
  const report = await api.getStartupReport();
  assert.ok(report.ok);
  assert.equal(report.value.recovered, null);
  const [notice] = report.value.notices ?? [];
  const key = `${SET_ASIDE_PREFIX}bad.invalid-20270101T000001Z.json`;
  assert.match(
    notice ?? '',
    /^The saved plan “Spring season” could not be read \(sessions\[0\]\.date: not a date/,
  );
  assert.ok(notice?.includes(key), notice);
  assert.equal(local.getItem(key), `${JSON.stringify(bad, null, 2)}\n`);
  assert.equal(local.getItem(LIBRARY_KEY), entry([{ plan: samplePlan(), updatedAt: 1 }]));
  assert.deepEqual(await api.loadPlan('plan-1'), { ok: true, value: samplePlan() });
});

test('with no room to set a bad plan aside, the entry is left as it is and the user told', async () => {
  class FullStorage extends FakeLocalStorage {
    override setItem(key: string, value: string): void {
      if (key !== LIBRARY_KEY) throw new Error('QuotaExceededError');
      super.setItem(key, value);
    }
  }
  const local = new FullStorage();
  const bad = { ...samplePlan('bad'), season: { start: 'x', end: 'y' } };
  const text = JSON.stringify({
    libraryVersion: 1,
    plans: [
      { plan: samplePlan(), updatedAt: 1 },
      { plan: bad, updatedAt: 2 },
    ],
    preferences: {
      theme: 'system',
      weekStart: 'monday',
      lastPlanId: null,
      view: 'season',
      window: null,
    },
  });
  local.setItem(LIBRARY_KEY, text);
  const api = open(local);
  const report = await api.getStartupReport();
  assert.ok(report.ok);
  assert.match(report.value.notices?.[0] ?? '', /no room .* changes are not saved/);
  assert.deepEqual(await api.loadPlan('plan-1'), { ok: true, value: samplePlan() });
  await api.savePlan(samplePlan('plan-2'));
  assert.equal(local.getItem(LIBRARY_KEY), text);
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
