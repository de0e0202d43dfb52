import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays } from '../../../src/dates';
import { seasonWeeks } from '../../../src/model/weeks';
import { contextOf } from '../../../src/rules/context';
import { planWith } from '../fixtures/plans';

const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2026-01-01', n));

test('the context weeks are the season weeks of src/model/weeks.ts', () => {
  fc.assert(
    fc.property(
      day,
      fc.integer({ min: 0, max: 800 }),
      fc.constantFrom('monday', 'sunday'),
      (start, length, weekStart) => {
        const season = { start, end: addDays(start, length) };
        const plan = planWith({ season, settings: { weekStart } });
        assert.deepEqual(
          contextOf(plan).weeks.map(({ start: s, end, full }) => ({ start: s, end, full })),
          seasonWeeks(season, weekStart),
        );
      },
    ),
    { numRuns: 300 },
  );
});

test('the context is built once per plan object', () => {
  const plan = planWith();
  assert.equal(contextOf(plan), contextOf(plan));
  assert.notEqual(contextOf(plan), contextOf({ ...plan }));
});
