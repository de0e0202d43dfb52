import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatRaceTime, parseRaceTime } from '../../../src/paces/race-time';

test('race times parse as H:MM:SS and MM:SS', () => {
  assert.deepEqual(parseRaceTime('3:10:49'), { ok: true, value: 11449 });
  assert.deepEqual(parseRaceTime('19:57'), { ok: true, value: 1197 });
  assert.deepEqual(parseRaceTime(' 75:30 '), { ok: true, value: 4530 });
  assert.deepEqual(parseRaceTime('0:59:59'), { ok: true, value: 3599 });
});

test('a malformed time is refused with a message that says how to write it', () => {
  for (const text of ['19:7', '19:60', '1:60:00', '3h10', '', '19.57', '1:2:3', '-19:57']) {
    const result = parseRaceTime(text);
    assert.equal(result.ok, false, text);
    if (!result.ok) assert.match(result.error[0]!, /H:MM:SS or MM:SS/);
  }
  const zero = parseRaceTime('0:00');
  assert.equal(zero.ok, false);
  if (!zero.ok) assert.match(zero.error[0]!, /no time/);
});

test('formatRaceTime writes back what parseRaceTime reads', () => {
  for (const text of ['3:10:49', '19:57', '1:00:00', '0:05']) {
    const parsed = parseRaceTime(text);
    assert.ok(parsed.ok);
    if (parsed.ok) assert.equal(formatRaceTime(parsed.value), text);
  }
});
