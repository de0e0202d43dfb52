/**
 * Session changes shared by the edits that reshape a stretch of training (down week, reset break):
 * shorter, easier, or a rest day. Every change raises the revision and pins the session, so that
 * regenerating keeps what the athlete asked for.
 */
import type { IsoDate, Session } from '../model/plan';

/** Runs shorter than this after a cut are not worth the trip: they become rest days. */
const SHORTEST_RUN_MIN = 15;

/**
 * The session at `factor` of its duration and distance, rounded to 5 minutes; a rest day when that
 * leaves too little.
 *
 * @example scaledSession({ durationMin: 60, distanceKm: 10, … }, 0.7) // { durationMin: 40, distanceKm: 6.7, … }
 */
export function scaledSession(session: Session, factor: number): Session {
  return shortenedTo(session, Math.round((session.durationMin * factor) / 5) * 5);
}

/**
 * The session at `durationMin` minutes, its distance in proportion; a rest day when that is too
 * short to be worth the trip.
 *
 * @example shortenedTo({ durationMin: 120, distanceKm: 20, … }, 99) // { durationMin: 99, distanceKm: 16.5, … }
 */
export function shortenedTo(session: Session, durationMin: number): Session {
  if (durationMin < SHORTEST_RUN_MIN) return restInstead(session);
  if (durationMin === session.durationMin) return session;
  const ratio = session.durationMin > 0 ? durationMin / session.durationMin : 0;
  return revised({
    ...session,
    durationMin,
    distanceKm: Math.round(session.distanceKm * ratio * 10) / 10,
  });
}

/**
 * A hard session turned into an easy run of the same length.
 *
 * @example easedSession({ kind: 'intervals', intensity: 'hard', … }) // { kind: 'easy', intensity: 'easy', title: 'Easy run', … }
 */
export function easedSession(session: Session): Session {
  return revised({
    ...session,
    kind: 'easy',
    intensity: 'easy',
    title: 'Easy run',
    distanceKm: Math.round((session.durationMin / 6) * 10) / 10,
  });
}

/** The session's day given to rest instead (same id, so a calendar updates the event). */
export function restInstead(session: Session): Session {
  return revised({
    ...session,
    kind: 'rest',
    intensity: 'rest',
    title: 'Rest day',
    durationMin: 0,
    distanceKm: 0,
  });
}

/**
 * A new rest day made by an edit: pinned, so regenerating keeps it.
 *
 * @example restDay('reset-2027-05-03', '2027-05-03').kind // 'rest'
 */
export function restDay(id: string, date: IsoDate): Session {
  return {
    id,
    date,
    kind: 'rest',
    intensity: 'rest',
    title: 'Rest day',
    durationMin: 0,
    distanceKm: 0,
    pinned: true,
    revision: 0,
  };
}

/**
 * The sessions of a stretch cut so that their volume (minutes) is at most `target`: races and
 * pinned sessions stay as they are, the rest shrink by one common factor.
 *
 * @example cutToVolume(weekSessions, 210) // the week's runs at about 70 % when it held 300 minutes
 */
export function cutToVolume(sessions: readonly Session[], target: number): Session[] {
  let fixed = 0;
  let free = 0;
  for (const session of sessions) {
    if (movable(session)) free += session.durationMin;
    else fixed += session.durationMin;
  }
  if (free === 0 || fixed + free <= target) return [...sessions];
  let factor = Math.max(0, (target - fixed) / free);
  // Rounding to 5 minutes can land a little above the target: shave until it does not.
  for (;;) {
    const cut = sessions.map((s) => (movable(s) ? scaledSession(s, factor) : s));
    const total = cut.reduce((sum, s) => sum + s.durationMin, 0);
    if (total <= target || factor === 0) return cut;
    factor = factor < 0.01 ? 0 : factor * 0.97;
  }
}

/** A session an edit may reshape: not a race, not pinned by the athlete, not already rest. */
export function movable(session: Session): boolean {
  return session.raceId === undefined && !session.pinned && session.intensity !== 'rest';
}

function revised(session: Session): Session {
  return { ...session, pinned: true, revision: session.revision + 1 };
}
