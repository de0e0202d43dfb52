import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays } from '../../../src/dates';
import { moveSession } from '../../../src/edits/move-session';
import { blockUid, exportIcs, sessionUid } from '../../../src/ical/export';
import { icsOptionErrors } from '../../../src/ical/ics-options';
import type { Plan, Session } from '../../../src/model/plan';
import { arbitraryPlan, marathonYear } from './fixture-plan';
import { parseIcs, withoutControls } from './icaljs';

const NOW = '2027-01-05T08:00:00Z';
const encoder = new TextEncoder();

function session(plan: Plan, id: string): Session {
  const found = plan.sessions.find((s) => s.id === id);
  assert.ok(found, `no session ${id}`);
  return found;
}

describe('exportIcs: the calendar', () => {
  const plan = marathonYear();
  const text = exportIcs(plan, { now: NOW });
  const parsed = parseIcs(text);

  it('has VERSION, PRODID, CALSCALE and the plan name as X-WR-CALNAME', () => {
    assert.equal(parsed.props['version'], '2.0');
    assert.match(parsed.props['prodid'] ?? '', /Season Planner/);
    assert.equal(parsed.props['calscale'], 'GREGORIAN');
    assert.equal(parsed.props['x-wr-calname'], plan.name);
  });

  it('is CRLF throughout, with no physical line over 75 octets', () => {
    assert.ok(text.endsWith('END:VCALENDAR\r\n'));
    assert.doesNotMatch(text, /[^\r]\n/);
    for (const line of text.split('\r\n')) assert.ok(encoder.encode(line).length <= 75, line);
  });

  it('is the same text for the same plan and time (no clock, no random ids)', () => {
    assert.equal(exportIcs(marathonYear(), { now: NOW }), text);
    assert.equal(exportIcs(plan, { now: Date.parse(NOW) }), text);
  });

  it('takes DTSTAMP from `now`', () => {
    assert.match(text, /\r\nDTSTAMP:20270105T080000Z\r\n/);
    assert.doesNotMatch(text, /DTSTAMP:(?!20270105T080000Z)/);
  });
});

