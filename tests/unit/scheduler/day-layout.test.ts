/**
 * Examples of issue 9's day-level targets, each with the plan the scheduler made before (in the
 * comments) and what it must make now: at most 2 rest days in a row outside a race's recovery or
 * a reset break, and quality back within 5 days after a B or C race.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays } from '../../../src/dates';
import type { AthleteInput, Plan, RaceInput, Session } from '../../../src/model/plan';
import { checkPlan } from '../../../src/rules/index';
import { generate } from '../../../src/scheduler/generate';
import { qualityAfterRaceProblems, restStreakProblems, unforcedWarnings } from './plan-checks';

const on = (plan: Plan, day: string): Session[] => plan.sessions.filter((s) => s.date === day);
const trains = (plan: Plan, day: string): boolean =>
  on(plan, day).some((s) => s.kind === 'race' || (s.intensity !== 'rest' && s.durationMin > 0));
const hardTraining = (plan: Plan, from: string, to: string): Session[] =>
  plan.sessions.filter(
    (s) => s.date >= from && s.date <= to && s.intensity === 'hard' && s.kind !== 'race',
  );
const minutesOf = (plan: Plan, from: string, to: string): number =>
  plan.sessions
    .filter((s) => s.date >= from && s.date <= to && s.kind !== 'race')
    .reduce((sum, s) => sum + s.durationMin, 0);

test('a 40 km/week marathoner back from the autumn marathon never rests 3 days in a row', () => {
  // Before: Mon–Wed rest in the weeks of 8 and 15 November (the first weeks after the recovery,
  // their first days held back by the load-spike limit), and 4 rest days, 1–4 December, in the
  // down week (a 25-min hills session and an 88-min long run, nothing else).
  const plan = generate({
    start: '2027-01-04',
    end: '2027-12-26',
    athlete: {
      weeklyKmBaseline: 40,
      restWeekday: 'monday',
      longRunWeekday: 'sunday',
      focusDistance: 'marathon',
    },
    races: [
      { name: 'Spring', date: '2027-04-25', distance: 'marathon', priority: 'A' },
      { name: 'Autumn', date: '2027-10-10', distance: 'marathon', priority: 'A' },
    ],
  });
  assert.deepEqual(restStreakProblems(plan), []);
  for (const day of ['2027-11-09', '2027-11-10', '2027-11-16', '2027-11-17']) {
    assert.ok(trains(plan, day), `${day} holds a run`);
  }
  // The down week keeps a run between its Tuesday session and its long run, and stays a down week:
  // at most 80 % of the loading week before it.
  assert.ok(['2027-12-01', '2027-12-02', '2027-12-03', '2027-12-04'].some((d) => trains(plan, d)));
  const down = minutesOf(plan, '2027-11-29', '2027-12-05');
  assert.ok(down <= 0.8 * minutesOf(plan, '2027-11-22', '2027-11-28'), `down week ${down} min`);
  assert.deepEqual(unforcedWarnings(plan, checkPlan(plan)), []);
});

const tuneUp = (race: RaceInput, athlete: AthleteInput): Plan =>
  generate({
    start: '2027-01-04',
    end: '2027-12-26',
    athlete,
    races: [race, { name: 'Goal', date: '2027-11-07', distance: 'marathon', priority: 'A' }],
  });

test('a B half on a Thursday gets its quality back on the Monday, the rest day staying on Tuesday', () => {
  // Before: a B or C race's recovery allowed hard only from its 5th day, here Tuesday, the rest
  // weekday: the tempo came on Wednesday 8 September, 6 days after the race.
  const plan = tuneUp(
    { name: 'Tune-up', date: '2027-09-02', distance: 'half', priority: 'B' },
    { weeklyKmBaseline: 50, restWeekday: 'tuesday', longRunWeekday: 'friday' },
  );
  assert.deepEqual(
    hardTraining(plan, '2027-09-03', '2027-09-07').map((s) => s.date),
    ['2027-09-06'],
  );
  assert.equal(trains(plan, '2027-09-07'), false, 'Tuesday still rests');
  assert.deepEqual(qualityAfterRaceProblems(plan), []);
  assert.deepEqual(unforcedWarnings(plan, checkPlan(plan)), []);
});

test('after a B 10K on a Friday the quality takes the long run day, and the long run moves', () => {
  // Days 4 and 5 after the race are Tuesday (long run weekday) and Wednesday (rest weekday).
  // Before: long run on Tuesday 13 April, rest on Wednesday, the tempo on Thursday (day 6).
  const plan = generate({
    start: '2027-01-04',
    end: '2027-12-26',
    athlete: {
      weeklyKmBaseline: 60,
      restWeekday: 'wednesday',
      longRunWeekday: 'tuesday',
      focusDistance: '10k',
    },
    races: [
      { name: 'Tune-up', date: '2027-04-09', distance: '10k', priority: 'B' },
      { name: 'Goal', date: '2027-05-16', distance: '10k', priority: 'A' },
    ],
  });
  assert.deepEqual(
    hardTraining(plan, '2027-04-10', '2027-04-14').map((s) => s.date),
    ['2027-04-13'],
  );
  assert.deepEqual(
    on(plan, '2027-04-15').map((s) => s.kind),
    ['long'],
  );
  assert.equal(trains(plan, '2027-04-14'), false, 'Wednesday still rests');
  assert.deepEqual(unforcedWarnings(plan, checkPlan(plan)), []);
});

test('a B marathon asks no quality in the 5 days after it: its recovery is weeks', () => {
  // Before: a tempo on Friday 7 May, 5 days after a marathon (DOMAIN.md: 3–5 weeks of recovery).
  const plan = tuneUp(
    { name: 'Spring', date: '2027-05-02', distance: 'marathon', priority: 'B' },
    { weeklyKmBaseline: 50, restWeekday: 'monday', longRunWeekday: 'sunday' },
  );
  assert.deepEqual(hardTraining(plan, '2027-05-03', addDays('2027-05-02', 5)), []);
  assert.deepEqual(qualityAfterRaceProblems(plan), []);
});
