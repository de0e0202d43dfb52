// The store on real folders: one file per plan, the preferences in conf (the engine electron-store
// wraps), the lock, the backups, the migration of the library files of versions 1 and 2. Issue 11's
// findings 1–4 and 11 each have a test here; the full and the read-only disk are a real 1 MB tmpfs,
// mounted by the test (it needs root; skipped otherwise).
import { test } from 'node:test';
import type { TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import {
  ASIDE_FOLDER,
  DATA_DIR_ENV,
  PLANS_FOLDER,
  dataDir,
  openLibraryStore,
  openStoreForApp,
} from '../../../electron/library-store';
import type { CreatePreferencesEngine } from '../../../electron/preferences';
import { LOCK_NAME } from '../../../electron/store-lock';
import { DEFAULT_PREFERENCES } from '../../../src/api/contract';
import { createLibrary } from '../../../src/library/library';
import type { PreferencesFile } from '../../../src/library/preferences-file';
import { indexText } from '../../../src/library/store-layout';
import { parsePlanText, serializePlan } from '../../../src/plan/plan-file';
import { SAMPLE_REQUEST, counters, fakeGenerate, samplePlan } from '../library/sample-plan';
import { confEngine } from './conf-engine';

const NOW = Date.UTC(2027, 3, 19, 10, 15);
const STAMP = '20270419T101500Z';

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

/** A real tmpfs of `size` mounted for the test; skipped with the reason when that cannot be done. */
function withTmpfs(size: string, body: (dir: string) => void | Promise<void>) {
  return async (t: TestContext) => {
    if (process.getuid?.() !== 0) {
      t.skip('mounting a small tmpfs needs root; this run is not root');
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'season-planner-tmpfs-'));
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], {
      encoding: 'utf8',
    });
    if (mounted.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      t.skip(`mount -t tmpfs failed: ${mounted.stderr.trim() || mounted.error?.message}`);
      return;
    }
    try {
      await body(dir);
    } finally {
      spawnSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

function open(dir: string, now = () => NOW, engine: CreatePreferencesEngine = confEngine) {
  const store = openLibraryStore(dir, engine, now);
  const library = createLibrary({
    storage: store.storage,
    startup: store.startup,
    generate: fakeGenerate,
    ...counters(),
  });
  return { store, library };
}

function fillDisk(dir: string): void {
  const fd = openSync(join(dir, 'filler'), 'w');
  const chunk = Buffer.alloc(4096, 120);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    assert.equal((error as NodeJS.ErrnoException).code, 'ENOSPC');
  } finally {
    closeSync(fd);
  }
}

