import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blocksByDay } from '../../../src/ical/block-days';
import { icsDate, icsDayAfter, icsUtc, icsWallTime } from '../../../src/ical/ics-values';
import type { Block } from '../../../src/model/plan';

describe('iCal date values', () => {
  it('writes the exclusive end of an all-day event across month, leap-day and year ends', () => {
    assert.equal(icsDayAfter('2027-03-28'), '20270329');
    assert.equal(icsDayAfter('2028-02-28'), '20280229');
    assert.equal(icsDayAfter('2028-02-29'), '20280301');
    assert.equal(icsDayAfter('2027-02-28'), '20270301');
    assert.equal(icsDayAfter('2027-12-31'), '20280101');
  });

  it('writes DATE, UTC DATE-TIME and wall-clock DATE-TIME values', () => {
    assert.equal(icsDate('2027-03-28'), '20270328');
    assert.equal(icsUtc(Date.UTC(2027, 0, 5, 8, 4, 9)), '20270105T080409Z');
    assert.equal(
      icsWallTime({ year: 2027, month: 3, day: 28, hour: 7, minute: 5, second: 0 }),
      '20270328T070500',
    );
  });
});

describe('blocksByDay', () => {
  const blocks: Block[] = [
    { id: 'base', kind: 'base', start: '2027-01-04', end: '2027-03-28' },
    { id: 'down', kind: 'down', start: '2027-03-22', end: '2027-03-28' },
    { id: 'taper', kind: 'taper', start: '2027-03-29', end: '2027-04-03' },
  ];

  it('finds every block that holds a day, nested ones included, edges inclusive', () => {
    const on = blocksByDay(blocks, ['2027-01-03', '2027-03-22', '2027-03-28', '2027-03-29']);
    assert.deepEqual(on('2027-01-03'), []);
    assert.deepEqual(
      on('2027-03-22').map((b) => b.id),
      ['base', 'down'],
    );
    assert.deepEqual(
      on('2027-03-28').map((b) => b.id),
      ['base', 'down'],
    );
    assert.deepEqual(
      on('2027-03-29').map((b) => b.id),
      ['taper'],
    );
  });

  it('answers for days it was not built for, too', () => {
    const on = blocksByDay(blocks, ['2027-01-10']);
    assert.deepEqual(
      on('2027-04-01').map((b) => b.id),
      ['taper'],
    );
    assert.deepEqual(
      blocksByDay(blocks, [])('2027-03-25').map((b) => b.id),
      ['base', 'down'],
    );
  });
});
