import { test } from 'node:test';
import assert from 'node:assert/strict';
import { insertDownWeek } from '../../../src/edits/insert-down-week';
import { regenerate } from '../../../src/edits/regenerate';
import { checkPlan } from '../../../src/rules/index';
import { marathonPlan, minutesBetween } from './fixtures';
import { reliefReference } from '../../../src/rules/down-week-overdue';

test('a week becomes a down week: volume at the ratio, one hard session, a down block', () => {
  const plan = marathonPlan();
  const week = ['2027-02-01', '2027-02-07'] as const;
  const before = minutesBetween(plan, ...week);
  const result = insertDownWeek(plan, week[0]);
  assert.ok(result.ok);
  const next = result.value;
  const after = minutesBetween(next, ...week);
  assert.ok(after <= before * plan.settings.downWeekRatio + 1, `${after} of ${before}`);
  // Of the week, or of the loading weeks before it when they were lighter (the rule's yardstick).
  const yardstick = Math.min(before, reliefReference(plan, week[0]) ?? before);
  assert.ok(after >= yardstick * plan.settings.downWeekRatio - 35, `${after} of ${yardstick}`);
  const inWeek = next.sessions.filter((s) => s.date >= week[0] && s.date <= week[1]);
  assert.ok(inWeek.filter((s) => s.intensity === 'hard').length <= 1);
  assert.ok(next.blocks.some((b) => b.kind === 'down' && b.start === week[0] && b.end === week[1]));
  const old = new Map(plan.sessions.map((s) => [s.id, s]));
  for (const session of inWeek) {
    const was = old.get(session.id)!;
    if (JSON.stringify(was) === JSON.stringify(session)) continue;
    assert.equal(session.revision, was.revision + 1);
    assert.equal(session.pinned, true);
  }
  // Before the week nothing changed; after it, a run may only be shortened (and pinned): the down
  // week lowers the longest run that long-run-jump measures the next runs against. The other runs
  // of a shortened run's week keep kind and minutes; only their steps may follow the week's km.
  const before_ = (s: { date: string }): boolean => s.date < week[0];
  assert.deepEqual(next.sessions.filter(before_), plan.sessions.filter(before_));
  for (const session of next.sessions.filter((s) => s.date > week[1])) {
    const was = old.get(session.id)!;
    if (JSON.stringify(was) === JSON.stringify(session)) continue;
    if (session.durationMin === was.durationMin) {
      assert.equal(session.kind, was.kind, session.id);
      assert.equal(session.pinned, was.pinned, session.id);
      continue;
    }
    assert.ok(session.durationMin < was.durationMin, session.id);
    assert.equal(session.pinned, true);
  }
  // The changed sessions are pinned, so regenerating keeps the down week's volume.
  const again = regenerate(next);
  assert.ok(again.ok);
  assert.equal(minutesBetween(again.value, ...week), after);
});

test('the day must be a week start inside the season', () => {
  const plan = marathonPlan();
  const notStart = insertDownWeek(plan, '2027-02-02');
  assert.ok(!notStart.ok);
  assert.match(notStart.error[0]!, /not the first day of a week/);
  const outside = insertDownWeek(plan, '2028-02-07');
  assert.ok(!outside.ok);
  assert.match(outside.error[0]!, /outside the season/);
  const bad = insertDownWeek(plan, '2027-02-30');
  assert.ok(!bad.ok);
});

test('a taper or recovery week cannot become a down week, nor a down week again', () => {
  const plan = marathonPlan();
  const taper = insertDownWeek(plan, '2027-03-29');
  assert.ok(!taper.ok);
  assert.match(taper.error[0]!, /taper before Rotterdam/);
  const recovery = insertDownWeek(plan, '2027-04-19');
  assert.ok(!recovery.ok);
  assert.match(recovery.error[0]!, /recovery after Rotterdam/);
  const down = plan.blocks.find((b) => b.kind === 'down')!;
  const again = insertDownWeek(plan, down.start);
  assert.ok(!again.ok);
  assert.match(again.error[0]!, /already a down week/);
});

test('a down week in a loading stretch raises no new rule warning', () => {
  const plan = marathonPlan();
  const before = new Set(checkPlan(plan).map((w) => `${w.rule} ${w.start}`));
  for (const week of ['2027-02-01', '2027-06-07', '2027-11-01']) {
    const result = insertDownWeek(plan, week);
    assert.ok(result.ok);
    // Every rule stays clear, long-run-jump too: the long runs after it grow back by 10 % steps.
    const fresh = checkPlan(result.value).filter((w) => !before.has(`${w.rule} ${w.start}`));
    assert.deepEqual(fresh, [], week);
  }
});
