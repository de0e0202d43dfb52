import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tooManyHardDays } from '../../../src/rules/too-many-hard-days';
import { planWith, run } from '../fixtures/plans';

test('fires for a week with more hard sessions than the cap, naming them', () => {
  const sessions = [
    run('2027-04-19', 'tempo', 50),
    run('2027-04-21', 'intervals', 60),
    run('2027-04-23', 'hills', 45),
  ];
  const [warning, ...rest] = tooManyHardDays(planWith({ sessions }));
  assert.equal(rest.length, 0);
  assert.deepEqual(
    { rule: warning?.rule, severity: warning?.severity, start: warning?.start, end: warning?.end },
    { rule: 'too-many-hard-days', severity: 'warning', start: '2027-04-19', end: '2027-04-25' },
  );
  assert.deepEqual(
    warning?.sessionIds,
    sessions.map((s) => s.id),
  );
  assert.match(warning?.message ?? '', /3 hard sessions/);
});

test('is an error at cap + 2', () => {
  const sessions = ['2027-04-19', '2027-04-21', '2027-04-23', '2027-04-25'].map((d) =>
    run(d, 'tempo', 50),
  );
  assert.equal(tooManyHardDays(planWith({ sessions }))[0]?.severity, 'error');
});

test('does not fire at the cap, nor for moderate long runs, and follows the cap setting', () => {
  const sessions = [
    run('2027-04-19', 'tempo', 50),
    run('2027-04-21', 'intervals', 60),
    run('2027-04-24', 'long', 120),
  ];
  assert.deepEqual(tooManyHardDays(planWith({ sessions })), []);
  const three = [...sessions, run('2027-04-23', 'hills', 40)];
  assert.equal(tooManyHardDays(planWith({ sessions: three })).length, 1);
  assert.deepEqual(tooManyHardDays(planWith({ sessions: three, settings: { hardDayCap: 3 } })), []);
});

test('counts a race session and two hard sessions on one day', () => {
  const sessions = [run('2027-04-19', 'tempo', 50), run('2027-04-19', 'hills', 30)];
  const races = [
    { id: 'r1', name: 'Spring 10K', date: '2027-04-25', distance: '10k', priority: 'C' } as const,
  ];
  assert.deepEqual(tooManyHardDays(planWith({ sessions, races }))[0]?.sessionIds, [
    's-2027-04-19-hills',
    's-2027-04-19-tempo',
    'race-r1',
  ]);
});

test('weeks follow the week start: Sunday vs Monday, in the daylight-saving week of 2027-03-28', () => {
  const sessions = ['2027-03-28', '2027-03-30', '2027-04-01'].map((d) => run(d, 'tempo', 50));
  assert.deepEqual(tooManyHardDays(planWith({ sessions })), []);
  const sunday = tooManyHardDays(planWith({ sessions, settings: { weekStart: 'sunday' } }));
  assert.deepEqual([sunday[0]?.start, sunday[0]?.end], ['2027-03-28', '2027-04-03']);
});

test('a week across the year end, and the leap week of 2028', () => {
  const season = { start: '2027-01-04', end: '2028-06-25' };
  const yearEnd = ['2027-12-28', '2027-12-30', '2028-01-01'].map((d) => run(d, 'tempo', 50));
  const leap = ['2028-02-28', '2028-03-01', '2028-03-03'].map((d) => run(d, 'intervals', 50));
  const warnings = tooManyHardDays(planWith({ season, sessions: [...yearEnd, ...leap] }));
  assert.deepEqual(
    warnings.map((w) => [w.start, w.end]),
    [
      ['2027-12-27', '2028-01-02'],
      ['2028-02-28', '2028-03-05'],
    ],
  );
});

test('a partial first week counts too', () => {
  const season = { start: '2027-01-06', end: '2027-06-30' };
  const sessions = ['2027-01-06', '2027-01-08', '2027-01-10'].map((d) => run(d, 'tempo', 50));
  const [warning] = tooManyHardDays(planWith({ season, sessions }));
  assert.deepEqual([warning?.start, warning?.end], ['2027-01-04', '2027-01-10']);
});
