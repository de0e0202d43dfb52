// Finding 8 of issue 11: a file each of whose fields is valid can still be inconsistent; `check`
// reports that as an error and Import plan refuses it with the list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../../../src/cli/run';
import type { CliIo } from '../../../src/cli/run';
import type { Plan } from '../../../src/model/plan';
import { checkIntegrity } from '../../../src/plan/integrity';
import { serializePlan } from '../../../src/plan/plan-file';
import { createLibrary } from '../../../src/library/library';
import { EMPTY_LIBRARY } from '../../../src/library/document';
import { memoryStorage } from '../../../src/library/storage';
import { generate } from '../../../src/scheduler/generate';
import { counters, fakeGenerate } from '../library/sample-plan';

const plan = generate({
  start: '2027-01-04',
  end: '2027-06-27',
  races: [{ name: 'Spring Half', date: '2027-05-16', distance: 'half' }],
});

function check(broken: Plan): { code: number; out: string; json: unknown[] } {
  const out: string[] = [];
  const io: CliIo = {
    readText: () => ({ ok: true, value: serializePlan(broken) }),
    writeText: () => ({ ok: true, value: undefined }),
    stdout: (text) => out.push(text),
    stderr: () => {},
    now: () => 0,
  };
  const code = runCli(['check', 'plan.json'], io);
  const jsonOut: string[] = [];
  runCli(['check', 'plan.json', '--json'], { ...io, stdout: (text) => jsonOut.push(text) });
  return { code, out: out.join(''), json: JSON.parse(jsonOut.join('')) as unknown[] };
}

const sessions = plan.sessions;
const first = sessions[0]!;
const raceSession = sessions.find((s) => s.kind === 'race')!;

test('a generated plan is consistent', () => {
  assert.deepEqual(checkIntegrity(plan), []);
  assert.equal(check(plan).code, 0);
});

test('duplicate session ids are an error finding', () => {
  const broken = { ...plan, sessions: [...sessions, { ...first, date: '2027-06-01' }] };
  const problems = checkIntegrity(broken);
  assert.deepEqual(problems, [
    `sessions[${sessions.length}].id: ${first.id} is also the id of sessions[0]`,
  ]);
  const { code, out, json } = check(broken);
  assert.equal(code, 1);
  assert.match(
    out,
    /ERROR {3}integrity\n {8}sessions\[\d+\]\.id: .* is also the id of sessions\[0\]/,
  );
  assert.deepEqual(json[0], { rule: 'integrity', severity: 'error', message: problems[0] });
});

test('a race session without its race is an error finding (and the race without its session)', () => {
  const broken = { ...plan, races: [] };
  const problems = checkIntegrity(broken);
  assert.ok(
    problems.some((p) => /^sessions\[\d+\]\.raceId: there is no race with the id /.test(p)),
    problems.join('\n'),
  );
  assert.equal(check(broken).code, 1);
  const noSession = { ...plan, sessions: sessions.filter((s) => s !== raceSession) };
  assert.deepEqual(checkIntegrity(noSession), [
    `races[0]: the race ${plan.races[0]!.id} has no race session`,
  ]);
});

test('sessions and blocks outside the season are error findings', () => {
  const broken = {
    ...plan,
    sessions: [...sessions, { ...first, id: 'late', date: '2027-07-01' }],
    blocks: [
      ...plan.blocks,
      { id: 'early', kind: 'base' as const, start: '2026-01-01', end: '2026-01-31' },
    ],
  };
  assert.deepEqual(checkIntegrity(broken), [
    `sessions[${sessions.length}].date: 2027-07-01 is outside the season (2027-01-04 to 2027-06-27)`,
    `blocks[${plan.blocks.length}]: 2026-01-01 to 2026-01-31 is outside the season (2027-01-04 to 2027-06-27)`,
  ]);
  assert.equal(check(broken).code, 1);
});

test('Import plan refuses an inconsistent file with the list, and keeps nothing', async () => {
  const library = createLibrary({
    storage: memoryStorage(EMPTY_LIBRARY),
    generate: fakeGenerate,
    ...counters(),
  });
  const broken = { ...plan, sessions: [...sessions, first] };
  const result = await library.importPlanText(serializePlan(broken));
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.equal(result.error.code, 'invalid-file');
  assert.deepEqual(result.error.details, checkIntegrity(broken));
  assert.deepEqual(library.listPlans(), { ok: true, value: [] });
});
