import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { runs } from '../runs';
import { addDays } from '../../../src/dates';
import { moveSession } from '../../../src/edits/move-session';
import { exportIcs, sessionUid } from '../../../src/ical/export';
import { importRacesFromIcs } from '../../../src/ical/import';
import type { PlanRequest } from '../../../src/model/plan';
import { generate } from '../../../src/scheduler/generate';
import { parseIcs } from './icaljs';

const NOW = '2027-01-05T08:00:00Z';

/** Seasons of one to two years with up to four races on distinct days. */
const request: fc.Arbitrary<PlanRequest> = fc
  .record({
    startOffset: fc.integer({ min: 0, max: 365 }),
    weeks: fc.integer({ min: 52, max: 104 }),
    races: fc.uniqueArray(
      fc.record({
        day: fc.integer({ min: 14, max: 700 }),
        distance: fc.constantFrom(
          '5k' as const,
          '10k' as const,
          'half' as const,
          'marathon' as const,
        ),
        priority: fc.constantFrom('A' as const, 'B' as const, 'C' as const),
        name: fc.constantFrom('Stadtlauf', 'Семи-марафон', 'Maratón; 🏃', 'City, Half'),
      }),
      { maxLength: 4, selector: (r) => r.day },
    ),
  })
  .map(({ startOffset, weeks, races }) => {
    const start = addDays('2026-12-28', startOffset);
    const end = addDays(start, weeks * 7 - 1);
    return {
      start,
      end,
      races: races
        .filter((r) => r.day < weeks * 7 - 7)
        .map((r, i) => ({
          name: `${r.name} ${i}`,
          date: addDays(start, r.day),
          distance: r.distance,
          priority: r.priority,
        })),
    };
  });

describe('exportIcs on generated seasons', () => {
  it('parses, with one event per non-rest session and race, on its day', () => {
    fc.assert(
      fc.property(request, fc.boolean(), (req, blocks) => {
        const plan = generate(req);
        const parsed = parseIcs(exportIcs(plan, { now: NOW, includeBlocks: blocks }));
        const expected = plan.sessions.filter((s) => s.kind !== 'rest');
        const sessionEvents = parsed.events.filter((e) => !e.categories.includes('block'));
        assert.equal(sessionEvents.length, expected.length);
        // Races, and the race-kind 5K time trial that ends a 5K block (issue 9).
        const raced = plan.sessions.filter((s) => s.kind === 'race');
        assert.equal(
          sessionEvents.filter((e) => e.categories.includes('race')).length,
          raced.length,
        );
        assert.deepEqual(
          sessionEvents.map((e) => [e.uid, e.startDay, e.endDay]),
          expected.map((s) => [sessionUid(plan.id, s.id), s.date, addDays(s.date, 1)]),
        );
        if (blocks) assert.equal(parsed.events.length - sessionEvents.length, plan.blocks.length);
        const races = importRacesFromIcs(exportIcs(plan, { now: NOW }));
        // A time trial comes back as the 5K race it stands for.
        const trials = raced.filter((s) => s.raceId === undefined).map((s) => [s.date, '5k']);
        const expectedRaces = [...plan.races.map((r) => [r.date, r.distance]), ...trials].sort(
          (a, b) => (String(a[0]) < String(b[0]) ? -1 : 1),
        );
        if (expectedRaces.length > 0) {
          assert.ok(races.ok);
          assert.deepEqual(
            races.value.map((r) => [r.date, r.distance]),
            expectedRaces,
          );
        }
      }),
      { numRuns: runs(15) },
    );
  });

  it("keeps every UID and raises only the moved session's SEQUENCE", () => {
    fc.assert(
      fc.property(request, fc.nat(), (req, pick) => {
        const plan = generate(req);
        const movable = plan.sessions.filter(
          (s) => s.kind !== 'rest' && s.kind !== 'race' && s.date < plan.season.end,
        );
        const session = movable[pick % movable.length];
        if (!session) return;
        const moved = moveSession(plan, session.id, addDays(session.date, 1));
        if (!moved.ok) return; // a day the edit refuses is the edit's business, not the export's
        const before = new Map(
          parseIcs(exportIcs(plan, { now: NOW })).events.map((e) => [e.uid, e]),
        );
        const after = parseIcs(exportIcs(moved.value, { now: NOW })).events;
        assert.deepEqual(after.map((e) => e.uid).sort(), [...before.keys()].sort());
        for (const event of after) {
          const old = before.get(event.uid);
          if (event.uid === sessionUid(plan.id, session.id))
            assert.ok(event.sequence > (old?.sequence ?? 0));
          else assert.equal(event.sequence, old?.sequence);
        }
      }),
      { numRuns: runs(10) },
    );
  });
});
