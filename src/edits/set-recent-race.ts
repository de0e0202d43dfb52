import type { Plan } from '../model/plan';
import { fail, ok } from '../model/result';
import type { RecentRace } from '../model/workout';
import { recentRaceSchema, formatIssues } from '../plan/schema';
import { pacesFromRace } from '../paces/zones';
import { repacePlan } from '../workouts/plan-workouts';
import type { EditResult } from './types';

/**
 * Sets (or, with `undefined`, clears) the runner's recent race result and re-paces the plan: new
 * `paces`, every workout rebuilt at them (hand-written ones kept), race sessions at their predicted
 * time. The sessions keep their days and minutes, so the season's shape is untouched.
 *
 * @example setRecentRace(plan, { distance: '5k', time: '19:57' }) // { ok: true, value: plan with paces.vdot ≈ 50 }
 * @example setRecentRace(plan, { distance: '5k', time: '19.57' })
 * // { ok: false, error: ["time: '19.57' is not a time: write H:MM:SS or MM:SS (e.g. 3:10:49 or 19:57)"] }
 */
export function setRecentRace(plan: Plan, race: RecentRace | undefined): EditResult {
  if (race === undefined) {
    const cleared = withoutResult(plan);
    return ok({ ...cleared, sessions: repacePlan(cleared, undefined) });
  }
  const parsed = recentRaceSchema.safeParse(race);
  if (!parsed.success) return fail(formatIssues(parsed.error.issues));
  const paces = pacesFromRace(race);
  if (!paces.ok) return paces;
  const next: Plan = {
    ...plan,
    settings: { ...plan.settings, recentRace: parsed.data as RecentRace },
    paces: paces.value,
  };
  return ok({ ...next, sessions: repacePlan(next, paces.value) });
}

/** The plan without its paces, its settings without the result. */
function withoutResult({ paces: _paces, ...plan }: Plan): Plan {
  const settings = (({ recentRace: _race, ...rest }: Plan['settings']) => rest)(plan.settings);
  return { ...plan, settings };
}
