import { expect, test } from './fixtures';
import { MARATHONER } from './seasons';

test('a new user makes a marathoner season through the wizard and sees its structure', async ({
  planner,
}) => {
  await planner.createSeason(MARATHONER);

  // The plan is in the library and open.
  await expect(planner.plans()).toHaveCount(1);
  await expect(planner.plans().first()).toHaveAttribute('aria-current', 'true');
  await expect(planner.plans().first()).toContainText(MARATHONER.name ?? '');

  const sessions = await planner.calendar.sessions();
  // A whole year of training: far more than a few weeks of sessions, every one on a real day.
  expect(sessions.length).toBeGreaterThan(200);
  expect(sessions.every((session) => /^\d{4}-\d{2}-\d{2}$/.test(session.date))).toBe(true);

  // Both races stand on their dates.
  const raceDays = sessions.filter((session) => session.raceId).map((session) => session.date);
  expect(raceDays).toEqual(expect.arrayContaining(['2027-04-18', '2027-10-10']));

  // Rest days: about one a week through the season, and nothing trains on them.
  const rests = await planner.calendar.restDays();
  expect(rests.length).toBeGreaterThanOrEqual(45);
  expect(rests.filter((day) => day.kinds.some((kind) => kind !== 'rest'))).toEqual([]);

  // Down weeks and an off-distance block are shaded on the calendar.
  await expect(planner.calendar.blocks('down').first()).toBeVisible();
  await expect(planner.calendar.blocks('off-distance').first()).toBeVisible();
  // Races get a taper and a recovery.
  await expect(planner.calendar.blocks('taper').first()).toBeAttached();
  await expect(planner.calendar.blocks('recovery').first()).toBeAttached();

  // A generated season breaks none of the hard-day rules.
  await expect(planner.warnings.rule('too-many-hard-days')).toHaveCount(0);
  await expect(planner.warnings.rule('back-to-back-marathons')).toHaveCount(0);
  await expect(planner.warnings.rule('marathon-recovery')).toHaveCount(0);
});
