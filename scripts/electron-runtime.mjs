// Finds the Electron runtime that `npm start` launches, fetching it first when it is missing.
// electron's own launcher fetches it too, but on failure prints a stack trace and advice that
// fails the same way offline; this says what happened in one line and what to do instead.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const NO_RUNTIME =
  'could not download the Electron runtime: no network? Run the planner in your browser instead: npm run web';

/** The runtime's executable as the electron package records it, or null when it is not there. */
function installedBinary(packageDir, env) {
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative)
    : join(packageDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

/** Runs the electron package's installer; resolves with its exit status. */
function runInstaller(packageDir, env, log) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(packageDir, 'install.js')], {
      env,
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    // Offline, the installer fails at once; a real download gets a word after a moment.
    const notice = setTimeout(
      () => log('Downloading the Electron runtime (once, about 100 MB)…'),
      2000,
    );
    const done = (status) => {
      clearTimeout(notice);
      resolve(status);
    };
    child.on('error', () => done(1));
    child.on('exit', (code) => done(code ?? 1));
  });
}

/**
 * The path of the Electron executable to launch, or a one-line message saying why there is none.
 * SEASON_PLANNER_ELECTRON names a binary to use as it is (as the e2e run does).
 *
 * @param {{ packageDir: string, env?: NodeJS.ProcessEnv, log?: (line: string) => void }} options
 * @returns {Promise<{ ok: true, path: string } | { ok: false, message: string }>}
 */
export async function electronRuntime({ packageDir, env = process.env, log = console.error }) {
  const named = env.SEASON_PLANNER_ELECTRON;
  if (named) {
    return existsSync(named)
      ? { ok: true, path: named }
      : { ok: false, message: `SEASON_PLANNER_ELECTRON: no such file: ${named}` };
  }
  if (!existsSync(join(packageDir, 'package.json'))) {
    return { ok: false, message: 'Electron is not installed: run npm ci first' };
  }
  const present = installedBinary(packageDir, env);
  if (present) return { ok: true, path: present };
  const status = await runInstaller(packageDir, env, log);
  const fetched = status === 0 ? installedBinary(packageDir, env) : null;
  return fetched ? { ok: true, path: fetched } : { ok: false, message: NO_RUNTIME };
}
