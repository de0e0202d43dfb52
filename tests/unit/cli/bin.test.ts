// The real `season-planner` binary, as a user runs it: real files, real exit codes and streams.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '../../../bin/season-planner.js');

function run(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
}

test('the binary makes, checks and exports a plan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'season-planner-cli-'));
  const request = join(dir, 'request.json');
  writeFileSync(
    request,
    JSON.stringify({
      start: '2027-01-04',
      end: '2027-06-27',
      races: [{ name: 'City 10K', date: '2027-05-16', distance: '10k', priority: 'A' }],
      athlete: { focusDistance: '10k' },
    }),
  );
  const plan = join(dir, 'plan.json');
  const made = run(['plan', request, '-o', plan]);
  assert.equal(made.status, 0, made.stderr);
  assert.equal(JSON.parse(readFileSync(plan, 'utf8')).version, 1);

  const checked = run(['check', plan]);
  assert.equal(checked.status, 0, checked.stderr);

  const ics = run(['ics', plan]);
  assert.equal(ics.status, 0, ics.stderr);
  assert.match(ics.stdout, /^BEGIN:VCALENDAR\r\n/);
});

test('the binary exits 2 with one line naming a missing file', () => {
  const result = run(['check', '/nonexistent/plan.json']);
  assert.equal(result.status, 2);
  assert.equal(
    result.stderr,
    'season-planner: /nonexistent/plan.json: cannot read (no such file)\n',
  );
});

test('the binary prints its usage', () => {
  const result = run(['--help']);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /season-planner plan REQUEST\.json/);
});
