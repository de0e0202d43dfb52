// Builds every bundle with esbuild: `node scripts/build.mjs [cli|electron|renderer]...` (all when
// none is named). Libraries are bundled into the output, so a package ships no node_modules.
import { build } from 'esbuild';
import { cp, mkdir, rm } from 'node:fs/promises';
import { electronBundles } from './electron-bundles.mjs';

const targets = {
  async cli() {
    await build({
      entryPoints: ['cli/main.ts'],
      outfile: 'dist/cli/season-planner.js',
      bundle: true,
      // `pdf` renders the page's print-out component with its stylesheet as text, and loads
      // playwright-core (with its browser protocol files) from node_modules only when it runs.
      jsx: 'automatic',
      loader: { '.css': 'text' },
      external: ['playwright-core'],
      // React's Node server renderer is CommonJS that requires Node built-ins; in an ES module
      // bundle those requires need a real \`require\`.
      banner: {
        js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
      },
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    });
  },
  async electron() {
    for (const options of electronBundles()) await build(options);
  },
  async renderer() {
    await rm('dist/renderer', { recursive: true, force: true });
    await mkdir('dist/renderer', { recursive: true });
    await build({
      entryPoints: ['renderer/main.tsx'],
      outdir: 'dist/renderer',
      bundle: true,
      platform: 'browser',
      format: 'esm',
      // Dynamic imports become chunks of their own, fetched when first used: the month view's
      // FullCalendar (the season view, the first paint, does not wait for it) and the FIT export.
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      target: 'chrome130',
      minify: true,
      sourcemap: true,
      jsx: 'automatic',
      loader: { '.css': 'css' },
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'warning',
    });
    await cp('renderer/index.html', 'dist/renderer/index.html');
  },
};

const wanted = process.argv.slice(2);
for (const name of wanted.length ? wanted : Object.keys(targets)) {
  const target = targets[name];
  if (!target) {
    console.error(`build: unknown target ${name} (known: ${Object.keys(targets).join(', ')})`);
    process.exit(2);
  }
  await target();
}