describe('exportIcs: round trip through ical.js', () => {
  const plan = marathonYear();
  const parsed = parseIcs(exportIcs(plan, { now: NOW }));
  const byUid = new Map(parsed.events.map((e) => [e.uid, e]));

  it('has one all-day event per non-rest session (races once), and the cancellation', () => {
    const training = plan.sessions.filter((s) => s.kind !== 'rest');
    assert.equal(parsed.events.length, training.length + 1);
    assert.equal(byUid.size, parsed.events.length, 'UIDs are unique');
    for (const s of training) {
      const event = byUid.get(sessionUid(plan.id, s.id));
      assert.ok(event, `no event for ${s.id}`);
      assert.equal(event.isDate, true);
      assert.equal(event.startDay, s.date);
      assert.equal(event.endDay, addDays(s.date, 1), 'DTEND is the day after (exclusive)');
      assert.equal(event.sequence, s.revision);
    }
  });

  it('writes the kind with the distance, or the duration, as SUMMARY', () => {
    assert.equal(byUid.get(sessionUid(plan.id, 's-2027-01-10'))?.summary, 'Long run 23.6 km');
    const cross = exportIcs(
      {
        ...plan,
        sessions: [
          {
            ...session(plan, 's-2027-01-10'),
            kind: 'cross-training',
            distanceKm: 0,
            durationMin: 50,
          },
        ],
      },
      { now: NOW },
    );
    assert.equal(parseIcs(cross).events[0]?.summary, 'Cross-training 50 min');
  });

  it('describes the session and the blocks its day belongs to, escaped text intact', () => {
    const event = byUid.get(sessionUid(plan.id, 's-2027-02-10'));
    assert.ok(event);
    assert.match(event.description ?? '', /^6 × 800 m; jog 400 m, then easy\\cool-down\n/);
    assert.match(event.description ?? '', /\nBlock: Base \(2027-01-04 to 2027-06-27\)/);
    assert.match(
      event.description ?? '',
      /\nBlock: Off-distance block for the 5K \(2027-02-08 to 2027-03-21\)/,
    );
    assert.deepEqual(event.categories, ['hard', 'base', 'off-distance']);
  });

  it('writes each race once, marked as a race, under its race session UID', () => {
    for (const race of plan.races) {
      const events = parsed.events.filter((e) => e.startDay === race.date);
      assert.equal(events.length, 1, `${race.name}: one event on its day`);
      const [event] = events;
      assert.equal(event?.uid, sessionUid(plan.id, `race-${race.id}`));
      assert.ok(event?.summary.startsWith(`Race: ${race.name} (`), event?.summary);
      assert.ok(event?.categories.includes('race'));
    }
  });

  it('cancels deleted sessions with their old UID and a raised SEQUENCE, unless asked not to', () => {
    const cancelled = byUid.get(sessionUid(plan.id, 's-deleted-1'));
    assert.equal(cancelled?.status, 'CANCELLED');
    assert.equal(cancelled?.sequence, 3);
    const without = parseIcs(exportIcs(plan, { now: NOW, includeCancelled: false }));
    assert.ok(without.events.every((e) => e.status !== 'CANCELLED'));
  });

  it('lets a session that reuses a deleted id outrank the cancellation', () => {
    const reused = { ...plan, deletedSessions: [{ id: 's-2027-01-10', revision: 4 }] };
    const events = parseIcs(exportIcs(reused, { now: NOW })).events.filter(
      (e) => e.uid === sessionUid(plan.id, 's-2027-01-10'),
    );
    assert.equal(events.length, 1, 'no cancellation for a live session');
    assert.equal(events[0]?.sequence, 6);
  });

  it('includes rest days only when asked', () => {
    const rests = plan.sessions.filter((s) => s.kind === 'rest');
    assert.ok(rests.length > 40);
    assert.ok(parsed.events.every((e) => e.summary !== 'Rest day'));
    const withRest = parseIcs(exportIcs(plan, { now: NOW, includeRest: true }));
    assert.equal(withRest.events.filter((e) => e.summary === 'Rest day').length, rests.length);
  });

  it('keeps to the from/to range (both inclusive)', () => {
    const ranged = parseIcs(
      exportIcs(plan, { now: NOW, from: '2027-03-01', to: '2027-03-31', includeCancelled: false }),
    );
    const expected = plan.sessions.filter(
      (s) => s.kind !== 'rest' && s.date >= '2027-03-01' && s.date <= '2027-03-31',
    );
    assert.deepEqual(
      ranged.events.map((e) => e.startDay),
      expected.map((s) => s.date),
    );
  });

  it('writes blocks as multi-day all-day events when asked', () => {
    const withBlocks = parseIcs(exportIcs(plan, { now: NOW, includeBlocks: true }));
    for (const block of plan.blocks) {
      const event = withBlocks.events.find((e) => e.uid === blockUid(plan.id, block));
      assert.ok(event, block.id);
      assert.equal(event.startDay, block.start);
      assert.equal(event.endDay, addDays(block.end, 1));
      assert.ok(event.categories.includes('block') && event.categories.includes(block.kind));
    }
    assert.equal(withBlocks.events.length, parsed.events.length + plan.blocks.length);
  });
});

describe('exportIcs: updates instead of duplicates', () => {
  it('keeps the UID and raises SEQUENCE when a session is moved', () => {
    const plan = marathonYear();
    const moved = moveSession(plan, 's-2027-03-24', '2027-03-25');
    assert.ok(moved.ok, String(moved.ok || moved.error));
    const before = parseIcs(exportIcs(plan, { now: NOW })).events;
    const after = parseIcs(exportIcs(moved.value, { now: '2027-01-06T08:00:00Z' })).events;
    const uid = sessionUid(plan.id, 's-2027-03-24');
    const old = before.find((e) => e.uid === uid);
    const now = after.find((e) => e.uid === uid);
    assert.equal(old?.startDay, '2027-03-24');
    assert.equal(now?.startDay, '2027-03-25');
    assert.ok((now?.sequence ?? 0) > (old?.sequence ?? 0));
    assert.deepEqual(
      after.map((e) => e.uid).sort(),
      before.map((e) => e.uid).sort(),
      'the same set of UIDs: nothing to duplicate',
    );
  });

  it("keeps a race's UID and raises SEQUENCE when the race is moved", () => {
    const plan = marathonYear();
    const moved = moveSession(plan, 'race-r-10k', '2027-05-23');
    assert.ok(moved.ok, String(moved.ok || moved.error));
    const uid = sessionUid(plan.id, 'race-r-10k');
    const old = parseIcs(exportIcs(plan, { now: NOW })).events.filter((e) => e.uid === uid);
    const now = parseIcs(exportIcs(moved.value, { now: NOW })).events.filter((e) => e.uid === uid);
    assert.equal(old.length, 1);
    assert.equal(now.length, 1);
    assert.equal(now[0]?.startDay, '2027-05-23');
    assert.ok((now[0]?.sequence ?? 0) > (old[0]?.sequence ?? 0));
  });

  it('derives UIDs that survive any id characters and differ for different ids', () => {
    const ids = ['a@b', 'a b', 'a\nb', 'a;b,c\\d', '🏃', '柏林', '%41', 'A'];
    const uids = ids.map((id) => sessionUid('plan @x', id));
    assert.equal(new Set(uids).size, ids.length);
    for (const uid of uids)
      assert.match(uid, /^[A-Za-z0-9%._-]+@[A-Za-z0-9%._-]+\.season-planner$/);
  });
});

