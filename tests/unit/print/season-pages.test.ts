import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, daysBetween } from '../../../src/dates';
import { formatMinutes, printPages } from '../../../src/print/season-pages';
import { generate } from '../../../src/scheduler/generate';
import { block, planWith, run } from '../fixtures/plans';
import { workoutPlan } from '../fit/workouts';

test('a week goes to the month of its fourth day, and months follow each other in order', () => {
  // Mon 2027-03-29 … Sun 04-04: four days in April, so the week is April's.
  const plan = planWith({ season: { start: '2027-03-01', end: '2027-04-30' } });
  const months = printPages(plan);
  assert.deepEqual(
    months.map((m) => [m.month, m.weeks.map((w) => w.start)]),
    [
      ['2027-03', ['2027-03-01', '2027-03-08', '2027-03-15', '2027-03-22']],
      ['2027-04', ['2027-03-29', '2027-04-05', '2027-04-12', '2027-04-19', '2027-04-26']],
    ],
  );
});

test('a week row holds its seven days, its sessions in short form, its totals and its blocks', () => {
  const plan = {
    ...workoutPlan(),
    blocks: [block('build', '2027-02-01', '2027-03-07'), block('down', '2027-03-08', '2027-03-14')],
  };
  const [march] = printPages(plan);
  const week = march?.weeks[0];
  assert.ok(week);
  assert.equal(week.days.length, 7);
  assert.deepEqual(week.blocks, ['Build']);
  assert.deepEqual(march?.weeks[1]?.blocks, ['Down week']);
  // 10 + 8 + 8 + 8 + 0 km; 60 + 45 + 45 + 50 + 100 min; intervals, tempo and hills are hard.
  assert.equal(week.km, 34);
  assert.equal(week.minutes, 300);
  assert.equal(week.hard, 3);
  const intervals = week.days[1]?.sessions[0];
  assert.deepEqual(intervals?.label, 'Intervals 5 × 1 km');
  assert.equal(intervals?.size, '10 km · 60 min');
  assert.equal(intervals?.steps.length, 3);
  assert.match(intervals?.steps[1] ?? '', /^5 × 1000 m @ 3:55–4:05\/km, 400 m jog$/);
  assert.deepEqual(week.days[0]?.sessions[0]?.size, '');
  assert.equal(formatMinutes(week.minutes), '5 h');
  assert.equal(formatMinutes(335), '5 h 35');
  assert.equal(formatMinutes(45), '45 min');
});

test('every week of any season is printed exactly once, every session once, in a month of its own', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 700 }),
      fc.integer({ min: 0, max: 500 }),
      fc.constantFrom('monday', 'sunday'),
      (offset, length, weekStart) => {
        const start = addDays('2026-06-01', offset);
        const end = addDays(start, length);
        const plan = planWith({
          season: { start, end },
          settings: { weekStart },
          sessions: [run(start, 'easy', 40), run(end, 'long', 90, { id: 'last' })],
        });
        const months = printPages(plan);
        const weeks = months.flatMap((m) => m.weeks);
        const starts = weeks.map((w) => w.start);
        assert.equal(new Set(starts).size, starts.length);
        weeks.forEach((w, i) => {
          if (i > 0) assert.equal(daysBetween(weeks[i - 1]?.start ?? '', w.start), 7);
          assert.ok(w.days.some((d) => d.inSeason));
        });
        assert.ok((weeks[0]?.start ?? '') <= start && (weeks.at(-1)?.end ?? '') >= end);
        const ids = weeks.flatMap((w) => w.days.flatMap((d) => d.sessions.map((s) => s.id)));
        assert.deepEqual(ids.sort(), plan.sessions.map((s) => s.id).sort());
        assert.equal(new Set(months.map((m) => m.month)).size, months.length);
      },
    ),
    { numRuns: 60 },
  );
});

test('a generated year prints in twelve or thirteen months of four or five weeks', () => {
  const plan = generate({
    start: '2027-01-04',
    end: '2027-12-26',
    races: [{ name: 'Spring Marathon', date: '2027-04-18', distance: 'marathon', priority: 'A' }],
  });
  const months = printPages(plan);
  assert.ok(months.length >= 12 && months.length <= 13, String(months.length));
  for (const m of months) assert.ok(m.weeks.length >= 4 && m.weeks.length <= 5, m.month);
});
