import type {
  AthleteInput,
  Distance,
  PlanRequest,
  Priority,
  Race,
  RaceInput,
  Season,
  Settings,
} from '../model/plan';
import { DEFAULT_SETTINGS, distanceKm } from '../model/settings';
import { hashText, slug, uniqueId } from './ids';

/** What the scheduler works from: a request with every default filled in and every race named. */
export interface ScheduleInput {
  readonly id: string;
  readonly name: string;
  readonly settings: Settings;
  readonly season: Season;
  /** Sorted by date, then id. */
  readonly races: readonly Race[];
}

/**
 * Fills a validated request's gaps: settings from the defaults (the focus distance inferred from
 * the races when not given, see `inferFocusDistance`), race ids derived from date and name,
 * priority A when left out, the plan id derived from the request's content.
 *
 * @example normalizeRequest({ start: '2027-01-04', end: '2027-12-26', races: [] }).settings.hardDayCap // 2
 */
export function normalizeRequest(request: PlanRequest): ScheduleInput {
  const used = new Set(request.races.flatMap((race) => (race.id ? [race.id] : [])));
  const races: Race[] = request.races.map((race) => ({
    id: race.id ?? uniqueId(`${race.date}-${slug(race.name)}`, used),
    name: race.name,
    date: race.date,
    distance: race.distance,
    priority: race.priority ?? 'A',
  }));
  return {
    id: request.id ?? `plan-${hashText(JSON.stringify(request))}`,
    name: request.name ?? `Season ${request.start} to ${request.end}`,
    settings: mergeSettings({
      ...request.athlete,
      focusDistance: request.athlete?.focusDistance ?? inferFocusDistance(request.races),
    }),
    season: { start: request.start, end: request.end },
    races: sortRaces(races),
  };
}

/**
 * The athlete's settings over the defaults; a setting given as `undefined` keeps its default.
 *
 * @example mergeSettings({ hardDayCap: 3 }).hardDayCap // 3
 */
export function mergeSettings(athlete: AthleteInput | undefined): Settings {
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, value] of Object.entries(athlete ?? {})) {
    if (value !== undefined) merged[key] = value;
  }
  return merged as unknown as Settings;
}

/**
 * The focus distance a request implies when it does not name one: DOMAIN.md defines it as the
 * distance of the athlete's A races, so the most frequent A-race distance (the longer one on a tie:
 * it asks more of the plan), else the same over the B races, else the default (marathon). A race
 * without a priority is an A race, as `normalizeRequest` reads it.
 *
 * @example inferFocusDistance([{ name: 'Park 5K', date: '2027-05-02', distance: '5k' }]) // '5k'
 * @example inferFocusDistance([]) // 'marathon'
 */
export function inferFocusDistance(
  races: readonly Pick<RaceInput, 'distance' | 'priority'>[],
): Distance {
  for (const priority of ['A', 'B'] as const satisfies readonly Priority[]) {
    const counts = new Map<Distance, number>();
    for (const race of races) {
      if ((race.priority ?? 'A') === priority) {
        counts.set(race.distance, (counts.get(race.distance) ?? 0) + 1);
      }
    }
    let best: Distance | undefined;
    let most = 0;
    for (const [distance, count] of counts) {
      const longer = best !== undefined && distanceKm(distance) > distanceKm(best);
      if (count > most || (count === most && longer)) {
        best = distance;
        most = count;
      }
    }
    if (best !== undefined) return best;
  }
  return DEFAULT_SETTINGS.focusDistance;
}

/** Races by date, then id: the order every later step relies on. */
export function sortRaces(races: readonly Race[]): Race[] {
  return [...races].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}
