import { test } from 'node:test';
import assert from 'node:assert/strict';
import { marathonRecovery } from '../../../src/rules/marathon-recovery';
import { block, planWith, race } from '../fixtures/plans';

const pairs = (parts: Parameters<typeof planWith>[0]) =>
  marathonRecovery(planWith(parts)).map((w) => w.raceIds);

test('an error for a marathon less than 8 weeks after another', () => {
  const warnings = marathonRecovery(
    planWith({ races: [race('a', '2027-04-18'), race('b', '2027-06-06')] }),
  );
  assert.deepEqual(
    warnings.map((w) => ({ severity: w.severity, start: w.start, end: w.end, raceIds: w.raceIds })),
    [{ severity: 'error', start: '2027-04-18', end: '2027-06-06', raceIds: ['a', 'b'] }],
  );
  assert.match(warnings[0]?.message ?? '', /49 days/);
});

test('8 weeks (56 days) apart is enough', () => {
  assert.deepEqual(pairs({ races: [race('a', '2027-04-18'), race('b', '2027-06-13')] }), []);
});

test('any race inside the 21 days after a marathon, when there is no recovery block', () => {
  assert.deepEqual(
    pairs({ races: [race('a', '2027-04-18'), race('k', '2027-05-09', '10k', 'C')] }),
    [['a', 'k']],
  );
  assert.deepEqual(
    pairs({ races: [race('a', '2027-04-18'), race('k', '2027-05-10', '10k', 'C')] }),
    [],
  );
  // A race before the marathon is not in its recovery.
  assert.deepEqual(
    pairs({ races: [race('k', '2027-04-11', '10k', 'C'), race('a', '2027-04-18')] }),
    [],
  );
});

test("the marathon's own recovery block sets the period, another race's does not", () => {
  const races = [race('a', '2027-04-18'), race('k', '2027-05-16', '10k', 'C')];
  assert.deepEqual(
    pairs({ races, blocks: [block('recovery', '2027-04-19', '2027-05-20', { raceId: 'a' })] }),
    [['a', 'k']],
  );
  assert.deepEqual(
    pairs({ races, blocks: [block('recovery', '2027-04-19', '2027-05-20', { raceId: 'x' })] }),
    [],
  );
  // A short recovery block: a race on day 14 is after it.
  assert.deepEqual(
    pairs({
      races: [race('a', '2027-04-18'), race('k', '2027-05-02', '5k', 'C')],
      blocks: [block('recovery', '2027-04-19', '2027-04-30', { raceId: 'a' })],
    }),
    [],
  );
});

test('one warning per pair, even when both parts apply', () => {
  assert.equal(pairs({ races: [race('a', '2027-04-18'), race('b', '2027-05-02')] }).length, 1);
});

test('the leap day shifts the 56 days: 2027-02-01 to 03-28 is 55 days, in 2028 it is 56', () => {
  const season = { start: '2027-01-04', end: '2028-12-31' };
  assert.equal(
    pairs({ season, races: [race('a', '2027-02-01'), race('b', '2027-03-28')] }).length,
    1,
  );
  assert.equal(
    pairs({ season, races: [race('a', '2028-02-01'), race('b', '2028-03-28')] }).length,
    0,
  );
  // Across the year end.
  assert.equal(
    pairs({ season, races: [race('a', '2027-12-19'), race('b', '2028-01-09', 'half', 'B')] })
      .length,
    1,
  );
});
