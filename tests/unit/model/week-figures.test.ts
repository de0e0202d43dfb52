import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { weekFigures } from '../../../src/model/week-figures';
import { loadSpike } from '../../../src/rules/load-spike';
import { addDays } from '../../../src/dates';
import type { Plan } from '../../../src/model/plan';
import { block, cleanPlans, everyDay, planWith, race, run } from '../fixtures/plans';

test('weekly km, minutes, hard sessions and the block of each week', () => {
  const plan = planWith({
    season: { start: '2027-03-01', end: '2027-03-28' },
    sessions: [
      run('2027-03-02', 'easy', 60, { distanceKm: 10 }),
      run('2027-03-09', 'easy', 30, { distanceKm: 5 }),
      run('2027-03-10', 'tempo', 30, { distanceKm: 6 }),
      run('2027-03-12', 'intervals', 40, { distanceKm: 8 }),
    ],
    blocks: [block('build', '2027-03-01', '2027-03-28'), block('down', '2027-03-08', '2027-03-14')],
  });
  const weeks = weekFigures(plan);
  assert.deepEqual(
    weeks.map((w) => [w.start, w.km, w.minutes, w.hard, w.blockKind]),
    [
      ['2027-03-01', 10, 60, 0, 'build'],
      ['2027-03-08', 19, 100, 2, 'down'],
      ['2027-03-15', 0, 0, 0, 'build'],
      ['2027-03-22', 0, 0, 0, 'build'],
    ],
  );
  // Judged from the season's 28th day (Mar 28) only, as load-spike judges it.
  assert.deepEqual(
    weeks.map((w) => w.acwr === null),
    [true, true, true, false],
  );
});

test('the ratio is load-spike’s: races left out, the chronic load floored at half the usual week', () => {
  // Four empty weeks then a race: no training load, so the ratio is 0, not a spike.
  const plan = planWith({
    season: { start: '2027-01-04', end: '2027-02-07' },
    races: [race('race-1', '2027-02-06')],
  });
  const last = weekFigures(plan).at(-1);
  assert.equal(last?.acwr, 0);
  assert.equal(last?.spike, false);
  // 60 easy minutes a day after three empty weeks: 420 against the floor of 150 (50 km × 6 × 1 / 2)
  // → 420 / max(420 / 4, 150) = 2.8.
  const comeback = planWith({
    season: { start: '2027-01-04', end: '2027-02-07' },
    sessions: everyDay('2027-01-25', '2027-01-31', 'easy', 60),
  });
  const week = weekFigures(comeback).find((w) => w.start === '2027-01-25');
  assert.ok(week?.acwr !== null && Math.abs((week?.acwr ?? 0) - 2.8) < 1e-9, `${week?.acwr}`);
  assert.equal(week?.spike, true);
});

/** Does a warning's span share a day with the week? */
function overlaps(w: { start: string; end: string }, week: { start: string; end: string }) {
  return w.start <= week.end && w.end >= week.start;
}

function withSpikes(plan: Plan, extra: readonly { day: number; minutes: number }[]): Plan {
  const sessions = [
    ...plan.sessions,
    ...extra.map((e, i) =>
      run(addDays(plan.season.start, e.day), 'long', e.minutes, { id: `extra-${i}` }),
    ),
  ].sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1));
  return { ...plan, sessions };
}

test('a week shows a spike exactly when load-spike warns on one of its days, and its figure says so', () => {
  fc.assert(
    fc.property(
      cleanPlans,
      fc.array(
        fc.record({
          day: fc.integer({ min: 0, max: 55 }),
          minutes: fc.integer({ min: 30, max: 400 }),
        }),
        { maxLength: 4 },
      ),
      (clean, extra) => {
        const plan = withSpikes(clean, extra);
        const warnings = loadSpike(plan);
        for (const week of weekFigures(plan)) {
          const warned = warnings.some((w) => overlaps(w, week));
          assert.equal(week.spike, warned, `week of ${week.start}`);
          // The figure shown is above the rule's threshold exactly when the rule fires.
          if (warned) assert.ok((week.acwr ?? 0) > 1.5, `week of ${week.start}: ${week.acwr}`);
          else
            assert.ok((week.acwr ?? 0) <= 1.5 * (1 + 1e-9), `week of ${week.start}: ${week.acwr}`);
        }
      },
    ),
    { numRuns: 60 },
  );
});