function jsonError(bytes: Buffer): string {
  try {
    JSON.parse(bytes.toString('utf8'));
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

function valueOf<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) assert.fail(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

const planFile = (dir: string, id: string) => join(dir, PLANS_FOLDER, `${id}.json`);
const prefsFile = (dir: string) => join(dir, 'preferences.json');
/** Every plan file's bytes, by name: what a preferences save must never change. */
const plansOnDisk = (dir: string) =>
  readdirSync(join(dir, PLANS_FOLDER))
    .sort()
    .map((name) => [name, readFileSync(join(dir, PLANS_FOLDER, name), 'utf8')]);

test('the data folder comes from SEASON_PLANNER_DATA_DIR, else the OS default', () => {
  assert.equal(
    dataDir({ [DATA_DIR_ENV]: '/portable/data' }, '/home/me/.config/x'),
    '/portable/data',
  );
  assert.equal(dataDir({ [DATA_DIR_ENV]: '  ' }, '/home/me/.config/x'), '/home/me/.config/x');
  assert.equal(dataDir({}, '/home/me/.config/x'), '/home/me/.config/x');
});

test(
  'one plan per file (a plain plan file), preferences in electron-store’s file, readable by conf as is',
  withDir(async (dir) => {
    const { store, library } = open(dir);
    await library.savePlan(samplePlan('a'));
    await library.savePlan(samplePlan('b'));
    library.setPreferences({ theme: 'dark' });
    store.close();
    assert.deepEqual(readdirSync(join(dir, PLANS_FOLDER)).sort(), ['a.json', 'b.json']);
    assert.deepEqual(parsePlanText(readFileSync(planFile(dir, 'a'), 'utf8')), {
      ok: true,
      value: samplePlan('a'),
    });
    assert.equal(store.path, prefsFile(dir));
    const conf = new Conf<Record<string, unknown>>({ cwd: dir, configName: 'preferences' });
    assert.deepEqual(
      { ...conf.store },
      {
        preferencesVersion: 1,
        ...DEFAULT_PREFERENCES,
        theme: 'dark',
      },
    );
    assert.ok(!existsSync(join(dir, 'library.json')), 'no library file is made any more');
    // A save writes that plan only: the other plan's file is not touched.
    const before = readFileSync(planFile(dir, 'b'), 'utf8');
    const again = open(dir);
    await again.library.savePlan(samplePlan('a', 'Renamed'));
    assert.equal(readFileSync(planFile(dir, 'b'), 'utf8'), before);
    assert.equal(readFileSync(`${planFile(dir, 'a')}.bak`, 'utf8'), serializePlan(samplePlan('a')));
    again.store.close();
  }),
);

test(
  'finding 1: a full disk fails the save in words and keeps the old file, on a real 1 MB tmpfs',
  withTmpfs('1m', async (dir) => {
    const { store, library } = open(dir);
    const plan = samplePlan('a');
    assert.ok((await library.savePlan(plan)).ok);
    fillDisk(dir);
    const bigger = {
      ...plan,
      name: 'Bigger',
      sessions: plan.sessions.map((s) => ({ ...s, notes: 'x'.repeat(9000) })),
    };
    const failed = await library.savePlan(bigger);
    assert.equal(failed.ok, false);
    if (failed.ok) return;
    assert.equal(failed.error.code, 'store');
    assert.match(failed.error.details?.[0] ?? '', /the disk is full/);
    assert.equal(readFileSync(planFile(dir, 'a'), 'utf8'), serializePlan(plan));
    assert.deepEqual(
      library.loadPlan('a'),
      { ok: true, value: plan },
      'the list shows what is kept',
    );
    assert.deepEqual(
      readdirSync(join(dir, PLANS_FOLDER)).filter((n) => n.includes('.tmp-')),
      [],
      'no temp file is left',
    );
    // Preferences on a full disk (written by conf): reported, the file and the plans as they were.
    const prefsBefore = readFileSync(prefsFile(dir), 'utf8');
    const plansBefore = plansOnDisk(dir);
    const prefs = library.setPreferences({ theme: 'dark' });
    assert.equal(prefs.ok, false);
    if (prefs.ok) return;
    assert.equal(prefs.error.code, 'store');
    assert.match(prefs.error.details?.[0] ?? '', /preferences could not be saved/);
    assert.equal(readFileSync(prefsFile(dir), 'utf8'), prefsBefore);
    assert.deepEqual(plansOnDisk(dir), plansBefore);
    assert.equal(valueOf(library.getPreferences()).theme, 'system');
    store.close();
    rmSync(join(dir, 'filler'));
    const reopened = open(dir);
    assert.deepEqual(reopened.library.loadPlan('a'), { ok: true, value: plan });
    assert.deepEqual(reopened.store.startup, { recovered: null });
    assert.ok(reopened.library.setPreferences({ theme: 'dark' }).ok, 'with room, it saves');
    reopened.store.close();
  }),
);

test(
  'a read-only disk fails the save in words and keeps the old file, on a real tmpfs remounted read-only',
  withTmpfs('1m', async (dir) => {
    const { store, library } = open(dir);
    const plan = samplePlan('a');
    assert.ok((await library.savePlan(plan)).ok);
    assert.equal(spawnSync('mount', ['-o', 'remount,ro', dir]).status, 0);
    try {
      const failed = await library.savePlan(samplePlan('a', 'Edited'));
      assert.equal(failed.ok, false);
      assert.deepEqual(failed.ok ? null : failed.error, {
        code: 'store',
        message: 'The library could not be saved.',
        details: [`${planFile(dir, 'a')}: the disk is read-only (EROFS)`],
      });
      assert.equal(readFileSync(planFile(dir, 'a'), 'utf8'), serializePlan(plan));
      assert.deepEqual(library.loadPlan('a'), { ok: true, value: plan });
    } finally {
      assert.equal(spawnSync('mount', ['-o', 'remount,rw', dir]).status, 0);
    }
    store.close();
  }),
);

test(
  'quick saves of one plan are written one after another: each answered, the last one on disk',
  withDir(async (dir) => {
    const { store, library } = open(dir);
    const names = ['One', 'Two', 'Three', 'Four', 'Five'];
    // Asked for together, as drags in quick succession are: none waits for the one before.
    const saves = names.map((name) => library.savePlan(samplePlan('a', name)));
    assert.equal(valueOf(library.loadPlan('a')).name, 'Five', 'listed from the call on');
    const results = await Promise.all(saves);
    assert.deepEqual(
      results.map((r) => r.ok),
      names.map(() => true),
    );
    assert.equal(readFileSync(planFile(dir, 'a'), 'utf8'), serializePlan(samplePlan('a', 'Five')));
    // Each write kept the file it replaced: the one before the last is the .bak.
    assert.equal(
      readFileSync(`${planFile(dir, 'a')}.bak`, 'utf8'),
      serializePlan(samplePlan('a', 'Four')),
    );
    assert.deepEqual(
      readdirSync(join(dir, PLANS_FOLDER)).filter((n) => n.includes('.tmp-')),
      [],
    );
    store.close();
    const again = open(dir);
    assert.equal(valueOf(again.library.loadPlan('a')).name, 'Five');
    again.store.close();
  }),
);

test(
  'a rename asked for while a save is being written renames the saved plan, not the one before it',
  withDir(async (dir) => {
    const { store, library } = open(dir);
    await library.savePlan(samplePlan('a'));
    const edited = { ...samplePlan('a'), sessions: samplePlan('a').sessions.slice(1) };
    const saving = library.savePlan(edited);
    const renaming = library.renamePlan('a', 'Renamed');
    assert.ok((await saving).ok && (await renaming).ok);
    const onDisk = parsePlanText(readFileSync(planFile(dir, 'a'), 'utf8'));
    assert.deepEqual(onDisk, { ok: true, value: { ...edited, name: 'Renamed' } });
    store.close();
  }),
);

test(
  'the same request made twice at once gives two plans, each in its own file',
  withDir(async (dir) => {
    const { store, library } = open(dir);
    const [first, second] = await Promise.all([
      library.createPlan(SAMPLE_REQUEST),
      library.createPlan(SAMPLE_REQUEST),
    ]);
    assert.ok(first?.ok && second?.ok);
    assert.notEqual(first.value.id, second.value.id);
    assert.deepEqual(
      readdirSync(join(dir, PLANS_FOLDER)).sort(),
      [`${first.value.id}.json`, `${second.value.id}.json`].sort(),
    );
    store.close();
  }),
);

test(
  'of two quick saves, a refused first one leaves the second to be written and listed',
  withDir(async (dir) => {
    const { store, library } = open(dir);
    await library.savePlan(samplePlan('a', 'Mine'));
    writeFileSync(planFile(dir, 'a'), serializePlan(samplePlan('a', 'Theirs')));
    const refused = library.savePlan(samplePlan('a', 'Edited'));
    const later = library.savePlan(samplePlan('a', 'Edited again'));
    const [first, second] = [await refused, await later];
    assert.match(
      first.ok ? '' : (first.error.details?.[0] ?? ''),
      /was changed on disk by another program/,
    );
    assert.ok(second.ok);
    assert.equal(valueOf(library.loadPlan('a')).name, 'Edited again');
    assert.equal(
      readFileSync(planFile(dir, 'a'), 'utf8'),
      serializePlan(samplePlan('a', 'Edited again')),
    );
    // A failed save that is the latest lists again the plan as this app last stored it.
    writeFileSync(planFile(dir, 'a'), serializePlan(samplePlan('a', 'Theirs again')));
    const last = await library.savePlan(samplePlan('a', 'Lost'));
    assert.equal(last.ok, false);
    assert.equal(valueOf(library.loadPlan('a')).name, 'Edited again');
    store.close();
  }),
);

test(
  'a damaged plan file falls back to its .bak; a damaged preferences file to preferences.json.bak',
  withDir(async (dir) => {
    const first = open(dir);
    await first.library.savePlan(samplePlan('a', 'One'));
    await first.library.savePlan(samplePlan('a', 'Two'));
    first.library.setPreferences({ theme: 'dark' });
    first.library.setPreferences({ theme: 'light' });
    first.store.close();
    writeFileSync(planFile(dir, 'a'), '{"version":1,"id":"a"'); // cut off
    writeFileSync(prefsFile(dir), '');
    const { store, library } = open(dir);
    assert.equal(valueOf(library.loadPlan('a')).name, 'One');
    assert.equal(valueOf(library.getPreferences()).theme, 'dark');
    const notices = store.startup.notices ?? [];
    assert.equal(notices.length, 2, notices.join('\n'));
    assert.match(notices.join('\n'), /previous copy/);
    assert.equal(readFileSync(join(dir, `preferences.corrupt-${STAMP}.json`), 'utf8'), '');
    assert.equal(
      readFileSync(join(dir, ASIDE_FOLDER, `a.invalid-${STAMP}.json`), 'utf8'),
      '{"version":1,"id":"a"',
    );
    store.close();
  }),
);

test(
  'finding 2: a second writer is refused with who holds the folder; a stale lock is taken over',
  withDir(async (dir) => {
    const first = open(dir);
    assert.throws(
      () => openLibraryStore(dir, confEngine, () => NOW),
      (error: Error) =>
        error.message.includes(
          `in use by Season Planner on ${hostname()} (process ${process.pid}`,
        ) && error.message.includes(join(dir, LOCK_NAME)),
    );
    // Another process gets the same answer, in words, through the start-up decision.
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `Promise.all([
           import('${join(process.cwd(), 'electron/library-store.ts')}'),
           import('${join(process.cwd(), 'tests/unit/electron/conf-engine.ts')}'),
         ]).then(([m, e]) => {
           const r = m.openStoreForApp(${JSON.stringify(dir)}, e.confEngine, () => 0);
           process.stdout.write(r.ok ? 'opened' : r.error);
         })`,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    assert.match(
      child.stdout,
      /could not open its library in .*\n\n.* is in use by Season Planner/,
    );
    await first.library.savePlan(samplePlan('a'));
    first.store.close();
    assert.ok(!existsSync(join(dir, LOCK_NAME)), 'close lets the folder go');
    // kill -9 leaves the lock behind: a dead process of this host does not hold the folder.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    writeFileSync(
      join(dir, LOCK_NAME),
      JSON.stringify({ pid: Number(dead.stdout), host: hostname(), since: 0 }),
    );
    const next = open(dir);
    assert.deepEqual(next.library.loadPlan('a'), { ok: true, value: samplePlan('a') });
    next.store.close();
  }),
);

test(
  'finding 2: a plan changed on disk by someone else is kept as a conflict copy, and the user told',
  withDir(async (dir) => {
    const { store, library } = open(dir);
    await library.savePlan(samplePlan('a', 'Mine'));
    const theirs = serializePlan(samplePlan('a', 'Theirs, synced in'));
    writeFileSync(planFile(dir, 'a'), theirs);
    const refused = await library.savePlan(samplePlan('a', 'Mine, edited'));
    assert.equal(refused.ok, false);
    if (refused.ok) return;
    assert.match(refused.error.details?.[0] ?? '', /was changed on disk by another program/);
    const copy = join(dir, PLANS_FOLDER, `a.conflict-${STAMP}.json`);
    assert.match(refused.error.details?.[0] ?? '', new RegExp(copy.replace(/[.]/g, '\\.')));
    assert.equal(readFileSync(copy, 'utf8'), theirs);
    // Told once; the next save writes the user's version, the other one stays in its copy.
    assert.ok((await library.savePlan(samplePlan('a', 'Mine, edited'))).ok);
    assert.equal(readFileSync(copy, 'utf8'), theirs);
    store.close();
    // On the next start, the copy is reported and kept, never opened over the plan.
    const again = open(dir);
    assert.equal(valueOf(again.library.loadPlan('a')).name, 'Mine, edited');
    assert.match((again.store.startup.notices ?? []).join('\n'), /holds another copy of the plan/);
    await again.library.savePlan(samplePlan('a', 'Later'));
    assert.equal(readFileSync(copy, 'utf8'), theirs);
    again.store.close();
  }),
);

test(
  'a synced folder’s conflict copy is kept as it is and reported',
  withDir(async (dir) => {
    open(dir).store.close();
    writeFileSync(planFile(dir, 'a'), serializePlan(samplePlan('a', 'Here')));
    const dropbox = join(dir, PLANS_FOLDER, "a (Jo's conflicted copy 2027-04-19).json");
    const copyText = serializePlan(samplePlan('a', 'There'));
    writeFileSync(dropbox, copyText);
    const { store, library } = open(dir);
    assert.equal(valueOf(library.loadPlan('a')).name, 'Here');
    assert.match((store.startup.notices ?? []).join('\n'), /conflicted copy.*holds another copy/);
    await library.savePlan(samplePlan('a', 'Edited'));
    assert.equal(readFileSync(dropbox, 'utf8'), copyText);
    store.close();
  }),
);

test(
  'finding 3: every failure to open the store is a sentence saying what and where',
  withDir(async (dir) => {
    mkdirSync(join(dir, 'library.json'));
    const folder = openStoreForApp(dir, confEngine, () => NOW);
    assert.equal(folder.ok, false);
    assert.equal(
      folder.ok ? '' : folder.error,
      `Season Planner could not open its library in ${dir}.\n\n${join(dir, 'library.json')}: it is a folder, not a file (EISDIR)`,
    );
    assert.ok(!existsSync(join(dir, LOCK_NAME)), 'the lock is let go on the way out');
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, '');
    const notFolder = openStoreForApp(join(file, 'data'), confEngine, () => NOW);
    assert.match(notFolder.ok ? '' : notFolder.error, /a part of the path is a file, not a folder/);
  }),
);

