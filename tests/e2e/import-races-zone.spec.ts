// Issue 11, finding 9, as the user meets it: a race calendar with a time in UTC (as Google writes
// every timed event), a yearly race since 2019 and an event without a date. The review dialog
// lets the user read the UTC times in the race's zone, shows the yearly race in the season's
// year, and lists the event it skipped.
import { writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { MARATHONER } from './seasons';

/** The marathoner's season (2027-01-04 to 2027-12-26) with its spring marathon only. */
const SEASON = {
  ...MARATHONER,
  name: 'Races in zones',
  races: MARATHONER.races?.slice(0, 1) ?? [],
};

const CLUB_CALENDAR = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Harbour Runners//EN',
  // 06:30 in Sydney (summer time, UTC+11) on 2027-11-20 is 19:30 UTC on the 19th.
  'BEGIN:VEVENT',
  'UID:bondi-half-2027@example.org',
  'DTSTAMP:20261101T120000Z',
  'DTSTART:20271119T193000Z',
  'SUMMARY:Bondi Half Marathon',
  'END:VEVENT',
  // Every second Saturday of June since 2019: 2027-06-12 in this season.
  'BEGIN:VEVENT',
  'UID:harbour-10k@example.org',
  'DTSTAMP:20190101T120000Z',
  'DTSTART;VALUE=DATE:20190608',
  'RRULE:FREQ=YEARLY;BYMONTH=6;BYDAY=2SA',
  'SUMMARY:Harbour 10K',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:club-social@example.org',
  'DTSTAMP:20261101T120000Z',
  'SUMMARY:Club social',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

/** A day as the page writes it (the user's locale, as the race list shows it). */
function shownDay(page: Page, day: string): Promise<string> {
  return page.evaluate(
    (iso) =>
      new Intl.DateTimeFormat(undefined, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${iso}T12:00:00Z`)),
    day,
  );
}

test('UTC times read in the chosen zone, a yearly race in the season, the skipped event listed', async ({
  planner,
  page,
  files,
}, testInfo) => {
  const ics = testInfo.outputPath('club.ics');
  await writeFile(ics, CLUB_CALENDAR);
  await planner.createSeason(SEASON);
  await files.open(() => planner.button('Import races').click(), ics);

  const review = page.getByRole('dialog', { name: 'Import races' });
  const zone = review.getByLabel('Times in this file are in UTC; read them in');
  // The first thing the keyboard reaches: the zone the whole list depends on.
  await expect(zone).toBeFocused();
  const bondi = review.getByRole('checkbox', { name: /Bondi Half Marathon/ });

  await zone.selectOption('UTC');
  await expect(zone).toHaveValue('UTC');
  await expect(bondi).toHaveAccessibleName(
    `Bondi Half Marathon · ${await shownDay(page, '2027-11-19')}`,
  );
  // What the user chose before changing the zone stays chosen after the file is read again.
  const harbour = review.getByRole('checkbox', { name: /Harbour 10K/ });
  await harbour.uncheck();
  await zone.selectOption('Australia/Sydney');
  await expect(zone).toHaveValue('Australia/Sydney');
  await expect(bondi).toHaveAccessibleName(
    `Bondi Half Marathon · ${await shownDay(page, '2027-11-20')}`,
  );
  await expect(harbour).not.toBeChecked();
  await expect(bondi).toBeChecked();
  await harbour.check();

  // The yearly race once, on its day in the season's year, not in 2019.
  await expect(harbour).toHaveCount(1);
  await expect(harbour).toHaveAccessibleName(`Harbour 10K · ${await shownDay(page, '2027-06-12')}`);

  const skipped = review.getByRole('region', { name: 'Not imported' });
  await expect(skipped).toContainText('Club social');
  await expect(skipped).toContainText('has no valid start date');

  // The dialog with its zone choice and its list of skipped events: nothing serious for axe.
  const audit = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(
    audit.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
  ).toEqual([]);

  await review.getByRole('button', { name: 'Add races' }).click();
  await expect(review).toBeHidden();
  await expect(planner.calendar.day('2027-11-20').locator('[data-race-id]')).toHaveCount(1);
  await expect(planner.calendar.day('2027-06-12').locator('[data-race-id]')).toHaveCount(1);
});

test('a calendar of days only: no zone to choose, nothing skipped', async ({
  planner,
  page,
  files,
}, testInfo) => {
  const ics = testInfo.outputPath('days.ics');
  await writeFile(
    ics,
    CLUB_CALENDAR.replace(/BEGIN:VEVENT\r\nUID:bondi[\s\S]*?END:VEVENT\r\n/, '').replace(
      /BEGIN:VEVENT\r\nUID:club-social[\s\S]*?END:VEVENT\r\n/,
      '',
    ),
  );
  await planner.createSeason(SEASON);
  await files.open(() => planner.button('Import races').click(), ics);
  const review = page.getByRole('dialog', { name: 'Import races' });
  await expect(review.getByRole('checkbox', { name: /Harbour 10K/ })).toBeVisible();
  await expect(review.getByLabel('Times in this file are in UTC; read them in')).toHaveCount(0);
  await expect(review.getByRole('region', { name: 'Not imported' })).toHaveCount(0);
});

test('in the new-plan wizard: the season entered bounds the yearly race, and the zone is chosen', async ({
  planner,
  page,
  files,
}, testInfo) => {
  const ics = testInfo.outputPath('club.ics');
  await writeFile(ics, CLUB_CALENDAR);
  const wizard = await planner.openWizard();
  await wizard.fill(SEASON);
  await files.open(() => wizard.root.getByRole('button', { name: 'Import races' }).click(), ics);
  const review = page.getByRole('dialog', { name: 'Import races' });
  await review.getByLabel('Times in this file are in UTC; read them in').selectOption('UTC');
  await expect(review.getByRole('checkbox', { name: /Bondi Half Marathon/ })).toHaveAccessibleName(
    `Bondi Half Marathon · ${await shownDay(page, '2027-11-19')}`,
  );
  await review
    .getByLabel('Times in this file are in UTC; read them in')
    .selectOption('Australia/Sydney');
  await expect(review.getByRole('checkbox', { name: /Bondi Half Marathon/ })).toHaveAccessibleName(
    `Bondi Half Marathon · ${await shownDay(page, '2027-11-20')}`,
  );
  await review.getByRole('button', { name: 'Add races' }).click();
  await expect(review).toBeHidden();
  // The spring marathon, then the two from the file, in the order the file's list showed them.
  await expect(wizard.raceRows()).toHaveCount(3);
  await expect(wizard.raceField(1, 'Race date')).toHaveValue('2027-06-12');
  await expect(wizard.raceField(2, 'Race date')).toHaveValue('2027-11-20');
});
