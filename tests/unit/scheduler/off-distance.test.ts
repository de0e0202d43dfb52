import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, daysBetween } from '../../../src/dates';
import type { Plan, PlanRequest, Session } from '../../../src/model/plan';
import { checkPlan } from '../../../src/rules/index';
import { generate } from '../../../src/scheduler/generate';
import { MARATHON_BUILD_ROOM_DAYS } from '../../../src/scheduler/off-distance';

/** README's request: a 50 km/week marathoner, a spring and an autumn marathon, a summer 10K. */
const readme: PlanRequest = {
  start: '2027-01-04',
  end: '2027-12-26',
  athlete: {
    focusDistance: 'marathon',
    weeklyKmBaseline: 50,
    recentRace: { distance: 'half', time: '1:31:35', date: '2026-11-15' },
  },
  races: [
    { name: 'Spring Marathon', date: '2027-04-18', distance: 'marathon', priority: 'A' },
    { name: 'Summer 10K', date: '2027-06-20', distance: '10k', priority: 'C' },
    { name: 'Autumn Marathon', date: '2027-10-10', distance: 'marathon', priority: 'A' },
  ],
};

const offDistance = (plan: Plan) => plan.blocks.filter((b) => b.kind === 'off-distance');
const longRuns = (plan: Plan, from: string, to: string): Session[] =>
  plan.sessions.filter((s) => s.kind === 'long' && s.date >= from && s.date <= to);

test('a block between two marathons ends 10 weeks before the A marathon, shorter if need be', () => {
  const plan = generate(readme);
  const [block] = offDistance(plan);
  assert.ok(block);
  // After the 10K and its recovery, and 10 weeks before 10 October: 5 of the 6 weeks fit (it used
  // to take all 6, from 28 June to 8 August, 9 weeks out).
  assert.deepEqual([block.start, block.end], ['2027-06-28', '2027-08-01']);
  assert.ok(daysBetween(block.end, '2027-10-10') >= MARATHON_BUILD_ROOM_DAYS);
  // The long run kept to about 90 min in the block grows back by 10 % steps to 150 min or more,
  // and to 26 km or more at least twice (it used to reach 143 min once).
  const autumn = longRuns(plan, addDays(block.end, 1), '2027-10-09');
  assert.ok(Math.max(...autumn.map((s) => s.durationMin)) >= 150, JSON.stringify(autumn));
  assert.ok(autumn.filter((s) => s.distanceKm >= 26).length >= 2, JSON.stringify(autumn));
  assert.deepEqual(checkPlan(plan), []);
});

test('with room, the full block ends 10 weeks before the A marathon; before a B marathon it stays early', () => {
  const races = (priority: 'A' | 'B'): PlanRequest['races'] => [
    { name: 'Spring Marathon', date: '2027-04-11', distance: 'marathon', priority: 'A' },
    { name: 'Autumn Marathon', date: '2027-10-24', distance: 'marathon', priority },
  ];
  const toA = offDistance(generate({ ...readme, races: races('A') }));
  assert.equal(toA.length, 1);
  assert.equal(daysBetween(toA[0]!.start, toA[0]!.end) + 1, 42);
  const room = daysBetween(toA[0]!.end, '2027-10-24');
  assert.ok(room >= MARATHON_BUILD_ROOM_DAYS && room < MARATHON_BUILD_ROOM_DAYS + 7, String(room));
  // A B marathon has no build to keep: the block starts after the spring recovery, as before.
  const toB = offDistance(generate({ ...readme, races: races('B') }));
  assert.equal(toB.length, 1);
  assert.ok(toB[0]!.start < toA[0]!.start, `${toB[0]!.start} ${toA[0]!.start}`);
});
