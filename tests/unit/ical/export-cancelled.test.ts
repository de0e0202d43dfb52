import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays } from '../../../src/dates';
import { deleteSession } from '../../../src/edits/delete-session';
import { insertResetBreak } from '../../../src/edits/insert-reset-break';
import { moveSession } from '../../../src/edits/move-session';
import { exportIcs, sessionUid } from '../../../src/ical/export';
import type { Plan } from '../../../src/model/plan';
import type { Result } from '../../../src/model/result';
import { marathonYear } from './fixture-plan';
import { parseIcs } from './icaljs';

const NOW = '2027-01-05T08:00:00Z';

function unwrap(result: Result<Plan>): Plan {
  assert.ok(result.ok, result.ok ? '' : result.error.join('; '));
  return result.value;
}

describe('exportIcs: a deleted session is cancelled on its own day', () => {
  const start = marathonYear();
  const target = start.sessions.find((s) => s.kind === 'easy' && s.date > '2027-03-01');
  assert.ok(target);
  // Moved twice (revision 2, on a day other than the season's first), then exported, then deleted.
  const day = addDays(target.date, 2);
  const moved = unwrap(
    moveSession(unwrap(moveSession(start, target.id, addDays(day, 1))), target.id, day),
  );
  const uid = sessionUid(start.id, target.id);
  const before = parseIcs(exportIcs(moved, { now: NOW })).events.find((e) => e.uid === uid);
  const deleted = unwrap(deleteSession(moved, target.id));
  const after = parseIcs(exportIcs(deleted, { now: NOW }));
  const cancelled = after.events.find((e) => e.uid === uid);

  it('has the UID and day of the event the calendar imported, and a SEQUENCE above it', () => {
    assert.ok(before && cancelled);
    assert.equal(before.startDay, day);
    assert.equal(before.sequence, 2);
    assert.equal(cancelled.status, 'CANCELLED');
    assert.equal(cancelled.startDay, day);
    assert.equal(cancelled.endDay, addDays(day, 1));
    assert.ok(cancelled.isDate);
    assert.equal(cancelled.sequence, 3);
    assert.notEqual(day, start.season.start);
  });

  it('is written even when the range no longer covers its day', () => {
    const later = parseIcs(exportIcs(deleted, { now: NOW, from: addDays(day, 30) }));
    assert.equal(later.events.find((e) => e.uid === uid)?.startDay, day);
  });

  it("falls back to the season's first day for a plan saved before deleted sessions kept theirs", () => {
    // The fixture's `s-deleted-1` has no day, as in an older plan file.
    assert.equal(start.deletedSessions?.[0]?.date, undefined);
    const old = after.events.find((e) => e.uid === sessionUid(start.id, 's-deleted-1'));
    assert.equal(old?.status, 'CANCELLED');
    assert.equal(old?.startDay, start.season.start);
  });

  it('puts the sessions a reset break drops on their own days', () => {
    const from = '2027-06-07';
    const dropped = start.sessions.filter(
      (s) => s.date >= from && s.date < addDays(from, 4) && s.kind !== 'rest',
    );
    assert.ok(dropped.length > 0);
    const broken = unwrap(insertResetBreak(start, from, 4));
    const events = parseIcs(exportIcs(broken, { now: NOW })).events;
    for (const s of dropped) {
      const event = events.find((e) => e.uid === sessionUid(start.id, s.id));
      assert.equal(event?.status, 'CANCELLED', s.id);
      assert.equal(event?.startDay, s.date, s.id);
      assert.equal(event?.sequence, s.revision + 1, s.id);
    }
  });
});
