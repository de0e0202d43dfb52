import { distanceKm, formatDistance } from './settings';
import type { Race, Session } from './plan';
import type { Paces } from './workout';
import { predictMinutes } from '../paces/zones';

/** Minutes per km assumed for a race when only its distance is known. */
export const RACE_PACE_MIN_PER_KM = 5.5;

/**
 * The session that stands for a race on its day. Its id is derived from the race's, so moving or
 * renaming the race keeps it (and its iCal UID). With the runner's paces its minutes are the time
 * the VDOT model predicts (src/paces), else a 5:30/km guess.
 *
 * @example raceSession({ id: 'r1', name: 'Berlin', date: '2027-09-26', distance: 'marathon', priority: 'A' }, 0)
 * // { id: 'race-r1', kind: 'race', intensity: 'hard', title: 'Berlin (marathon)', durationMin: 232, … }
 */
export function raceSession(race: Race, revision: number, paces?: Paces): Session {
  const km = distanceKm(race.distance);
  return {
    id: `race-${race.id}`,
    date: race.date,
    kind: 'race',
    intensity: 'hard',
    title: `${race.name} (${formatDistance(race.distance)})`,
    durationMin: paces
      ? Math.round(predictMinutes(paces, km))
      : Math.round(km * RACE_PACE_MIN_PER_KM),
    distanceKm: Math.round(km * 10) / 10,
    pinned: false,
    revision,
    raceId: race.id,
  };
}
