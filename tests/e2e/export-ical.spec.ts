import ICAL from 'ical.js';
import { expect, test } from './fixtures';
import { MARATHONER, pickHardMove } from './seasons';

test('the exported iCal file parses and holds the moved session on its new date', async ({
  planner,
  files,
}) => {
  await planner.createSeason(MARATHONER);
  const move = pickHardMove(await planner.calendar.sessions());
  await planner.calendar.drag(move.sessionId, move.to);

  const saved = await files.save(
    () => planner.button('Export iCal').click(),
    (text) => /END:VCALENDAR\s*$/.test(text),
  );
  expect(saved.name).toMatch(/\.ics$/);

  const calendar = new ICAL.Component(ICAL.parse(saved.text));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events.length).toBeGreaterThan(200);
  const found = events.filter((event) =>
    String(event.getFirstPropertyValue('uid') ?? '').includes(move.sessionId),
  );
  expect(found).toHaveLength(1);
  const event = new ICAL.Event(found[0]);
  expect(event.startDate.isDate).toBe(true);
  expect(event.startDate.toString()).toBe(move.to);
  // A moved session is a changed event: its SEQUENCE is above the first one.
  expect(Number(found[0]?.getFirstPropertyValue('sequence') ?? 0)).toBeGreaterThan(0);
});
