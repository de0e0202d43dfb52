// Issue 11, findings 5 and 9: the day an imported race lands on (UTC times, recurring events), and
// files that are damaged in small ways or built to be slow.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importRacesFromIcs, readIcsRaces } from '../../../src/ical/import';
import { MAX_LINE_CHARS, MAX_PARAMETERS } from '../../../src/ical/ics-structure';
import { repairSplitFolds } from '../../../src/ical/unfold-bytes';

function calendar(...lines: string[]): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//t//t//EN',
    ...lines,
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

function races(text: string, options: Parameters<typeof importRacesFromIcs>[1] = {}) {
  const read = importRacesFromIcs(text, options);
  if (!read.ok) assert.fail(read.error.join('\n'));
  return read.value.map((r) => `${r.date} ${r.name}`);
}

describe('the race day of a timed event', () => {
  // Google writes every timed event in UTC: a 06:30 Sydney start on the 20th is 19:30Z on the 19th.
  const sydney = calendar(
    'BEGIN:VEVENT',
    'UID:syd@example',
    'DTSTART:20270919T203000Z',
    'SUMMARY:Sydney Marathon',
    'END:VEVENT',
  );

  it('a UTC time is read in the zone the user chooses', () => {
    assert.deepEqual(races(sydney, { timeZone: 'Australia/Sydney' }), [
      '2027-09-20 Sydney Marathon',
    ]);
    assert.deepEqual(races(sydney, { timeZone: 'America/New_York' }), [
      '2027-09-19 Sydney Marathon',
    ]);
  });

  it('a TZID time is the day in that zone, as written, whatever the user’s zone', () => {
    const berlin = calendar(
      'BEGIN:VEVENT',
      'UID:b@example',
      'DTSTART;TZID=Europe/Berlin:20270926T001500',
      'SUMMARY:Midnight Run',
      'END:VEVENT',
    );
    assert.deepEqual(races(berlin, { timeZone: 'America/Los_Angeles' }), [
      '2027-09-26 Midnight Run',
    ]);
  });

  it('says whether the zone matters: a UTC start does, a TZID time or a day does not', () => {
    const utcTimes = (text: string) => {
      const read = readIcsRaces(text, { timeZone: 'UTC' });
      if (!read.ok) assert.fail(read.error.join('\n'));
      return read.value.utcTimes;
    };
    assert.equal(utcTimes(sydney), true);
    const berlin = calendar(
      'BEGIN:VEVENT',
      'UID:b@example',
      'DTSTAMP:20270101T000000Z',
      'DTSTART;TZID=Europe/Berlin:20270926T091500',
      'SUMMARY:Berlin Marathon',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:d@example',
      'DTSTART;VALUE=DATE:20270515',
      'SUMMARY:Brooklyn Half',
      'END:VEVENT',
    );
    // DTSTAMP is always UTC and says nothing of the race's day: it does not count.
    assert.equal(utcTimes(berlin), false);
  });

  it('an unknown zone is refused in words', () => {
    const read = importRacesFromIcs(sydney, { timeZone: 'Mars/Olympus' });
    assert.deepEqual(read, {
      ok: false,
      error: ['Mars/Olympus is not a time zone this system knows.'],
    });
  });
});

