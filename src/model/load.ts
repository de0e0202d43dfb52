import type { IsoDate, Session, Settings } from './plan';

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
