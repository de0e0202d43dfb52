// Runs every tests/unit/**/*.test.ts with node's test runner (through tsx) and fails when no test
// ran at all: a suite that silently finds nothing must not look green.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

function findTests(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findTests(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = findTests('tests/unit').sort();
if (files.length === 0) {
  console.error('test-unit: no test files under tests/unit');
  process.exit(1);
}
const tapDir = mkdtempSync(join(tmpdir(), 'season-planner-tap-'));
const tapFile = join(tapDir, 'unit.tap');
const run = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tapFile}`,
    ...process.argv.slice(2),
    ...files,
  ],
  { stdio: 'inherit' },
);
const tap = readFileSync(tapFile, 'utf8');
rmSync(tapDir, { recursive: true, force: true });
const count = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
const passed = count('pass');
const failed = count('fail');
console.log(`unit: ${passed} passed, ${failed} failed`);
if (run.status !== 0) process.exit(run.status ?? 1);
if (passed === 0) {
  console.error('test-unit: no test ran');
  process.exit(1);
}
