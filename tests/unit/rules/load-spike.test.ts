import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSpike } from '../../../src/rules/load-spike';
import { dayNumber, fromDayNumber } from '../../../src/dates';
import type { IsoDate, Session } from '../../../src/model/plan';
import { everyDay, planWith, race, run } from '../fixtures/plans';

// 60 easy minutes a day from the season's start (2027-01-04): acute = chronic = 420.
const steady = everyDay('2027-01-04', '2027-03-31', 'easy', 60);

test('fires when the last 7 days carry more than 1.5 × the average week of 28 days', () => {
  const spike = run('2027-02-10', 'long', 300, { id: 'spike' }); // +450 load: acute 870, chronic 532.5
  const warnings = loadSpike(planWith({ sessions: [...steady, spike] }));
  assert.equal(warnings.length, 1);
  const [warning] = warnings;
  // Firing from the spike's day while it stays in the acute window: 2027-02-10 .. 2027-02-16.
  assert.deepEqual(
    [warning?.start, warning?.end, warning?.severity],
    ['2027-02-10', '2027-02-16', 'warning'],
  );
  assert.ok(warning?.sessionIds.includes('spike'));
  assert.equal(warning?.sessionIds.length, 7 + 6 + 1); // days 02-04 .. 02-16 of 60 min, and the spike
  assert.match(warning?.message ?? '', /acute:chronic/);
  assert.match(warning?.message ?? '', /1\.6 times/);
});

test('does not fire for steady training, at exactly 1.5, or without chronic load', () => {
  assert.deepEqual(loadSpike(planWith({ sessions: steady })), []);
  // No load at all never fires (acute 0 against the chronic floor).
  assert.deepEqual(loadSpike(planWith({ sessions: [] })), []);
  // Ratio exactly 1.5: acute a, chronic (3·b + a)/4 with a = 1.5 (3b + a)/4 → a = 1.8 b.
  const weeks = [
    ...everyDay('2027-01-04', '2027-01-24', 'easy', 50),
    ...everyDay('2027-01-25', '2027-01-31', 'easy', 90),
  ];
  assert.deepEqual(loadSpike(planWith({ sessions: weeks })), []);
  const over = [
    ...everyDay('2027-01-04', '2027-01-24', 'easy', 50),
    ...everyDay('2027-01-25', '2027-01-31', 'easy', 91),
  ];
  assert.equal(loadSpike(planWith({ sessions: over })).length, 1);
});

test('is not judged before the 28th day of the season; rest sessions are not named', () => {
  const early = [run('2027-01-05', 'long', 600), run('2027-01-06', 'rest', 0)];
  assert.deepEqual(loadSpike(planWith({ sessions: early })), []);
  const late = [run('2027-01-31', 'long', 600), run('2027-01-30', 'rest', 0)];
  const [warning] = loadSpike(planWith({ sessions: late }));
  assert.deepEqual(
    [warning?.start, warning?.end, warning?.sessionIds],
    ['2027-01-31', '2027-02-06', ['s-2027-01-31-long']],
  );
});

test('consecutive firing days merge; separate spikes give separate warnings', () => {
  const spikes = [
    run('2027-02-10', 'long', 300, { id: 'a' }),
    run('2027-03-10', 'long', 300, { id: 'b' }),
  ];
  assert.deepEqual(
    loadSpike(planWith({ sessions: [...steady, ...spikes] })).map((w) => [w.start, w.end]),
    [
      ['2027-02-10', '2027-02-16'],
      ['2027-03-10', '2027-03-16'],
    ],
  );
});

test('windows are counted in days across daylight saving, the year end and the leap day', () => {
  const season = { start: '2027-12-06', end: '2028-04-30' };
  const daily = everyDay('2027-12-06', '2028-04-30', 'easy', 60);
  // The 28th day of this season is 2028-01-02.
  const spikes = [
    run('2028-01-02', 'long', 300, { id: 'ny' }),
    run('2028-02-29', 'long', 300, { id: 'leap' }),
  ];
  assert.deepEqual(
    loadSpike(planWith({ season, sessions: [...daily, ...spikes] })).map((w) => [w.start, w.end]),
    [
      ['2028-01-02', '2028-01-08'],
      ['2028-02-29', '2028-03-06'],
    ],
  );
  // EU clocks change on 2028-03-26. The leap-day spike is still in that day's 28-day window,
  // which raises the chronic load: alone, the spike fires at once; after the other one, from the
  // day the leap day leaves the window (2028-03-28).
  const dst = run('2028-03-26', 'long', 300, { id: 'dst' });
  assert.deepEqual(
    loadSpike(planWith({ season, sessions: [...daily, dst] })).map((w) => [w.start, w.end]),
    [['2028-03-26', '2028-04-01']],
  );
  assert.deepEqual(
    loadSpike(planWith({ season, sessions: [...daily, ...spikes, dst] }))
      .map((w) => [w.start, w.end])
      .slice(2),
    [['2028-03-28', '2028-04-01']],
  );
  // A day earlier the spike is before the 28th day: its window (from 2028-01-02) still holds it.
  const before = loadSpike(
    planWith({ season, sessions: [...daily, run('2028-01-01', 'long', 300)] }),
  );
  assert.deepEqual(
    before.map((w) => [w.start, w.end]),
    [['2028-01-02', '2028-01-07']],
  );
});

