import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  fieldOfError,
  initialForm,
  newRaceRow,
  validateForm,
} from '../../../renderer/state/wizard-form';
import type { WizardForm } from '../../../renderer/state/wizard-form';

const base: WizardForm = { ...initialForm('2027-01-04', 'monday'), end: '2027-12-26' };

test('a valid form becomes a plan request with the athlete settings', () => {
  const result = validateForm({
    ...base,
    name: ' Marathon year ',
    races: [newRaceRow({ name: 'Spring', date: '2027-04-18', distance: 'marathon' })],
  });
  assert.ok(result.ok);
  assert.equal(result.value.name, 'Marathon year');
  assert.equal(result.value.athlete?.weeklyKmBaseline, 50);
  assert.equal(result.value.races[0]?.distance, 'marathon');
});

test('each bad field gets its own error in words, season checks included', () => {
  const result = validateForm({
    ...base,
    start: '2027-06-01',
    end: '2027-03-01',
    weeklyKm: '',
    hardDayCap: '9',
    races: [newRaceRow({ name: '', date: '' })],
  });
  assert.ok(!result.ok);
  assert.equal(result.error['end'], 'The season ends before it starts.');
  assert.match(result.error['weeklyKmBaseline'] ?? '', /5 to 400 km/);
  assert.match(result.error['hardDayCap'] ?? '', /0 to 7/);
  assert.match(result.error['races.0.name'] ?? '', /name/);
  assert.match(result.error['races.0.date'] ?? '', /date/);
});

test('a race outside the season is said so at its date field', () => {
  const result = validateForm({
    ...base,
    races: [newRaceRow({ name: 'Next year', date: '2028-04-16' })],
  });
  assert.ok(!result.ok);
  assert.match(result.error['races.0.date'] ?? '', /outside the season/);
});

test('a custom distance needs a positive figure', () => {
  const bad = validateForm({
    ...base,
    races: [newRaceRow({ name: 'Trail', date: '2027-05-01', distance: 'custom', customKm: '0' })],
  });
  assert.ok(!bad.ok);
  assert.ok(bad.error['races.0.distance']);
  const good = validateForm({
    ...base,
    races: [newRaceRow({ name: 'Trail', date: '2027-05-01', distance: 'custom', customKm: '30' })],
  });
  assert.ok(good.ok);
  assert.equal(good.value.races[0]?.distance, 30);
});

test('errors without a known field go to the form', () => {
  assert.deepEqual(fieldOfError('something odd'), { field: 'form', message: 'something odd' });
});

test('a recent result and the units go into the request; none when the time is left empty', () => {
  const given = validateForm({
    ...base,
    recentDistance: 'half',
    recentTime: ' 1:31:35 ',
    units: 'mi',
  });
  assert.ok(given.ok);
  assert.deepEqual(given.value.athlete?.recentRace, { distance: 'half', time: '1:31:35' });
  assert.equal(given.value.athlete?.units, 'mi');
  const none = validateForm(base);
  assert.ok(none.ok);
  assert.equal(none.value.athlete?.recentRace, undefined);
});

test('a bad recent time is shown at its field in the pace model’s words', () => {
  const result = validateForm({ ...base, recentTime: '19.57' });
  assert.ok(!result.ok);
  assert.match(result.error['recentRace'] ?? '', /'19\.57' is not a time: write H:MM:SS or MM:SS/);
  const fast = validateForm({ ...base, recentDistance: 'marathon', recentTime: '1:10:00' });
  assert.ok(!fast.ok);
  assert.match(fast.error['recentRace'] ?? '', /outside what the pace model covers/);
});
