import { writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { setField } from './pages/fields';
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

test('a second marathon imported from a race calendar into the wizard raises them too', async ({
  planner,
  page,
  files,
}, testInfo) => {
  // A race calendar as a race organiser publishes it.
  const ics = testInfo.outputPath('races.ics');
  await writeFile(
    ics,
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Example Races//EN',
      'BEGIN:VEVENT',
      'UID:city-marathon-2027@example.org',
      'DTSTAMP:20261101T120000Z',
      'DTSTART;VALUE=DATE:20270530',
      'SUMMARY:City Marathon',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n'),
  );
  const wizard = await planner.openWizard();
  await wizard.fill({
    ...MARATHONER,
    name: 'Imported second marathon',
    races: MARATHONER.races?.slice(0, 1) ?? [],
  });
  await files.open(() => wizard.root.getByRole('button', { name: 'Import races' }).click(), ics);

  const review = page.getByRole('dialog', { name: 'Import races' });
  await expect(review).toContainText('City Marathon');
  await setField(review.getByLabel('Distance of City Marathon'), 'marathon');
  await review.getByRole('button', { name: 'Add races' }).click();
  await expect(review).toBeHidden();
  await expect(wizard.raceRows()).toHaveCount(2);
  await expect(wizard.raceField(1, 'Race date')).toHaveValue('2027-05-30');
  // Imported races come in as B races; this runner means to race it.
  await setField(wizard.raceField(1, 'Priority'), 'A');

  await wizard.generate();
  await expect(wizard.root).toBeHidden();
  await expect(planner.warnings.rule('marathon-recovery').first()).toBeVisible();
  await expect(planner.warnings.rule('back-to-back-marathons').first()).toBeVisible();
});
