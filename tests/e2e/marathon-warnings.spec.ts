import { writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { fieldError, setField } from './pages/fields';
import { RaceDialog } from './pages/race-dialog';
import { MARATHONER } from './seasons';

/** The marathoner's season with its spring marathon only. */
const ONE_MARATHON = { ...MARATHONER, races: MARATHONER.races?.slice(0, 1) ?? [] };

/** A race calendar as a race organiser publishes it (all-day events, CRLF lines). */
function raceCalendar(events: readonly { uid: string; date: string; summary: string }[]): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Example Races//EN',
    ...events.flatMap((e) => [
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      'DTSTAMP:20261101T120000Z',
      `DTSTART;VALUE=DATE:${e.date.replaceAll('-', '')}`,
      `SUMMARY:${e.summary}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

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

test('"Add race" on the open plan: a second marathon six weeks later raises the marathon warnings', async ({
  planner,
  page,
}) => {
  await planner.createSeason({ ...ONE_MARATHON, name: 'One marathon, then another' });
  await expect(planner.warnings.rule('marathon-recovery')).toHaveCount(0);
  await expect(planner.warnings.rule('back-to-back-marathons')).toHaveCount(0);

  await planner.button('Add race').click();
  const dialog = new RaceDialog(page, 'Add race');
  // Problems are told at the field, in words, and nothing is added.
  await dialog.fill({ name: 'Second marathon', date: '2028-05-28', distance: 'marathon' });
  await dialog.submit();
  expect(await dialog.errorAt(dialog.field('Race date'))).toMatch(/outside the season/);
  await expect(dialog.root).toBeVisible();

  await dialog.fill({ date: '2027-05-30', priority: 'A' });
  await dialog.submit();
  await expect(dialog.root).toBeHidden();
  await expect(planner.calendar.day('2027-05-30').locator('[data-race-id]')).toHaveCount(1);
  await expect(planner.status).toContainText('Re-plan around the new races?');

  const recovery = planner.warnings.rule('marathon-recovery');
  await expect(recovery.first()).toBeVisible();
  await expect(recovery.first()).toHaveAttribute('data-severity', 'error');
  await expect(planner.warnings.rule('back-to-back-marathons').first()).toBeVisible();

  // One undoable edit.
  await planner.undo();
  await expect(planner.calendar.day('2027-05-30').locator('[data-race-id]')).toHaveCount(0);
  await expect(planner.warnings.rule('back-to-back-marathons')).toHaveCount(0);
  await planner.redo();
  await expect(planner.warnings.rule('back-to-back-marathons').first()).toBeVisible();
});

test('"Import races" on the open plan: reviewed, distances asked, added as one edit, re-plan offered', async ({
  planner,
  page,
  files,
}, testInfo) => {
  const ics = testInfo.outputPath('races.ics');
  await writeFile(
    ics,
    raceCalendar([
      { uid: 'city-marathon-2027@example.org', date: '2027-05-30', summary: 'City Marathon' },
      { uid: 'harbour-run-2027@example.org', date: '2027-08-15', summary: 'Harbour Run' },
      { uid: 'city-marathon-2028@example.org', date: '2028-05-28', summary: 'City Marathon 2028' },
    ]),
  );
  await planner.createSeason({ ...ONE_MARATHON, name: 'Races from a file' });
  const before = await planner.calendar.root.locator('[data-race-id]').count();

  await files.open(() => planner.button('Import races').click(), ics);
  const review = page.getByRole('dialog', { name: 'Import races' });
  await expect(review).toContainText('City Marathon');
  await expect(review).toContainText('Harbour Run');
  // Next year's race is past the season's end: shown, but not taken.
  const nextYear = review.getByRole('checkbox', { name: /City Marathon 2028/ });
  await expect(nextYear).toBeDisabled();
  await expect(nextYear).not.toBeChecked();
  await expect(review).toContainText(/City Marathon 2028.*outside the season/);
  // The file does not say how long the Harbour Run is: the user is asked.
  const harbour = review.getByLabel('Distance of Harbour Run');
  await review.getByRole('button', { name: 'Add races' }).click();
  expect(await fieldError(harbour)).toMatch(/distance/i);
  await setField(review.getByLabel('Distance of City Marathon'), 'marathon');
  await setField(harbour, '10k');
  await review.getByRole('button', { name: 'Add races' }).click();
  await expect(review).toBeHidden();

  const races = planner.calendar.root.locator('[data-race-id]');
  await expect(races).toHaveCount(before + 2);
  await expect(planner.calendar.day('2027-05-30').locator('[data-race-id]')).toHaveCount(1);
  await expect(planner.calendar.day('2027-08-15').locator('[data-race-id]')).toHaveCount(1);
  await expect(planner.warnings.rule('back-to-back-marathons').first()).toBeVisible();
  await expect(planner.status).toContainText('Re-plan around the new races?');

  // The offer in the status line re-plans around them; the races stay where they are.
  await planner.button('Re-plan').click();
  await expect(planner.status).toContainText('Re-planned');
  await expect(races).toHaveCount(before + 2);

  // Undo takes the re-plan back, then both races at once: they came in as one edit.
  await planner.undo();
  await expect(races).toHaveCount(before + 2);
  await planner.undo();
  await expect(races).toHaveCount(before);
  await planner.redo();
  await expect(races).toHaveCount(before + 2);
});
