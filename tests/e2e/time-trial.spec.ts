import { expect, test } from './fixtures';
import { setField } from './pages/fields';
import { MARATHONER } from './seasons';

test("the 5K block's time trial opens as a race in the inspector; other minutes keep its strides and 5K", async ({
  planner,
  page,
}) => {
  await planner.createSeason({ ...MARATHONER, recentRace: { distance: '5k', time: '19:57' } });

  const trial = (await planner.calendar.sessions()).find((s) => s.kind === 'race' && !s.raceId);
  expect(trial, 'a 5K time trial at the end of the 5K block').toBeDefined();
  const inspector = page.getByRole('dialog', { name: 'Session' });
  const steps = inspector.getByRole('region', { name: 'Workout' }).getByRole('listitem');
  await planner.calendar.event(trial!.id).click();
  // Its kind reads as what it is, not as the first kind of the list.
  await expect(inspector.getByLabel('Kind')).toHaveValue('race');
  await expect(inspector.getByLabel('Duration (min)')).toHaveValue('45');
  await expect(steps).toHaveCount(4);

  await setField(inspector.getByLabel('Duration (min)'), '35');
  await inspector.getByRole('button', { name: 'Save' }).click();
  await expect(inspector).toBeHidden();

  await planner.calendar.event(trial!.id).click();
  await expect(inspector.getByLabel('Duration (min)')).toHaveValue('35');
  // The warm-up gives way (no cool-down left); the strides and the 5K stay.
  await expect(steps).toHaveCount(3);
  await expect(steps.first()).toContainText(/Warm-up/);
  await expect(steps.last()).toContainText(/5 km/);
});
