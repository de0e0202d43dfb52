import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { setField } from './pages/fields';
import type { PlannerPage } from './pages/planner-page';
import { MARATHONER } from './seasons';

/** The session inspector (role=dialog, name "Session") and its list of steps. */
function inspector(page: Page): { root: Locator; steps: Locator } {
  const root = page.getByRole('dialog', { name: 'Session' });
  return { root, steps: root.getByRole('region', { name: 'Workout' }).getByRole('listitem') };
}

/** Opens the first sessions of `kind` one by one until one's steps hold a line matching `line`. */
async function findSteps(
  planner: PlannerPage,
  page: Page,
  kind: string,
  line: RegExp,
): Promise<string[]> {
  const ids = (await planner.calendar.sessions()).filter((s) => s.kind === kind).map((s) => s.id);
  const { root, steps } = inspector(page);
  for (const id of ids.slice(0, 8)) {
    await planner.calendar.event(id).click();
    await expect(steps.first()).toBeVisible();
    const lines = await steps.allTextContents();
    if (lines.some((text) => line.test(text))) return lines;
    await root.getByRole('button', { name: 'Cancel' }).click();
    await expect(root).toBeHidden();
  }
  throw new Error(`no ${kind} session shows a line like ${line}`);
}

test('the wizard takes a recent result; the inspector shows the steps at its paces', async ({
  planner,
  page,
}) => {
  // A 5K of 20:30 is VDOT 48.4: Daniels' I pace 3:58–4:05/km.
  await planner.createSeason({ ...MARATHONER, recentRace: { distance: '5k', time: '20:30' } });

  const lines = await findSteps(planner, page, 'intervals', /× 1000 m @ 3:58–4:05\/km, 400 m jog$/);
  expect(lines[0]).toMatch(/^Warm-up \d+ min easy$/);
  expect(lines.at(-1)).toMatch(/^Cool-down \d+ min easy$/);
  await expect(inspector(page).root).not.toContainText('Enter a recent race result');
  await inspector(page).root.getByRole('button', { name: 'Cancel' }).click();

  // The week view shows the same steps at the same paces, session by session.
  await planner.view('Week');
  const week = planner.calendar.root;
  for (let i = 0; i < 52; i++) {
    if ((await week.locator('[data-kind="intervals"]').count()) > 0) break;
    await week.getByRole('button', { name: 'Later' }).click();
  }
  const card = week.locator('[data-kind="intervals"]').first();
  await expect(card).toContainText(/Warm-up \d+ min easy/);
  await expect(card).toContainText(/× \d+ m @ \d:\d\d–\d:\d\d\/km/);
  await expect(card).toContainText(/Cool-down \d+ min easy/);
});

test('a bad time is shown at its field and generates nothing', async ({ planner }) => {
  const wizard = await planner.openWizard();
  await wizard.fill(MARATHONER);
  await setField(wizard.field('Its time'), '20.30');
  await wizard.generate();
  await expect(wizard.root).toBeVisible();
  await expect.poll(() => wizard.errorAt(wizard.field('Its time'))).toMatch(/H:MM:SS or MM:SS/);
  await expect(planner.plans()).toHaveCount(0);
});

test('without a result the steps are efforts, and the inspector invites a result that sets paces', async ({
  planner,
  page,
}) => {
  await planner.createSeason(MARATHONER);
  const lines = await findSteps(planner, page, 'intervals', /hard, the effort you could hold/);
  expect(lines.join('\n')).not.toMatch(/\/km/);
  const { root, steps } = inspector(page);
  await expect(root).toContainText('Enter a recent race result');
  await setField(root.getByLabel('Recent race', { exact: true }), '5k');
  await root.getByLabel('Time (H:MM:SS or MM:SS)').fill('20:30');
  await root.getByRole('button', { name: 'Set paces' }).click();
  await expect(steps.nth(1)).toContainText('@ 3:58–4:05/km');
  await expect(root).not.toContainText('Enter a recent race result');
});
