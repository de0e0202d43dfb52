// The places that once did their own date arithmetic, under the time zone the runner sets
// (scripts/test-unit.mjs re-runs tests/unit/dates*.test.ts under each zone of DATE_ZONES).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocksByDay } from '../../src/ical/block-days';
import { icsDayAfter } from '../../src/ical/ics-values';
import type { Block } from '../../src/model/plan';
import { formatDay } from '../../renderer/state/labels';
import { todayIso } from '../../renderer/state/today';

test('icsDayAfter steps over a day a zone skipped and over daylight-saving changes', () => {
  assert.equal(icsDayAfter('2011-12-29'), '20111230');
  assert.equal(icsDayAfter('2011-12-30'), '20111231');
  assert.equal(icsDayAfter('2027-03-27'), '20270328');
  assert.equal(icsDayAfter('2027-10-30'), '20271031');
  assert.equal(icsDayAfter('2027-04-03'), '20270404');
});

test('blocksByDay finds a block on the day Samoa skipped', () => {
  const block: Block = { id: 'b', kind: 'base', start: '2011-12-30', end: '2011-12-30' };
  const lookup = blocksByDay([block], ['2011-12-28', '2011-12-30', '2012-01-02']);
  assert.deepEqual(lookup('2011-12-30'), [block]);
  assert.deepEqual(lookup('2011-12-29'), []);
  assert.deepEqual(lookup('2011-12-31'), []);
});

test('formatDay names the day itself, whatever the zone', () => {
  const format = (day: string) => formatDay(day);
  // The renderer formats in the user's locale; compare with the same locale's UTC rendering.
  const expected = (y: number, m: number, d: number) =>
    new Intl.DateTimeFormat(undefined, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(Date.UTC(y, m - 1, d, 12));
  assert.equal(format('2011-12-30'), expected(2011, 12, 30));
  assert.equal(format('2027-03-28'), expected(2027, 3, 28));
  assert.notEqual(format('2011-12-30'), format('2011-12-31'));
  assert.match(formatDay('2011-12-30', true), /30/);
  assert.match(formatDay('2011-12-30', true), /Fri/);
});

test("todayIso is today's local calendar day", () => {
  const before = new Date();
  const today = todayIso();
  const after = new Date();
  const local = (d: Date) =>
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  assert.ok(today === local(before) || today === local(after), today);
});
