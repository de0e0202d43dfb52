import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportIcs } from '../../../src/ical/export';
import { importRacesFromIcs, MAX_IMPORTED_RACES, readIcsRaces } from '../../../src/ical/import';
import { marathonYear } from './fixture-plan';

/** A race calendar as a running club's site would publish it (Google-style, folded, timed). */
const CLUB_CALENDAR = [
  'BEGIN:VCALENDAR',
  'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
  'VERSION:2.0',
  'CALSCALE:GREGORIAN',
  'X-WR-CALNAME:Race calendar 2027',
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
  'BEGIN:VEVENT',
  'DTSTART;TZID=Europe/Berlin:20270926T091500',
  'DTEND;TZID=Europe/Berlin:20270926T150000',
  'UID:7kukuqrfedlm2f9t0lu3ftvqfj@google.com',
  'SUMMARY:BMW BERLIN-MARATHON',
  'DESCRIPTION:Start Straße des 17. Juni\\, Block F',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20270404',
  'DTEND;VALUE=DATE:20270405',
  'UID:a1@club.example',
  'SUMMARY:Berliner Halbmarathon \\; mit Staffel',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART:20270515T070000Z',
  'UID:a2@club.example',
  'SUMMARY:Club handicap – distance t',
  ' o be announced',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20270601',
  'UID:a3@club.example',
  'SUMMARY:Old race',
  'STATUS:CANCELLED',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

function calendar(events: readonly string[]): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//t//t//EN',
    ...events,
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

function event(summary: string, day: string, uid = summary): string {
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTART;VALUE=DATE:${day}`,
    `SUMMARY:${summary}`,
    'END:VEVENT',
  ].join('\r\n');
}

function errorOf(text: string): string {
  const result = importRacesFromIcs(text);
  assert.equal(result.ok, false, 'expected an error');
  return result.ok ? '' : result.error.join(' ');
}

describe('importRacesFromIcs: race calendars', () => {
  it('reads each event as a race with its day, name and distance; cancelled events skipped', () => {
    const result = importRacesFromIcs(CLUB_CALENDAR);
    assert.deepEqual(result, {
      ok: true,
      value: [
        { name: 'Berliner Halbmarathon ; mit Staffel', date: '2027-04-04', distance: 'half' },
        { name: 'Club handicap – distance to be announced', date: '2027-05-15', distance: null },
        { name: 'BMW BERLIN-MARATHON', date: '2027-09-26', distance: 'marathon' },
      ],
    });
  });

  it('leaves the priority and id for the user to set', () => {
    const result = importRacesFromIcs(CLUB_CALENDAR);
    assert.ok(result.ok);
    for (const race of result.value) {
      assert.equal('priority' in race, false);
      assert.equal('id' in race, false);
    }
  });

  it('accepts LF line ends, a byte-order mark and a trailing blank line', () => {
    const text = '\uFEFF' + calendar([event('Parkrun', '20270102')]).replace(/\r\n/g, '\n') + '\n';
    assert.deepEqual(importRacesFromIcs(text), {
      ok: true,
      value: [{ name: 'Parkrun', date: '2027-01-02', distance: '5k' }],
    });
  });

  it('names a race without a summary after its day', () => {
    const text = calendar(['BEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:20270301\r\nEND:VEVENT']);
    assert.deepEqual(importRacesFromIcs(text), {
      ok: true,
      value: [{ name: 'Race on 2027-03-01', date: '2027-03-01', distance: null }],
    });
  });
});

describe('importRacesFromIcs: our own exports', () => {
  it('reads back the races exactly and skips training sessions, blocks and cancellations', () => {
    const plan = marathonYear();
    const text = exportIcs(plan, { now: 0, includeBlocks: true, includeRest: true });
    const result = importRacesFromIcs(text);
    assert.deepEqual(result, {
      ok: true,
      value: plan.races.map((r) => ({ name: r.name, date: r.date, distance: r.distance })),
    });
  });

  it('reads a custom km distance back as a number', () => {
    const plan = marathonYear();
    const custom = {
      ...plan,
      races: plan.races.map((r) => (r.id === 'r-10k' ? { ...r, distance: 15.5 } : r)),
    };
    const result = importRacesFromIcs(
      exportIcs(custom, { now: 0, timed: { time: '09:00', timeZone: 'Europe/Berlin' } }),
    );
    assert.ok(result.ok);
    assert.equal(result.value.find((r) => r.date === '2027-05-16')?.distance, 15.5);
  });
});

describe('importRacesFromIcs: bad files give a clear error', () => {
  it('refuses what is not iCalendar', () => {
    assert.match(errorOf('Name,Date\nBerlin,2027-09-26\n'), /not an iCalendar file/);
    assert.match(errorOf(''), /not an iCalendar file/);
    assert.match(errorOf('<html><body>404</body></html>'), /not an iCalendar file/);
  });

  it('refuses binary data and text in another encoding', () => {
    assert.match(errorOf('BEGIN:VCALENDAR\r\n\u0000\u0001\u0002PK\u0003\u0004'), /binary/);
    const latin1AsUtf8 = new TextDecoder('utf-8').decode(
      new Uint8Array([
        ...new TextEncoder().encode(calendar([event('K', '20270101')])).slice(0, 60),
        0xf6,
        0x0d,
        0x0a,
      ]),
    );
    assert.match(errorOf(latin1AsUtf8), /not UTF-8/);
  });

  it('refuses a truncated file, naming what is left open', () => {
    const full = calendar([event('Brooklyn Half', '20270515')]);
    assert.match(
      errorOf(full.slice(0, full.indexOf('END:VEVENT'))),
      /cut off: BEGIN:VEVENT on line 4/,
    );
    assert.match(errorOf(full.replace('END:VCALENDAR\r\n', '')), /cut off: BEGIN:VCALENDAR/);
  });

  it('skips events without a date and lists them, instead of refusing the file', () => {
    const text = calendar([
      event('Brooklyn Half', '20270515'),
      'BEGIN:VEVENT\r\nUID:n\r\nSUMMARY:Mystery 10K\r\nEND:VEVENT',
    ]);
    const read = readIcsRaces(text);
    assert.ok(read.ok);
    assert.deepEqual(
      read.value.races.map((r) => r.name),
      ['Brooklyn Half'],
    );
    assert.deepEqual(read.value.skipped, [
      'Event 2 ("Mystery 10K"): has no valid start date (DTSTART)',
    ]);
  });

  it('refuses a date that is not a calendar day', () => {
    assert.match(
      errorOf(calendar([event('X', '20270230')])),
      /no valid start date|not valid iCalendar/,
    );
  });

  it('refuses files over 5 MB before parsing them', () => {
    const huge = calendar([event('Big', '20270101')]) + ' '.repeat(5 * 1024 * 1024);
    assert.match(errorOf(huge), /too large/);
  });

  it(`refuses more than ${MAX_IMPORTED_RACES} races`, () => {
    const events = Array.from({ length: MAX_IMPORTED_RACES + 1 }, (_, i) =>
      event(`Race ${i}`, '20270101', `u${i}`),
    );
    assert.match(errorOf(calendar(events)), /501 races; at most 500/);
  });

  it('refuses a calendar with no events, or with no races', () => {
    assert.match(errorOf(calendar([])), /no events/);
    const plan = marathonYear();
    const training = exportIcs(
      { ...plan, races: [], sessions: plan.sessions.filter((s) => s.kind !== 'race') },
      { now: 0 },
    );
    assert.match(errorOf(training), /no races/);
  });

  it('refuses damaged nesting and stray lines', () => {
    assert.match(errorOf(calendar(['BEGIN:VEVENT\r\nUID:x\r\nEND:VTODO'])), /damaged/);
    assert.match(
      errorOf(calendar(['this is not a content line'])),
      /Line 4 is not an iCalendar line/,
    );
  });
});
