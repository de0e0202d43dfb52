import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays } from '../../../src/dates';
import { keepWeeksVaried } from '../../../src/edits/week-variety';
import type { Session } from '../../../src/model/plan';
import { monotony } from '../../../src/rules/monotony';
import { planWith, run } from '../fixtures/plans';

// The week of Monday 2027-03-01: five 20-min easy runs, then the Saturday as given, Sunday rest.
const week = (saturday: Session): Session[] => [
  ...[0, 1, 2, 3, 4].map((j) => run(addDays('2027-03-01', j), 'easy', 20)),
  saturday,
  run('2027-03-07', 'rest', 0),
];

test('a week the settling left too alike gets its shortest run as a rest day, no more', () => {
  const original = planWith({ sessions: week(run('2027-03-06', 'long', 60)) });
  // The long run held back to 20 min: six days of 20 min, a monotony of 2.2.
  const settled = planWith({ sessions: week(run('2027-03-06', 'long', 20)) });
  assert.equal(monotony(original).length, 0);
  assert.equal(monotony(settled).length, 1);
  const varied = keepWeeksVaried(settled, '2027-03-01', original, () => true);
  assert.deepEqual(monotony(varied), []);
  const rested = varied.sessions.filter((s) => s.intensity === 'rest' && s.date !== '2027-03-07');
  assert.equal(rested.length, 1);
  assert.equal(rested[0]!.kind, 'rest');
  assert.equal(rested[0]!.pinned, true);
  assert.equal(rested[0]!.revision, 1);
  // Everything else as it was.
  const others = varied.sessions.filter((s) => s.id !== rested[0]!.id);
  assert.deepEqual(
    others,
    settled.sessions.filter((s) => s.id !== rested[0]!.id),
  );
});

test('weeks before `from`, weeks as uniform in the original, and untrimmable runs stay', () => {
  const original = planWith({ sessions: week(run('2027-03-06', 'long', 60)) });
  const settled = planWith({ sessions: week(run('2027-03-06', 'long', 20)) });
  assert.equal(
    keepWeeksVaried(settled, '2027-03-08', original, () => true),
    settled,
  );
  assert.equal(
    keepWeeksVaried(settled, '2027-03-01', settled, () => true),
    settled,
  );
  assert.equal(
    keepWeeksVaried(settled, '2027-03-01', original, () => false),
    settled,
  );
});
