import { expect, test } from './fixtures';
import { MARATHONER } from './seasons';

test('the legend opens on first use and from the toolbar', async ({ planner, page }) => {
  await planner.createSeason(MARATHONER);
  const legend = page.getByTestId('legend');
  await expect(legend).toBeVisible();
  for (const what of [
    'Easy',
    'Hard',
    'Taper',
    'Recovery',
    'Peak',
    'rest day',
    'pinned',
    'warning',
  ]) {
    await expect(legend).toContainText(what);
  }
  // Peak is not red, and no block shares its colour with an intensity.
  const colours = await legend.evaluate((root) => ({
    blocks: [...root.querySelectorAll('[data-legend-block] .sp-band')].map(
      (e) => getComputedStyle(e).backgroundColor,
    ),
    intensities: [...root.querySelectorAll('[data-legend-intensity] .sp-chip')].map(
      (e) => getComputedStyle(e).backgroundColor,
    ),
    peak: getComputedStyle(root.querySelector('[data-legend-block="peak"] .sp-band')!)
      .backgroundColor,
  }));
  const [r, g, b] = colours.peak.match(/\d+/g)!.map(Number) as [number, number, number];
  expect(r > 150 && g < 100 && b < 100).toBe(false);
  expect(
    colours.blocks.filter((c) => colours.intensities.includes(c) && !c.includes('109, 40, 217')),
  ).toEqual([]);
  await legend.getByRole('button', { name: 'Close legend' }).click();
  await expect(legend).toBeHidden();
  await planner.reload();
  await expect(legend).toBeHidden();
  await planner.button('Legend').click();
  await expect(legend).toBeVisible();
});

test('at 1024×700 the library and the warnings collapse to toggles; the toolbar keeps one row', async ({
  planner,
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await planner.createSeason(MARATHONER);
  await page.getByTestId('legend').getByRole('button', { name: 'Close legend' }).click();
  const library = page.locator('#sp-library');
  const warnings = page.locator('#sp-warnings');
  await expect(library).toBeHidden();
  await expect(warnings).toBeHidden();
  // The calendar has the width.
  const width = await planner.calendar.root.evaluate((e) => e.getBoundingClientRect().width);
  expect(width).toBeGreaterThan(1024 * 0.85);
  const toolbar = await page
    .locator('.sp-toolbar')
    .evaluate((e) => e.getBoundingClientRect().height);
  expect(toolbar).toBeLessThan(60);
  await planner.button('Plans').click();
  await expect(library).toBeVisible();
  await planner.button('Plans').click();
  await expect(library).toBeHidden();
  await page.getByRole('button', { name: /^Warnings/ }).click();
  await expect(warnings).toBeVisible();
  // The overflow menu holds what does not fit.
  await page.locator('.sp-more summary').click();
  await expect(planner.button('Export iCal')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('season-1024.png') });
});
