import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportIcs } from '../../../src/ical/export';
import { generate } from '../../../src/scheduler/generate';
import { parseIcs } from './icaljs';

test('an event’s DESCRIPTION carries the session’s steps in words, with the runner’s paces', () => {
  const plan = generate({
    name: 'iCal steps',
    start: '2027-01-04',
    end: '2027-06-27',
    athlete: { recentRace: { distance: '5k', time: '19:57' }, units: 'mi' },
    races: [{ name: 'Spring 10K', date: '2027-06-20', distance: '10k' }],
  });
  const hard = plan.sessions.find((s) => s.kind === 'intervals' || s.kind === 'threshold')!;
  const { events } = parseIcs(exportIcs(plan, { now: '2027-01-01T00:00:00Z' }));
  const event = events.find((e) => e.uid.startsWith(hard.id))!;
  const lines = (event.description ?? '').split('\n');
  assert.ok(
    lines.some((l) => /^Warm-up \d+ min easy$/.test(l)),
    lines.join(' | '),
  );
  assert.ok(
    lines.some((l) => /^\d+ × \d+ m @ \d:\d\d–\d:\d\d\/mi, /.test(l)),
    lines.join(' | '),
  );
  assert.ok(
    lines.some((l) => /^Cool-down \d+ min easy$/.test(l)),
    lines.join(' | '),
  );
});
