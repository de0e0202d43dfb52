// The libical check must run from the repository alone: a clone of the committed HEAD in a temp
// folder with nothing beside it (no shared tools folder, no sibling checkout) still finds its checker.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPO = join(import.meta.dirname, '../../..');
const SYSTEM_PYTHON = '/usr/bin/python3';

function git(args: string[], cwd: string): string {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8' });
  assert.equal(run.status, 0, `git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout.trim();
}

/** Why the real check cannot run on this machine, or undefined when libical is at hand. */
function libicalMissing(): string | undefined {
  const probe = spawnSync(
    SYSTEM_PYTHON,
    ['-c', 'import gi; gi.require_version("ICalGLib", "3.0"); from gi.repository import ICalGLib'],
    { encoding: 'utf8' },
  );
  return probe.status === 0
    ? undefined
    : 'libical for Python is missing (apt-get install python3-gi gir1.2-ical-3.0)';
}

// Hooks inside a describe: the unit runner loads every test file into one process.
describe('the libical check in a bare clone of the repository', () => {
  let outer = '';
  let clone = '';

  before(() => {
    outer = mkdtempSync(join(tmpdir(), 'season-planner-clone-'));
    clone = join(outer, 'season-planner');
    const head = git(['rev-parse', 'HEAD'], REPO);
    git(['clone', '--quiet', '--no-checkout', REPO, clone], outer);
    git(['checkout', '--quiet', head], clone);
    // Reusing the installed packages keeps the test fast; they are not part of what is checked.
    symlinkSync(join(REPO, 'node_modules'), join(clone, 'node_modules'), 'dir');
  });

  after(() => rmSync(outer, { recursive: true, force: true }));

  function runCheck(env: NodeJS.ProcessEnv = {}) {
    return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ical-libical-check.ts'], {
      cwd: clone,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
  }

  test('no committed file reaches outside the repository for shared tools', () => {
    // This file names the pattern, so it is left out of the search.
    const pattern = String.raw`\.\./shared|/work/shared`;
    const self = ':!tests/unit/scripts/ical-libical-check.test.ts';
    const hits = spawnSync('git', ['grep', '-n', '-E', pattern, '--', '.', self], {
      cwd: clone,
      encoding: 'utf8',
    });
    // git grep exits 1 when nothing matches.
    assert.equal(hits.status, 1, `files outside the repo referenced:\n${hits.stdout}`);
  });

  test(
    'the libical check passes in a clone with nothing beside it',
    { skip: libicalMissing() },
    () => {
      const run = runCheck();
      assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
      assert.match(run.stdout, /ical-libical-check: all exports pass libical/);
      // Six files (three exports, each also as METHOD:PUBLISH), every one counted by libical.
      assert.equal(run.stdout.match(/: \d+ events, 0 errors$/gm)?.length, 6);
    },
  );

  test('without python3-gi the check fails with one line saying so', () => {
    // A Python that cannot see its site packages is one without python3-gi.
    const python = join(outer, 'python-without-gi');
    writeFileSync(python, `#!/bin/sh\nexec ${SYSTEM_PYTHON} -S "$@"\n`);
    chmodSync(python, 0o755);
    const run = runCheck({ ICAL_CHECK_PYTHON: python });
    assert.equal(run.status, 1);
    assert.equal(
      run.stderr,
      `ical-libical-check: FAILED: python3-gi is not installed for ${SYSTEM_PYTHON} (apt-get install python3-gi gir1.2-ical-3.0)\n`,
    );
    assert.doesNotMatch(run.stdout + run.stderr, /expected \d+ events/);
  });

  test('without a Python at all the check says so in one line', () => {
    const run = runCheck({ ICAL_CHECK_PYTHON: join(outer, 'no-such-python') });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^ical-libical-check: FAILED: cannot run .*no-such-python .*\n$/);
    assert.equal(run.stderr.split('\n').length, 2);
  });
});
