// esbuild bundles the CSS a module imports (see scripts/build.mjs); TypeScript only needs to know
// such imports exist.
declare module '*.css';
