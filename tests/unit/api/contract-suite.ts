// The behaviour every implementation of PlannerApi must have, run against the desktop app's handlers
// (through the preload's bridge, the IPC door and the real store engine in a temp folder) and against
// the browser implementation (over a fake localStorage). Same tests, so the two cannot drift apart.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ApiResult, PlannerApi } from '../../../src/api/contract';
import { MAX_ICS_CHARS } from '../../../src/ical/ics-structure';
import { serializePlan } from '../../../src/plan/plan-file';
import { SAMPLE_REQUEST, samplePlan } from '../library/sample-plan';
import type { FakeFiles } from './fakes';

export interface Harness {
  /** Starts the app over what is stored, as a relaunch does. */
  start(): PlannerApi;
  readonly files: FakeFiles;
  /**
   * Replaces what is stored with raw text in the one-document format (`libraryVersion` 1): the
   * localStorage entry; for the desktop app, the `library.json` of an earlier version, which the
   * next start migrates (plans to their files, preferences to electron-store's file).
   */
  writeRaw(text: string): void;
  readRaw(): string | null;
  /** The backups kept so far, by where they are. */
  backups(): Map<string, string>;
  /** Calls a method with arguments as an untrusted page may send them. */
  callRaw(api: PlannerApi, method: keyof PlannerApi, args: unknown[]): Promise<ApiResult<unknown>>;
  cleanup(): void;
}

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) assert.fail(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

function errorOf(result: ApiResult<unknown>) {
  if (result.ok) assert.fail(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

/**
 * A club calendar: a marathon at 06:30 Sydney time on 2027-09-20 written in UTC (19:30Z on the
 * 19th, as Google writes it), a yearly race since 2019, and an event without a date.
 */
const ICS_WITH_UTC = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Club//EN',
  'BEGIN:VEVENT',
  'UID:sydney-2027@example.com',
  'DTSTAMP:20270101T000000Z',
  'DTSTART:20270919T193000Z',
  'SUMMARY:Sydney Marathon',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:harbour-10k@example.com',
  'DTSTAMP:20190101T000000Z',
  'DTSTART;VALUE=DATE:20190608',
  'RRULE:FREQ=YEARLY;BYMONTH=6;BYDAY=2SA',
  'SUMMARY:Harbour 10K',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:social@example.com',
  'DTSTAMP:20270101T000000Z',
  'SUMMARY:Club social',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

export function contractSuite(name: string, makeHarness: () => Harness): void {
  describe(`PlannerApi contract: ${name}`, () => {
    const each = (title: string, body: (h: Harness) => Promise<void>) =>
      test(title, async () => {
        const harness = makeHarness();
        try {
          await body(harness);
        } finally {
          harness.cleanup();
        }
      });

    each('save → restart → load gives the same plan, and the list shows it', async (h) => {
      const plan = samplePlan();
      const summary = value(await h.start().savePlan(plan));
      assert.equal(summary.id, plan.id);
      const api = h.start();
      assert.deepEqual(value(await api.loadPlan(plan.id)), plan);
      assert.deepEqual(
        value(await api.listPlans()).map((s) => [s.id, s.name]),
        [[plan.id, plan.name]],
      );
    });

    each('createPlan generates a plan and keeps it', async (h) => {
      const created = value(await h.start().createPlan(SAMPLE_REQUEST));
      assert.equal(created.name, 'Autumn');
      assert.equal(created.season.start, SAMPLE_REQUEST.start);
      assert.ok(created.sessions.length > 0);
      assert.deepEqual(value(await h.start().loadPlan(created.id)), created);
    });

    each('rename, duplicate, delete and restore survive a restart', async (h) => {
      const plan = samplePlan();
      let api = h.start();
      await api.savePlan(plan);
      value(await api.renamePlan(plan.id, 'Renamed'));
      const copy = value(await api.duplicatePlan(plan.id));
      assert.equal(copy.name, 'Renamed (copy)');
      api = h.start();
      assert.equal(value(await api.loadPlan(plan.id)).name, 'Renamed');
      assert.deepEqual(value(await api.loadPlan(copy.id)), copy);
      const deleted = value(await api.deletePlan(plan.id));
      assert.equal(errorOf(await h.start().loadPlan(plan.id)).code, 'not-found');
      api = h.start();
      value(await api.savePlan(deleted));
      assert.deepEqual(value(await h.start().loadPlan(plan.id)), deleted);
      assert.equal(value(await h.start().listPlans()).length, 2);
    });

    each('preferences are merged and kept', async (h) => {
      value(await h.start().setPreferences({ theme: 'dark', lastPlanId: 'x' }));
      const prefs = value(await h.start().getPreferences());
      assert.equal(prefs.theme, 'dark');
      assert.equal(prefs.lastPlanId, 'x');
      assert.equal(prefs.view, 'season');
    });

    each('a stored library keeps its plans and its preferences across a restart', async (h) => {
      const preferences = {
        ...value(await h.start().getPreferences()),
        theme: 'dark',
        lastPlanId: 'plan-1',
      } as const;
      h.writeRaw(
        JSON.stringify({
          libraryVersion: 1,
          plans: [{ plan: samplePlan(), updatedAt: 1 }],
          preferences,
        }),
      );
      assert.deepEqual(value(await h.start().getPreferences()), preferences);
      const api = h.start();
      assert.deepEqual(value(await api.getPreferences()), preferences);
      assert.deepEqual(value(await api.loadPlan('plan-1')), samplePlan());
      value(await api.setPreferences({ view: 'week' }));
      assert.deepEqual(value(await h.start().getPreferences()), { ...preferences, view: 'week' });
    });

    each('bad arguments are refused with invalid-argument and change nothing', async (h) => {
      const api = h.start();
      await api.savePlan(samplePlan());
      const before = h.readRaw();
      const badPlan = {
        ...samplePlan(),
        sessions: [{ ...samplePlan().sessions[0], date: 'soon' }],
      };
      const calls: [keyof PlannerApi, unknown[], string | null][] = [
        ['savePlan', [badPlan], 'sessions[0].date'],
        ['savePlan', ['not a plan'], null],
        ['loadPlan', [42], null],
        ['renamePlan', ['plan-1', '   '], null],
        ['setPreferences', [{ theme: 'purple' }], 'theme'],
        ['createPlan', [{ ...SAMPLE_REQUEST, start: '2027-02-30' }], 'start'],
        ['exportIcs', [{ planId: 7 }], null],
        ['exportWorkouts', [{ planId: 'plan-1', from: '2027-02-30' }], 'from'],
        ['importRacesIcs', [{ timeZone: 'Mars/Olympus' }], 'timeZone: not a time zone'],
        ['importRacesIcs', [{ from: '2027-02-30' }], '2027-02-30 is not a calendar date'],
        ['importRacesIcs', [{ from: '2027-12-31', to: '2027-01-01' }], 'to: the end is before'],
        ['importRacesIcs', [{ timezone: 'UTC' }], 'did you mean timeZone?'],
        ['importRacesIcs', [], null],
        ['readRacesIcs', ['/tmp/a.ics', 'x'.repeat(MAX_ICS_CHARS + 1), {}], 'larger than 5 MB'],
        ['readRacesIcs', ['/tmp/a.ics', ICS_WITH_UTC, { to: 'soon' }], 'to: not a date'],
        ['readRacesIcs', ['', ICS_WITH_UTC, {}], null],
      ];
      for (const [method, args, path] of calls) {
        const error = errorOf(await h.callRaw(api, method, args));
        assert.equal(error.code, 'invalid-argument', `${method} ${JSON.stringify(args)}`);
        if (path) {
          assert.ok(
            error.details?.some((d) => d.includes(path)),
            `${method}: ${JSON.stringify(error.details)} names ${path}`,
          );
        }
      }
      assert.equal(h.readRaw(), before);
    });

    each('a corrupt store is kept byte for byte, reported, and the app starts empty', async (h) => {
      const corrupt = '{"libraryVersion":1,"plans":[{"plan":{"version":1,"id":"p"';
      h.writeRaw(corrupt);
      const api = h.start();
      const report = value(await api.getStartupReport());
      assert.ok(report.recovered, 'recovered is reported');
      assert.match(report.recovered.reason, /not valid JSON/);
      assert.deepEqual([...h.backups().entries()], [[report.recovered.backupPath, corrupt]]);
      assert.deepEqual(value(await api.listPlans()), []);
      value(await api.savePlan(samplePlan()));
      assert.equal(h.backups().get(report.recovered.backupPath), corrupt);
      assert.equal(value(await h.start().getStartupReport()).recovered, null);
    });

    each(
      'a store with an invalid plan: that plan alone is set aside as a plan file, the others load',
      async (h) => {
        const bad = { ...samplePlan('bad'), season: { start: 'x', end: 'y' } };
        const document = {
          libraryVersion: 1,
          plans: [
            { plan: samplePlan('good-1'), updatedAt: 1 },
            { plan: bad, updatedAt: 2 },
            { plan: samplePlan('good-2'), updatedAt: 3 },
          ],
          preferences: value(await h.start().getPreferences()),
        };
        h.writeRaw(JSON.stringify(document));
        const api = h.start();
        const report = value(await api.getStartupReport());
        assert.equal(report.recovered, null);
        const said = (report.notices ?? []).join('\n');
        assert.match(said, /season\.start: not a date/);
        assert.match(said, /Import plan/);
        // Kept as a plan file: the text Import plan reads, and nothing else.
        const kept = [...h.backups().values()];
        assert.deepEqual(kept, [`${JSON.stringify(bad, null, 2)}\n`]);
        assert.deepEqual(
          value(await api.listPlans())
            .map((s) => s.id)
            .sort(),
          ['good-1', 'good-2'],
        );
        assert.deepEqual(value(await api.loadPlan('good-2')), samplePlan('good-2'));
        // Set aside once: the next start finds the library whole.
        const again = value(await h.start().getStartupReport());
        assert.deepEqual(again.notices ?? [], []);
        assert.equal(h.backups().size, 1);
        h.files.nextOpen = { path: '/tmp/kept.json', text: kept[0] ?? '' };
        assert.equal(errorOf(await api.importPlanFile()).code, 'invalid-file');
      },
    );

    each('a store from a newer version is moved aside, not read', async (h) => {
      const text = JSON.stringify({ libraryVersion: 99, plans: [], preferences: {} });
      h.writeRaw(text);
      const api = h.start();
      const report = value(await api.getStartupReport());
      assert.ok(report.recovered);
      assert.match(report.recovered.reason, /newer than this app/);
      assert.equal(h.backups().get(report.recovered.backupPath), text);
      assert.deepEqual(value(await api.listPlans()), []);
    });

    each('concurrent saves: the last one wins and the store is always valid JSON', async (h) => {
      const api = h.start();
      const saves = Array.from({ length: 30 }, (_, i) =>
        api.savePlan(samplePlan('plan-1', `Version ${i}`)).then((result) => {
          JSON.parse(h.readRaw() ?? 'null');
          return result;
        }),
      );
      for (const result of await Promise.all(saves)) value(result);
      JSON.parse(h.readRaw() ?? 'null');
      assert.equal(value(await h.start().loadPlan('plan-1')).name, 'Version 29');
      assert.equal(value(await h.start().listPlans()).length, 1);
    });

    each('an invalid plan file is refused with its errors by path; nothing changes', async (h) => {
      const api = h.start();
      await api.savePlan(samplePlan());
      const before = h.readRaw();
      const bad = {
        ...samplePlan('other'),
        blocks: [{ id: 'b', kind: 'nap', start: '2027-03-01' }],
      };
      h.files.nextOpen = { path: '/tmp/bad-plan.json', text: JSON.stringify(bad) };
      const error = errorOf(await api.importPlanFile());
      assert.equal(error.code, 'invalid-file');
      assert.match(error.message, /bad-plan\.json/);
      assert.ok(
        error.details?.some((d) => d.startsWith('blocks[0].kind')),
        String(error.details),
      );
      assert.ok(
        error.details?.some((d) => d.startsWith('blocks[0].end')),
        String(error.details),
      );
      assert.equal(h.readRaw(), before);
    });

    each('a valid plan file is imported; a cancelled dialog is null', async (h) => {
      const api = h.start();
      h.files.nextOpen = { path: '/tmp/plan.json', text: serializePlan(samplePlan('imported')) };
      assert.deepEqual(value(await api.importPlanFile()), samplePlan('imported'));
      h.files.nextOpen = null;
      assert.equal(value(await api.importPlanFile()), null);
      assert.equal(value(await api.importRacesIcs({})), null);
      assert.deepEqual(value(await h.start().loadPlan('imported')), samplePlan('imported'));
    });

    each('races are read from an .ics file, and nothing is added to the library', async (h) => {
      const api = h.start();
      const ics = [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Races//EN',
        'BEGIN:VEVENT',
        'UID:berlin-2027@example.com',
        'DTSTAMP:20270101T000000Z',
        'DTSTART;VALUE=DATE:20270926',
        'SUMMARY:Berlin Marathon',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n');
      h.files.nextOpen = { path: '/tmp/races.ics', text: ics };
      const read = value(await api.importRacesIcs({}));
      assert.deepEqual(
        read?.races.map((r) => [r.name, r.date, r.distance]),
        [['Berlin Marathon', '2027-09-26', 'marathon']],
      );
      assert.equal(read?.path, '/tmp/races.ics');
      assert.deepEqual(read?.skipped, []);
      // Days only: the zone cannot change them, so the text is not handed back.
      assert.equal(read?.text, undefined);
      h.files.nextOpen = { path: '/tmp/broken.ics', text: 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT' };
      const error = errorOf(await api.importRacesIcs({}));
      assert.equal(error.code, 'invalid-file');
      assert.match(error.message, /broken\.ics/);
      assert.deepEqual(value(await api.listPlans()), []);
    });

    each(
      'UTC times are read in the zone asked for, recurring races over the season, the skipped listed',
      async (h) => {
        const api = h.start();
        const season = { from: '2027-01-04', to: '2027-12-26' };
        h.files.nextOpen = { path: '/tmp/club.ics', text: ICS_WITH_UTC };
        const inUtc = value(await api.importRacesIcs({ ...season, timeZone: 'UTC' }));
        assert.ok(inUtc);
        assert.deepEqual(
          inUtc.races.map((r) => [r.name, r.date]),
          [
            ['Harbour 10K', '2027-06-12'],
            ['Sydney Marathon', '2027-09-19'],
          ],
        );
        assert.equal(inUtc.timeZone, 'UTC');
        assert.equal(inUtc.skipped.length, 1);
        assert.match(inUtc.skipped[0] ?? '', /Event 3 \("Club social"\): has no valid start date/);
        // The zone matters for this file: its text comes back, to be read again without a dialog.
        assert.equal(inUtc.text, ICS_WITH_UTC);
        const inSydney = value(
          await api.readRacesIcs(inUtc.path, inUtc.text ?? '', {
            ...season,
            timeZone: 'Australia/Sydney',
          }),
        );
        assert.equal(inSydney.path, '/tmp/club.ics');
        assert.equal(inSydney.timeZone, 'Australia/Sydney');
        assert.deepEqual(
          inSydney.races.map((r) => [r.name, r.date]),
          [
            ['Harbour 10K', '2027-06-12'],
            ['Sydney Marathon', '2027-09-20'],
          ],
        );
        // No season given: a year before today (the harness's clock, 2027-01-01) to five after.
        const around = value(await api.readRacesIcs('/tmp/club.ics', ICS_WITH_UTC, {}));
        assert.deepEqual(
          around.races.filter((r) => r.name === 'Harbour 10K').map((r) => r.date),
          ['2026-06-13', '2027-06-12', '2028-06-10', '2029-06-09', '2030-06-08', '2031-06-14'],
        );
        const broken = errorOf(await api.readRacesIcs('/tmp/club.ics', 'BEGIN:VCALENDAR', {}));
        assert.equal(broken.code, 'invalid-file');
        assert.match(broken.message, /club\.ics/);
        assert.deepEqual(value(await api.listPlans()), []);
      },
    );

    each('print to PDF saves where the user says, or nothing when cancelled', async (h) => {
      const api = h.start();
      h.files.nextSavePath = '/tmp/season.pdf';
      assert.deepEqual(value(await api.printToPdf()), { path: '/tmp/season.pdf' });
      h.files.nextSavePath = null;
      assert.equal(value(await api.printToPdf()), null);
    });

    each('exports write the plan file and the calendar', async (h) => {
      const api = h.start();
      await api.savePlan(samplePlan());
      h.files.nextSavePath = '/tmp/out.json';
      assert.deepEqual(value(await api.exportPlanFile('plan-1')), { path: '/tmp/out.json' });
      assert.equal(h.files.saved.at(-1)?.text, serializePlan(samplePlan()));
      h.files.nextSavePath = '/tmp/out.ics';
      assert.deepEqual(value(await api.exportIcs({ planId: 'plan-1' })), { path: '/tmp/out.ics' });
      assert.match(h.files.saved.at(-1)?.text ?? '', /^BEGIN:VCALENDAR\r\n/);
      assert.equal(errorOf(await api.exportPlanFile('nope')).code, 'not-found');
    });

    each('workouts for the watch: one .fit for one session, a zip for a range', async (h) => {
      const api = h.start();
      const plan = samplePlan();
      await api.savePlan(plan);
      const [first, second] = plan.sessions.filter((s) => s.kind !== 'rest' && s.kind !== 'race');
      assert.ok(first && second && first.date !== second.date);
      h.files.nextSavePath = '/tmp/one.fit';
      const one = { planId: plan.id, from: first.date, to: first.date };
      assert.deepEqual(value(await api.exportWorkouts(one)), { path: '/tmp/one.fit' });
      const fit = h.files.savedBytes.at(-1);
      assert.equal(fit?.kind, 'fit');
      assert.equal(fit?.name, `${first.date}-${first.kind}.fit`);
      assert.equal(new TextDecoder().decode(fit?.bytes.subarray(8, 12)), '.FIT');

      h.files.nextSavePath = '/tmp/range.zip';
      const range = { planId: plan.id, from: first.date, to: second.date };
      assert.deepEqual(value(await api.exportWorkouts(range)), { path: '/tmp/range.zip' });
      const zip = h.files.savedBytes.at(-1);
      assert.equal(zip?.kind, 'zip');
      assert.equal(zip?.name, `${plan.name} workouts.zip`);
      assert.deepEqual([...(zip?.bytes.subarray(0, 4) ?? [])], [0x50, 0x4b, 0x03, 0x04]);

      h.files.nextSavePath = null;
      assert.equal(value(await api.exportWorkouts(range)), null);
      const empty = errorOf(
        await api.exportWorkouts({ planId: plan.id, from: '2000-01-01', to: '2000-01-02' }),
      );
      assert.equal(empty.code, 'invalid-argument');
      assert.match(
        empty.details?.[0] ?? '',
        /^no sessions to run between 2000-01-01 and 2000-01-02/,
      );
      assert.equal(errorOf(await api.exportWorkouts({ planId: 'nope' })).code, 'not-found');
    });
  });
}
