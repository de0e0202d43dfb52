import { expect, test } from './fixtures';
import { MARATHONER } from './seasons';

// May 2027 starts on a Saturday: with weeks from Monday its grid has six rows, the tightest month.
const SIX_ROW_MONTH = '2027-05';

test('a day holding two, then three sessions shows them all in the season view, not a "+N" link', async ({
  planner,
  page,
}, testInfo) => {
  await planner.createSeason(MARATHONER);
  const inMonth = (await planner.calendar.sessions()).filter(
    (s) => s.date.startsWith(SIX_ROW_MONTH) && s.raceId === null && s.kind !== 'rest',
  );
  // A training day, and two sessions from later days of the same month to put on it.
  const target = inMonth.find((s) => inMonth.filter((o) => o.date === s.date).length === 1);
  const later = inMonth.filter((s) => target && s.date > target.date);
  const moved = [later[0], later.find((s) => s.date !== later[0]?.date)];
  if (!target || !moved[0] || !moved[1])
    throw new Error(`no three training days in ${SIX_ROW_MONTH}`);

  const day = planner.calendar.day(target.date);
  const shown = [target.id];
  for (const session of moved) {
    if (!session) continue;
    await planner.calendar.drag(session.id, target.date);
    shown.push(session.id);
    // Two sessions on the day, then three: each of them on the day itself.
    await expect(day.locator('[data-session-id]')).toHaveCount(shown.length);
    for (const id of shown) await expect(day.locator(`[data-session-id="${id}"]`)).toBeVisible();
  }
  // No "+N" link anywhere in the season: every session is on its day.
  // (FullCalendar keeps a visually hidden "+1" per month to measure with; those are not shown.)
  await expect(planner.calendar.root.getByText(/^\+\d+/).filter({ visible: true })).toHaveCount(0);
  await day.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('two-sessions-season.png') });
});
