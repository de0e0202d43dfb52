import { expect, test } from './fixtures';
import { MARATHONER } from './seasons';

// May 2027 starts on a Saturday: with weeks from Monday its grid has six rows, the tightest month.
const SIX_ROW_MONTH = '2027-05';

test('a day holding two sessions shows both in the season view, not a "+1" link', async ({
  planner,
  page,
}, testInfo) => {
  await planner.createSeason(MARATHONER);
  const inMonth = (await planner.calendar.sessions()).filter(
    (s) => s.date.startsWith(SIX_ROW_MONTH) && s.raceId === null && s.kind !== 'rest',
  );
  // A training day, and a session from another day of the same month to put on it.
  const target = inMonth.find((s) => inMonth.filter((o) => o.date === s.date).length === 1);
  const moved = inMonth.find((s) => target && s.date !== target.date && s.date > target.date);
  if (!target || !moved) throw new Error(`no two training days in ${SIX_ROW_MONTH}`);

  await planner.calendar.drag(moved.id, target.date);
  const day = planner.calendar.day(target.date);
  await expect(day.locator('[data-session-id]')).toHaveCount(2);
  for (const id of [target.id, moved.id]) {
    await expect(day.locator(`[data-session-id="${id}"]`)).toBeVisible();
  }
  // No "+N" link anywhere in the season: every session is on its day.
  // (FullCalendar keeps a visually hidden "+1" per month to measure with; those are not shown.)
  await expect(planner.calendar.root.getByText(/^\+\d+/).filter({ visible: true })).toHaveCount(0);
  await day.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('two-sessions-season.png') });
});
