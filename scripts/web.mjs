// Browser mode: `npm run web [-- --port N]` or `season-planner web [--port N]`.
// Builds the page when dist/renderer is missing or older than its sources, serves it on
// 127.0.0.1 and prints the URL. The page then runs on its browser implementation of PlannerApi:
// plans live in that browser's localStorage, and Export plan / Import plan move them to and from
// the desktop app. `--root DIR` serves another build as it is (the e2e run can test a clean one).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './static-server.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_PORT = 4173;
// What the page bundle is made of: a change to any of these makes the built page stale.
const SOURCES = ['renderer', 'src', 'package-lock.json'];

function fail(message) {
  console.error(`season-planner web: ${message}`);
  process.exit(2);
}

function option(name) {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return undefined;
  const value = process.argv[at + 1];
  if (value === undefined) fail(`--${name} needs a value`);
  return value;
}

/** The newest modification time under a file or folder (0 when it does not exist). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

function buildIfNeeded(dist) {
  const built = join(dist, 'main.js');
  const builtAt = existsSync(join(dist, 'index.html')) && existsSync(built) ? newest(built) : 0;
  const sourcesAt = Math.max(...SOURCES.map((source) => newest(join(REPO, source))));
  if (builtAt > 0 && builtAt >= sourcesAt) return;
  console.error(
    builtAt ? 'The page is older than its sources: building it…' : 'Building the page…',
  );
  const build = spawnSync(process.execPath, ['scripts/build.mjs', 'renderer'], {
    cwd: REPO,
    stdio: 'inherit',
  });
  if (build.status !== 0) fail('the page did not build (see above)');
}

const portText = option('port') ?? process.env.PORT ?? String(DEFAULT_PORT);
const port = Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  fail(`--port: ${portText} is not a port number (0 to 65535; 0 picks a free one)`);
}
const rootOption = option('root');
const root = rootOption ?? join(REPO, 'dist/renderer');
if (rootOption === undefined) buildIfNeeded(root);
else if (!existsSync(join(root, 'index.html'))) fail(`--root: no index.html in ${root}`);

let served;
try {
  served = await serveStatic(root, port);
} catch (error) {
  if (error?.code === 'EADDRINUSE') {
    fail(
      `port ${port} is in use (another npm run web?); pick another: npm run web -- --port ${port + 1}`,
    );
  }
  fail(`cannot listen on 127.0.0.1:${port} (${error?.message ?? error})`);
}
console.log(`Season Planner is running at ${served.url}`);
console.log(
  "Open it in a browser. Plans are kept in that browser's localStorage, per address (keep the\n" +
    'same port to see them again); Export plan and Import plan move them to and from the desktop\n' +
    'app. Ctrl+C stops the server.',
);

for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => served.server.close(() => process.exit(0)));
