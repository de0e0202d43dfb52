/** Race helpers shared by the race rules. */
import type { Race } from '../model/plan';
import { isMarathonOrLonger } from '../model/settings';

/**
 * The races in date order (then id, so that two races on one day keep a fixed order).
 *
 * @example racesByDate(plan.races)[0] // the season's first race
 */
export function racesByDate(races: readonly Race[]): Race[] {
  return [...races].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

/**
 * The marathon-or-longer races, in date order.
 *
 * @example marathons(plan.races).map((race) => race.id) // ['r-berlin', 'r-chicago']
 */
export function marathons(races: readonly Race[]): Race[] {
  return racesByDate(races).filter((race) => isMarathonOrLonger(race.distance));
}