// A marathon's session: 232 min × 2.5 = 580 load, more than the 420 of a whole steady week.
const marathon = race('m', '2027-02-21');

test('a race session counts in neither window: a race day alone no longer fires', () => {
  // Counted, the race would give acute 1000 against chronic (1680 + 580) / 4 = 565: 1.77.
  assert.deepEqual(loadSpike(planWith({ sessions: steady, races: [marathon] })), []);
  // The kind decides, not the race link: a session of kind 'race' without a race is left out too.
  const unlinked = run('2027-02-21', 'race', 232, { intensity: 'hard' });
  assert.deepEqual(loadSpike(planWith({ sessions: [...steady, unlinked] })), []);
  // Nor does the race lift the chronic load: after three weeks of nothing, a steady week next to
  // a race three weeks back is measured against the training alone (acute 420, chronic 105,
  // floored at 150, half the usual week of 50 km × 6 min: 2.8; counting the race it would be
  // against (420 + 580) / 4 = 250: 1.7).
  const lateStart = everyDay('2027-02-22', '2027-02-28', 'easy', 60);
  const early = race('e', '2027-02-01');
  const [warning] = loadSpike(planWith({ sessions: lateStart, races: [early] }));
  // It fires from the fourth day, when acute (240) passes 1.5 × the floor (225).
  assert.equal(warning?.start, '2027-02-25');
  assert.match(warning?.message ?? '', /2\.8 times/);
});

test('a training spike next to a race still fires, measured without the race', () => {
  const spike = run('2027-02-23', 'long', 300, { id: 'spike' }); // +450: acute 870, chronic 532.5
  const warnings = loadSpike(planWith({ sessions: [...steady, spike], races: [marathon] }));
  assert.equal(warnings.length, 1);
  const [warning] = warnings;
  // From the spike's day (not the race's) while the spike is in the acute window.
  assert.deepEqual([warning?.start, warning?.end], ['2027-02-23', '2027-03-01']);
  assert.ok(warning?.sessionIds.includes('spike'));
  // 870 / 532.5 = 1.63; with the race counted it would read 1450 / 677.5 = 2.1.
  assert.match(warning?.message ?? '', /1\.6 times/);
  assert.match(warning?.message ?? '', /races left out/);
  assert.match(warning?.message ?? '', /advice/);
});

/** Weeks of six easy runs of `minutes` (Monday off), from Monday `from` to Sunday `to`. */
function sixDayWeeks(from: IsoDate, to: IsoDate, minutes: number): Session[] {
  const sessions: Session[] = [];
  for (let n = dayNumber(from); n <= dayNumber(to); n++) {
    if ((n - dayNumber(from)) % 7 !== 0) sessions.push(run(fromDayNumber(n), 'easy', minutes));
  }
  return sessions;
}

// The default athlete's usual week: 50 km × 6 min/km at the easy factor 1 = 300 load, here six
// runs of 50 min; the chronic load is floored at half of it, 150.
const usual = sixDayWeeks('2027-01-04', '2027-01-31', 50);

test('after four weeks off, coming back at full volume fires (against the floor: 2.0)', () => {
  // Off 2027-02-01 .. 2027-02-28, back on 2027-03-01 at the usual 300 a week.
  const back = sixDayWeeks('2027-03-01', '2027-03-14', 50);
  const [warning, ...others] = loadSpike(planWith({ sessions: [...usual, ...back] }));
  assert.deepEqual(others, []);
  // Acute passes 1.5 × 150 = 225 with the fifth run (250, 2027-03-06); the 28-day average alone
  // would be 250 / 4 = 62.5 and read 4.0.
  assert.equal(warning?.start, '2027-03-06');
  assert.match(warning?.message ?? '', /2\.0 times/);
});

test('after four weeks off, a return at 70 % of the usual week does not fire', () => {
  // 6 × 35 = 210 a week against the floor 150: 1.4, for two weeks.
  const back = sixDayWeeks('2027-03-01', '2027-03-14', 35);
  assert.deepEqual(loadSpike(planWith({ sessions: [...usual, ...back] })), []);
  // At 80 % (6 × 40 = 240: 1.6) it does: the floor is not a blanket pass.
  const more = sixDayWeeks('2027-03-01', '2027-03-07', 40);
  assert.equal(loadSpike(planWith({ sessions: [...usual, ...more] })).length, 1);
});

test('a small run after a long gap does not fire', () => {
  // Eight weeks of nothing, then one easy hour: 60 against the floor 150 (against the 28-day
  // average, 60 / 4 = 15, it would read 4.0).
  assert.deepEqual(loadSpike(planWith({ sessions: [run('2027-03-03', 'easy', 60)] })), []);
  // The floor follows the athlete's baseline: at 10 km a week (floor 30) the same hour fires.
  const low = planWith({
    settings: { weeklyKmBaseline: 10 },
    sessions: [run('2027-03-03', 'easy', 60)],
  });
  assert.match(loadSpike(low)[0]?.message ?? '', /2\.0 times/);
});
