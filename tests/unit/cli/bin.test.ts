// The real `season-planner` binary, as a user runs it: real files, real exit codes and streams.
import { test } from 'node:test';
import type { TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLAN_VERSION } from '../../../src/model/plan';

const BIN = join(import.meta.dirname, '../../../bin/season-planner.js');

function run(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
}

test('the binary makes, checks and exports a plan', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'season-planner-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
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
  assert.equal(JSON.parse(readFileSync(plan, 'utf8')).version, PLAN_VERSION);

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
  assert.match(result.stdout, /^Usage: season-planner COMMAND FILE/);
  assert.match(result.stdout, /^ {2}plan REQUEST\.json /m);
});

/** A request and its plan in a fresh folder, made by the binary itself, removed after the test. */
function planFolder(t: TestContext): { dir: string; plan: string } {
  const dir = mkdtempSync(join(tmpdir(), 'season-planner-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const request = join(dir, 'request.json');
  writeFileSync(
    request,
    JSON.stringify({
      start: '2027-01-04',
      end: '2027-12-26',
      races: [{ name: 'City Marathon', date: '2027-10-10', distance: 'marathon', priority: 'A' }],
    }),
  );
  const plan = join(dir, 'plan.json');
  const made = run(['plan', request, '-o', plan]);
  assert.equal(made.status, 0, made.stderr);
  return { dir, plan };
}

/** Runs the binary with its stdout's reading end closed at once: every write meets EPIPE. */
function runIntoClosedPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

test('a reader that goes away (| head) ends the command quietly with its own exit code', async (t) => {
  const { plan } = planFolder(t);
  assert.deepEqual(await runIntoClosedPipe(['ics', plan, '--rest', '--blocks']), {
    code: 0,
    stderr: '',
  });
  assert.deepEqual(await runIntoClosedPipe(['check', plan]), { code: 0, stderr: '' });
});

test('a full standard output is one line and exit 2', { skip: !existsSync('/dev/full') }, (t) => {
  const { plan } = planFolder(t);
  const full = openSync('/dev/full', 'w');
  try {
    const result = spawnSync(process.execPath, [BIN, 'ics', plan], {
      stdio: ['ignore', full, 'pipe'],
      encoding: 'utf8',
    });
    assert.equal(result.status, 2);
    assert.equal(result.stderr, 'season-planner: cannot write standard output (disk full)\n');
  } finally {
    closeSync(full);
  }
});

test('- reads the request from standard input', (t) => {
  const { dir } = planFolder(t);
  const result = spawnSync(process.execPath, [BIN, 'plan', '-'], {
    input: readFileSync(join(dir, 'request.json')),
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(JSON.parse(result.stdout).version, PLAN_VERSION);
  assert.match(result.stderr, /^season-planner: wrote the plan to standard output: 51 weeks/);
});

/** Mounts a tiny tmpfs (root only): the real full disk that -o must survive. */
function tinyDisk(): { dir: string; unmount: () => void } | string {
  if (process.getuid?.() !== 0) return 'needs root to mount a tmpfs';
  const dir = mkdtempSync(join(tmpdir(), 'season-planner-full-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]);
  if (mounted.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return `cannot mount a tmpfs here (${String(mounted.stderr).trim()})`;
  }
  return {
    dir,
    unmount: () => {
      spawnSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

test('-o onto a full disk leaves the existing file whole and says so', (t) => {
  const disk = tinyDisk();
  if (typeof disk === 'string') return t.skip(disk);
  try {
    const { plan } = planFolder(t);
    const target = join(disk.dir, 'season.ics');
    const old = run(['ics', plan, '--from', '2027-01-04', '--to', '2027-01-17', '-o', target]);
    assert.equal(old.status, 0, old.stderr);
    const before = readFileSync(target, 'utf8');
    // The whole year with rest days and blocks is well over the 64 KB the disk holds.
    const result = run(['ics', plan, '--rest', '--blocks', '-o', target]);
    assert.equal(result.status, 2);
    assert.equal(
      result.stderr,
      `season-planner: ${target}: cannot write (disk full); any file that was there is unchanged\n`,
    );
    assert.equal(readFileSync(target, 'utf8'), before);
    assert.deepEqual(readdirSync(disk.dir), ['season.ics'], 'no temporary file left behind');
  } finally {
    disk.unmount();
  }
});

test('-o replaces an existing file whole, and a device is written in place', (t) => {
  const { dir, plan } = planFolder(t);
  const target = join(dir, 'season.ics');
  writeFileSync(target, 'old');
  assert.equal(run(['ics', plan, '-o', target]).status, 0);
  assert.match(readFileSync(target, 'utf8'), /^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
  assert.deepEqual(readdirSync(dir).sort(), ['plan.json', 'request.json', 'season.ics']);
  // /dev/null stays a device: the output is written to it, not renamed over it.
  assert.equal(run(['ics', plan, '-o', '/dev/null']).status, 0);
  assert.equal(statSync('/dev/null').isCharacterDevice(), true);
});
