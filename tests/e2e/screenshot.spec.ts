import { mkdir } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { MARATHONER } from './seasons';

// The README's picture of the season view, made from the real page with a real generated season.
test('screenshot of the season view for the README', async ({ planner, page, mode }) => {
  test.skip(mode !== 'browser', 'the README picture is taken in the browser build');
  await page.setViewportSize({ width: 1400, height: 900 });
  await planner.createSeason(MARATHONER);
  await planner.view('Season');
  await expect(planner.warnings.root).toBeVisible();
  await expect(planner.calendar.blocks('down').first()).toBeVisible();
  // The caret and hover state are not part of the picture.
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await mkdir('docs', { recursive: true });
  await page.screenshot({ path: 'docs/screenshot.png', animations: 'disabled', caret: 'hide' });
});
