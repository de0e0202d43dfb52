// Runs under several time zones: scripts/test-unit.mjs re-runs tests/unit/dates*.test.ts with
// TZ set to each zone of DATE_ZONES there, so the daylight-saving and skipped-day asserts bite.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  dayNumber,
  dayNumberWeekOffset,
  daysBetween,
  eachDay,
  fromDayNumber,
  isIsoDate,
  isoDate,
  startOfWeek,
  utcNoon,
  weekdayOf,
  weekdayOffset,
} from '../../src/dates';

test('isIsoDate accepts real days only', () => {
  assert.equal(isIsoDate('2028-02-29'), true);
  assert.equal(isIsoDate('2027-02-29'), false);
  assert.equal(isIsoDate('2027-13-01'), false);
  assert.equal(isIsoDate('2027-1-01'), false);
  assert.equal(isIsoDate('2027-04-19T00:00'), false);
});

test('addDays crosses year ends, leap days and daylight-saving changes', () => {
  assert.equal(addDays('2027-12-31', 1), '2028-01-01');
  assert.equal(addDays('2028-02-28', 1), '2028-02-29');
  assert.equal(addDays('2027-03-27', 1), '2027-03-28');
  assert.equal(addDays('2027-03-28', 1), '2027-03-29');
  assert.equal(addDays('2027-10-31', -1), '2027-10-30');
  assert.equal(daysBetween('2027-03-27', '2027-03-29'), 2);
  assert.equal(daysBetween('2027-01-01', '2028-01-01'), 365);
  assert.equal(daysBetween('2028-01-01', '2029-01-01'), 366);
});

test('addMonths clamps to the end of shorter months', () => {
  assert.equal(addMonths('2027-01-31', 1), '2027-02-28');
  assert.equal(addMonths('2028-02-29', 12), '2029-02-28');
});

test('weeks start on Monday or Sunday', () => {
  assert.equal(weekdayOf('2027-03-28'), 'sunday');
  assert.equal(startOfWeek('2027-03-28', 'monday'), '2027-03-22');
  assert.equal(startOfWeek('2027-03-28', 'sunday'), '2027-03-28');
  assert.equal(startOfWeek('2027-01-01', 'monday'), '2026-12-28');
  assert.equal(weekdayOffset('monday', 'sunday'), 1);
  assert.equal(weekdayOffset('sunday', 'monday'), 6);
});

test('eachDay lists both ends', () => {
  assert.deepEqual(eachDay('2028-02-28', '2028-03-01'), ['2028-02-28', '2028-02-29', '2028-03-01']);
  assert.deepEqual(eachDay('2028-03-01', '2028-02-28'), []);
});

test('dayNumber and fromDayNumber agree with the date-fns arithmetic', () => {
  assert.equal(dayNumber('1970-01-01'), 0);
  assert.equal(fromDayNumber(0), '1970-01-01');
  for (let day = '1999-12-25'; day <= '2001-03-05'; day = addDays(day, 1)) {
    assert.equal(fromDayNumber(dayNumber(day)), day);
    assert.equal(dayNumber(addDays(day, 1)) - dayNumber(day), 1);
  }
  assert.equal(dayNumber('2028-03-01') - dayNumber('2028-02-28'), 2);
  assert.equal(dayNumber('2027-03-01') - dayNumber('2027-02-28'), 1);
  assert.equal(fromDayNumber(dayNumber('2027-12-31') + 1), '2028-01-01');
});

test('dayNumberWeekOffset matches startOfWeek for both week starts', () => {
  for (let day = '2027-12-20'; day <= '2028-01-10'; day = addDays(day, 1)) {
    for (const ws of ['monday', 'sunday'] as const) {
      const n = dayNumber(day);
      assert.equal(fromDayNumber(n - dayNumberWeekOffset(n, ws)), startOfWeek(day, ws));
    }
  }
});

const DAY_MS = 86_400_000;
/** An independent oracle: the UTC calendar of `Date`, which no machine zone can shift. */
function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
const days = fc
  .integer({ min: Date.UTC(1900, 0, 1) / DAY_MS, max: Date.UTC(2200, 11, 31) / DAY_MS })
  .map((n) => utcDay(n * DAY_MS));

