// The esbuild options of the main and preload bundles, shared by scripts/build.mjs and the test
// that runs the built main bundle against a stand-in `electron`, so the two cannot differ.
export function electronBundles(outdir = 'dist/electron') {
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node22',
    external: ['electron'],
    logLevel: 'warning',
  };
  return [
    { ...common, entryPoints: ['electron/main.ts'], outfile: `${outdir}/main.js`, format: 'esm' },
    // The iCal import's worker thread (electron/ics-import.ts starts it next to main.js).
    {
      ...common,
      entryPoints: ['electron/ics-worker.ts'],
      outfile: `${outdir}/ics-worker.js`,
      format: 'esm',
    },
    // A sandboxed preload cannot be an ES module.
    {
      ...common,
      entryPoints: ['electron/preload.ts'],
      outfile: `${outdir}/preload.cjs`,
      format: 'cjs',
    },
  ];
}