test(
  'finding 3: a read-only data folder, and a damaged file in one, reach the fatal message',
  withTmpfs('1m', async (dir) => {
    open(dir).store.close();
    writeFileSync(prefsFile(dir), '{ damaged');
    assert.equal(spawnSync('mount', ['-o', 'remount,ro', dir]).status, 0);
    const opened = openStoreForApp(dir, confEngine, () => NOW);
    assert.equal(opened.ok, false);
    assert.match(
      opened.ok ? '' : opened.error,
      new RegExp(
        `could not open its library in ${dir}\\.\\n\\n.*library\\.lock: the disk is read-only \\(EROFS\\)`,
      ),
    );
    assert.equal(readFileSync(prefsFile(dir), 'utf8'), '{ damaged');
  }),
);

test(
  'finding 4: one bad plan of three is set aside alone, as a plan file Import plan reads',
  withDir(async (dir) => {
    const first = open(dir);
    for (const id of ['a', 'b', 'c']) await first.library.savePlan(samplePlan(id));
    first.store.close();
    const sessions = samplePlan('b').sessions;
    const bad = {
      ...samplePlan('b'),
      sessions: sessions.map((s, i) => (i === 0 ? { ...s, date: '2027-02-30' } : s)),
    };
    writeFileSync(planFile(dir, 'b'), serializePlan(bad as never));
    rmSync(`${planFile(dir, 'b')}.bak`, { force: true });
    const { store, library } = open(dir);
    const listed = library.listPlans();
    assert.deepEqual(listed.ok && listed.value.map((s) => s.id).sort(), ['a', 'c']);
    assert.equal(store.startup.recovered, null);
    const aside = join(dir, ASIDE_FOLDER, `b.invalid-${STAMP}.json`);
    assert.match(
      (store.startup.notices ?? []).join('\n'),
      /sessions\[0\]\.date: 2027-02-30 is not a calendar date.*set aside as .*b\.invalid-.*Import plan/,
    );
    // Import plan reads it: it names the problem by path, and once fixed the plan comes back.
    const asIs = await library.importPlanText(readFileSync(aside, 'utf8'));
    assert.ok(
      !asIs.ok &&
        asIs.error.details?.includes('sessions[0].date: 2027-02-30 is not a calendar date'),
    );
    const fixed = readFileSync(aside, 'utf8').replace('2027-02-30', '2027-03-02');
    assert.deepEqual(await library.importPlanText(fixed), { ok: true, value: samplePlan('b') });
    store.close();
  }),
);

