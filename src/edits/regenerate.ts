import type { Plan, Session } from '../model/plan';
import { ok } from '../model/result';
import { sortRaces } from '../scheduler/request';
import { schedule } from '../scheduler/schedule';
import { withDeleted } from './session-list';
import type { EditResult } from './types';

/**
 * Plans the season again from the plan's settings, season and races, keeping the pinned sessions
 * (moved or edited by hand) with their ids, and the plan's id and name. A session that comes back
 * under the same id keeps its revision when unchanged and gets revision + 1 when it changed; the
 * sessions that are gone are remembered in `deletedSessions`, so an iCal export can update or
 * cancel what a calendar already imported.
 *
 * @example regenerate(plan) // { ok: true, value: the plan re-planned around its pinned sessions }
 */
export function regenerate(plan: Plan): EditResult {
  const { season } = plan;
  const pinned = plan.sessions.filter(
    (s) => s.pinned && s.raceId === undefined && s.date >= season.start && s.date <= season.end,
  );
  const reserved = new Set((plan.deletedSessions ?? []).map((s) => s.id));
  const fresh = schedule(
    {
      id: plan.id,
      name: plan.name,
      settings: plan.settings,
      season,
      races: sortRaces(plan.races),
    },
    pinned,
    reserved,
  );
  const previous = new Map(plan.sessions.map((s) => [s.id, s]));
  const sessions = fresh.sessions.map((session) => {
    const old = previous.get(session.id);
    if (!old) return session;
    if (sameContent(old, session)) return old;
    return { ...session, revision: old.revision + 1 };
  });
  const ids = new Set(sessions.map((s) => s.id));
  const gone = plan.sessions.filter((s) => !ids.has(s.id));
  const deletedSessions = withDeleted(plan, gone);
  return ok({
    ...withoutPaces(plan),
    blocks: fresh.blocks,
    sessions,
    ...(fresh.paces ? { paces: fresh.paces } : {}),
    ...(deletedSessions.length > 0 ? { deletedSessions } : {}),
  });
}

function sameContent(a: Session, b: Session): boolean {
  return (
    a.date === b.date &&
    a.kind === b.kind &&
    a.intensity === b.intensity &&
    a.title === b.title &&
    a.durationMin === b.durationMin &&
    a.distanceKm === b.distanceKm &&
    a.raceId === b.raceId &&
    a.notes === b.notes &&
    JSON.stringify(a.workout) === JSON.stringify(b.workout)
  );
}

/** The plan without its paces: regenerating takes them from the settings again. */
function withoutPaces({ paces: _paces, ...plan }: Plan): Plan {
  return plan;
}
