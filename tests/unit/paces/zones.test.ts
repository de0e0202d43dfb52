import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ZONES } from '../../../src/model/workout';
import {
  pacesFromRace,
  pacesFromVdot,
  predictMinutes,
  vdotFromRace,
} from '../../../src/paces/zones';

const mid = (range: { fastSecPerKm: number; slowSecPerKm: number }): number =>
  (range.fastSecPerKm + range.slowSecPerKm) / 2;

function within(actual: number, expected: number, share: number, what: string): void {
  assert.ok(
    Math.abs(actual / expected - 1) <= share,
    `${what}: ${actual} s/km, table ${expected} s/km`,
  );
}

test("VDOT 50's zones are within 2 % of Daniels' table", () => {
  // Running Formula, VDOT 50: E 4:51–5:27/km, M 4:31/km, T 4:15/km, I 3:55/km, R 88 s per 400 m.
  const paces = pacesFromVdot(50);
  within(paces.easy.fastSecPerKm, 4 * 60 + 51, 0.02, 'E fast');
  within(paces.easy.slowSecPerKm, 5 * 60 + 27, 0.02, 'E slow');
  within(mid(paces.marathon), 4 * 60 + 31, 0.02, 'M');
  within(mid(paces.threshold), 4 * 60 + 15, 0.02, 'T');
  within(mid(paces.interval), 3 * 60 + 55, 0.02, 'I');
  within(mid(paces.repetition), 88 * 2.5, 0.02, 'R');
});

test("VDOT 40's zones are within 2 % of Daniels' table", () => {
  // Running Formula, VDOT 40: M 5:26/km (3:49:45), T 5:06/km, I 4:42/km.
  const paces = pacesFromVdot(40);
  within(mid(paces.marathon), 5 * 60 + 26, 0.02, 'M');
  within(mid(paces.threshold), 5 * 60 + 6, 0.02, 'T');
  within(mid(paces.interval), 4 * 60 + 42, 0.02, 'I');
});

test('zones run from slow (easy) to fast (repetition), each range fast ≤ slow', () => {
  fc.assert(
    fc.property(fc.double({ min: 15, max: 90, noNaN: true }), (vdot) => {
      const paces = pacesFromVdot(vdot);
      let previous = Infinity;
      for (const zone of ZONES) {
        const range = paces[zone];
        assert.ok(range.fastSecPerKm <= range.slowSecPerKm, zone);
        assert.ok(mid(range) < previous, zone);
        previous = mid(range);
      }
    }),
  );
});

test('a race result gives its VDOT and paces; a marathon of 3:10:49 runs M at its own pace', () => {
  const result = pacesFromRace({ distance: 'marathon', time: '3:10:49' });
  assert.ok(result.ok);
  if (!result.ok) return;
  assert.ok(Math.abs(result.value.vdot - 50) <= 0.5);
  within(mid(result.value.marathon), 11449 / 42.195, 0.01, 'M');
  within(predictMinutes(result.value, 5), 19.95, 0.01, '5K prediction');
});

test('an impossible result is refused, naming the time and distance', () => {
  const fast = vdotFromRace({ distance: 'marathon', time: '1:10:00' });
  assert.equal(fast.ok, false);
  if (!fast.ok)
    assert.match(fast.error[0]!, /1:10:00 for marathon is outside what the pace model covers/);
  const typo = vdotFromRace({ distance: '5k', time: '19-57' });
  assert.equal(typo.ok, false);
  if (!typo.ok) assert.match(typo.error[0]!, /'19-57' is not a time/);
});