test(
  'the version-1 library is migrated on first start: plans to files, bad ones aside, the old file kept',
  withDir(async (dir) => {
    const legacy = {
      libraryVersion: 1,
      plans: [
        { plan: samplePlan('a'), updatedAt: 5 },
        { plan: { ...samplePlan('b'), season: { start: 'x', end: 'y' } }, updatedAt: 6 },
      ],
      preferences: { ...DEFAULT_PREFERENCES, theme: 'dark' },
    };
    const text = JSON.stringify(legacy);
    writeFileSync(join(dir, 'library.json'), text);
    const { store, library } = open(dir);
    assert.deepEqual(library.loadPlan('a'), { ok: true, value: samplePlan('a') });
    assert.equal(valueOf(library.getPreferences()).theme, 'dark');
    assert.equal(readFileSync(join(dir, `library.v1-${STAMP}.json`), 'utf8'), text);
    assert.deepEqual(
      JSON.parse(readFileSync(join(dir, ASIDE_FOLDER, `b.invalid-${STAMP}.json`), 'utf8')),
      legacy.plans[1]?.plan,
    );
    assert.ok(
      !existsSync(join(dir, 'library.json')),
      'the old file is moved, not left to migrate again',
    );
    assert.equal(JSON.parse(readFileSync(prefsFile(dir), 'utf8')).theme, 'dark');
    assert.equal((store.startup.notices ?? []).length, 2);
    assert.match(
      store.startup.notices?.[1] ?? '',
      /preferences in .*preferences\.json; the old library\.json is kept as .*library\.v1-/,
    );
    store.close();
    const again = open(dir);
    assert.deepEqual(again.store.startup, { recovered: null });
    assert.equal(valueOf(again.library.getPreferences()).theme, 'dark');
    again.store.close();
  }),
);

