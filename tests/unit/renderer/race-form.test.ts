import { test } from 'node:test';
import assert from 'node:assert/strict';
import { raceFormOf, validateRaceForm } from '../../../renderer/state/race-form';
import type { RaceForm } from '../../../renderer/state/race-form';

const season = { start: '2027-01-04', end: '2027-12-26' };
const valid: RaceForm = {
  name: ' Berlin ',
  date: '2027-09-26',
  distance: 'marathon',
  customKm: '',
  priority: 'B',
};

test('a valid form becomes the race, name trimmed', () => {
  assert.deepEqual(validateRaceForm(valid, season), {
    ok: true,
    value: { name: 'Berlin', date: '2027-09-26', distance: 'marathon', priority: 'B' },
  });
  const custom = validateRaceForm({ ...valid, distance: 'custom', customKm: '50' }, season);
  assert.ok(custom.ok);
  assert.equal(custom.value.distance, 50);
});

test('each problem is told at its field, in words', () => {
  const result = validateRaceForm(
    { ...valid, name: '  ', date: '2028-01-02', distance: '' },
    season,
  );
  assert.ok(!result.ok);
  assert.match(result.error['name'] ?? '', /name/);
  assert.match(result.error['date'] ?? '', /outside the season.*Jan 4, 2027.*Dec 26, 2027/);
  assert.match(result.error['distance'] ?? '', /distance/);
  const bad = validateRaceForm(
    { ...valid, date: '2027-02-30', distance: 'custom', customKm: '0' },
    season,
  );
  assert.ok(!bad.ok);
  assert.equal(bad.error['date'], 'Enter the race date.');
  assert.match(bad.error['customKm'] ?? '', /km/);
});

test('the season edges are inside it', () => {
  for (const date of [season.start, season.end]) {
    assert.ok(validateRaceForm({ ...valid, date }, season).ok, date);
  }
});

test('an existing race fills the form, a custom distance as km', () => {
  const race = {
    id: 'r1',
    name: 'Trail',
    date: '2027-06-05',
    distance: 42.5,
    priority: 'C',
  } as const;
  assert.deepEqual(raceFormOf(race, '2027-01-04'), {
    name: 'Trail',
    date: '2027-06-05',
    distance: 'custom',
    customKm: '42.5',
    priority: 'C',
  });
  assert.equal(raceFormOf(undefined, '2027-03-01').date, '2027-03-01');
});