describe('exportIcs: all-day days never shift', () => {
  const plan = marathonYear();
  for (const zone of [
    'Europe/Berlin',
    'America/Los_Angeles',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
    'UTC',
  ]) {
    it(`keeps the race on 2027-03-28 (a European DST Sunday) with the process in ${zone}`, () => {
      const saved = process.env['TZ'];
      process.env['TZ'] = zone;
      try {
        const event = parseIcs(exportIcs(plan, { now: NOW })).events.find(
          (e) => e.startDay === '2027-03-28',
        );
        assert.equal(event?.summary, 'Race: Semi-marathon de Paris 🏃 (half marathon)');
        assert.equal(event?.endDay, '2027-03-29');
        assert.ok(
          exportIcs(plan, { now: NOW }).includes(
            'DTSTART;VALUE=DATE:20270328\r\nDTEND;VALUE=DATE:20270329\r\n',
          ),
        );
      } finally {
        if (saved === undefined) delete process.env['TZ'];
        else process.env['TZ'] = saved;
      }
    });
  }
});

function dayPlan(days: readonly string[], durationMin = 60): Plan {
  const base = marathonYear();
  return {
    ...base,
    deletedSessions: [],
    sessions: days.map((date) => ({
      ...session(base, 's-2027-01-05'),
      id: `t-${date}`,
      date,
      durationMin,
    })),
  };
}

describe('exportIcs: timed events with a VTIMEZONE', () => {
  // Expected instants written out by hand from the published rules, not computed by our code.
  const cases = [
    {
      timeZone: 'Europe/Berlin',
      time: '07:00',
      expect: {
        '2027-03-27': '2027-03-27T06:00:00Z',
        '2027-03-28': '2027-03-28T05:00:00Z',
        '2027-10-30': '2027-10-30T05:00:00Z',
        '2027-10-31': '2027-10-31T06:00:00Z',
      },
    },
    {
      timeZone: 'America/New_York',
      time: '06:30',
      expect: {
        '2027-03-13': '2027-03-13T11:30:00Z',
        '2027-03-14': '2027-03-14T10:30:00Z',
        '2027-11-06': '2027-11-06T10:30:00Z',
        '2027-11-07': '2027-11-07T11:30:00Z',
      },
    },
    {
      timeZone: 'Australia/Sydney',
      time: '06:00',
      expect: {
        '2027-04-03': '2027-04-02T19:00:00Z',
        '2027-04-04': '2027-04-03T20:00:00Z',
        '2027-10-02': '2027-10-01T20:00:00Z',
        '2027-10-03': '2027-10-02T19:00:00Z',
      },
    },
    {
      timeZone: 'UTC',
      time: '18:15',
      expect: { '2027-03-28': '2027-03-28T18:15:00Z', '2027-10-31': '2027-10-31T18:15:00Z' },
    },
  ] as const;

  for (const { timeZone, time, expect } of cases) {
    it(`resolves to the right UTC instants on both sides of DST in ${timeZone}`, () => {
      const days = Object.keys(expect);
      const text = exportIcs(dayPlan(days, 90), { now: NOW, timed: { time, timeZone } });
      const parsed = parseIcs(text);
      if (timeZone === 'UTC') assert.deepEqual(parsed.timezones, []);
      else assert.deepEqual(parsed.timezones, [timeZone]);
      for (const [day, instant] of Object.entries(expect)) {
        const event = parsed.events.find((e) => e.uid === sessionUid(dayPlan([]).id, `t-${day}`));
        assert.ok(event, day);
        assert.equal(event.isDate, false);
        assert.equal(
          new Date(event.startUnix * 1000).toISOString().replace('.000', ''),
          instant,
          `${timeZone} ${day}`,
        );
        assert.equal(event.endUnix - event.startUnix, 90 * 60, 'the duration holds');
      }
    });
  }

  it('reads a time in the spring-forward gap with the offset before it (RFC 5545 §3.3.5)', () => {
    const parsed = parseIcs(
      exportIcs(dayPlan(['2027-03-28']), {
        now: NOW,
        timed: { time: '02:30', timeZone: 'Europe/Berlin' },
      }),
    );
    assert.equal(parsed.events[0]?.startUnix, Date.UTC(2027, 2, 28, 1, 30) / 1000);
  });

  it('keeps a run that crosses the autumn change at its length', () => {
    const parsed = parseIcs(
      exportIcs(dayPlan(['2027-10-31'], 120), {
        now: NOW,
        timed: { time: '01:30', timeZone: 'Europe/Berlin' },
      }),
    );
    const [event] = parsed.events;
    assert.equal(event?.startUnix, Date.UTC(2027, 9, 30, 23, 30) / 1000);
    assert.equal((event?.endUnix ?? 0) - (event?.startUnix ?? 0), 120 * 60);
  });

  it('leaves rest days all-day in a timed export', () => {
    const plan = marathonYear();
    const parsed = parseIcs(
      exportIcs(plan, {
        now: NOW,
        includeRest: true,
        timed: { time: '07:00', timeZone: 'Europe/Berlin' },
      }),
    );
    const rest = parsed.events.filter((e) => e.summary === 'Rest day');
    assert.ok(rest.length > 0 && rest.every((e) => e.isDate));
  });
});

