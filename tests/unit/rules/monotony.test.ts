import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monotony } from '../../../src/rules/monotony';
import { everyDay, planWith, run } from '../fixtures/plans';

const weeks = (parts: Parameters<typeof planWith>[0]) =>
  monotony(planWith(parts)).map((w) => [w.start, w.end]);

test('fires for the same load every day (no variation at all)', () => {
  const [warning, ...rest] = monotony(
    planWith({ sessions: everyDay('2027-04-19', '2027-04-25', 'easy', 45) }),
  );
  assert.equal(rest.length, 0);
  assert.deepEqual(
    [warning?.start, warning?.end, warning?.severity],
    ['2027-04-19', '2027-04-25', 'warning'],
  );
  assert.match(warning?.message ?? '', /no variation/);
});

test('fires when mean ÷ SD is above 2, not at or below it', () => {
  // Loads 50,60,50,60,50,60,50: mean 54.3, SD 4.9 → 11.
  const uniform = [50, 60, 50, 60, 50, 60, 50].map((m, i) => run(`2027-04-${19 + i}`, 'easy', m));
  assert.deepEqual(weeks({ sessions: uniform }), [['2027-04-19', '2027-04-25']]);
  // Loads 0,100,0,100,0,100,0 → mean 42.9, SD 49.5 → 0.87.
  const varied = [0, 100, 0, 100, 0, 100, 0].map((m, i) => run(`2027-04-${19 + i}`, 'easy', m));
  assert.deepEqual(weeks({ sessions: varied }), []);
  // Loads 0,1,1,1,1,1,1 → mean 6/7, SD √6/7 → √6 ≈ 2.45 fires; 0,0,1,1,1,1,1 → 5/√10 ≈ 1.58 does not.
  const one = [0, 1, 1, 1, 1, 1, 1].map((m, i) => run(`2027-04-${19 + i}`, 'easy', m));
  assert.equal(weeks({ sessions: one }).length, 1);
  const two = [0, 0, 1, 1, 1, 1, 1].map((m, i) => run(`2027-04-${19 + i}`, 'easy', m));
  assert.deepEqual(weeks({ sessions: two }), []);
});

test('an empty week, a rest-only week and partial weeks do not fire', () => {
  assert.deepEqual(weeks({ sessions: everyDay('2027-04-19', '2027-04-25', 'rest', 0) }), []);
  const season = { start: '2027-01-06', end: '2027-06-30' };
  assert.deepEqual(
    weeks({ season, sessions: everyDay('2027-01-06', '2027-01-10', 'easy', 45) }),
    [],
  );
});

test('loads, not minutes: the same minutes at different intensities vary', () => {
  const sessions = ['easy', 'tempo', 'easy', 'long', 'easy', 'tempo', 'rest'].map((kind, i) =>
    run(`2027-04-${19 + i}`, kind as 'easy', kind === 'rest' ? 0 : 60),
  );
  assert.deepEqual(weeks({ sessions }), []);
});

test('Sunday vs Monday weeks, the daylight-saving weeks, the year end and the leap week', () => {
  const season = { start: '2027-01-03', end: '2028-06-24' };
  // Monotonous Monday..Sunday 2027-03-22..03-28 (EU clocks change on the Sunday).
  const march = everyDay('2027-03-22', '2027-03-28', 'easy', 45);
  assert.deepEqual(weeks({ season, sessions: march }), [['2027-03-22', '2027-03-28']]);
  // As Sunday weeks the first six days share a week with an empty Sunday (0, 45 × 6: mean ÷ SD
  // ≈ 2.45, still monotonous) and the seventh stands alone in the next week.
  assert.deepEqual(weeks({ season, sessions: march, settings: { weekStart: 'sunday' } }), [
    ['2027-03-21', '2027-03-27'],
  ]);
  const sunday = [
    ...everyDay('2027-10-31', '2027-11-06', 'easy', 45),
    ...everyDay('2027-12-26', '2028-01-01', 'easy', 45),
    ...everyDay('2028-02-27', '2028-03-04', 'easy', 45),
  ];
  assert.deepEqual(weeks({ season, sessions: sunday, settings: { weekStart: 'sunday' } }), [
    ['2027-10-31', '2027-11-06'],
    ['2027-12-26', '2028-01-01'],
    ['2028-02-27', '2028-03-04'],
  ]);
});
