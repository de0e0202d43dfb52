import { expect, test } from './fixtures';
import { MARATHONER } from './seasons';

test('keyboard: one tab stop, arrows move, Alt+arrow moves a session (one undo step), N adds', async ({
  planner,
  page,
}) => {
  await planner.createSeason(MARATHONER);
  const grid = planner.calendar.root;
  // The grid is one tab stop.
  await expect(grid.locator('[tabindex="0"]')).toHaveCount(1);
  // F6 goes from the toolbar to the calendar.
  await planner.button('Legend').focus();
  await page.keyboard.press('F6');
  const focused = grid.locator(':focus');
  await expect(focused).toHaveCount(1);
  // Walk to a tempo-or-harder session by the keyboard: down a week, then right through the days.
  await page.keyboard.press('ArrowDown');
  await expect(focused).toHaveCount(1);
  const sessions = await planner.calendar.sessions();
  const target = sessions.find(
    (s) =>
      s.date === '2027-03-03' &&
      s.kind === 'easy' &&
      !sessions.some((o) => o.date === '2027-03-04' && o.intensity === 'rest'),
  );
  if (!target) throw new Error('no easy run on Wed, Mar 3');
  // Put the focus on it the way a user would land there, then move it with Alt+→.
  await grid.locator(`[data-session-id="${target.id}"]`).focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(
    planner.calendar.day('2027-03-04').locator(`[data-session-id="${target.id}"]`),
  ).toHaveCount(1);
  // The moved session keeps the focus, and a second move is a second step.
  await expect(grid.locator(`[data-session-id="${target.id}"]`)).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(
    planner.calendar.day('2027-03-11').locator(`[data-session-id="${target.id}"]`),
  ).toHaveCount(1);
  await planner.undo();
  await expect(
    planner.calendar.day('2027-03-04').locator(`[data-session-id="${target.id}"]`),
  ).toHaveCount(1);
  await planner.undo();
  await expect(
    planner.calendar.day('2027-03-03').locator(`[data-session-id="${target.id}"]`),
  ).toHaveCount(1);
  // Arrows move the focus; Enter opens; N adds on the focused day.
  await grid.locator(`[data-session-id="${target.id}"]`).focus();
  await page.keyboard.press('ArrowDown');
  await expect(grid.locator(':focus')).toHaveAttribute('data-session-id', /.+/);
  const below = await grid
    .locator(':focus')
    .evaluate((e) => e.closest('[data-date]')?.getAttribute('data-date'));
  expect(below).toBe('2027-03-10');
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel(/day/i).first()).toHaveValue('2027-03-10');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
});

test('Ctrl+1, 2, 3 switch views in the browser build', async ({ planner, page }) => {
  await planner.createSeason(MARATHONER);
  await page.keyboard.press('Control+2');
  await expect(planner.calendar.root).toHaveAttribute('data-view', 'month');
  await page.keyboard.press('Control+3');
  await expect(planner.calendar.root).toHaveAttribute('data-view', 'week');
  await page.keyboard.press('Control+1');
  await expect(planner.calendar.root).toHaveAttribute('data-view', 'season');
});
