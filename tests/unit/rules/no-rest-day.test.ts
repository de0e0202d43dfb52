import { test } from 'node:test';
import assert from 'node:assert/strict';
import { noRestDay } from '../../../src/rules/no-rest-day';
import { everyDay, planWith, run } from '../fixtures/plans';

const weeks = (parts: Parameters<typeof planWith>[0]) =>
  noRestDay(planWith(parts)).map((w) => [w.start, w.end]);

test('fires for a full week with a session every day', () => {
  const warnings = noRestDay(
    planWith({ sessions: everyDay('2027-04-19', '2027-04-25', 'easy', 30) }),
  );
  assert.equal(warnings.length, 1);
  assert.deepEqual(
    {
      start: warnings[0]?.start,
      end: warnings[0]?.end,
      ids: warnings[0]?.sessionIds,
      severity: warnings[0]?.severity,
    },
    { start: '2027-04-19', end: '2027-04-25', ids: [], severity: 'warning' },
  );
});

test('a day with only a rest session, or with nothing, is a rest day; rest plus a run is not', () => {
  const week = everyDay('2027-04-20', '2027-04-25', 'easy', 30);
  assert.deepEqual(weeks({ sessions: week }), []);
  assert.deepEqual(weeks({ sessions: [...week, run('2027-04-19', 'rest', 0)] }), []);
  const restAndRun = [...week, run('2027-04-19', 'rest', 0), run('2027-04-19', 'strides', 20)];
  assert.deepEqual(weeks({ sessions: restAndRun }), [['2027-04-19', '2027-04-25']]);
});

test('an easy session marked with intensity rest still counts as rest', () => {
  const sessions = [
    ...everyDay('2027-04-20', '2027-04-25', 'easy', 30),
    run('2027-04-19', 'cross-training', 20, { intensity: 'rest' }),
  ];
  assert.deepEqual(weeks({ sessions }), []);
});

test('partial weeks at the season edges are not judged', () => {
  const season = { start: '2027-01-06', end: '2027-02-03' };
  assert.deepEqual(weeks({ season, sessions: everyDay('2027-01-06', '2027-02-03', 'easy', 30) }), [
    ['2027-01-11', '2027-01-17'],
    ['2027-01-18', '2027-01-24'],
    ['2027-01-25', '2027-01-31'],
  ]);
});

test('Sunday vs Monday weeks, in the daylight-saving week of 2027-03-28', () => {
  const sessions = [
    ...everyDay('2027-03-23', '2027-04-03', 'easy', 30),
    run('2027-03-22', 'rest', 0),
    run('2027-04-04', 'rest', 0),
  ];
  assert.deepEqual(weeks({ sessions }), []);
  assert.deepEqual(weeks({ sessions, settings: { weekStart: 'sunday' } }), [
    ['2027-03-28', '2027-04-03'],
  ]);
});

test('the week across the year end, the leap week and the autumn daylight-saving week', () => {
  const season = { start: '2027-01-04', end: '2028-06-25' };
  const sessions = [
    ...everyDay('2027-10-25', '2027-10-31', 'easy', 30),
    ...everyDay('2027-12-27', '2028-01-02', 'easy', 30),
    ...everyDay('2028-02-28', '2028-03-05', 'easy', 30),
  ];
  assert.deepEqual(weeks({ season, sessions }), [
    ['2027-10-25', '2027-10-31'],
    ['2027-12-27', '2028-01-02'],
    ['2028-02-28', '2028-03-05'],
  ]);
});
