import { test } from 'node:test';
import assert from 'node:assert/strict';
import { taperBroken } from '../../../src/rules/taper-broken';
import { block, planWith, race, run } from '../fixtures/plans';

const goal = race('r1', '2027-10-10', 'marathon', 'A');

test('fires for a hard session in the 2 days before an A race', () => {
  const warnings = taperBroken(
    planWith({ races: [goal], sessions: [run('2027-10-08', 'tempo', 50)] }),
  );
  assert.deepEqual(
    warnings.map((w) => ({
      start: w.start,
      end: w.end,
      ids: w.sessionIds,
      races: w.raceIds,
      severity: w.severity,
    })),
    [
      {
        start: '2027-10-08',
        end: '2027-10-08',
        ids: ['s-2027-10-08-tempo'],
        races: ['r1'],
        severity: 'warning',
      },
    ],
  );
});

test('does not fire 3 days before, for easy sessions, or before a B race; the race itself is fine', () => {
  assert.deepEqual(
    taperBroken(planWith({ races: [goal], sessions: [run('2027-10-07', 'tempo', 50)] })),
    [],
  );
  assert.deepEqual(
    taperBroken(planWith({ races: [goal], sessions: [run('2027-10-09', 'strides', 30)] })),
    [],
  );
  const b = race('r1', '2027-10-10', 'half', 'B');
  assert.deepEqual(
    taperBroken(planWith({ races: [b], sessions: [run('2027-10-09', 'tempo', 30)] })),
    [],
  );
  assert.deepEqual(taperBroken(planWith({ races: [goal] })), []);
});

test('another race the day before counts as a hard session', () => {
  const tuneUp = race('c1', '2027-10-09', '5k', 'C');
  const [warning] = taperBroken(planWith({ races: [goal, tuneUp] }));
  assert.deepEqual([warning?.sessionIds, warning?.raceIds], [['race-c1'], ['r1']]);
});

test('a taper week with more training load than the week before fires; the race is left out', () => {
  const blocks = [block('taper', '2027-09-27', '2027-10-10', { raceId: 'r1' })];
  const base = [run('2027-09-21', 'easy', 300), run('2027-09-28', 'easy', 200)];
  assert.deepEqual(
    taperBroken(
      planWith({ races: [goal], blocks, sessions: [...base, run('2027-10-05', 'easy', 100)] }),
    ),
    [],
  );
  const warnings = taperBroken(
    planWith({ races: [goal], blocks, sessions: [...base, run('2027-10-05', 'easy', 250)] }),
  );
  assert.deepEqual(
    warnings.map((w) => [w.start, w.end, w.sessionIds, w.raceIds]),
    [['2027-10-04', '2027-10-10', ['s-2027-10-05-easy'], ['r1']]],
  );
  const rising = [run('2027-09-21', 'easy', 200), run('2027-09-28', 'tempo', 100)];
  assert.deepEqual(
    taperBroken(planWith({ races: [goal], blocks, sessions: rising })).map((w) => w.start),
    ['2027-09-27'],
  );
});

test('weeks follow the week start: Sunday weeks cut the same taper differently', () => {
  const blocks = [block('taper', '2027-09-27', '2027-10-10', { raceId: 'r1' })];
  // Monday weeks: 200 (09-20) → 150 (09-27) → 100; Sunday weeks put the Sunday 09-26 run with 09-27.
  const sessions = [
    run('2027-09-21', 'easy', 200),
    run('2027-09-26', 'easy', 100),
    run('2027-09-28', 'easy', 150),
    run('2027-10-05', 'easy', 100),
  ];
  assert.deepEqual(taperBroken(planWith({ races: [goal], blocks, sessions })), []);
  const sunday = taperBroken(
    planWith({ races: [goal], blocks, sessions, settings: { weekStart: 'sunday' } }),
  );
  assert.deepEqual(
    sunday.map((w) => [w.start, w.end]),
    [['2027-09-26', '2027-10-02']],
  );
});

test('the daylight-saving week of 2027-10-31, and a taper across the year end', () => {
  const season = { start: '2027-01-04', end: '2028-06-25' };
  const autumn = race('r2', '2027-10-31', 'half', 'A');
  const blocks = [block('taper', '2027-10-25', '2027-10-31', { raceId: 'r2' })];
  const sessions = [run('2027-10-19', 'easy', 200), run('2027-10-26', 'easy', 201)];
  assert.deepEqual(
    taperBroken(planWith({ season, races: [autumn], blocks, sessions })).map((w) => [
      w.start,
      w.end,
    ]),
    [['2027-10-25', '2027-10-31']],
  );
  const newYear = race('r3', '2028-01-09', 'half', 'A');
  const yearEnd = [block('taper', '2027-12-27', '2028-01-09', { raceId: 'r3' })];
  const loads = [
    run('2027-12-21', 'easy', 200),
    run('2028-01-01', 'easy', 150),
    run('2028-01-04', 'easy', 180),
  ];
  assert.deepEqual(
    taperBroken(planWith({ season, races: [newYear], blocks: yearEnd, sessions: loads })).map(
      (w) => w.start,
    ),
    ['2028-01-03'],
  );
});

test('a taper in the first week of the season has no week to compare with', () => {
  const season = { start: '2027-01-04', end: '2027-12-26' };
  const early = race('r1', '2027-01-10', '5k', 'A');
  const blocks = [block('taper', '2027-01-04', '2027-01-10', { raceId: 'r1' })];
  assert.deepEqual(
    taperBroken(
      planWith({ season, races: [early], blocks, sessions: [run('2027-01-05', 'easy', 40)] }),
    ),
    [],
  );
});
