// Issue 11, finding 5: the iCal import runs in a worker with a time limit, off main's event loop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { electronBundles } from '../../../scripts/electron-bundles.mjs';
import { importInWorker } from '../../../electron/ics-import';

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//t//t//EN',
  'BEGIN:VEVENT',
  'UID:syd@example',
  'DTSTART:20270919T203000Z',
  'SUMMARY:Sydney Marathon',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

test('the built worker reads the races, in the zone it is given', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'season-planner-worker-'));
  try {
    const worker = electronBundles(dir).find((b) => String(b.outfile).endsWith('ics-worker.js'));
    assert.ok(worker, 'the build makes the worker bundle');
    await build(worker);
    const read = await importInWorker(join(dir, 'ics-worker.js'), ICS, {
      timeZone: 'Australia/Sydney',
    });
    assert.deepEqual(read, {
      ok: true,
      value: [{ name: 'Sydney Marathon', date: '2027-09-20', distance: 'marathon' }],
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a worker that does not answer in time is stopped, and the import refused in words', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'season-planner-worker-'));
  try {
    const stuck = join(dir, 'stuck.mjs');
    writeFileSync(stuck, 'for (;;) {}\n');
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 10);
    const read = await importInWorker(stuck, ICS, {}, 300);
    clearInterval(timer);
    assert.deepEqual(read, {
      ok: false,
      error: [
        'Reading the calendar took longer than 0.3 s and was stopped; the file is not a race calendar this app can read.',
      ],
    });
    assert.ok(ticks > 0, 'this thread kept running while the worker was busy');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
