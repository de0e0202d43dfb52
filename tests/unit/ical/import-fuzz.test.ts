import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { runs } from '../runs';
import { isIsoDate } from '../../../src/dates';
import { exportIcs } from '../../../src/ical/export';
import { importRacesFromIcs } from '../../../src/ical/import';
import type { Result } from '../../../src/model/result';
import { marathonYear } from './fixture-plan';

/** Whatever the input: a Result, never a throw; an error says something, races are sane. */
function assertWellFormed(result: Result<unknown[]>): void {
  if (!result.ok) {
    assert.ok(Array.isArray(result.error) && result.error.length > 0);
    for (const message of result.error)
      assert.ok(typeof message === 'string' && message.length > 0);
    return;
  }
  for (const race of result.value as { name: string; date: string; distance: unknown }[]) {
    assert.ok(isIsoDate(race.date), race.date);
    assert.ok(typeof race.name === 'string' && race.name.length > 0 && race.name.length <= 200);
    assert.ok(
      race.distance === null ||
        ['5k', '10k', 'half', 'marathon', 'ultra'].includes(String(race.distance)) ||
        (typeof race.distance === 'number' && race.distance > 0),
    );
  }
}

function run(text: string): void {
  let result: Result<unknown[]>;
  try {
    result = importRacesFromIcs(text);
  } catch (error) {
    assert.fail(`threw on ${JSON.stringify(text.slice(0, 200))}: ${String(error)}`);
  }
  assertWellFormed(result);
}

// Valid files to mutate: one of ours (timed, with a VTIMEZONE) and one written like a club's.
const OURS = exportIcs(marathonYear(), {
  now: 0,
  from: '2027-03-20',
  to: '2027-04-02',
  includeBlocks: true,
  timed: { time: '07:00', timeZone: 'Europe/Berlin' },
});
const CLUB = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//club//races//EN',
  'BEGIN:VEVENT',
  'UID:1@club',
  'DTSTART;VALUE=DATE:20270404',
  'SUMMARY:Berliner Halbmarathon',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:2@club',
  'DTSTART:20270926T071500Z',
  'SUMMARY:BMW Berlin-Marathon \\, 柏林马拉松 🏃',
  'RRULE:FREQ=YEARLY;COUNT=3',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

const ICAL_LINES = [
  'BEGIN:VCALENDAR',
  'END:VCALENDAR',
  'BEGIN:VEVENT',
  'END:VEVENT',
  'BEGIN:VTIMEZONE',
  'END:VTIMEZONE',
  'BEGIN:STANDARD',
  'END:STANDARD',
  'DTSTART;VALUE=DATE:20270328',
  'DTSTART:20270328T020000',
  'DTSTART;TZID=Europe/Berlin:20271031T023000',
  'DTSTART;TZID=Nowhere:20270101T000000',
  'DTSTART:',
  'DTSTART;VALUE=DATE:99999999',
  'SUMMARY:Half marathon',
  'SUMMARY:',
  'RRULE:FREQ=DAILY;INTERVAL=0',
  'RRULE:FREQ=SECONDLY',
  'TZOFFSETFROM:+9999',
  'TZOFFSETTO:garbage',
  'UID:x.season-planner',
  'CATEGORIES:race',
  'STATUS:CANCELLED',
  'X-SEASON-PLANNER-DISTANCE;VALUE=TEXT:-5',
  'DURATION:P99999999W',
  ' folded continuation',
  '',
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 8 }),
    code: fc.integer({ min: 0, max: 0xffff }),
  }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    times: fc.integer({ min: 1, max: 50 }),
  }),
  fc.record({ kind: fc.constant('drop-end' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('drop-line' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('huge-line' as const),
    at: fc.nat(),
    size: fc.integer({ min: 1000, max: 200_000 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    line: fc.constantFrom(...ICAL_LINES),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\r\n');
  const line = m.at % Math.max(1, lines.length);
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'flip': {
      let out = text;
      for (let i = 0; i < m.count; i++) {
        const at = (m.at * (i + 7)) % Math.max(1, out.length);
        out =
          out.slice(0, at) + String.fromCharCode((m.code + i * 977) % 0x10000) + out.slice(at + 1);
      }
      return out;
    }
    case 'duplicate':
      lines.splice(line, 0, ...Array.from({ length: m.times }, () => lines[line] ?? ''));
      return lines.join('\r\n');
    case 'drop-end': {
      const ends = lines.flatMap((l, i) => (l.startsWith('END:') ? [i] : []));
      if (ends.length > 0) lines.splice(ends[m.at % ends.length] ?? 0, 1);
      return lines.join('\r\n');
    }
    case 'drop-line':
      lines.splice(line, 1);
      return lines.join('\r\n');
    case 'huge-line':
      lines.splice(line, 0, `DESCRIPTION:${'x'.repeat(m.size)}`);
      return lines.join('\r\n');
    case 'insert':
      lines.splice(line, 0, m.line);
      return lines.join('\r\n');
  }
}

describe('importRacesFromIcs under fuzzing', () => {
  it('answers random text with a Result', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => run(text)),
      { numRuns: runs(1500) },
    );
  });

  it('answers random text that starts like a calendar with a Result', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) =>
        run(`BEGIN:VCALENDAR\r\n${text}`),
      ),
      { numRuns: runs(1000) },
    );
  });

  it('answers random arrangements of iCalendar lines with a Result', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ICAL_LINES), { maxLength: 80 }), (lines) =>
        run(['BEGIN:VCALENDAR', ...lines, 'END:VCALENDAR'].join('\r\n')),
      ),
      { numRuns: runs(1500) },
    );
  });

  it('answers mutated valid files with a Result', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(OURS, CLUB),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (base, mutations) => run(mutations.reduce(mutate, base)),
      ),
      { numRuns: runs(1500) },
    );
  });

  it('still reads the valid files it mutates', () => {
    assert.equal(importRacesFromIcs(OURS).ok, true);
    assert.equal(importRacesFromIcs(CLUB).ok, true);
  });
});
