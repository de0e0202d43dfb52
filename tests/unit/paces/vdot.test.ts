import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { predictSeconds, sustainableFraction, vdotOf } from '../../../src/paces/vdot';

// Daniels' Running Formula, VDOT table: the same VDOT across distances.
const TABLE: readonly { km: number; time: number; vdot: number }[] = [
  { km: 5, time: 19 * 60 + 57, vdot: 50 },
  { km: 42.195, time: 3 * 3600 + 10 * 60 + 49, vdot: 50 },
  { km: 10, time: 41 * 60 + 21, vdot: 50 },
  { km: 21.0975, time: 3600 + 31 * 60 + 35, vdot: 50 },
  { km: 5, time: 24 * 60 + 34, vdot: 39.1 },
  { km: 5, time: 24 * 60 + 8, vdot: 40 },
  { km: 42.195, time: 3 * 3600 + 49 * 60 + 45, vdot: 40 },
  { km: 42.195, time: 4 * 3600 + 49 * 60 + 17, vdot: 30 },
];

test('VDOT of published results is within 0.5 of the table', () => {
  for (const { km, time, vdot } of TABLE) {
    const got = vdotOf(km, time);
    assert.ok(Math.abs(got - vdot) <= 0.5, `${km} km in ${time} s: ${got.toFixed(2)} ≠ ${vdot}`);
  }
});

test('predicted times match the table within 1 %', () => {
  for (const { km, time, vdot } of TABLE) {
    const got = predictSeconds(vdot, km);
    assert.ok(Math.abs(got / time - 1) < 0.01, `${km} km at ${vdot}: ${got} s, table ${time} s`);
  }
});

test('prediction inverts vdotOf over the model range', () => {
  fc.assert(
    fc.property(
      fc.double({ min: 20, max: 85, noNaN: true }),
      fc.double({ min: 1.5, max: 100, noNaN: true }),
      (vdot, km) => Math.abs(vdotOf(km, predictSeconds(vdot, km)) - vdot) < 0.01,
    ),
  );
});

test('a longer race is held at a smaller share of VO2max', () => {
  assert.ok(sustainableFraction(20) > sustainableFraction(60));
  assert.ok(sustainableFraction(60) > sustainableFraction(200));
  // The curve's floor is 80 %: an ultra of many hours.
  assert.ok(sustainableFraction(600) > 0.8);
});
