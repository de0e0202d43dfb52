import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { regenerate } from '../../../src/edits/regenerate';
import { blockUid, exportIcs } from '../../../src/ical/export';
import type { Plan } from '../../../src/model/plan';
import { marathonPlan } from '../edits/fixtures';
import { marathonYear } from './fixture-plan';
import type { ParsedEvent } from './icaljs';
import { parseIcs } from './icaljs';

const NOW = '2027-01-05T08:00:00Z';

function blockEvents(plan: Plan): Map<string, ParsedEvent> {
  const events = parseIcs(exportIcs(plan, { now: NOW, includeBlocks: true })).events;
  return new Map(events.filter((e) => e.categories.includes('block')).map((e) => [e.uid, e]));
}

describe('exportIcs: block events', () => {
  it('have UIDs made of the kind and days, the same in every export, and SEQUENCE 0', () => {
    assert.equal(
      blockUid('plan-1', { kind: 'down', start: '2027-02-01', end: '2027-02-07' }),
      'down-2027-02-01-2027-02-07@blocks.plan-1.season-planner',
    );
    const plan = marathonYear();
    const events = blockEvents(plan);
    assert.equal(events.size, plan.blocks.length);
    assert.deepEqual([...blockEvents(marathonYear()).keys()], [...events.keys()]);
    for (const event of events.values()) assert.equal(event.sequence, 0);
  });

  it('a block whose days change is a new event; an event under a kept UID never changes days', () => {
    const plan = marathonPlan();
    // A season cut short: the blocks at its end keep their ids but end earlier.
    const result = regenerate({ ...plan, season: { ...plan.season, end: '2027-11-28' } });
    assert.ok(result.ok);
    const next = result.value;
    const was = new Map(plan.blocks.map((b) => [b.id, b]));
    const changed = next.blocks.filter((b) => was.has(b.id) && was.get(b.id)?.end !== b.end);
    assert.ok(changed.length > 0);
    const before = blockEvents(plan);
    const after = blockEvents(next);
    for (const block of changed) {
      assert.ok(after.has(blockUid(plan.id, block)), block.id);
      assert.ok(!before.has(blockUid(plan.id, block)), block.id);
      assert.ok(!after.has(blockUid(plan.id, was.get(block.id)!)), block.id);
    }
    const kept = [...after.keys()].filter((uid) => before.has(uid));
    assert.ok(kept.length > 0, 'blocks the edit left alone keep their UIDs');
    // SEQUENCE 0 is only honest if no UID ever shows other days than it did.
    for (const uid of kept) {
      assert.equal(after.get(uid)?.startDay, before.get(uid)?.startDay, uid);
      assert.equal(after.get(uid)?.endDay, before.get(uid)?.endDay, uid);
    }
    for (const event of after.values()) assert.equal(event.sequence, 0);
  });

  it('two blocks of one kind over the same days are written once, so UIDs stay unique', () => {
    const plan = marathonYear();
    const twin = { ...plan.blocks[1]!, id: 'b-down-twin' };
    const doubled: Plan = { ...plan, blocks: [...plan.blocks, twin] };
    const events = parseIcs(exportIcs(doubled, { now: NOW, includeBlocks: true })).events;
    assert.equal(new Set(events.map((e) => e.uid)).size, events.length);
    assert.equal(events.filter((e) => e.uid === blockUid(plan.id, twin)).length, 1);
  });
});
