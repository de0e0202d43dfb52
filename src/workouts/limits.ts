/**
 * Daniels' limits on the quality work of one session (Daniels' *Running Formula*; DOMAIN.md,
 * "Distance-specific targets"): T work ≤ 10 % of the week's km; I work ≤ the lesser of 8 % of the
 * week's km and 10 km; R work ≤ 5 % of the week's km; an M run ≤ the lesser of 110 min and 29 km.
 * The builder sizes main sets within them and the `workout-limits` rule checks them, so both read
 * the same figures from here.
 */
import { assertNever } from '../model/settings';
import type { Paces, Zone } from '../model/workout';
import { zoneSecPerKm } from './totals';

export const THRESHOLD_SHARE = 0.1;
export const INTERVAL_SHARE = 0.08;
export const INTERVAL_MAX_KM = 10;
export const REPETITION_SHARE = 0.05;
export const MARATHON_MAX_MIN = 110;
export const MARATHON_MAX_KM = 29;

/**
 * The most km of `work` at `zone` one session may hold in a week of `weekKm`; easy running has
 * no such limit.
 *
 * @example zoneLimitKm('interval', 50, undefined) // 4 (8 % of 50 km)
 * @example zoneLimitKm('marathon', 80, undefined) // ≈ 20.2 (110 min at 5:26/km)
 */
export function zoneLimitKm(zone: Zone, weekKm: number, paces: Paces | undefined): number {
  switch (zone) {
    case 'easy':
      return Infinity;
    case 'marathon':
      return Math.min(MARATHON_MAX_KM, (MARATHON_MAX_MIN * 60) / zoneSecPerKm('marathon', paces));
    case 'threshold':
      return THRESHOLD_SHARE * weekKm;
    case 'interval':
      return Math.min(INTERVAL_SHARE * weekKm, INTERVAL_MAX_KM);
    case 'repetition':
      return REPETITION_SHARE * weekKm;
    default:
      return assertNever(zone);
  }
}
