import { test } from 'node:test';
import assert from 'node:assert/strict';
import { downWeekOverdue } from '../../../src/rules/down-week-overdue';
import { planWith, weeklyVolumes } from '../fixtures/plans';

const spans = (firstWeek: string, minutes: number[], parts: Parameters<typeof planWith>[0] = {}) =>
  downWeekOverdue(planWith({ ...parts, sessions: weeklyVolumes(firstWeek, minutes) })).map((w) => [
    w.start,
    w.end,
  ]);

test('fires once when the loading weeks in a row exceed the cycle, spanning the streak', () => {
  // Season weeks start 2027-01-04; weeks without sessions weigh 0 and are relief after loading ones.
  assert.deepEqual(spans('2027-01-04', [300, 300, 300, 300]), [['2027-01-04', '2027-01-31']]);
  assert.deepEqual(spans('2027-01-04', [300, 310, 320, 330, 340, 350]), [
    ['2027-01-04', '2027-02-14'],
  ]);
  const [warning] = downWeekOverdue(
    planWith({ sessions: weeklyVolumes('2027-01-04', [300, 300, 300, 300]) }),
  );
  assert.equal(warning?.severity, 'warning');
  assert.match(warning?.message ?? '', /week of 2027-01-25 a down week/);
});

test('does not fire with a down week every fourth week', () => {
  assert.deepEqual(spans('2027-01-04', [300, 300, 300, 200, 300, 300, 300, 200]), []);
});

test('relief is at most 80 % of the last loading week, exactly 80 % included', () => {
  assert.deepEqual(spans('2027-01-04', [300, 300, 300, 240, 300, 300, 300]), []);
  assert.deepEqual(spans('2027-01-04', [300, 300, 300, 241, 300]), [['2027-01-04', '2027-02-07']]);
});

test('relief compares with the last loading week, not the week before', () => {
  // 250 follows a relief week of 200 but is above 80 % of the last loading week (300): loading.
  assert.deepEqual(spans('2027-01-04', [300, 200, 250, 250, 250, 250]), [
    ['2027-01-18', '2027-02-14'],
  ]);
  assert.deepEqual(spans('2027-01-04', [300, 200, 250, 250, 250]), []);
});

test('follows the cycle setting', () => {
  assert.deepEqual(
    spans('2027-01-04', [300, 300, 300, 300], { settings: { downWeekCycle: 4 } }),
    [],
  );
});

test('only full weeks count: a partial first week is skipped', () => {
  const season = { start: '2027-01-06', end: '2027-12-26' };
  // The partial week of 2027-01-04 holds 300 but is not walked: four full loading weeks follow.
  assert.deepEqual(spans('2027-01-04', [300, 300, 300, 300], { season }), []);
  assert.deepEqual(spans('2027-01-04', [300, 300, 300, 300, 300], { season }), [
    ['2027-01-11', '2027-02-07'],
  ]);
});

test('Sunday weeks, and a streak across the year end, the leap day and daylight saving', () => {
  const season = { start: '2027-01-03', end: '2028-06-24' };
  const settings = { weekStart: 'sunday' as const };
  // Sunday weeks from 2027-12-12: the streak runs over the new year and 2028-02-29.
  const minutes = [...Array(11).fill(300)];
  assert.deepEqual(spans('2027-12-12', minutes, { season, settings }), [
    ['2027-12-12', '2028-02-26'],
  ]);
  // From 2027-03-14 (US daylight saving) to 2027-04-03 (after the EU change): 3 weeks, then 4.
  assert.deepEqual(spans('2027-03-14', [300, 300, 300], { season, settings }), []);
  assert.deepEqual(spans('2027-03-14', [300, 300, 300, 300], { season, settings }), [
    ['2027-03-14', '2027-04-10'],
  ]);
});
