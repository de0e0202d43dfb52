// The argument schemas of the iCal import channels (issue 11): the request of importRacesIcs and
// readRacesIcs is checked like every other channel's, each problem named by its path in words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateArguments } from '../../../src/api/validate';
import { MAX_ICS_CHARS } from '../../../src/ical/ics-structure';

function problems(method: 'importRacesIcs' | 'readRacesIcs', args: unknown[]): string[] {
  const checked = validateArguments(method, args);
  return checked.ok ? [] : checked.error;
}

test('an import request with a season and a zone, or with nothing, is taken as it is', () => {
  const request = { from: '2027-01-04', to: '2027-12-26', timeZone: 'Australia/Sydney' };
  assert.deepEqual(validateArguments('importRacesIcs', [request]), { ok: true, value: [request] });
  assert.deepEqual(validateArguments('importRacesIcs', [{}]), { ok: true, value: [{}] });
  assert.deepEqual(
    problems('readRacesIcs', [
      'races.ics',
      'BEGIN:VCALENDAR',
      { from: '2027-05-01', to: '2027-05-01' },
    ]),
    [],
  );
});

test('an import request is refused field by field, in words', () => {
  assert.deepEqual(problems('importRacesIcs', [{ timeZone: 'Mars/Olympus' }]), [
    '[0].timeZone: not a time zone this system knows (e.g. Australia/Sydney)',
  ]);
  assert.deepEqual(problems('importRacesIcs', [{ from: '2027-02-30' }]), [
    '[0].from: 2027-02-30 is not a calendar date',
  ]);
  assert.deepEqual(problems('importRacesIcs', [{ from: '2027-12-26', to: '2027-01-04' }]), [
    '[0].to: the end is before the start (from is after to)',
  ]);
  assert.deepEqual(problems('importRacesIcs', [{ timezone: 'UTC' }]), [
    '[0].timezone: unknown field (did you mean timeZone?)',
  ]);
  assert.deepEqual(problems('importRacesIcs', []), ['importRacesIcs takes 1 argument(s), got 0']);
  assert.equal(problems('importRacesIcs', ['UTC']).length, 1);
});

test('readRacesIcs refuses a text over the 5 MB cap, an empty path and a bad request', () => {
  assert.deepEqual(problems('readRacesIcs', ['a.ics', 'x'.repeat(MAX_ICS_CHARS + 1), {}]), [
    '[1]: the calendar is larger than 5 MB, the most that is read',
  ]);
  assert.deepEqual(problems('readRacesIcs', ['a.ics', 'x'.repeat(MAX_ICS_CHARS), {}]), []);
  assert.equal(problems('readRacesIcs', ['', 'BEGIN:VCALENDAR', {}]).length, 1);
  assert.deepEqual(problems('readRacesIcs', ['a.ics', 'BEGIN:VCALENDAR', { to: 'soon' }]), [
    '[2].to: not a date (YYYY-MM-DD)',
  ]);
  assert.equal(problems('readRacesIcs', ['a.ics', 42, {}]).length, 1);
});
