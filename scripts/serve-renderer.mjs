// Serves the built page (`dist/renderer`) to the page benchmark (and to anyone who wants the bare
// server): `node scripts/serve-renderer.mjs [--port N] [--root DIR]` (or env PORT). It builds
// nothing; `npm run web` (scripts/web.mjs) builds first when needed and is what the e2e run uses.
import { serveStatic } from './static-server.mjs';

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}

const { server, root, url } = await serveStatic(
  option('root', 'dist/renderer'),
  Number(option('port', process.env.PORT ?? '4173')),
);
console.log(`serving ${root} at ${url}`);

for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => server.close(() => process.exit(0)));
