import { expect, test } from './fixtures';
import { MARATHONER } from './seasons';

test('a second marathon six weeks after the first raises the marathon warnings', async ({
  planner,
}) => {
  // One marathon: nothing to say about marathons.
  await planner.createSeason({
    ...MARATHONER,
    name: 'One marathon',
    races: MARATHONER.races?.slice(0, 1) ?? [],
  });
  await expect(planner.warnings.rule('marathon-recovery')).toHaveCount(0);
  await expect(planner.warnings.rule('back-to-back-marathons')).toHaveCount(0);

  // The same season with a second marathon six weeks after the first.
  await planner.createSeason({
    ...MARATHONER,
    name: 'Two marathons',
    races: [
      { name: 'Spring marathon', date: '2027-04-18', distance: 'marathon', priority: 'A' },
      { name: 'Second marathon', date: '2027-05-30', distance: 'marathon', priority: 'A' },
    ],
  });
  await expect(planner.plans()).toHaveCount(2);
  const recovery = planner.warnings.rule('marathon-recovery');
  await expect(recovery.first()).toBeVisible();
  await expect(recovery.first()).toHaveAttribute('data-severity', 'error');
  await expect(planner.warnings.rule('back-to-back-marathons').first()).toBeVisible();
  // Each warning says what to do, in words.
  await expect(recovery.first()).toContainText(/\w{4,}/);
});
