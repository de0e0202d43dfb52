import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hardDaysBackToBack } from '../../../src/rules/hard-days-back-to-back';
import { planWith, run } from '../fixtures/plans';

const pairs = (sessions: Parameters<typeof planWith>[0]) =>
  hardDaysBackToBack(planWith(sessions)).map((w) => [w.start, w.end]);

test('fires for hard sessions on consecutive days, naming both', () => {
  const sessions = [run('2027-04-20', 'tempo', 50), run('2027-04-21', 'intervals', 60)];
  const warnings = hardDaysBackToBack(planWith({ sessions }));
  assert.equal(warnings.length, 1);
  assert.deepEqual(
    {
      start: warnings[0]?.start,
      end: warnings[0]?.end,
      ids: warnings[0]?.sessionIds,
      severity: warnings[0]?.severity,
    },
    { start: '2027-04-20', end: '2027-04-21', ids: sessions.map((s) => s.id), severity: 'warning' },
  );
});

test('does not fire with a day between, or for a hard day next to a moderate long run', () => {
  assert.deepEqual(
    pairs({ sessions: [run('2027-04-20', 'tempo', 50), run('2027-04-22', 'tempo', 50)] }),
    [],
  );
  assert.deepEqual(
    pairs({ sessions: [run('2027-04-20', 'tempo', 50), run('2027-04-21', 'long', 120)] }),
    [],
  );
  assert.deepEqual(
    pairs({ sessions: [run('2027-04-20', 'tempo', 50), run('2027-04-20', 'hills', 30)] }),
    [],
  );
});

test('one warning per pair of days: three in a row give two', () => {
  const sessions = ['2027-04-20', '2027-04-21', '2027-04-22'].map((d) => run(d, 'tempo', 50));
  assert.deepEqual(pairs({ sessions }), [
    ['2027-04-20', '2027-04-21'],
    ['2027-04-21', '2027-04-22'],
  ]);
});

test('across a week boundary, whatever the week start (the daylight-saving Sunday 2027-03-28)', () => {
  const sessions = [run('2027-03-28', 'tempo', 50), run('2027-03-29', 'intervals', 50)];
  assert.deepEqual(pairs({ sessions }), [['2027-03-28', '2027-03-29']]);
  assert.deepEqual(pairs({ sessions, settings: { weekStart: 'sunday' } }), [
    ['2027-03-28', '2027-03-29'],
  ]);
  const autumn = [run('2027-10-30', 'tempo', 50), run('2027-10-31', 'intervals', 50)];
  assert.deepEqual(pairs({ sessions: autumn }), [['2027-10-30', '2027-10-31']]);
});

test('across the year end, and around the leap day', () => {
  const season = { start: '2027-01-04', end: '2028-06-25' };
  assert.deepEqual(
    pairs({ season, sessions: [run('2027-12-31', 'tempo', 50), run('2028-01-01', 'hills', 50)] }),
    [['2027-12-31', '2028-01-01']],
  );
  // 2028-02-28 and 2028-03-01 are two days apart: the leap day lies between them.
  assert.deepEqual(
    pairs({ season, sessions: [run('2028-02-28', 'tempo', 50), run('2028-03-01', 'hills', 50)] }),
    [],
  );
  assert.deepEqual(
    pairs({ season, sessions: [run('2028-02-29', 'tempo', 50), run('2028-03-01', 'hills', 50)] }),
    [['2028-02-29', '2028-03-01']],
  );
});

test('a race counts as a hard day', () => {
  const races = [
    { id: 'r1', name: 'Tune-up', date: '2027-05-09', distance: '10k', priority: 'C' } as const,
  ];
  const warnings = hardDaysBackToBack(
    planWith({ races, sessions: [run('2027-05-08', 'tempo', 40)] }),
  );
  assert.deepEqual(warnings[0]?.sessionIds, ['s-2027-05-08-tempo', 'race-r1']);
});
