/**
 * Training paces from VDOT, as Daniels' *Running Formula* sets them (%VO2max bands of DOMAIN.md,
 * "Distance-specific targets"): each zone's speed is the one whose oxygen cost is that share of
 * VDOT (`velocityAt`).
 */
import type { PaceRange, Paces, RecentRace } from '../model/workout';
import type { Result } from '../model/result';
import { fail, ok } from '../model/result';
import { distanceKm, formatDistance } from '../model/settings';
import { formatRaceTime, parseRaceTime } from './race-time';
import { predictSeconds, velocityAt, vdotOf } from './vdot';

/**
 * Daniels gives E as 59–74 % of VO2max, but his tables print the faster part of it (about
 * 65–74 %: 4:54–5:26/km at VDOT 50); a runner reading "easy" should get that part.
 */
const EASY_BAND = [0.65, 0.74] as const;
const THRESHOLD = 0.88;
const INTERVAL = 0.975;
const REPETITION = 1.05;
/** A zone is its pace ± 1.5 %: about ±4 s/km at threshold, what a watch can hold to. */
const SPREAD = 0.015;

/** VDOTs outside this range are a typo in the time or distance, not a runner. */
export const VDOT_RANGE = [15, 90] as const;

/**
 * Seconds per km at `fraction` of `vdot`.
 *
 * @example secPerKmAt(50, 0.88) // ≈ 255 (4:15/km, Daniels' T pace at VDOT 50)
 */
export function secPerKmAt(vdot: number, fraction: number): number {
  return 60_000 / velocityAt(vdot * fraction);
}

/**
 * The five zones of a VDOT. M is the model's own marathon pace (inside Daniels' 75–84 % band; at
 * VDOT 50 the 3:10:49 of the table, 4:31/km); T, I and R are 88, 97.5 and 105 % of VO2max.
 *
 * @example pacesFromVdot(50).threshold // { fastSecPerKm: 251, slowSecPerKm: 259 }
 */
export function pacesFromVdot(vdot: number): Paces {
  const marathon = predictSeconds(vdot, distanceKm('marathon')) / distanceKm('marathon');
  return {
    vdot: Math.round(vdot * 10) / 10,
    easy: {
      fastSecPerKm: Math.round(secPerKmAt(vdot, EASY_BAND[1])),
      slowSecPerKm: Math.round(secPerKmAt(vdot, EASY_BAND[0])),
    },
    marathon: around(marathon),
    threshold: around(secPerKmAt(vdot, THRESHOLD)),
    interval: around(secPerKmAt(vdot, INTERVAL)),
    repetition: around(secPerKmAt(vdot, REPETITION)),
  };
}

function around(secPerKm: number): PaceRange {
  return {
    fastSecPerKm: Math.round(secPerKm * (1 - SPREAD)),
    slowSecPerKm: Math.round(secPerKm * (1 + SPREAD)),
  };
}

/**
 * The VDOT of a recent race result, or a message naming what is wrong with it.
 *
 * @example vdotFromRace({ distance: '5k', time: '19:57' }) // { ok: true, value: ≈ 49.95 }
 */
export function vdotFromRace(race: RecentRace): Result<number> {
  const seconds = parseRaceTime(race.time);
  if (!seconds.ok) return seconds;
  const vdot = vdotOf(distanceKm(race.distance), seconds.value);
  if (!(vdot >= VDOT_RANGE[0] && vdot <= VDOT_RANGE[1])) {
    return fail([
      `${formatRaceTime(seconds.value)} for ${formatDistance(race.distance)} is outside what the ` +
        `pace model covers (VDOT ${VDOT_RANGE[0]}–${VDOT_RANGE[1]}, here ${Number.isFinite(vdot) ? vdot.toFixed(1) : 'none'}): check the time and the distance`,
    ]);
  }
  return ok(vdot);
}

/**
 * The runner's paces from a recent race result.
 *
 * @example pacesFromRace({ distance: 'marathon', time: '3:10:49' }) // { ok: true, value: { vdot: 50, … } }
 */
export function pacesFromRace(race: RecentRace): Result<Paces> {
  const vdot = vdotFromRace(race);
  return vdot.ok ? ok(pacesFromVdot(vdot.value)) : vdot;
}

/**
 * The predicted time (minutes) of a race of `km` for a runner with these paces.
 *
 * @example predictMinutes(pacesFromVdot(50), 5) // ≈ 19.95
 */
export function predictMinutes(paces: Paces, km: number): number {
  return predictSeconds(paces.vdot, km) / 60;
}
