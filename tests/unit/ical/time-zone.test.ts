import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  canonicalTimeZone,
  isTimeZone,
  offsetMinutes,
  transitions,
  wallTime,
} from '../../../src/ical/time-zone';
import { icsOffset as formatOffset } from '../../../src/ical/ics-values';
import { vtimezone } from '../../../src/ical/vtimezone';
import { instantIn, offsetIn, wallIn, zoneTable } from '../../../src/ical/zone-table';
import fc from 'fast-check';

const Y2027 = [Date.UTC(2027, 0, 1), Date.UTC(2028, 0, 1)] as const;

function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000', '');
}

describe('transitions', () => {
  // The instants are the published 2027 rules, written out by hand.
  const expected: Record<string, [string, number, number][]> = {
    'Europe/Berlin': [
      ['2027-03-28T01:00:00Z', 60, 120],
      ['2027-10-31T01:00:00Z', 120, 60],
    ],
    'America/New_York': [
      ['2027-03-14T07:00:00Z', -300, -240],
      ['2027-11-07T06:00:00Z', -240, -300],
    ],
    'Australia/Sydney': [
      ['2027-04-03T16:00:00Z', 660, 600],
      ['2027-10-02T16:00:00Z', 600, 660],
    ],
    UTC: [],
    'Asia/Kolkata': [],
  };
  for (const [zone, list] of Object.entries(expected)) {
    it(`finds the 2027 changes of ${zone} to the second`, () => {
      assert.deepEqual(
        transitions(zone, ...Y2027).map((t) => [iso(t.epochMs), t.from, t.to]),
        list,
      );
    });
  }
});

describe('offsets and wall times', () => {
  it('gives the offset either side of a change', () => {
    assert.equal(offsetMinutes(Date.UTC(2027, 2, 28, 0, 59, 59), 'Europe/Berlin'), 60);
    assert.equal(offsetMinutes(Date.UTC(2027, 2, 28, 1), 'Europe/Berlin'), 120);
    assert.equal(offsetMinutes(Date.UTC(2027, 0, 1), 'Asia/Kolkata'), 330);
  });

  it('maps wall time to the instant and back', () => {
    const wall = { year: 2027, month: 11, day: 7, hour: 6, minute: 30, second: 0 };
    const instant = instantIn(zoneTable('America/New_York', 2027, 2027), wall);
    assert.equal(iso(instant), '2027-11-07T11:30:00Z');
    assert.deepEqual(wallTime(instant, 'America/New_York'), wall);
  });

  it('reads a repeated autumn hour as its first occurrence', () => {
    const wall = { year: 2027, month: 10, day: 31, hour: 2, minute: 30, second: 0 };
    assert.equal(
      iso(instantIn(zoneTable('Europe/Berlin', 2027, 2027), wall)),
      '2027-10-31T00:30:00Z',
    );
  });

  it('knows zone names and spells them canonically', () => {
    assert.equal(isTimeZone('Australia/Sydney'), true);
    assert.equal(isTimeZone('Europe/Atlantis'), false);
    assert.equal(canonicalTimeZone('europe/berlin'), 'Europe/Berlin');
  });
});

describe('zoneTable', () => {
  for (const zone of [
    'Europe/Berlin',
    'America/New_York',
    'Australia/Sydney',
    'UTC',
    'Asia/Kathmandu',
  ]) {
    it(`agrees with Intl at any instant of 2026–2028 in ${zone}`, () => {
      const table = zoneTable(zone, 2026, 2028);
      fc.assert(
        fc.property(
          fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2028, 11, 31) }),
          (ms) => {
            assert.equal(offsetIn(table, ms), offsetMinutes(ms, zone));
            assert.deepEqual(wallIn(table, Math.floor(ms / 1000) * 1000), wallTime(ms, zone));
          },
        ),
        { numRuns: 300 },
      );
    });
  }
});

describe('vtimezone', () => {
  it('writes each change as an observance, its onset in the wall time before it', () => {
    const text = vtimezone(zoneTable('Europe/Berlin', 2027, 2027));
    assert.match(
      text,
      /BEGIN:DAYLIGHT\r\nDTSTART:20270328T020000\r\nTZOFFSETFROM:\+0100\r\nTZOFFSETTO:\+0200\r\nEND:DAYLIGHT/,
    );
    assert.match(
      text,
      /BEGIN:STANDARD\r\nDTSTART:20271031T030000\r\nTZOFFSETFROM:\+0200\r\nTZOFFSETTO:\+0100\r\nEND:STANDARD/,
    );
  });

  it('starts a southern zone in daylight time', () => {
    assert.match(
      vtimezone(zoneTable('Australia/Sydney', 2027, 2027)),
      /BEGIN:VTIMEZONE\r\nTZID:Australia\/Sydney\r\n[^]*?BEGIN:DAYLIGHT\r\nDTSTART:20261231T110000\r\nTZOFFSETFROM:\+1100\r\nTZOFFSETTO:\+1100/,
    );
  });

  it('formats offsets with their sign', () => {
    assert.equal(formatOffset(-300), '-0500');
    assert.equal(formatOffset(345), '+0545');
    assert.equal(formatOffset(0), '+0000');
  });
});
