/**
 * How a race shapes the days around it (DOMAIN.md): the taper before it and the recovery after it,
 * sized to its distance and priority.
 */
import type { Race } from '../model/plan';
import { assertNever, distanceKm, isMarathonOrLonger } from '../model/settings';

/** A half marathon or longer (but not a marathon) tapers and recovers like a half. */
const HALF_KM = 21;
const TEN_K_KM = 10;

/**
 * Days of taper before a race: an A marathon 3 weeks, an A half 2, an A 10K/5K 1; a B race gets a
 * 3-day mini-taper; a C race (a training race) none.
 *
 * @example taperDays({ distance: 'half', priority: 'A', … }) // 14
 */
export function taperDays(race: Race): number {
  switch (race.priority) {
    case 'A':
      if (isMarathonOrLonger(race.distance)) return 21;
      return distanceKm(race.distance) >= HALF_KM ? 14 : 7;
    case 'B':
      return 3;
    case 'C':
      return 0;
    default:
      return assertNever(race.priority);
  }
}

/**
 * A marathon taper's three weeks, as shares of the peak week: 80 / 60 / 40 % (Pfitzinger 18/55
 * and 18/70: 82 / 58 / 40 %; DOMAIN.md, "marathon taper"). Each is the week of 7 days ending on
 * the race's eve or a week before it; the race week trains on 6 days, which hold its whole 40 %.
 */
const MARATHON_TAPER = [0.4 * (7 / 6), 0.6, 0.8] as const;

/**
 * Volume factor of a taper day `daysBefore` days before the race (1 = the day before). The volume
 * falls week by week and the last week is the lightest (Bosquet 2007: −41 to −60 %).
 *
 * @example taperFactor({ distance: 'marathon', priority: 'A', … }, 20) // 0.8
 */
export function taperFactor(race: Race, daysBefore: number): number {
  if (race.priority !== 'A') return 0.6;
  const total = taperDays(race);
  if (total === 21) return MARATHON_TAPER[Math.min(2, Math.floor(daysBefore / 7))]!;
  if (total === 14) return daysBefore > 7 ? 0.75 : 0.5;
  return 0.6;
}

/**
 * Days of recovery after a race: an A marathon about 3 weeks, an A half 10 days, an A 10K/5K 5;
 * B and C races 2 to 5 days by distance.
 *
 * @example recoveryDays({ distance: '10k', priority: 'B', … }) // 3
 */
export function recoveryDays(race: Race): number {
  const km = distanceKm(race.distance);
  if (race.priority === 'A') {
    if (isMarathonOrLonger(race.distance)) return 21;
    return km >= HALF_KM ? 10 : 5;
  }
  if (isMarathonOrLonger(race.distance)) return 5;
  return km >= HALF_KM ? 4 : km >= TEN_K_KM ? 3 : 2;
}

/** Days of complete rest that open the recovery. */
export function recoveryRestDays(race: Race): number {
  if (race.priority !== 'A') return 1;
  if (isMarathonOrLonger(race.distance)) return 3;
  return distanceKm(race.distance) >= HALF_KM ? 2 : 1;
}

/**
 * Volume factor of recovery day `daysAfter` (1 = the day after the race): rest first, then easy
 * running that grows back towards the normal volume.
 *
 * @example recoveryFactor({ distance: 'marathon', priority: 'A', … }, 1) // 0
 */
export function recoveryFactor(race: Race, daysAfter: number): number {
  const rest = recoveryRestDays(race);
  if (daysAfter <= rest) return 0;
  const span = Math.max(1, recoveryDays(race) - rest);
  return 0.4 + (0.4 * (daysAfter - rest)) / span;
}
