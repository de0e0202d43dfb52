import { expect, test } from './fixtures';
import { MARATHONER, pickHardMove } from './seasons';

test('dragging a third hard session into a week warns; undo and redo follow', async ({
  planner,
}) => {
  await planner.createSeason(MARATHONER);
  const tooMany = planner.warnings.rule('too-many-hard-days');
  await expect(tooMany).toHaveCount(0);

  const move = pickHardMove(await planner.calendar.sessions());
  await planner.calendar.drag(move.sessionId, move.to);
  await expect(tooMany).toHaveCount(1);
  await expect(tooMany).toHaveAttribute('data-severity', 'warning');

  await planner.undo();
  await expect(tooMany).toHaveCount(0);
  await expect(
    planner.calendar.day(move.from).locator(`[data-session-id="${move.sessionId}"]`),
  ).toHaveCount(1);

  await planner.redo();
  await expect(tooMany).toHaveCount(1);
  await expect(
    planner.calendar.day(move.to).locator(`[data-session-id="${move.sessionId}"]`),
  ).toHaveCount(1);

  // The buttons do the same as the keys.
  await planner.button('Undo').click();
  await expect(tooMany).toHaveCount(0);
  await planner.button('Redo').click();
  await expect(tooMany).toHaveCount(1);
});
