// `npm start`: make sure the Electron runtime is at hand (fetching it once), build, launch the app.
// Without a runtime it says so in one line and points at `npm run web` (the planner in a browser).
// SEASON_PLANNER_ELECTRON_PACKAGE names another electron package folder (the tests use a fake one).
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronRuntime } from './electron-runtime.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const packageDir =
  process.env.SEASON_PLANNER_ELECTRON_PACKAGE ?? join(REPO, 'node_modules', 'electron');

const runtime = await electronRuntime({ packageDir });
if (!runtime.ok) {
  console.error(`npm start: ${runtime.message}`);
  process.exit(1);
}

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('npm start: the build failed (see above)');
  process.exit(1);
}

const app = spawn(runtime.path, ['.', ...process.argv.slice(2)], { cwd: REPO, stdio: 'inherit' });
app.on('error', (error) => {
  console.error(`npm start: cannot launch ${runtime.path} (${error.message})`);
  process.exit(1);
});
app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
