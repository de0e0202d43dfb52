/**
 * The scheduler's entry point: a season plan from a request.
 */
import type { Plan, PlanRequest } from '../model/plan';
import { PLAN_VERSION } from '../model/plan';
import { normalizeRequest } from './request';
import { schedule } from './schedule';

/**
 * Builds a plan from a validated request (see `parsePlanRequest`), following DOMAIN.md: phases worked
 * back from each A race, recoveries sized to the races, down weeks, a rest day every week, at most
 * the hard-day cap of hard sessions, off-distance blocks in every 12 months. Deterministic: the same
 * request gives byte-identical JSON.
 *
 * @example generate({ start: '2027-01-04', end: '2027-12-26', races: [{ name: 'Berlin', date: '2027-09-26', distance: 'marathon' }] })
 * // { version: 2, id: 'plan-…', blocks: [{ kind: 'base', … }, …], sessions: [{ kind: 'rest', … }, …] }
 */
export function generate(request: PlanRequest): Plan {
  const input = normalizeRequest(request);
  const { paces, blocks, sessions } = schedule(input, []);
  return {
    version: PLAN_VERSION,
    id: input.id,
    name: input.name,
    settings: input.settings,
    season: input.season,
    races: input.races,
    blocks,
    sessions,
    ...(paces ? { paces } : {}),
  };
}
