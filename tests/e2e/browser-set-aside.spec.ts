// Issue 11, finding 4, in the browser build: one bad plan in localStorage is set aside alone (as a
// plan file under a key of its own), the user is told where, and the other plans are there.
import { expect, test } from './fixtures';
import { MARATHONER } from './seasons';

const LIBRARY_KEY = 'season-planner:library';

test('one bad plan is set aside alone and said so; the other plan opens', async ({
  planner,
  page,
  mode,
}) => {
  test.skip(mode !== 'browser', 'the localStorage library is the browser build’s');
  await planner.createSeason(MARATHONER);
  await expect(planner.plans()).toHaveCount(1);
  // A second plan, its first session's date broken by hand.
  await page.evaluate((key) => {
    const library = JSON.parse(localStorage.getItem(key) ?? 'null');
    const [stored] = library.plans;
    const broken = structuredClone(stored);
    broken.plan.id = 'broken-plan';
    broken.plan.name = 'Broken season';
    broken.plan.sessions[0].date = '2027-02-30';
    library.plans.push(broken);
    localStorage.setItem(key, JSON.stringify(library));
  }, LIBRARY_KEY);

  await page.reload();
  const notice = page.locator('.sp-notice');
  await expect(notice).toContainText('The saved plan “Broken season” could not be read');
  await expect(notice).toContainText('2027-02-30 is not a calendar date');
  await expect(notice).toContainText('Import plan');
  await expect(planner.plans()).toHaveCount(1);
  await expect(planner.plans().first()).toContainText(MARATHONER.name ?? '');

  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('season-planner:set-aside:'))
      .map((key) => JSON.parse(localStorage.getItem(key) ?? 'null').name),
  );
  expect(kept).toEqual(['Broken season']);
});
