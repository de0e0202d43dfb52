import { expect, test } from './fixtures';
import { MARATHONER, pickHardMove } from './seasons';

test('a chosen warning scrolls its whole week into view; its quick fix acts in that week and leaves no contradiction', async ({
  planner,
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await planner.createSeason(MARATHONER);
  const move = pickHardMove(await planner.calendar.sessions());
  await planner.calendar.drag(move.sessionId, move.to);
  const warning = planner.warnings.rule('too-many-hard-days');
  await expect(warning).toHaveCount(1);
  // Scroll away, then choose the warning: its week comes back into view, below the sticky heading.
  await planner.calendar.root.evaluate((e) => e.scrollTo({ top: 0 }));
  await warning.locator('.sp-warning-main').click();
  const week = planner.calendar.root.locator('[data-week]').filter({
    has: page.locator(`[data-date="${move.to}"]`),
  });
  await expect(week).toBeInViewport({ ratio: 1 });
  const [rowTop, headBottom] = await Promise.all([
    week.evaluate((e) => e.getBoundingClientRect().top),
    planner.calendar.root
      .locator('.sp-grid-head')
      .evaluate((e) => e.getBoundingClientRect().bottom),
  ]);
  expect(rowTop).toBeGreaterThanOrEqual(headBottom - 1);
  // The fix names a day of the warning's week, in the page's date format.
  const fix = warning.getByRole('button', { name: /an easy run$/ });
  const label = (await fix.textContent()) ?? '';
  const days = await week
    .locator('[data-date]')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-date') ?? ''));
  const named = days.filter((d) => {
    const date = new Date(`${d}T12:00:00`);
    const words = date.toLocaleDateString(undefined, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
    });
    return label.includes(words);
  });
  expect(named).toHaveLength(1);
  await fix.click();
  await expect(warning).toHaveCount(0);
  // No session is easy in intensity and hard in kind.
  const sessions = await planner.calendar.sessions();
  const hardKinds = ['tempo', 'threshold', 'intervals', 'hills', 'race-pace'];
  expect(sessions.filter((s) => s.intensity === 'easy' && hardKinds.includes(s.kind))).toEqual([]);
});
