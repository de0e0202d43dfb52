// Issue 11, finding 5: the iCal import runs in a worker with a time limit, off main's event loop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { electronBundles } from '../../../scripts/electron-bundles.mjs';
import { importInWorker } from '../../../electron/ics-import';
import { createHandlers } from '../../../electron/handlers';
import { registerHandlers } from '../../../electron/ipc';
import { EMPTY_LIBRARY } from '../../../src/library/document';
import { CORE_PORTS } from '../../../src/library/core-ports';
import { createLibrary } from '../../../src/library/library';
import { memoryStorage } from '../../../src/library/storage';
import { fakeFiles } from '../api/fakes';
import { counters } from '../library/sample-plan';
import { FakeIpc, fakeNative } from './fake-electron';

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
      value: {
        races: [{ name: 'Sydney Marathon', date: '2027-09-20', distance: 'marathon' }],
        skipped: [],
        utcTimes: true,
      },
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

/** The page's API as main serves it, reading calendars in the built worker at `workerPath`. */
function desktopApi(workerPath: string, files = fakeFiles()) {
  const clock = counters();
  const library = createLibrary({
    storage: memoryStorage(EMPTY_LIBRARY),
    startup: { recovered: null },
    generate: CORE_PORTS.generate,
    ...clock,
  });
  const native = fakeNative(files);
  const handlers = createHandlers({
    library,
    dialogs: native.dialogs,
    files: native.files,
    printToPdf: async () => native.pdf,
    ical: {
      exportPlan: CORE_PORTS.ical.exportPlan,
      importRaces: (text, options) => importInWorker(workerPath, text, options),
    },
    timeZone: 'Europe/London',
    now: clock.now,
  });
  const ipc = new FakeIpc();
  registerHandlers(ipc.main, handlers, () => true);
  return { api: ipc.bridge(), files };
}

test('the page imports through the worker: the zone is chosen, and the file read again in another', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'season-planner-worker-'));
  try {
    const worker = electronBundles(dir).find((b) => String(b.outfile).endsWith('ics-worker.js'));
    assert.ok(worker);
    await build(worker);
    const { api, files } = desktopApi(join(dir, 'ics-worker.js'));
    const skipping = ICS.replace(
      'END:VCALENDAR',
      'BEGIN:VEVENT\r\nSUMMARY:Drinks\r\nEND:VEVENT\r\nEND:VCALENDAR',
    );
    files.nextOpen = { path: '/races/sydney.ics', text: skipping };
    const first = await api.importRacesIcs({ from: '2027-01-01', to: '2027-12-31' });
    assert.ok(first.ok && first.value);
    // The system's zone (London: 20:30 on the 19th), the skipped event listed, the text back.
    assert.deepEqual(
      first.value.races.map((r) => r.date),
      ['2027-09-19'],
    );
    assert.equal(first.value.timeZone, 'Europe/London');
    assert.deepEqual(first.value.skipped, [
      'Event 2 ("Drinks"): has no valid start date (DTSTART)',
    ]);
    assert.equal(first.value.text, skipping);
    const again = await api.readRacesIcs('/races/sydney.ics', skipping, {
      from: '2027-01-01',
      to: '2027-12-31',
      timeZone: 'Australia/Sydney',
    });
    assert.ok(again.ok);
    assert.deepEqual(
      again.value.races.map((r) => r.date),
      ['2027-09-20'],
    );
    const refused = await api.readRacesIcs('/races/sydney.ics', skipping, { timeZone: 'Nowhere' });
    assert.equal(refused.ok ? null : refused.error.code, 'invalid-argument');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
