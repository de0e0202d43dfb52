import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backToBackMarathons } from '../../../src/rules/back-to-back-marathons';
import { block, planWith, race } from '../fixtures/plans';

test('fires for two marathons in a row, naming both races', () => {
  const races = [race('berlin', '2027-09-26'), race('boston', '2027-04-19')];
  const warnings = backToBackMarathons(planWith({ races }));
  assert.deepEqual(
    warnings.map((w) => ({ start: w.start, end: w.end, raceIds: w.raceIds, severity: w.severity })),
    [
      {
        start: '2027-04-19',
        end: '2027-09-26',
        raceIds: ['boston', 'berlin'],
        severity: 'warning',
      },
    ],
  );
});

test('does not fire with an off-distance block strictly between them', () => {
  const races = [race('boston', '2027-04-19'), race('berlin', '2027-09-26')];
  assert.deepEqual(
    backToBackMarathons(
      planWith({ races, blocks: [block('off-distance', '2027-06-01', '2027-07-12')] }),
    ),
    [],
  );
  // A block touching a race day, or of another kind, does not separate them.
  assert.equal(
    backToBackMarathons(
      planWith({ races, blocks: [block('off-distance', '2027-04-19', '2027-05-30')] }),
    ).length,
    1,
  );
  assert.equal(
    backToBackMarathons(planWith({ races, blocks: [block('base', '2027-06-01', '2027-07-12')] }))
      .length,
    1,
  );
});

test('only marathon-or-longer races count; a half between two marathons does not break the pair', () => {
  const races = [
    race('m1', '2027-04-19'),
    race('h', '2027-06-20', 'half'),
    race('u', '2027-09-26', 'ultra', 'C'),
    race('k30', '2027-11-07', 30, 'B'),
    race('m2', '2027-12-05', 42.2, 'B'),
  ];
  assert.deepEqual(
    backToBackMarathons(planWith({ races })).map((w) => w.raceIds),
    [
      ['m1', 'u'],
      ['u', 'm2'],
    ],
  );
});

test('across the year end and the leap day', () => {
  const season = { start: '2027-01-04', end: '2028-06-25' };
  const races = [race('a', '2027-12-12'), race('b', '2028-02-29')];
  assert.deepEqual(
    backToBackMarathons(planWith({ season, races })).map((w) => [w.start, w.end]),
    [['2027-12-12', '2028-02-29']],
  );
});

test('a token off-distance block does not separate them: it must last half the configured weeks', () => {
  // DOMAIN's block is 6 weeks by default; half of it rounded up to whole weeks is 21 days.
  const races = [race('spring', '2027-04-18'), race('second', '2027-05-30')];
  const between = (start: string, end: string, weeks?: number) =>
    backToBackMarathons(
      planWith({
        races,
        blocks: [block('off-distance', start, end)],
        ...(weeks === undefined ? {} : { settings: { offDistanceBlockWeeks: weeks } }),
      }),
    ).map((w) => w.raceIds);
  assert.deepEqual(between('2027-05-10', '2027-05-23'), [['spring', 'second']]); // 14 days
  assert.deepEqual(between('2027-05-10', '2027-05-29'), [['spring', 'second']]); // 20 days
  assert.deepEqual(between('2027-05-03', '2027-05-23'), []); // 21 days
  // The minimum follows the setting: ceil(5 / 2) = 3 weeks, ceil(2 / 2) = 1 week.
  assert.deepEqual(between('2027-05-10', '2027-05-23', 5), [['spring', 'second']]);
  assert.deepEqual(between('2027-05-10', '2027-05-23', 2), []);
  assert.deepEqual(between('2027-05-10', '2027-05-16', 2), []);
  assert.deepEqual(between('2027-05-10', '2027-05-15', 2), [['spring', 'second']]);
  const [warning] = backToBackMarathons(
    planWith({ races, blocks: [block('off-distance', '2027-05-10', '2027-05-23')] }),
  );
  assert.match(warning?.message ?? '', /at least 3 weeks/);
});