test(
  'the version-2 index (library.json with the preferences) is migrated: preferences to electron-store’s file, the old files kept',
  withDir(async (dir) => {
    // The folder as the previous version left it: plans in their files, the index and its .bak.
    mkdirSync(join(dir, PLANS_FOLDER));
    writeFileSync(planFile(dir, 'a'), serializePlan(samplePlan('a')));
    const preferences = { ...DEFAULT_PREFERENCES, theme: 'dark', lastPlanId: 'a' } as const;
    const text = indexText(preferences);
    writeFileSync(join(dir, 'library.json'), text);
    writeFileSync(join(dir, 'library.json.bak'), indexText());
    const { store, library } = open(dir);
    assert.deepEqual(valueOf(library.getPreferences()), preferences);
    assert.deepEqual(library.loadPlan('a'), { ok: true, value: samplePlan('a') });
    assert.equal(readFileSync(join(dir, `library.v2-${STAMP}.json`), 'utf8'), text);
    assert.equal(readFileSync(join(dir, `library.bak-${STAMP}.json`), 'utf8'), indexText());
    assert.ok(!existsSync(join(dir, 'library.json')));
    assert.deepEqual(
      { ...new Conf({ cwd: dir, configName: 'preferences' }).store },
      {
        preferencesVersion: 1,
        ...preferences,
      },
    );
    assert.deepEqual(store.startup.notices, [
      `Your preferences are now kept in ${prefsFile(dir)}; the old library.json is kept as ${join(dir, `library.v2-${STAMP}.json`)}.`,
    ]);
    store.close();
    const again = open(dir);
    assert.deepEqual(again.store.startup, { recovered: null });
    assert.deepEqual(valueOf(again.library.getPreferences()), preferences);
    again.store.close();
  }),
);

