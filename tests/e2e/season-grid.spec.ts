import { expect, test } from './fixtures';
import { MARATHONER, pickHardMove } from './seasons';
import { parsePlanText } from '../../src/plan/plan-file';
import { weekFigures } from '../../src/model/week-figures';

test('the season view shows at least 26 weeks at 1440×900, with their totals', async ({
  planner,
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await planner.createSeason(MARATHONER);
  await planner.view('Season');
  const rows = planner.calendar.root.locator('[role="row"][data-week]');
  // A whole season of rows, one a week (Jan 4 to Dec 26, 2027: 51 weeks).
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
  // The race and its taper and recovery are in view from the start.
  await expect(planner.calendar.root.locator('[data-race-id]').first()).toBeInViewport();
  await expect(planner.calendar.blocks('taper').first()).toBeInViewport();
  await expect(planner.calendar.blocks('recovery').first()).toBeInViewport();
  // No chip is cut in the middle of a word: every word shown is whole inside its chip.
  const cut = await planner.calendar.root.locator('.sp-chip').evaluateAll((chips) =>
    chips.flatMap((chip) => {
      const box = chip.getBoundingClientRect();
      return [...chip.children]
        .map((word) => word.getBoundingClientRect())
        .filter((w) => w.top < box.bottom - 1 && w.right > box.right + 0.5)
        .map(() => chip.textContent ?? '');
    }),
  );
  expect(cut).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('season-1440.png') });
});

test('the chart’s and the rows’ weekly figures are the core’s, and its band is the rule’s threshold', async ({
  planner,
  files,
}) => {
  await planner.createSeason(MARATHONER);
  const saved = await files.save(() => planner.button('Export plan').click());
  const parsed = parsePlanText(saved.text);
  if (!parsed.ok) throw new Error(parsed.error.join('; '));
  const core = weekFigures(parsed.value);
  const chart = planner.page.getByTestId('volume-chart');
  await expect(chart.locator('[data-week]')).toHaveCount(core.length);
  await expect(chart.locator('[data-threshold]')).toHaveAttribute('data-threshold', '1.5');
  const shown = await chart
    .locator('[data-week]')
    .evaluateAll((weeks) =>
      weeks.map((w) => [w.getAttribute('data-week'), w.getAttribute('data-acwr')]),
    );
  expect(shown).toEqual(core.map((w) => [w.start, w.acwr === null ? null : w.acwr.toFixed(2)]));
  const rows = await planner.calendar.root
    .locator('[role="row"][data-week]')
    .evaluateAll((all) =>
      all.map((row) => [
        row.getAttribute('data-week'),
        row.querySelector('[data-figure="km"]')?.textContent,
        row.querySelector('[data-figure="hard"]')?.textContent,
        row.querySelector('[data-figure="acwr"]')?.textContent,
      ]),
    );
  expect(rows).toEqual(
    core.map((w) => [
      w.start,
      String(Math.round(w.km)),
      String(w.hard),
      w.acwr === null ? '–' : w.acwr.toFixed(2),
    ]),
  );
});

test('after a drop the status line offers Undo and the two days are marked', async ({
  planner,
}) => {
  await planner.createSeason(MARATHONER);
  const move = pickHardMove(await planner.calendar.sessions());
  await planner.calendar.drag(move.sessionId, move.to);
  const undo = planner.page.locator('.sp-status').getByRole('button', { name: 'Undo' });
  await expect(undo).toBeVisible();
  for (const day of [move.from, move.to]) {
    await expect(planner.calendar.day(day)).toHaveCSS('outline-style', 'solid');
  }
  await undo.click();
  await expect(
    planner.calendar.day(move.from).locator(`[data-session-id="${move.sessionId}"]`),
  ).toHaveCount(1);
  await expect(planner.calendar.day(move.to)).not.toHaveCSS('outline-style', 'solid');
});

test('a week row opens the week view: seven days, the block, totals against the targets, add on a day', async ({
  planner,
  page,
}) => {
  await planner.createSeason(MARATHONER);
  await planner.calendar.root.locator('[data-open-week="2027-03-22"]').click();
  await expect(planner.button('Week')).toHaveAttribute('aria-pressed', 'true');
  const week = planner.calendar.root;
  await expect(week).toHaveAttribute('data-view', 'week');
  await expect(week.locator('[data-date]')).toHaveCount(7);
  await expect(week.locator('[data-block-kind="taper"]')).toBeVisible();
  await expect(week.getByTestId('week-totals')).toContainText('of at most 2');
  await expect(week.getByTestId('week-totals')).toContainText('warns above 1.5');
  // A session drags to another day of the week.
  const sessions = await planner.calendar.sessions();
  const easy = sessions.find((s) => s.kind === 'easy' && s.date === '2027-03-24');
  if (!easy) throw new Error('no easy run on Wed, Mar 24');
  await planner.calendar.drag(easy.id, '2027-03-22');
  // "Add" on a day opens the inspector for that day, its first field focused.
  await week.getByRole('button', { name: /Add a session on .*Mar 26/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await expect(dialog.getByRole('button', { name: 'Close' })).not.toBeFocused();
  // Navigation stays in the season.
  await page.keyboard.press('Escape');
  for (let i = 0; i < 45; i++) {
    const later = week.getByRole('button', { name: 'Later' });
    if (await later.isDisabled()) break;
    await later.click();
  }
  await expect(week.getByRole('heading', { level: 2 })).toContainText('Dec 20');
});