describe('recurring races', () => {
  const yearly = (...extra: string[]) =>
    calendar(
      'BEGIN:VEVENT',
      'UID:city@example',
      'DTSTART;VALUE=DATE:20190414',
      'RRULE:FREQ=YEARLY',
      'SUMMARY:City Half Marathon',
      ...extra,
      'END:VEVENT',
    );

  it('a yearly race since 2019 comes in on its day inside the season', () => {
    assert.deepEqual(races(yearly(), { from: '2027-01-01', to: '2027-12-31' }), [
      '2027-04-14 City Half Marathon',
    ]);
  });

  it('RDATE adds a day, EXDATE takes one out', () => {
    const text = yearly('RDATE;VALUE=DATE:20270920', 'EXDATE;VALUE=DATE:20280414');
    assert.deepEqual(races(text, { from: '2027-01-01', to: '2028-12-31' }), [
      '2027-04-14 City Half Marathon',
      '2027-09-20 City Half Marathon',
    ]);
  });

  it('a RECURRENCE-ID override moves one year’s race', () => {
    const text = calendar(
      'BEGIN:VEVENT',
      'UID:city@example',
      'DTSTART;VALUE=DATE:20190414',
      'RRULE:FREQ=YEARLY',
      'SUMMARY:City Half Marathon',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:city@example',
      'RECURRENCE-ID;VALUE=DATE:20270414',
      'DTSTART;VALUE=DATE:20270425',
      'SUMMARY:City Half Marathon (new date)',
      'END:VEVENT',
    );
    assert.deepEqual(races(text, { from: '2027-01-01', to: '2027-12-31' }), [
      '2027-04-25 City Half Marathon (new date)',
    ]);
  });

  it('a rule without end is bounded', () => {
    const text = calendar(
      'BEGIN:VEVENT',
      'UID:s@example',
      'DTSTART:20270101T000000Z',
      'RRULE:FREQ=SECONDLY',
      'SUMMARY:Spam',
      'END:VEVENT',
    );
    assert.deepEqual(races(text, { from: '2027-01-01', to: '2027-12-31' }), ['2027-01-01 Spam']);
  });
});

describe('small damage does not refuse the file', () => {
  it('a few stray NULs are dropped', () => {
    const text = calendar(
      'BEGIN:VEVENT',
      'UID:n',
      'DTSTART;VALUE=DATE:20270515',
      'SUMMARY:Brooklyn\u0000 Half',
      'END:VEVENT',
    );
    assert.deepEqual(races(text), ['2027-05-15 Brooklyn Half']);
  });

  it('a fold that split a multi-byte character is joined back before the text is decoded', () => {
    const line = 'SUMMARY:Lauf über die Brücke';
    const bytes = Buffer.from(
      calendar('BEGIN:VEVENT', 'UID:f', 'DTSTART;VALUE=DATE:20270515', line, 'END:VEVENT'),
    );
    // Split "ü" (C3 BC) between its two bytes, as a folder counting octets carelessly would.
    const at = bytes.indexOf(Buffer.from('ü')) + 1;
    const folded = Buffer.concat([bytes.subarray(0, at), Buffer.from('\r\n '), bytes.subarray(at)]);
    assert.ok(new TextDecoder().decode(folded).includes('\uFFFD'), 'decoded as is, it is damaged');
    const repaired = new TextDecoder().decode(repairSplitFolds(folded));
    assert.deepEqual(races(repaired), ['2027-05-15 Lauf über die Brücke']);
    // Valid text is left byte for byte.
    assert.deepEqual(Buffer.from(repairSplitFolds(bytes)), bytes);
  });
});

describe('a file built to be slow is refused before ical.js parses it', () => {
  it(`more than ${MAX_PARAMETERS} parameters on a line`, () => {
    const text = calendar('BEGIN:VEVENT', `SUMMARY${';X=a'.repeat(150)}:x`, 'END:VEVENT');
    const read = readIcsRaces(text);
    assert.ok(!read.ok);
    assert.match(read.error[0] ?? '', /more than 100 parameters/);
    // The file of the finding: 1 MB of `;X=a` on one line (1.2 s in ical.js; 4 MB took 27 s).
    const hostile = calendar('BEGIN:VEVENT', `SUMMARY${';X=a'.repeat(250_000)}:x`, 'END:VEVENT');
    const refused = readIcsRaces(hostile);
    assert.ok(!refused.ok);
    assert.match(refused.error[0] ?? '', /characters long/);
  });

  it(`a line longer than ${MAX_LINE_CHARS} characters, folded or not`, () => {
    const long = calendar('BEGIN:VEVENT', `SUMMARY:${'a'.repeat(MAX_LINE_CHARS)}`, 'END:VEVENT');
    assert.match(readIcsRaces(long).ok ? '' : 'refused', /refused/);
    const folded = calendar(
      'BEGIN:VEVENT',
      `SUMMARY:x${'\r\n a'.repeat(MAX_LINE_CHARS)}`,
      'END:VEVENT',
    );
    const read = readIcsRaces(folded);
    assert.ok(!read.ok);
    assert.match(read.error[0] ?? '', /longer than 20000 characters/);
  });
});