describe('exportIcs: options', () => {
  it('names every bad option', () => {
    assert.deepEqual(
      icsOptionErrors({
        now: 'yesterday',
        from: '2027-02-30',
        to: '2027-01-01',
        timed: { time: '7:00', timeZone: 'Mars/Base' },
      }),
      [
        'now: not an ISO UTC timestamp or epoch milliseconds',
        'from: not a date (YYYY-MM-DD)',
        'timed.time: not a time of day (HH:MM)',
        'timed.timeZone: not a known IANA time zone',
      ],
    );
    assert.deepEqual(icsOptionErrors({ now: 0, from: '2027-02-01', to: '2027-01-01' }), [
      'to: before from',
    ]);
    assert.deepEqual(
      icsOptionErrors({
        now: '2027-01-05T08:00:00.123Z',
        timed: { time: '23:59', timeZone: 'Asia/Kolkata' },
      }),
      [],
    );
  });

  it('throws a RangeError naming them rather than writing a broken file', () => {
    assert.throws(
      () => exportIcs(marathonYear(), { now: '2027-01-05 08:00' }),
      /RangeError|now: not an ISO UTC timestamp/,
    );
  });
});

describe('exportIcs: any plan', () => {
  it('parses, with one event per non-rest session and race and unique stable UIDs', () => {
    fc.assert(
      fc.property(arbitraryPlan(), fc.boolean(), (plan, timed) => {
        const text = exportIcs(
          plan,
          timed
            ? { now: NOW, timed: { time: '06:45', timeZone: 'America/New_York' } }
            : { now: NOW },
        );
        for (const line of text.split('\r\n')) assert.ok(encoder.encode(line).length <= 75);
        const parsed = parseIcs(text);
        assert.equal(parsed.props['x-wr-calname'], withoutControls(plan.name));
        const expected = plan.sessions.filter((s) => s.kind !== 'rest');
        assert.equal(parsed.events.length, expected.length);
        assert.equal(
          plan.races.length,
          parsed.events.filter((e) => e.categories.includes('race')).length,
        );
        assert.deepEqual(
          parsed.events.map((e) => e.uid),
          expected.map((s) => sessionUid(plan.id, s.id)),
        );
        assert.deepEqual(
          parsed.events.map((e) => e.sequence),
          expected.map((s) => s.revision),
        );
        if (!timed)
          assert.deepEqual(
            parsed.events.map((e) => e.startDay),
            expected.map((s) => s.date),
          );
      }),
      { numRuns: 200 },
    );
  });
});
