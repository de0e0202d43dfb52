// The store file with the real engine (conf, what electron-store wraps) in a temp folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { DATA_DIR_ENV, dataDir, openLibraryStore } from '../../../electron/library-store';
import type { CreateEngine } from '../../../electron/library-store';
import { createLibrary } from '../../../src/library/library';
import { counters, fakeGenerate, samplePlan } from '../library/sample-plan';
import { confEngine } from './electron-harness';

function withDir(body: (dir: string) => void | Promise<void>) {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'season-planner-store-'));
    try {
      await body(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

const at = (ms: number) => () => ms;
const open = (
  dir: string,
  engine: CreateEngine = confEngine,
  now = at(Date.UTC(2027, 3, 19, 10, 15)),
  clock = counters(),
) => {
  const { storage, startup, path } = openLibraryStore(dir, engine, now);
  return {
    library: createLibrary({ storage, startup, generate: fakeGenerate, ...clock }),
    startup,
    path,
  };
};

test('the data folder comes from SEASON_PLANNER_DATA_DIR, else the OS default', () => {
  assert.equal(
    dataDir({ [DATA_DIR_ENV]: '/portable/data' }, '/home/me/.config/x'),
    '/portable/data',
  );
  assert.equal(dataDir({ [DATA_DIR_ENV]: '  ' }, '/home/me/.config/x'), '/home/me/.config/x');
  assert.equal(dataDir({}, '/home/me/.config/x'), '/home/me/.config/x');
});

test(
  'the store is conf’s own JSON file, readable by conf as is',
  withDir((dir) => {
    const { library, path } = open(dir);
    library.savePlan(samplePlan());
    assert.equal(path, join(dir, 'library.json'));
    const conf = new Conf<Record<string, unknown>>({ cwd: dir, configName: 'library' });
    assert.deepEqual((conf.get('plans') as { plan: unknown }[])[0]?.plan, samplePlan());
  }),
);

test(
  'an unreadable file is renamed, byte for byte, to a timestamped name; a second one gets its own',
  withDir((dir) => {
    const garbage = Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x80, 0x0a]);
    writeFileSync(join(dir, 'library.json'), garbage);
    const first = open(dir);
    assert.equal(
      first.startup.recovered?.backupPath,
      join(dir, 'library.corrupt-20270419T101500Z.json'),
    );
    assert.deepEqual(readFileSync(join(dir, 'library.corrupt-20270419T101500Z.json')), garbage);
    writeFileSync(join(dir, 'library.json'), 'also broken');
    const second = open(dir);
    assert.equal(
      second.startup.recovered?.backupPath,
      join(dir, 'library.corrupt-20270419T101500Z-2.json'),
    );
    assert.deepEqual(readFileSync(join(dir, 'library.corrupt-20270419T101500Z.json')), garbage);
    assert.equal(
      readFileSync(join(dir, 'library.corrupt-20270419T101500Z-2.json'), 'utf8'),
      'also broken',
    );
    assert.deepEqual(second.library.listPlans(), { ok: true, value: [] });
  }),
);

test(
  'an empty file (a torn write) is kept aside too, not taken as an empty library',
  withDir((dir) => {
    writeFileSync(join(dir, 'library.json'), '');
    const { startup } = open(dir);
    assert.ok(startup.recovered);
    assert.equal(readFileSync(startup.recovered.backupPath, 'utf8'), '');
  }),
);

test(
  'when the engine itself refuses the file, it is moved aside and opened fresh',
  withDir((dir) => {
    open(dir).library.savePlan(samplePlan());
    const before = readFileSync(join(dir, 'library.json'));
    let attempts = 0;
    const picky: CreateEngine = (options) => {
      attempts += 1;
      if (attempts === 1) throw new Error('Config schema violation: something conf saw');
      return confEngine(options);
    };
    const { startup, library } = open(dir, picky);
    assert.match(startup.recovered?.reason ?? '', /Config schema violation/);
    assert.deepEqual(readFileSync(startup.recovered?.backupPath ?? ''), before);
    assert.deepEqual(library.listPlans(), { ok: true, value: [] });
  }),
);

test(
  'a file that turns bad while the app runs is not overwritten: the save fails instead',
  withDir((dir) => {
    const { library } = open(dir);
    library.savePlan(samplePlan('a'));
    writeFileSync(join(dir, 'library.json'), '{"libraryVersion": 99}');
    const result = library.savePlan(samplePlan('b'));
    assert.equal(result.ok, false);
    assert.equal(result.ok ? '' : result.error.code, 'store');
    assert.equal(readFileSync(join(dir, 'library.json'), 'utf8'), '{"libraryVersion": 99}');
  }),
);

test(
  'the engine’s schema (made from the core’s) refuses a bad document on write',
  withDir((dir) => {
    const { storage } = openLibraryStore(dir, confEngine, at(0));
    assert.throws(
      () =>
        storage.set('plans', [
          { plan: { ...samplePlan(), sessions: 'none' } as never, updatedAt: 1 },
        ]),
      /schema violation/i,
    );
    assert.deepEqual(storage.get('plans'), []);
    assert.deepEqual(
      readdirSync(dir).filter((n) => n.includes('corrupt')),
      [],
    );
  }),
);
