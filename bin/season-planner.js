#!/usr/bin/env node
// The CLI is bundled by `npm run build` (and on install, by `prepare`).
import('../dist/cli/season-planner.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
    console.error('season-planner: the CLI is not built yet; run `npm run build` first.');
    process.exit(2);
  }
  throw error;
});
