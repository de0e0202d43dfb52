import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nearestFreeDay, quickFixes } from '../../../renderer/state/quick-fixes';
import { planWith, run } from '../fixtures/plans';
import type { Warning } from '../../../src/model/warning';
import { downWeekOverdue } from '../../../src/rules/down-week-overdue';
import { addDays } from '../../../src/dates';
import { formatDay, inPageDates } from '../../../renderer/state/labels';

// Monday 2027-03-01 is the rest weekday (default); the week holds three hard sessions.
const sessions = [
  run('2027-03-02', 'tempo', 50),
  run('2027-03-03', 'easy', 40),
  run('2027-03-04', 'intervals', 50),
  run('2027-03-05', 'easy', 40),
  run('2027-03-06', 'hills', 45),
  run('2027-03-07', 'long', 90),
];
const plan = planWith({ sessions });
const tooMany: Warning = {
  rule: 'too-many-hard-days',
  severity: 'warning',
  start: '2027-03-01',
  end: '2027-03-07',
  sessionIds: sessions.filter((s) => s.intensity === 'hard').map((s) => s.id),
  raceIds: [],
  message: 'three hard sessions',
};

test('the nearest free day skips the rest weekday, busy days and days next to hard ones', () => {
  const hills = sessions[4];
  assert.ok(hills);
  // Fri 5 and Sun 7 are busy, Thu 4 busy; Mon 8 is the rest weekday; Tue 9 is free and calm.
  assert.equal(nearestFreeDay(plan, hills), '2027-03-09');
});

test('too many hard days offers to make the last hard session easy, through the core edit', () => {
  const fixes = quickFixes(plan, tooMany);
  assert.ok(fixes.length >= 1);
  const easy = fixes[0];
  assert.ok(easy);
  assert.match(easy.label, /easy/);
  const result = easy.apply(plan);
  assert.ok(result.ok);
  const hills = result.value.sessions.find((s) => s.id === sessions[4]?.id);
  assert.equal(hills?.intensity, 'easy');
});

test('rules without an obvious repair offer none', () => {
  assert.deepEqual(quickFixes(plan, { ...tooMany, rule: 'monotony' }), []);
});

test('making a hard session easy makes it an easy run: no "easy threshold" is left', () => {
  const fix = quickFixes(plan, tooMany)[0];
  const result = fix?.apply(plan);
  assert.ok(result?.ok);
  const hills = result.value.sessions.find((s) => s.id === sessions[4]?.id);
  assert.deepEqual([hills?.kind, hills?.intensity], ['easy', 'easy']);
});

test('the down-week fix acts on the week the warning’s text names', () => {
  // Six loading weeks of the same volume from Mon 2027-01-04: overdue after three.
  const loading = planWith({
    season: { start: '2027-01-04', end: '2027-02-14' },
    sessions: Array.from({ length: 42 }, (_, i) =>
      run(addDays('2027-01-04', i), i % 7 === 0 ? 'rest' : 'easy', i % 7 === 0 ? 0 : 50),
    ),
  });
  const [warning] = downWeekOverdue(loading);
  assert.ok(warning);
  const named = /week of (\d{4}-\d{2}-\d{2})/.exec(warning.message)?.[1];
  assert.equal(named, '2027-01-25');
  const [fix] = quickFixes(loading, warning);
  assert.ok(fix);
  assert.ok(fix.label.includes(formatDay('2027-01-25', false)), fix.label);
  // And the page shows the message's day in the same words as the fix.
  assert.ok(inPageDates(warning.message).includes(formatDay('2027-01-25', false)));
});
