import { test } from 'node:test';
import assert from 'node:assert/strict';
import { noOffDistanceBlock } from '../../../src/rules/no-off-distance-block';
import { block, planWith } from '../fixtures/plans';

const spans = (parts: Parameters<typeof planWith>[0]) =>
  noOffDistanceBlock(planWith(parts)).map((w) => [w.start, w.end]);

test('only for seasons of at least 12 months', () => {
  assert.deepEqual(spans({ season: { start: '2027-01-01', end: '2027-12-30' } }), []);
  assert.deepEqual(spans({ season: { start: '2027-01-01', end: '2027-12-31' } }), [
    ['2027-01-01', '2027-12-31'],
  ]);
  const [warning] = noOffDistanceBlock(
    planWith({ season: { start: '2027-01-01', end: '2027-12-31' } }),
  );
  assert.equal(warning?.severity, 'warning');
  assert.match(warning?.message ?? '', /5K/);
});

test('a block anywhere in a one-year season is enough', () => {
  const season = { start: '2027-01-01', end: '2027-12-31' };
  assert.deepEqual(
    spans({ season, blocks: [block('off-distance', '2027-11-01', '2027-12-12')] }),
    [],
  );
  assert.deepEqual(spans({ season, blocks: [block('build', '2027-05-01', '2027-06-12')] }), [
    ['2027-01-01', '2027-12-31'],
  ]);
});

test('blocks count at their middle day: the gap must hold a whole 12 months', () => {
  const season = { start: '2027-01-04', end: '2029-06-30' };
  // 42-day blocks: middles 2027-04-22 and 2028-04-21 are less than 12 months + 1 day apart.
  const ok = [
    block('off-distance', '2027-04-01', '2027-05-12'),
    block('off-distance', '2028-03-31', '2028-05-11'),
  ];
  const last = block('off-distance', '2029-01-01', '2029-02-11');
  assert.deepEqual(spans({ season, blocks: [...ok, last] }), []);
  // Middles 2027-04-22 and 2028-04-23: from 2027-04-23, 12 months end at 2028-04-23, so the gap fits.
  const late = block('off-distance', '2028-04-02', '2028-05-13');
  assert.deepEqual(spans({ season, blocks: [ok[0]!, late, last] }), [['2027-04-23', '2028-04-22']]);
});

test('the season edges are anchors: a gap at the start or the end fires', () => {
  const season = { start: '2027-01-04', end: '2029-06-30' };
  const blocks = [block('off-distance', '2028-03-01', '2028-04-11')];
  assert.deepEqual(spans({ season, blocks }), [
    ['2027-01-04', '2028-03-21'],
    ['2028-03-23', '2029-06-30'],
  ]);
});

test('a season from the leap day 2028-02-29', () => {
  // 12 months after 2028-02-29 is 2029-02-28 (clamped), so a season to 2029-02-27 is a full year.
  assert.deepEqual(spans({ season: { start: '2028-02-29', end: '2029-02-27' } }), [
    ['2028-02-29', '2029-02-27'],
  ]);
  assert.deepEqual(spans({ season: { start: '2028-02-29', end: '2029-02-26' } }), []);
});

test('a token block does not count: it must last half the configured weeks, in whole weeks', () => {
  const season = { start: '2027-01-01', end: '2027-12-31' };
  const year = [['2027-01-01', '2027-12-31']];
  const with_ = (start: string, end: string, weeks?: number) =>
    spans({
      season,
      blocks: [block('off-distance', start, end)],
      ...(weeks === undefined ? {} : { settings: { offDistanceBlockWeeks: weeks } }),
    });
  assert.deepEqual(with_('2027-05-10', '2027-05-23'), year); // 14 days of 42
  assert.deepEqual(with_('2027-05-10', '2027-05-29'), year); // 20 days
  assert.deepEqual(with_('2027-05-10', '2027-05-30'), []); // 21 days
  // With 12 weeks configured the minimum is 42 days; with 1 week it is that week.
  assert.deepEqual(with_('2027-05-10', '2027-06-13', 12), year);
  assert.deepEqual(with_('2027-05-10', '2027-06-20', 12), []);
  assert.deepEqual(with_('2027-05-10', '2027-05-16', 1), []);
  // A token block is no anchor either: with a counting block early in a long season, a token one
  // later does not close the gap after it.
  const long = { start: '2027-01-04', end: '2028-12-31' };
  const blocks = [
    block('off-distance', '2027-02-01', '2027-03-14'),
    block('off-distance', '2027-12-06', '2027-12-19'),
  ];
  assert.deepEqual(spans({ season: long, blocks }), [['2027-02-23', '2028-12-31']]);
  const [warning] = noOffDistanceBlock(
    planWith({ season, blocks: [block('off-distance', '2027-05-10', '2027-05-23')] }),
  );
  assert.match(warning?.message ?? '', /at least 3 weeks\. Plan one block of 6 weeks/);
});
