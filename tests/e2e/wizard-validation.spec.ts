import { expect, test } from './fixtures';
import { MARATHONER } from './seasons';

test.describe('bad input in the wizard is shown at the field and generates nothing', () => {
  test('season end before its start', async ({ planner }) => {
    const wizard = await planner.openWizard();
    await wizard.fill({ ...MARATHONER, start: '2027-06-01', end: '2027-03-01', races: [] });
    await wizard.generate();

    await expect(wizard.root).toBeVisible();
    await expect.poll(() => wizard.errorAt(wizard.field('Season end'))).toMatch(/\w{3,}/);
    await expect(wizard.field('Season end')).toHaveAttribute('aria-invalid', 'true');
    await expect(planner.plans()).toHaveCount(0);
    await expect(planner.calendar.events()).toHaveCount(0);
  });

  test('a race outside the season', async ({ planner }) => {
    const wizard = await planner.openWizard();
    await wizard.fill({
      ...MARATHONER,
      races: [{ name: 'Next year marathon', date: '2028-04-16', distance: 'marathon' }],
    });
    await wizard.generate();

    await expect(wizard.root).toBeVisible();
    const raceDate = wizard.raceField(0, 'Race date');
    await expect.poll(() => wizard.errorAt(raceDate)).toMatch(/season/i);
    await expect(raceDate).toHaveAttribute('aria-invalid', 'true');
    await expect(planner.plans()).toHaveCount(0);
    await expect(planner.calendar.events()).toHaveCount(0);

    // Fixed in place, the same wizard generates.
    await raceDate.fill('2027-04-18');
    await wizard.generate();
    await expect(wizard.root).toBeHidden();
    await expect(planner.plans()).toHaveCount(1);
  });
});
