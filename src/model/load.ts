import type { IsoDate, Session, Settings } from './plan';

/** Minutes of running per km at an easy pace: the unit the weekly km baseline converts with. */
export const EASY_MIN_PER_KM = 6;

/**
 * A session's training load: minutes × the intensity's factor (rest 0, easy 1, moderate 1.5,
 * hard 2.5 by default).
 *
 * @example sessionLoad({ durationMin: 60, intensity: 'hard', ... }, DEFAULT_SETTINGS) // 150
 */
export function sessionLoad(session: Session, settings: Settings): number {
  return session.durationMin * settings.loadFactors[session.intensity];
}

/**
 * The load of every day that has sessions, keyed by ISO day (days without sessions are absent: 0).
 *
 * @example dailyLoads(plan.sessions, plan.settings).get('2027-04-19') // 150
 */
export function dailyLoads(sessions: readonly Session[], settings: Settings): Map<IsoDate, number> {
  const loads = new Map<IsoDate, number>();
  for (const session of sessions) {
    loads.set(session.date, (loads.get(session.date) ?? 0) + sessionLoad(session, settings));
  }
  return loads;
}

/**
 * The load of the athlete's usual week: the weekly km baseline run at an easy pace
 * (`EASY_MIN_PER_KM`), at the easy load factor. Load-spike floors its chronic load at half of it
 * (a first week back after a break is judged against the athlete, not against the empty weeks).
 *
 * @example baselineWeeklyLoad(DEFAULT_SETTINGS) // 300 (50 km × 6 min/km × 1)
 */
export function baselineWeeklyLoad(settings: Settings): number {
  return settings.weeklyKmBaseline * EASY_MIN_PER_KM * settings.loadFactors.easy;
}

/** Load-spike's chronic load never counts as less than this share of the athlete's usual week. */
export const CHRONIC_FLOOR_SHARE = 0.5;

/**
 * The least chronic (average weekly) load that load-spike takes its acute:chronic ratio against,
 * and the scheduler plans against: half the athlete's usual week (`baselineWeeklyLoad`). After a
 * layoff the 28-day average says nothing about the athlete; this floor stands in for it.
 *
 * @example chronicFloor(DEFAULT_SETTINGS) // 150
 */
export function chronicFloor(settings: Settings): number {
  return CHRONIC_FLOOR_SHARE * baselineWeeklyLoad(settings);
}
