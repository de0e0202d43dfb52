// The page's helpers for the iCal import review: the season as the import's days, and the zones offered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seasonWindow, timeZoneChoices } from '../../../renderer/state/use-ics-review';

test('a season entered in full is the import window; a half-entered one is none', () => {
  assert.deepEqual(seasonWindow('2027-01-04', '2027-12-26'), {
    from: '2027-01-04',
    to: '2027-12-26',
  });
  assert.deepEqual(seasonWindow('', '2027-12-26'), {});
  assert.deepEqual(seasonWindow('2027-02-30', '2027-12-26'), {});
  assert.deepEqual(seasonWindow('2027-12-26', '2027-01-04'), {});
});

test('the zones offered hold UTC, the zone read in, and the IANA zones, sorted, once each', () => {
  const zones = timeZoneChoices('Australia/Sydney');
  assert.ok(zones.includes('UTC'));
  assert.ok(zones.includes('Europe/Berlin'));
  assert.equal(zones.filter((z) => z === 'Australia/Sydney').length, 1);
  assert.deepEqual([...zones], [...zones].sort());
  // A zone the list may not hold (an alias) is still offered, so the select can show it.
  assert.ok(timeZoneChoices('Etc/GMT+5').includes('Etc/GMT+5'));
});
