import { expect, test } from './fixtures';
import { RaceDialog } from './pages/race-dialog';
import { MARATHONER } from './seasons';

test('a race on the calendar opens the race inspector: change it, delete it, undo', async ({
  planner,
  page,
}) => {
  await planner.createSeason(MARATHONER);
  const spring = planner.calendar.day('2027-04-18').locator('[data-race-id]');
  await expect(spring).toHaveCount(1);

  await spring.click();
  const inspector = new RaceDialog(page, 'Race');
  await expect(inspector.field('Race name')).toHaveValue('Spring marathon');
  await expect(inspector.field('Race date')).toHaveValue('2027-04-18');
  await expect(inspector.field('Distance')).toHaveValue('marathon');
  await expect(inspector.field('Priority')).toHaveValue('A');

  // An empty name is refused at the field, in words.
  await inspector.fill({ name: '' });
  await inspector.submit();
  expect(await inspector.errorAt(inspector.field('Race name'))).toMatch(/name/);

  await inspector.fill({
    name: 'Spring half',
    date: '2027-04-25',
    distance: 'half',
    priority: 'B',
  });
  await inspector.submit();
  await expect(inspector.root).toBeHidden();
  const moved = planner.calendar.day('2027-04-25').locator('[data-race-id]');
  await expect(moved).toHaveCount(1);
  await expect(spring).toHaveCount(0);
  await expect(planner.status).toContainText('Re-plan');

  await moved.click();
  await expect(inspector.field('Race name')).toHaveValue('Spring half');
  await expect(inspector.field('Distance')).toHaveValue('half');
  await inspector.delete();
  await expect(inspector.root).toBeHidden();
  await expect(planner.calendar.root.locator('[data-race-id]')).toHaveCount(1);
  await expect(planner.status).toContainText('Deleted the race Spring half');

  await planner.undo();
  await expect(moved).toHaveCount(1);
  await planner.undo();
  await expect(spring).toHaveCount(1);
});
