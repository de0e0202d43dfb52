// Loads the given test files into this one process, in order, for scripts/test-unit.mjs.
// One process instead of node --test's one per file: on two shared cores, starting tsx and the
// libraries sixty times cost more than all the tests themselves.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

for (const file of process.argv.slice(2)) await import(pathToFileURL(resolve(file)).href);
