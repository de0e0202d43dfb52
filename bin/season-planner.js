#!/usr/bin/env node
// `web` serves the planner page (scripts/web.mjs, the same as `npm run web`); every other command is
// the bundled CLI, built by `npm run build` (and on install, by `prepare`). Nothing else is loaded
// first, so a script calling `node bin/season-planner.js` starts in well under half a second.
if (process.argv[2] === 'web') {
  process.argv.splice(2, 1);
  await import('../scripts/web.mjs');
} else {
  await import('../dist/cli/season-planner.js').catch((error) => {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
      console.error('season-planner: the CLI is not built yet; run `npm run build` first.');
      process.exit(2);
    }
    throw error;
  });
}
