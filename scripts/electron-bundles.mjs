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
    // A sandboxed preload cannot be an ES module.
    {
      ...common,
      entryPoints: ['electron/preload.ts'],
      outfile: `${outdir}/preload.cjs`,
      format: 'cjs',
    },
  ];
}