test(
  'a migration whose preferences cannot be saved stops the start and keeps library.json to migrate again',
  withDir(async (dir) => {
    const text = indexText({ ...DEFAULT_PREFERENCES, theme: 'dark' });
    writeFileSync(join(dir, 'library.json'), text);
    // An engine whose writes never reach the disk whole (atomically's short write on a full disk).
    const cutting: CreatePreferencesEngine = (options) => {
      const engine = confEngine(options);
      return {
        path: engine.path,
        get store(): unknown {
          return engine.store;
        },
        set store(value: PreferencesFile) {
          writeFileSync(engine.path, JSON.stringify(value).slice(0, 20));
        },
      };
    };
    const failed = openStoreForApp(dir, cutting, () => NOW);
    assert.equal(failed.ok, false);
    assert.match(failed.ok ? '' : failed.error, /preferences could not be saved/);
    assert.equal(readFileSync(join(dir, 'library.json'), 'utf8'), text);
    assert.ok(!existsSync(join(dir, LOCK_NAME)), 'the lock is let go');
    const { store, library } = open(dir);
    assert.equal(valueOf(library.getPreferences()).theme, 'dark');
    assert.ok(!existsSync(join(dir, 'library.json')));
    store.close();
  }),
);

test(
  'a damaged preferences file with no good backup is moved aside byte for byte, the defaults used; plans still open',
  withDir(async (dir) => {
    const first = open(dir);
    await first.library.savePlan(samplePlan('a'));
    first.library.setPreferences({ theme: 'dark' });
    first.store.close();
    rmSync(`${prefsFile(dir)}.bak`, { force: true });
    const garbage = Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x80, 0x0a]);
    writeFileSync(prefsFile(dir), garbage);
    const { store, library } = open(dir);
    const aside = join(dir, `preferences.corrupt-${STAMP}.json`);
    assert.equal(store.startup.recovered, null, 'no plan was lost');
    assert.deepEqual(store.startup.notices, [
      `${prefsFile(dir)} could not be read (not valid JSON: ${jsonError(garbage)}); the default preferences are used. The damaged file is kept at ${aside}.`,
    ]);
    assert.deepEqual(readFileSync(aside), garbage);
    assert.deepEqual(valueOf(library.getPreferences()), DEFAULT_PREFERENCES);
    assert.deepEqual(library.loadPlan('a'), { ok: true, value: samplePlan('a') });
    store.close();
    assert.deepEqual(open(dir).store.startup, { recovered: null }, 'the defaults were saved');
  }),
);

