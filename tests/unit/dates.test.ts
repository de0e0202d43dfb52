import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays,
  addMonths,
  daysBetween,
  eachDay,
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
