import { expect, test } from './fixtures';
import { MARATHONER, pickHardMove } from './seasons';

test('after a reload the plan and its edits are still there', async ({ planner }) => {
  await planner.createSeason(MARATHONER);
  const before = await planner.calendar.sessions();
  const move = pickHardMove(before);
  await planner.calendar.drag(move.sessionId, move.to);
  await expect(planner.warnings.rule('too-many-hard-days')).toHaveCount(1);

  await planner.reload();

  await expect(planner.plans()).toHaveCount(1);
  await expect(planner.plans().first()).toHaveAttribute('aria-current', 'true');
  await expect(planner.plans().first()).toContainText(MARATHONER.name ?? '');
  await expect(
    planner.calendar.day(move.to).locator(`[data-session-id="${move.sessionId}"]`),
  ).toHaveCount(1);
  await expect(planner.warnings.rule('too-many-hard-days')).toHaveCount(1);
  // Everything else is where it was.
  const after = await planner.calendar.sessions();
  const moved = (list: typeof before) =>
    list.map((s) => `${s.id}@${s.id === move.sessionId ? move.to : s.date}`).sort();
  expect(moved(after)).toEqual(moved(before));
});
