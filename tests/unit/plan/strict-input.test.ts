// Finding 6 and 7 of issue 11: input that could produce a wrong plan is refused, by path, in words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PlanRequest } from '../../../src/model/plan';
import { parsePlan, parsePlanRequest } from '../../../src/plan/plan-file';
import { MAX_RACE_KM, MAX_SEASON_YEARS } from '../../../src/plan/schema';
import { nearestName } from '../../../src/plan/strict';
import { generate } from '../../../src/scheduler/generate';
import { formatRaceTime } from '../../../src/paces/race-time';
import { predictSeconds } from '../../../src/paces/vdot';
import { VDOT_RANGE } from '../../../src/paces/zones';

const SLOWEST_MARATHON = formatRaceTime(Math.floor(predictSeconds(VDOT_RANGE[0], 42.195)));

const REQUEST: PlanRequest = {
  start: '2027-01-04',
  end: '2027-12-26',
  races: [{ name: 'Spring Marathon', date: '2027-04-18', distance: 'marathon' }],
};

function errors(result: ReturnType<typeof parsePlanRequest> | ReturnType<typeof parsePlan>) {
  assert.equal(result.ok, false, 'refused');
  return result.ok ? [] : result.error;
}

test('a misspelt top-level field is refused with the nearest known name', () => {
  const refused = errors(parsePlanRequest({ ...REQUEST, athelete: { weeklyKmBaseline: 120 } }));
  assert.deepEqual(refused, ['athelete: unknown field (did you mean athlete?)']);
});

test('a misspelt nested field is refused with its path', () => {
  const request = {
    ...REQUEST,
    races: [{ name: 'Summer 10K', date: '2027-06-20', distance: '10k', priorty: 'C' }],
  };
  assert.deepEqual(errors(parsePlanRequest(request)), [
    'races[0].priorty: unknown field (did you mean priority?)',
  ]);
  const athlete = {
    ...REQUEST,
    athlete: { loadFactors: { rest: 0, easy: 1, moderat: 1, hard: 2 } },
  };
  assert.ok(
    errors(parsePlanRequest(athlete)).includes(
      'athlete.loadFactors.moderat: unknown field (did you mean moderate?)',
    ),
  );
});

test('a field nothing resembles lists the known ones', () => {
  const [line] = errors(parsePlanRequest({ ...REQUEST, colour: 'red' }));
  assert.match(
    line ?? '',
    /^colour: unknown field \(known: id, name, start, end, athlete, races\)$/,
  );
});

test('an unknown field in a plan file is refused too, so a rewrite never drops it silently', () => {
  const plan = generate(REQUEST);
  const withExtra = { ...plan, sessions: [{ ...plan.sessions[0], colour: 'red' }] };
  assert.ok(errors(parsePlan(withExtra)).some((e) => e.startsWith('sessions[0].colour: unknown')));
});

test('enumerations list their values; a distance says what it accepts', () => {
  const request = {
    ...REQUEST,
    athlete: { restWeekday: 'Funday' },
    races: [{ name: 'Big one', date: '2027-04-18', distance: 'Marathon', priority: 'D' }],
  };
  const refused = errors(parsePlanRequest(request));
  assert.ok(
    refused.includes(
      'athlete.restWeekday: "Funday" is not one of: monday, tuesday, wednesday, thursday, friday, saturday, sunday',
    ),
    refused.join('\n'),
  );
  assert.ok(refused.includes('races[0].priority: "D" is not one of: A, B, C'), refused.join('\n'));
  assert.ok(
    refused.includes(
      'races[0].distance: "Marathon" is not a distance: expected 5k, 10k, half, marathon, ultra, or a number of km',
    ),
    refused.join('\n'),
  );
});

test('2027-02-30 is not a calendar date; a wrong format is not a date', () => {
  assert.deepEqual(errors(parsePlanRequest({ ...REQUEST, start: '2027-02-30' })), [
    'start: 2027-02-30 is not a calendar date',
  ]);
  assert.deepEqual(errors(parsePlanRequest({ ...REQUEST, start: '4 January' })), [
    'start: not a date (YYYY-MM-DD)',
  ]);
});

test('duplicate race ids in a request are refused', () => {
  const request = {
    ...REQUEST,
    races: [
      { id: 'r', name: 'One', date: '2027-04-18', distance: 'half' },
      { id: 'r', name: 'Two', date: '2027-06-20', distance: '10k' },
    ],
  };
  assert.deepEqual(errors(parsePlanRequest(request)), [
    'races[1].id: r is already the id of races[0]',
  ]);
});

test('a race the plan file could not hold is refused with the limit in words', () => {
  const request = { ...REQUEST, races: [{ name: 'Long', date: '2027-04-18', distance: 330 }] };
  const [line] = errors(parsePlanRequest(request));
  assert.equal(MAX_RACE_KM, 261);
  assert.match(line ?? '', /^races\[0\]\.distance: 330 km is out of range: .* at most 261 km/);
  assert.match(line ?? '', /the longest race the planner plans/);
  // The longest race allowed gives a plan the plan schema accepts.
  const longest = {
    ...REQUEST,
    races: [{ name: 'Long', date: '2027-04-18', distance: MAX_RACE_KM }],
  };
  const parsed = parsePlanRequest(longest);
  // …also for the slowest runner the pace model covers, whose race lasts its predicted time.
  const slowest = {
    ...longest,
    athlete: { recentRace: { distance: 'marathon', time: SLOWEST_MARATHON } },
  };
  const slow = parsePlanRequest(slowest);
  assert.ok(slow.ok, JSON.stringify(slow));
  assert.ok(parsePlan(JSON.parse(JSON.stringify(generate(slow.value)))).ok);
  assert.ok(parsed.ok);
  assert.ok(parsePlan(generate(parsed.value)).ok);
});

test('a season longer than the plan file allows is refused with the limit in words', () => {
  const [line] = errors(parsePlanRequest({ start: '2027-01-04', end: '2082-01-03', races: [] }));
  assert.equal(
    line,
    `end: the season is 55.0 years long; it can be at most ${MAX_SEASON_YEARS} years`,
  );
});

test('nearestName only suggests a likely misspelling', () => {
  assert.equal(nearestName('priorty', ['name', 'date', 'priority']), 'priority');
  assert.equal(nearestName('x', ['name', 'date']), null);
  assert.equal(nearestName('Athlete', ['athlete']), 'athlete');
});
