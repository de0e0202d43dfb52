import { mkdir } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { MARATHONER, pickHardMove } from './seasons';

// The README's picture of the season view, made from the real page with a real generated season
// and one hand edit that the rules object to, so that the warnings panel has something to say. The
// window is 1440 wide and tall enough for the whole season's rows (51 weeks); the legend is open, as
// on first use.
test('screenshot of the season view for the README', async ({ planner, page, mode }) => {
  test.skip(mode !== 'browser', 'the README picture is taken in the browser build');
  await page.setViewportSize({ width: 1440, height: 1580 });
  await planner.createSeason(MARATHONER);
  await planner.view('Season');
  const move = pickHardMove(await planner.calendar.sessions());
  await planner.calendar.drag(move.sessionId, move.to);
  await expect(planner.warnings.rule('too-many-hard-days')).toBeVisible();
  await expect(planner.calendar.blocks('down').first()).toBeAttached();
  // The season from its first week; no hover, focus ring or caret in the picture.
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('*'))
      if (element.scrollTop) element.scrollTop = 0;
    (document.activeElement as HTMLElement | null)?.blur();
  });
  await page.mouse.move(0, 0);
  await expect(planner.calendar.day('2027-01-04')).toBeInViewport();
  await expect(planner.calendar.day('2027-12-26')).toBeInViewport();
  await expect(page.getByTestId('legend')).toBeVisible();
  await mkdir('docs', { recursive: true });
  await page.screenshot({ path: 'docs/screenshot.png', animations: 'disabled', caret: 'hide' });
});
