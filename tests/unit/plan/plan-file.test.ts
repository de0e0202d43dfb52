import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  migrate,
  parsePlan,
  parsePlanRequest,
  parsePlanText,
  serializePlan,
} from '../../../src/plan/plan-file';
import { generate } from '../../../src/scheduler/generate';
import { PLAN_VERSION } from '../../../src/model/plan';

const plan = generate({
  name: 'File test',
  start: '2027-01-04',
  end: '2027-06-27',
  races: [
    { name: 'City 10K', date: '2027-03-14', distance: '10k', priority: 'B' },
    { name: 'Spring Half', date: '2027-05-16', distance: 'half', priority: 'A' },
  ],
});

test('a plan survives the file round trip unchanged', () => {
  const read = parsePlanText(serializePlan(plan));
  assert.ok(read.ok);
  assert.deepEqual(read.value, plan);
  assert.equal(serializePlan(read.value), serializePlan(plan));
});

test('errors name the path and the problem, every one of them', () => {
  const broken = structuredClone(plan) as unknown as {
    races: { date: string }[];
    sessions: { durationMin: unknown }[];
    settings: { restWeekday: string };
  };
  (broken.races[1] as { date: string }).date = '2027-02-30';
  (broken.sessions[3] as { durationMin: unknown }).durationMin = 'long';
  broken.settings.restWeekday = 'funday';
  const read = parsePlan(broken);
  assert.ok(!read.ok);
  assert.ok(
    read.error.includes('races[1].date: 2027-02-30 is not a calendar date'),
    read.error.join('\n'),
  );
  assert.ok(read.error.some((e) => e.startsWith('sessions[3].durationMin: ')));
  assert.ok(read.error.some((e) => e.startsWith('settings.restWeekday: ')));
});

test('a race outside the season is named with the season', () => {
  const outside = { ...plan, races: [{ ...plan.races[0]!, date: '2026-12-01' }] };
  const read = parsePlan(outside);
  assert.ok(!read.ok);
  assert.deepEqual(read.error, [
    'races[0].date: 2026-12-01 is outside the season (2027-01-04 to 2027-06-27)',
  ]);
});

test('invalid JSON and non-objects are errors, never throws', () => {
  const text = parsePlanText('{"version": 1,');
  assert.ok(!text.ok);
  assert.match(text.error[0] ?? '', /^not valid JSON: /);
  for (const value of [null, 42, 'plan', [plan]]) {
    const read = parsePlan(value);
    assert.ok(!read.ok);
    assert.deepEqual(read.error, ['the plan is not a JSON object']);
  }
});

test('a file from a newer version is refused with advice, a missing version too', () => {
  const newer = parsePlan({ ...plan, version: PLAN_VERSION + 1 });
  assert.ok(!newer.ok);
  assert.match(
    newer.error[0] ?? '',
    new RegExp(
      `version: ${PLAN_VERSION + 1} is newer than this app understands \\(${PLAN_VERSION}\\)`,
    ),
  );
  const missing = parsePlan({ ...plan, version: undefined });
  assert.ok(!missing.ok);
  assert.deepEqual(missing.error, ['version: missing or not a whole number']);
});

test('migrations run one version at a time up to the current one', () => {
  const steps = {
    1: (doc: Record<string, unknown>) => ({ ...doc, version: 2, renamed: doc['old'] }),
    2: (doc: Record<string, unknown>) => ({ ...doc, version: 3, added: true }),
  };
  const migrated = migrate({ version: 1, old: 'x' }, steps, 3);
  assert.ok(migrated.ok);
  assert.deepEqual(migrated.value, { version: 3, old: 'x', renamed: 'x', added: true });
  const gap = migrate({ version: 1 }, { 1: (doc) => ({ ...doc, version: 2 }) }, 3);
  assert.deepEqual(gap, { ok: false, error: ['version: no migration from version 2'] });
});

test('a request needs only dates and races; bad ones name the field', () => {
  assert.ok(parsePlanRequest({ start: '2027-01-04', end: '2027-12-26', races: [] }).ok);
  const bad = parsePlanRequest({
    start: '2027-01-04',
    end: '2027-12-26',
    races: [{ name: 'X', date: '2027-05-01', distance: 'marathonish' }],
    athlete: { hardDayCap: 9 },
  });
  assert.ok(!bad.ok);
  assert.ok(bad.error.some((e) => e.startsWith('races[0].distance: ')));
  assert.ok(bad.error.some((e) => e.startsWith('athlete.hardDayCap: ')));
});
