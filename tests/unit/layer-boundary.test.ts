// The lint rule that keeps src/ pure, exercised on snippets: it must refuse each forbidden import
// and the clock in src/, and leave the other layers alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

const FORBIDDEN_IN_CORE = [
  "import { app } from 'electron';",
  "import { readFileSync } from 'node:fs';",
  "import { readFileSync } from 'fs';",
  "import { useState } from 'react';",
  "import Store from 'electron-store';",
  "import { getPlannerApi } from '../renderer/api/index';",
  "import { createHandlers } from '../electron/handlers';",
];

for (const line of FORBIDDEN_IN_CORE) {
  test(`src/ may not: ${line}`, async () => {
    const found = await problems('src/probe.ts', `${line}\n`);
    assert.ok(
      found.some((p) => p.startsWith('no-restricted-imports')),
      found.join('\n') || 'no problem reported',
    );
  });
}

test('src/ may not read the clock or draw random numbers', async () => {
  const found = await problems(
    'src/probe.ts',
    'export const a = new Date();\nexport const b = Date.now();\nexport const c = Math.random();\n',
  );
  assert.equal(
    found.filter((p) => p.startsWith('no-restricted-syntax')).length,
    2,
    found.join('\n'),
  );
  assert.equal(found.filter((p) => p.startsWith('no-restricted-properties')).length, 1);
});

test('src/ may use date-fns and build a date from given numbers', async () => {
  const found = await problems(
    'src/probe.ts',
    "import { addDays } from 'date-fns';\nexport const d = addDays(new Date(2027, 0, 1, 12), 1);\n",
  );
  assert.deepEqual(found, []);
});

test('electron/ may import electron and node built-ins', async () => {
  const found = await problems(
    'electron/probe.ts',
    "import { app } from 'electron';\nimport { readFileSync } from 'node:fs';\nexport const x = [app, readFileSync];\n",
  );
  assert.deepEqual(found, []);
});
