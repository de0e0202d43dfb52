// A small valid plan, written by hand so that the library tests do not depend on the scheduler.
import type { Plan, PlanRequest } from '../../../src/model/plan';
import { PLAN_VERSION } from '../../../src/model/plan';
import { DEFAULT_SETTINGS } from '../../../src/model/settings';
import { raceSession } from '../../../src/model/race-session';

export function samplePlan(id = 'plan-1', name = 'Spring season'): Plan {
  const race = {
    id: 'r1',
    name: 'City 10K',
    date: '2027-04-18',
    distance: '10k',
    priority: 'A',
  } as const;
  return {
    version: PLAN_VERSION,
    id,
    name,
    settings: DEFAULT_SETTINGS,
    season: { start: '2027-03-01', end: '2027-05-30' },
    races: [race],
    blocks: [
      { id: 'b1', kind: 'base', start: '2027-03-01', end: '2027-03-28' },
      { id: 'b2', kind: 'taper', start: '2027-04-05', end: '2027-04-17', raceId: 'r1' },
    ],
    sessions: [
      {
        id: 's1',
        date: '2027-03-02',
        kind: 'easy',
        intensity: 'easy',
        title: 'Easy run',
        durationMin: 45,
        distanceKm: 8,
        pinned: false,
        revision: 0,
      },
      {
        id: 's2',
        date: '2027-03-07',
        kind: 'long',
        intensity: 'moderate',
        title: 'Long run',
        durationMin: 100,
        distanceKm: 18,
        pinned: true,
        revision: 2,
        notes: 'Hilly route, take a gel',
      },
      raceSession(race, 0),
    ],
  };
}

/** A stand-in for the scheduler: the plan of a request, id derived from the request like the real one. */
export function fakeGenerate(request: PlanRequest): Plan {
  const plan = samplePlan(
    request.id ?? `plan-${request.start}-${request.end}`,
    request.name ?? 'Season',
  );
  return { ...plan, season: { start: request.start, end: request.end }, races: [], sessions: [] };
}

export const SAMPLE_REQUEST: PlanRequest = {
  name: 'Autumn',
  start: '2027-08-01',
  end: '2027-10-31',
  races: [{ name: 'Berlin', date: '2027-09-26', distance: 'marathon', priority: 'A' }],
};

/** Ids 'id-1', 'id-2', … and a clock that ticks one second per call. */
export function counters(): { newId: () => string; now: () => number } {
  let ids = 0;
  let time = Date.UTC(2027, 0, 1);
  return { newId: () => `id-${(ids += 1)}`, now: () => (time += 1000) };
}
