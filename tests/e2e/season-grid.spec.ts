import { expect, test } from './fixtures';
import { MARATHONER } from './seasons';

test('the season view shows at least 26 weeks at 1440×900, with their totals', async ({
  planner,
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await planner.createSeason(MARATHONER);
  await planner.view('Season');
  const rows = planner.calendar.root.locator('[role="row"][data-week]');
  // A whole season of rows, one a week.
  await expect(rows).toHaveCount(51);
  const visible = await rows.evaluateAll((all) => {
    const grid = all[0]?.closest('[data-testid="calendar"]');
    const box = grid?.getBoundingClientRect();
    const head = grid?.querySelector('.sp-grid-head')?.getBoundingClientRect().bottom ?? 0;
    return all.filter((row) => {
      const r = row.getBoundingClientRect();
      return box !== undefined && r.top >= head - 1 && r.bottom <= box.bottom + 1;
    }).length;
  });
  expect(visible).toBeGreaterThanOrEqual(26);
  await page.screenshot({ path: testInfo.outputPath('season-1440.png') });
});
