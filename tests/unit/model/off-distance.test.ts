import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  countingOffDistanceBlocks,
  formatWeeks,
  minOffDistanceDays,
} from '../../../src/model/off-distance';
import { block } from '../fixtures/plans';

test('the minimum is half the configured weeks, rounded up to whole weeks', () => {
  const days = [1, 2, 3, 4, 5, 6, 7, 12, 26].map((weeks) =>
    minOffDistanceDays({ offDistanceBlockWeeks: weeks }),
  );
  assert.deepEqual(days, [7, 7, 14, 14, 21, 21, 28, 42, 91]);
});

test('only off-distance blocks of at least the minimum count', () => {
  const blocks = [
    block('off-distance', '2027-05-10', '2027-05-29'), // 20 days
    block('off-distance', '2027-06-07', '2027-06-27'), // 21 days
    block('base', '2027-07-05', '2027-08-15'),
    block('off-distance', '2027-09-06', '2027-10-17'), // 42 days
  ];
  const ids = (weeks: number) =>
    countingOffDistanceBlocks(blocks, { offDistanceBlockWeeks: weeks }).map((b) => b.start);
  assert.deepEqual(ids(6), ['2027-06-07', '2027-09-06']);
  assert.deepEqual(ids(12), ['2027-09-06']);
  assert.deepEqual(ids(1), ['2027-05-10', '2027-06-07', '2027-09-06']);
});

test('weeks in words', () => {
  assert.equal(formatWeeks(1), '1 week');
  assert.equal(formatWeeks(3), '3 weeks');
});
