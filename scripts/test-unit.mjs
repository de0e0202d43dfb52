// Runs every tests/unit/**/*.test.ts (through tsx) and fails when no test ran at all: a suite that
// silently finds nothing must not look green.
//
//   node scripts/test-unit.mjs [--deep] [--per-file] [node options, e.g. --test-name-pattern=…]
//
// - All files load into one process (scripts/unit-entry.mjs); --per-file runs them the way
//   `node --test` does, one process each (slower, but a file cannot disturb another).
// - Then the date tests (tests/unit/dates*.test.ts) run again under each zone of DATE_ZONES: zones
//   that skip a day (Samoa, 2011-12-30) or change their clocks are where date arithmetic breaks.
// - --deep (npm run test:deep) sets SEASON_PLANNER_DEEP=1: the property and fuzz tests then take
//   their full counts (tests/unit/runs.ts); by default they run a share sized to keep the suite
//   well under 90 s on two shared cores.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const DATE_ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Pacific/Apia'];

function findTests(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findTests(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const args = process.argv.slice(2);
const deep = args.includes('--deep');
const perFile = args.includes('--per-file');
const nodeOptions = args.filter((arg) => arg !== '--deep' && arg !== '--per-file');

const files = findTests('tests/unit').sort();
if (files.length === 0) {
  console.error('test-unit: no test files under tests/unit');
  process.exit(1);
}
const dateFiles = files.filter((file) =>
  /^dates[^/\\]*\.test\.ts$/.test(file.split(/[/\\]/).pop()),
);

const tapDir = mkdtempSync(join(tmpdir(), 'season-planner-tap-'));
const env = { ...process.env, ...(deep ? { SEASON_PLANNER_DEEP: '1' } : {}) };

/** Runs the files, reporting to the terminal (unless quiet) and to a TAP file; returns the counts. */
function run(label, testFiles, extraEnv, quiet) {
  const tapFile = join(tapDir, `${label.replace(/\W+/g, '-')}.tap`);
  const reporters = [
    ...(quiet ? [] : ['--test-reporter=spec', '--test-reporter-destination=stdout']),
    '--test-reporter=tap',
    `--test-reporter-destination=${tapFile}`,
  ];
  const entry = perFile ? ['--test', ...testFiles] : ['scripts/unit-entry.mjs', ...testFiles];
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', ...reporters, ...nodeOptions, ...entry],
    { stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit', env: { ...env, ...extraEnv } },
  );
  let tap = '';
  try {
    tap = readFileSync(tapFile, 'utf8');
  } catch {
    // No TAP file: the process died before reporting; its status says so below.
  }
  const count = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  const failures = [...tap.matchAll(/^\s*not ok \d+ - (.*)$/gm)].map((m) => m[1]);
  return { status: result.status ?? 1, passed: count('pass'), failed: count('fail'), failures };
}

try {
  const all = run('unit', files, {}, false);
  console.log(`unit: ${all.passed} passed, ${all.failed} failed${deep ? ' (deep counts)' : ''}`);
  let bad = all.status !== 0 || all.passed === 0;
  if (all.passed === 0) console.error('test-unit: no test ran');
  for (const zone of DATE_ZONES) {
    const zoned = run(`dates ${zone}`, dateFiles, { TZ: zone }, true);
    const failed = zoned.failures.length > 0 ? ` (${zoned.failures.join('; ')})` : '';
    console.log(`dates under TZ=${zone}: ${zoned.passed} passed, ${zoned.failed} failed${failed}`);
    if (zoned.status !== 0 || zoned.passed === 0) bad = true;
  }
  process.exitCode = bad ? 1 : 0;
} finally {
  rmSync(tapDir, { recursive: true, force: true });
}
