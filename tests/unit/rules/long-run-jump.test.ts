import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays } from '../../../src/dates';
import { LONG_RUN_JUMP, longRunJump } from '../../../src/rules/long-run-jump';
import { planWith, race, run } from '../fixtures/plans';

// The season starts 2027-01-04; days from 2027-02-03 (30 days in) on are judged.
const longRuns = (minutes: readonly number[], first = '2027-01-10') =>
  minutes.map((m, k) => run(addDays(first, 7 * k), 'long', m));

test('a run more than 10 % longer than the longest of the past 30 days fires, naming it', () => {
  // 100, 110, 121 (each +10 %: allowed), then 140 against 121: +16 %.
  const warnings = longRunJump(planWith({ sessions: longRuns([100, 110, 121, 121, 121, 140]) }));
  assert.deepEqual(
    warnings.map((w) => [w.rule, w.start, w.sessionIds]),
    [['long-run-jump', '2027-02-14', ['s-2027-02-14-long']]],
  );
  assert.match(warnings[0]!.message, /16 % longer .* \(121 min\).*at most 133 min/);
  assert.equal(LONG_RUN_JUMP, 1.1);
});

test('exactly 10 % longer is allowed; the longest of the whole 30 days counts, not last week', () => {
  assert.deepEqual(longRunJump(planWith({ sessions: longRuns([100, 100, 100, 100, 110]) })), []);
  // A 150-min run 28 days before keeps a 160-min run clear though the last two weeks held 100.
  assert.deepEqual(
    longRunJump(planWith({ sessions: longRuns([90, 150, 100, 100, 100, 160], '2027-01-03') })),
    [],
  );
  // 31 days before no longer counts.
  const sessions = [run('2027-01-31', 'long', 150), run('2027-02-10', 'easy', 60)];
  sessions.push(run('2027-03-03', 'long', 120));
  assert.equal(longRunJump(planWith({ sessions })).length, 1);
});

test('any run counts, not only long runs; rest and cross-training do not', () => {
  const sessions = [
    ...longRuns([60, 60, 60, 60, 60]),
    run('2027-02-09', 'tempo', 70),
    run('2027-02-10', 'cross-training', 200),
    run('2027-02-11', 'rest', 0),
  ];
  assert.deepEqual(
    longRunJump(planWith({ sessions })).map((w) => w.sessionIds),
    [['s-2027-02-09-tempo']],
  );
});

test('a race is not judged but counts as the longest run before the days after it', () => {
  const marathon = race('m', '2027-02-07', 'marathon', 'A');
  const sessions = longRuns([100, 100, 100, 100, 100, 100, 100, 200]);
  // The marathon (232 min) is 2.3 × the long runs; the 200-min run 4 weeks later is within 1.1 × it.
  assert.deepEqual(
    longRunJump(
      planWith({ sessions: sessions.filter((s) => s.date !== '2027-02-07'), races: [marathon] }),
    ),
    [],
  );
});

test('the first 30 days of the season and a day with no run in the 30 days before are not judged', () => {
  assert.deepEqual(longRunJump(planWith({ sessions: longRuns([30, 60, 90, 120]) })), []);
  assert.deepEqual(
    longRunJump(
      planWith({ sessions: [run('2027-01-10', 'long', 60), run('2027-03-14', 'long', 120)] }),
    ),
    [],
  );
});