test('Samoa skipped 2011-12-30, and the arithmetic does not', () => {
  assert.equal(addDays('2011-12-29', 1), '2011-12-30');
  assert.equal(addDays('2011-12-31', -1), '2011-12-30');
  assert.equal(isIsoDate('2011-12-30'), true);
  assert.equal(daysBetween('2011-12-29', '2011-12-31'), 2);
  assert.equal(weekdayOf('2011-12-30'), 'friday');
  assert.deepEqual(eachDay('2011-12-29', '2011-12-31'), ['2011-12-29', '2011-12-30', '2011-12-31']);
  if (process.env['TZ'] === 'Pacific/Apia') {
    // The zone under test really lacks the day: local-time arithmetic would have skipped it.
    assert.equal(new Date(2011, 11, 30, 12).getDate(), 31);
  }
});

test('days around the daylight-saving changes of the zone under test', () => {
  // Europe 2027-03-28 / 10-31, North America 03-14 / 11-07, Sydney 04-04 / 10-03.
  for (const change of [
    '2027-03-28',
    '2027-10-31',
    '2027-03-14',
    '2027-11-07',
    '2027-04-04',
    '2027-10-03',
  ]) {
    const before = addDays(change, -1);
    assert.equal(addDays(before, 1), change);
    assert.equal(addDays(change, 1), utcDay(Date.parse(change) + DAY_MS));
    assert.equal(daysBetween(before, addDays(change, 1)), 2);
    assert.equal(startOfWeek(addDays(change, 3), 'monday') <= addDays(change, 3), true);
  }
});

test('addDays, daysBetween and weekdayOf agree with the UTC calendar for any day', () => {
  fc.assert(
    fc.property(days, fc.integer({ min: -4000, max: 4000 }), (day, amount) => {
      const ms = Date.parse(day);
      assert.equal(addDays(day, amount), utcDay(ms + amount * DAY_MS));
      assert.equal(daysBetween(day, addDays(day, amount)), amount);
      assert.equal(
        weekdayOf(day),
        ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][
          new Date(ms).getUTCDay()
        ],
      );
      assert.equal(utcNoon(day), ms + DAY_MS / 2);
    }),
  );
});

test('addMonths agrees with the UTC calendar, clamped to the month end', () => {
  fc.assert(
    fc.property(days, fc.integer({ min: -240, max: 240 }), (day, amount) => {
      const d = new Date(Date.parse(day));
      const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + amount, 1));
      const monthEnd = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0));
      const expected = Date.UTC(
        target.getUTCFullYear(),
        target.getUTCMonth(),
        Math.min(d.getUTCDate(), monthEnd.getUTCDate()),
      );
      assert.equal(addMonths(day, amount), utcDay(expected));
    }),
  );
});

test('isIsoDate agrees with the UTC calendar on every written day of a few years', () => {
  for (let year = 1999; year <= 2001; year++) {
    for (let month = 1; month <= 12; month++) {
      for (let day = 0; day <= 32; day++) {
        const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const real = day >= 1 && utcDay(Date.UTC(year, month - 1, day)) === text;
        assert.equal(isIsoDate(text), real, text);
      }
    }
  }
  assert.equal(isIsoDate('1900-02-29'), false);
  assert.equal(isIsoDate('2000-02-29'), true);
  assert.equal(isIsoDate('0000-02-29'), true);
});

test('isoDate builds a day from fields and refuses a day that does not exist', () => {
  assert.equal(isoDate(2027, 4, 9), '2027-04-09');
  assert.equal(isoDate(2011, 12, 30), '2011-12-30');
  assert.throws(() => isoDate(2027, 2, 29), /Not a calendar day: 2027, month 2, day 29/);
});

test('arithmetic on a value that is not a day throws a RangeError naming it', () => {
  assert.throws(
    () => addDays('2027-02-30', 1),
    /RangeError|Not an ISO date \(YYYY-MM-DD\): 2027-02-30/,
  );
  assert.throws(() => daysBetween('2027-01-01', 'soon'), /Not an ISO date \(YYYY-MM-DD\): soon/);
  assert.throws(() => startOfWeek('2027-1-1', 'monday'), RangeError);
});
