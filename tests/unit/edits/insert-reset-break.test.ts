import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays } from '../../../src/dates';
import { insertResetBreak } from '../../../src/edits/insert-reset-break';
import { checkPlan } from '../../../src/rules/index';
import { marathonPlan, minutesBetween } from './fixtures';

test('a reset break: complete rest, dropped sessions remembered, a reset block, a gentle week back', () => {
  const plan = marathonPlan();
  const from = '2027-06-01';
  const result = insertResetBreak(plan, from);
  assert.ok(result.ok);
  const next = result.value;
  const last = addDays(from, plan.settings.resetBreakDays - 1);
  const inBreak = next.sessions.filter((s) => s.date >= from && s.date <= last);
  assert.equal(inBreak.length, 4);
  assert.ok(inBreak.every((s) => s.intensity === 'rest' && s.durationMin === 0));
  const dropped = plan.sessions.filter(
    (s) => s.date >= from && s.date <= last && s.intensity !== 'rest',
  );
  assert.ok(dropped.length >= 3);
  assert.deepEqual(
    next.deletedSessions,
    dropped.map((s) => ({ id: s.id, revision: s.revision, date: s.date })),
  );
  assert.ok(next.blocks.some((b) => b.kind === 'reset' && b.start === from && b.end === last));

  const before = minutesBetween(plan, addDays(from, -7), addDays(from, -1));
  const back = minutesBetween(next, addDays(last, 1), addDays(last, 7));
  assert.ok(back <= before * 0.7 + 1, `${back} of ${before}`);
  assert.ok(back >= before * 0.5, `${back} of ${before}`);
  const firstDays = next.sessions.filter((s) => s.date > last && s.date <= addDays(last, 3));
  assert.ok(firstDays.every((s) => s.intensity !== 'hard'));
  assert.equal(new Set(next.sessions.map((s) => s.id)).size, next.sessions.length);
});

test('a break longer than three weeks comes back at half the volume', () => {
  const plan = marathonPlan();
  const from = '2027-06-01';
  const result = insertResetBreak(plan, from, 28);
  assert.ok(result.ok);
  const last = addDays(from, 27);
  const before = minutesBetween(plan, addDays(from, -7), addDays(from, -1));
  const back = minutesBetween(result.value, addDays(last, 1), addDays(last, 7));
  assert.ok(back <= before * 0.5 + 1, `${back} of ${before}`);
});

test('a race inside the break is an error that names it', () => {
  const plan = marathonPlan();
  const result = insertResetBreak(plan, '2027-09-24', 4);
  assert.ok(!result.ok);
  assert.match(result.error[0]!, /Berlin on 2027-09-26/);
});

test('bad days and lengths are errors, and the plan is untouched', () => {
  const plan = marathonPlan();
  for (const [from, days, pattern] of [
    ['2027-13-01', 4, /not a date/],
    ['2028-01-10', 4, /outside the season/],
    ['2027-12-25', 4, /past the season's end/],
    ['2027-06-01', 2, /3 to 56 whole days/],
    ['2027-06-01', 3.5, /whole days/],
  ] as const) {
    const result = insertResetBreak(plan, from, days);
    assert.ok(!result.ok, `${from} ${days}`);
    assert.match(result.error[0]!, pattern);
  }
  const once = insertResetBreak(plan, '2027-06-01');
  assert.ok(once.ok);
  const twice = insertResetBreak(once.value, '2027-06-03');
  assert.ok(!twice.ok);
  assert.match(twice.error[0]!, /overlaps a reset break/);
});

test('the weeks after a short break ramp back without a new rule warning', () => {
  const plan = marathonPlan();
  const before = new Set(checkPlan(plan).map((w) => `${w.rule} ${w.start}`));
  for (const [from, days] of [
    ['2027-02-03', 3],
    ['2027-02-03', 5],
    ['2027-06-01', 4],
    ['2027-08-20', 5],
  ] as const) {
    const result = insertResetBreak(plan, from, days);
    assert.ok(result.ok);
    // Every rule stays clear, long-run-jump too: the long runs after it grow back by 10 % steps.
    const fresh = checkPlan(result.value).filter((w) => !before.has(`${w.rule} ${w.start}`));
    assert.deepEqual(
      fresh.map((w) => `${w.rule} ${w.start}`),
      [],
      `${from} ${days}`,
    );
  }
});
