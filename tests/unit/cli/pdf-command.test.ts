// `season-planner pdf`, as a user runs it: the built binary, a real plan, Debian's Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializePlan } from '../../../src/plan/plan-file';
import { generate } from '../../../src/scheduler/generate';

const BIN = join(import.meta.dirname, '../../../bin/season-planner.js');
const CHROMIUM = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

function setup() {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', 'cli'], { encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  const dir = mkdtempSync(join(tmpdir(), 'season-planner-pdf-'));
  const plan = join(dir, 'plan.json');
  const season = generate({
    name: 'Half in spring',
    start: '2027-01-04',
    end: '2027-04-25',
    races: [{ name: 'City half', date: '2027-04-25', distance: 'half', priority: 'A' }],
  });
  writeFileSync(plan, serializePlan(season));
  return { dir, plan };
}

function run(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env });
}

test('without a Chromium, pdf says so, where it looked and what to do, and exits 2', () => {
  const { dir, plan } = setup();
  const out = join(dir, 'plan.pdf');
  const result = run(['pdf', plan, '-o', out], {
    ...process.env,
    CHROMIUM_PATH: join(dir, 'none'),
  });
  assert.equal(result.status, 2);
  assert.match(
    result.stderr,
    /^season-planner: pdf needs Chromium or Chrome to print, and found none at /,
  );
  assert.match(result.stderr, /set CHROMIUM_PATH/);
  assert.equal(existsSync(out), false);
});

test('pdf refuses bad arguments with one line naming them', () => {
  const { plan } = setup();
  assert.equal(run(['pdf', plan]).stderr, 'season-planner: pdf needs -o PLAN.pdf\n');
  assert.equal(
    run(['pdf', plan, '-o', 'x.pdf', '--paper', 'a5']).stderr,
    'season-planner: --paper: a5 is not a4 or letter\n',
  );
});

test(
  'pdf prints the season, one month a page, on the paper asked for',
  { skip: !existsSync(CHROMIUM) && `no Chromium at ${CHROMIUM}` },
  () => {
    const { dir, plan } = setup();
    for (const [paper, size] of [
      ['a4', /\(A4\)/],
      ['letter', /\(letter\)/],
    ] as const) {
      const out = join(dir, `${paper}.pdf`);
      const result = run(['pdf', plan, '-o', out, '--paper', paper]);
      assert.equal(result.status, 0, result.stderr);
      const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
      assert.match(info, size);
      // January to April: four months, four pages.
      assert.match(info, /^Pages:\s+4$/m);
      const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
      const weeks = [...text.matchAll(/\bWeek (\d+)\b/g)].map((m) => Number(m[1]));
      assert.deepEqual(
        weeks.sort((a, b) => a - b),
        Array.from({ length: 16 }, (_, i) => i + 1),
      );
    }
  },
);