test(
  'a preferences file that cannot be read at all (a folder in its place) is moved aside; the app opens',
  withDir(async (dir) => {
    open(dir).store.close();
    rmSync(prefsFile(dir));
    rmSync(`${prefsFile(dir)}.bak`, { force: true });
    mkdirSync(prefsFile(dir));
    const opened = openStoreForApp(dir, confEngine, () => NOW);
    assert.ok(opened.ok, opened.ok ? '' : opened.error);
    if (!opened.ok) return;
    assert.match(
      (opened.value.startup.notices ?? []).join('\n'),
      /preferences\.json could not be read \(it is a folder, not a file \(EISDIR\)\); the default preferences are used/,
    );
    assert.ok(existsSync(join(dir, `preferences.corrupt-${STAMP}.json`)));
    opened.value.close();
  }),
);

test(
  'a failed preferences save is reported in words and never touches a plan',
  withDir(async (dir) => {
    const { store, library } = open(dir);
    await library.savePlan(samplePlan('a'));
    library.setPreferences({ theme: 'light' });
    const plansBefore = plansOnDisk(dir);
    // A folder where the file was: conf's write cannot put its file there.
    rmSync(prefsFile(dir));
    mkdirSync(prefsFile(dir));
    const failed = library.setPreferences({ theme: 'dark' });
    assert.equal(failed.ok, false);
    if (failed.ok) return;
    assert.equal(failed.error.code, 'store');
    assert.match(
      failed.error.details?.[0] ?? '',
      /preferences could not be saved: .*preferences\.json/,
    );
    assert.equal(valueOf(library.getPreferences()).theme, 'light');
    assert.deepEqual(plansOnDisk(dir), plansBefore);
    assert.deepEqual(library.loadPlan('a'), { ok: true, value: samplePlan('a') });
    store.close();
  }),
);

