import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays,
  addMonths,
  dayNumber,
  dayNumberWeekOffset,
  daysBetween,
  eachDay,
  fromDayNumber,
  isIsoDate,
  startOfWeek,
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
