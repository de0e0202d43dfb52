import { test } from 'node:test';
import assert from 'node:assert/strict';
import { downWeekOverdue } from '../../../src/rules/down-week-overdue';
import { block, planWith, race, weeklyVolumes } from '../fixtures/plans';

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

test('relief is judged against the mean of the last 3 loading weeks, not the last one alone', () => {
  // 400 after 300, 300: the mean is 333, so 270 (81 %) is loading though it is 67 % of 400.
  assert.deepEqual(spans('2027-01-04', [300, 300, 400, 270]), [['2027-01-04', '2027-01-31']]);
  assert.deepEqual(spans('2027-01-04', [300, 300, 400, 260]), []);
});

test('after a recovery a long block is counted: the pre-taper peak is no yardstick for months', () => {
  // The case: a 400-min peak, a taper and a recovery, then a 7-week block at 300 min with
  // 2 hard sessions a week and no down week. Against the old peak (300 ≤ 320) it raised nothing.
  const minutes = [400, 400, 400, 320, 260, 180, 120, 150, 250, 300, 300, 300, 300, 300, 300, 300];
  const blocks = [block('recovery', '2027-02-08', '2027-02-28')];
  const found = spans('2027-01-04', minutes, { blocks, settings: { downWeekCycle: 3 } });
  // The week of 2027-03-01 is the return week; the streak runs from 2027-03-08.
  assert.deepEqual(found, [['2027-03-08', '2027-04-25']]);
});

test('loading weeks in the final 6 weeks before an A race are paused, not counted', () => {
  const races = [race('a', '2027-03-14', '10k', 'A')];
  // Three loading weeks, a down week, then six loading weeks up to the race: no warning.
  const minutes = [300, 300, 300, 200, 300, 310, 320, 330, 340, 300];
  assert.deepEqual(spans('2027-01-04', minutes, { races, raceSessions: false }), []);
  // Without the A race the same weeks are a streak of six.
  assert.deepEqual(spans('2027-01-04', minutes), [['2027-02-01', '2027-03-14']]);
});