test(
  'a preferences save that leaves a cut-off file (atomically on a full disk) is reported, the previous file put back',
  withDir(async (dir) => {
    // conf writes through atomically, which takes a short write as done and renames the cut-off
    // file into place; the engine here does what that leaves, on a real folder.
    let cutNext = false;
    const cutting: CreatePreferencesEngine = (options) => {
      const engine = confEngine(options);
      return {
        path: engine.path,
        get store(): unknown {
          return engine.store;
        },
        set store(value: PreferencesFile) {
          if (!cutNext) {
            engine.store = value;
            return;
          }
          const text = JSON.stringify(value, undefined, '\t');
          writeFileSync(`${engine.path}.tmp-cut`, text.slice(0, 20));
          renameSync(`${engine.path}.tmp-cut`, engine.path);
        },
      };
    };
    const { store, library } = open(dir, () => NOW, cutting);
    await library.savePlan(samplePlan('a'));
    library.setPreferences({ theme: 'light' });
    const before = readFileSync(prefsFile(dir), 'utf8');
    const plansBefore = plansOnDisk(dir);
    cutNext = true;
    const failed = library.setPreferences({ theme: 'dark' });
    assert.equal(failed.ok, false);
    if (failed.ok) return;
    assert.match(
      failed.error.details?.[0] ?? '',
      /read back is not what was written \(the disk may be full\); the previous preferences were kept/,
    );
    assert.equal(readFileSync(prefsFile(dir), 'utf8'), before);
    assert.deepEqual(plansOnDisk(dir), plansBefore);
    store.close();
    const again = open(dir);
    assert.deepEqual(again.store.startup, { recovered: null });
    assert.equal(valueOf(again.library.getPreferences()).theme, 'light');
    again.store.close();
  }),
);

test(
  'finding 11: temp files a crash left behind are removed on start; a deleted plan keeps a .bak',
  withDir(async (dir) => {
    open(dir).store.close();
    writeFileSync(join(dir, 'preferences.json.tmp-1234-1'), 'half');
    writeFileSync(join(dir, 'preferences.json.tmp-b0b3c5'), 'atomically’s own temp name');
    writeFileSync(join(dir, PLANS_FOLDER, 'a.json.tmp-99-1'), 'half');
    const { store, library } = open(dir);
    assert.deepEqual(
      [...readdirSync(dir), ...readdirSync(join(dir, PLANS_FOLDER))].filter((n) =>
        n.includes('.tmp-'),
      ),
      [],
    );
    await library.savePlan(samplePlan('a'));
    await library.deletePlan('a');
    assert.ok(!existsSync(planFile(dir, 'a')));
    assert.equal(readFileSync(`${planFile(dir, 'a')}.bak`, 'utf8'), serializePlan(samplePlan('a')));
    store.close();
  }),
);

test(
  'finding 11: a preferences file with a field this version does not know is refused, not rewritten without it',
  withDir(async (dir) => {
    open(dir).store.close();
    rmSync(`${prefsFile(dir)}.bak`, { force: true });
    const text = JSON.stringify({
      preferencesVersion: 1,
      ...DEFAULT_PREFERENCES,
      fontSize: 'large',
    });
    writeFileSync(prefsFile(dir), text);
    const { store } = open(dir);
    assert.match((store.startup.notices ?? []).join('\n'), /fontSize: unknown field/);
    assert.equal(readFileSync(join(dir, `preferences.corrupt-${STAMP}.json`), 'utf8'), text);
    store.close();
  }),
);

test(
  'a preferences file of a newer version is set aside, not read',
  withDir(async (dir) => {
    open(dir).store.close();
    rmSync(`${prefsFile(dir)}.bak`, { force: true });
    const text = JSON.stringify({ preferencesVersion: 7, ...DEFAULT_PREFERENCES });
    writeFileSync(prefsFile(dir), text);
    const { store } = open(dir);
    assert.match(
      (store.startup.notices ?? []).join('\n'),
      /preferencesVersion: 7 is newer than this app/,
    );
    assert.equal(readFileSync(join(dir, `preferences.corrupt-${STAMP}.json`), 'utf8'), text);
    store.close();
  }),
);
