import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { runCli } from '../../../src/cli/run';
import type { CliIo } from '../../../src/cli/run';
import { serializePlan } from '../../../src/plan/plan-file';
import { decodeWithGarmin } from '../fit/decoders';
import { workoutPlan } from '../fit/workouts';

function fakeIo(files: Record<string, string>) {
  const text = new Map(Object.entries(files));
  const bytes = new Map<string, Uint8Array>();
  const dirs: string[] = [];
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readText: (path) =>
      text.has(path)
        ? { ok: true, value: text.get(path) as string }
        : { ok: false, error: `${path}: cannot read (no such file)` },
    writeText: (path, value) => {
      text.set(path, value);
      return { ok: true, value: undefined };
    },
    writeBytes: (path, value) => {
      bytes.set(path, value);
      return { ok: true, value: undefined };
    },
    makeDir: (path) => {
      dirs.push(path);
      return { ok: true, value: undefined };
    },
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    now: () => Date.UTC(2027, 1, 20, 12),
  };
  return { io, bytes, dirs, stdout: () => out.join(''), stderr: () => err.join('') };
}

const PLAN = serializePlan(workoutPlan());

test('fit -o DIR writes one file per session to run into the folder, and says where to copy them', () => {
  const fs = fakeIo({ 'plan.json': PLAN });
  assert.equal(runCli(['fit', 'plan.json', '-o', 'watch/'], fs.io), 0, fs.stderr());
  assert.deepEqual(fs.dirs, ['watch/']);
  assert.deepEqual(
    [...fs.bytes.keys()],
    [
      'watch/2027-03-02-intervals.fit',
      'watch/2027-03-03-easy.fit',
      'watch/2027-03-04-tempo.fit',
      'watch/2027-03-06-hills.fit',
      'watch/2027-03-07-long.fit',
    ],
  );
  for (const file of fs.bytes.values()) assert.equal(decodeWithGarmin(file).fileType, 'workout');
  assert.equal(
    fs.stdout(),
    "5 workouts written to watch/. Copy the .fit files into the watch's GARMIN/NewFiles folder.\n",
  );
});

test('fit -o FILE.zip with --from and --to zips the range', () => {
  const fs = fakeIo({ 'plan.json': PLAN });
  const code = runCli(
    ['fit', 'plan.json', '-o', 'week.zip', '--from', '2027-03-03', '--to', '2027-03-04'],
    fs.io,
  );
  assert.equal(code, 0, fs.stderr());
  const zip = fs.bytes.get('week.zip');
  assert.ok(zip);
  assert.deepEqual(Object.keys(unzipSync(zip)).sort(), [
    '2027-03-03-easy.fit',
    '2027-03-04-tempo.fit',
  ]);
});

test('fit -o FILE.fit takes one session, and refuses a range of several', () => {
  const one = fakeIo({ 'plan.json': PLAN });
  const args = [
    'fit',
    'plan.json',
    '-o',
    'tempo.fit',
    '--from',
    '2027-03-04',
    '--to',
    '2027-03-04',
  ];
  assert.equal(runCli(args, one.io), 0, one.stderr());
  assert.ok(one.bytes.get('tempo.fit'));

  const many = fakeIo({ 'plan.json': PLAN });
  assert.equal(runCli(['fit', 'plan.json', '-o', 'all.fit'], many.io), 2);
  assert.equal(
    many.stderr(),
    'season-planner: -o all.fit: one .fit file holds one session, and the range has 5; give a folder or a .zip\n',
  );
});

test('fit refuses a missing -o, a bad date and an empty range, naming the problem', () => {
  const cases: [string[], string][] = [
    [['fit', 'plan.json'], 'fit needs -o: a folder, a FILE.zip, or a FILE.fit for one session'],
    [
      ['fit', 'plan.json', '-o', 'x.zip', '--from', '2027-13-01'],
      '--from: 2027-13-01 is not a date (YYYY-MM-DD)',
    ],
    [
      ['fit', 'plan.json', '-o', 'x.zip', '--from', '2027-03-01', '--to', '2027-03-01'],
      'no sessions to run between 2027-03-01 and 2027-03-01 (rest days and races are left out)',
    ],
    [['fit', 'nope.json', '-o', 'x.zip'], 'nope.json: cannot read (no such file)'],
  ];
  for (const [args, message] of cases) {
    const fs = fakeIo({ 'plan.json': PLAN });
    assert.equal(runCli(args, fs.io), 2, args.join(' '));
    assert.equal(fs.stderr(), `season-planner: ${message}\n`);
    assert.equal(fs.bytes.size, 0);
  }
});

test('the binary writes the folder and the zip on disk', () => {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', 'cli'], { encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  const bin = join(import.meta.dirname, '../../../bin/season-planner.js');
  const dir = mkdtempSync(join(tmpdir(), 'season-planner-fit-'));
  const plan = join(dir, 'plan.json');
  writeFileSync(plan, PLAN);
  const folder = join(dir, 'out', 'NewFiles');
  const made = spawnSync(process.execPath, [bin, 'fit', plan, '-o', folder], { encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
  assert.equal(readdirSync(folder).length, 5);
  const zipped = spawnSync(process.execPath, [bin, 'fit', plan, '-o', join(dir, 'w.zip')], {
    encoding: 'utf8',
  });
  assert.equal(zipped.status, 0, zipped.stderr);
  assert.ok(existsSync(join(dir, 'w.zip')));
  assert.equal(Object.keys(unzipSync(readFileSync(join(dir, 'w.zip')))).length, 5);
});
