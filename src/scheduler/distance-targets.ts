/**
 * What a plan reaches, by the distance it prepares: the peak weekly volume and the longest long run
 * (DOMAIN.md, "Distance-specific targets"), scaled to the athlete's baseline. The weeks before an
 * A race follow that race's distance; an off-distance block follows its own distance, which is the
 * whole point of the block; weeks with no A race ahead follow the focus distance.
 */
import { EASY_MIN_PER_KM } from '../model/load';
import type { Distance, Race, Settings } from '../model/plan';
import { distanceKm, offDistanceFor } from '../model/settings';
import type { DayPlan, Phase } from './day-plan';
import { indexOf } from './day-plan';

export interface DistanceTargets {
  /** The distance's bracket, for comments and tests. */
  readonly bracket: 'ultra' | 'marathon' | 'half' | '10k' | '5k';
  /** Minutes of the peak week. */
  readonly peakWeek: number;
  /** Minutes of the longest long run, reached in the peak phase. */
  readonly peakLongRun: number;
  /** The largest share of a week the long run may take. */
  readonly longShare: number;
}

/**
 * Peak volume over the baseline. Marathon: about 1.3–1.5 × the starting week (Pfitzinger &
 * Douglas, Advanced Marathoning; 18/55 peaks at 55 mi); the ultra as the marathon; the shorter
 * distances add less, their gains coming from quality (Pfitzinger & Latter, Faster Road Racing).
 */
const PEAK_VOLUME = { ultra: 1.4, marathon: 1.4, half: 1.3, '10k': 1.2, '5k': 1.15 } as const;
/**
 * Long-run share. Daniels keeps the long run to 25–30 % of the week for up to 65 km a week; we
 * allow 35 % so that the 10K and half long runs below reach their figures at 40 km a week. The
 * marathon and the ultra need a long run of a set length whatever the week (Higdon Novice runs
 * 32 km in a peak week of about 64 km, 50 %): their share may reach 50 %, and their peak week is
 * raised where the long run needs it.
 */
const LONG_SHARE = { ultra: 0.5, marathon: 0.5, half: 0.35, '10k': 0.35, '5k': 0.35 } as const;
/** The longest long run of a 5K/10K segment (DOMAIN.md: kept at 60–90 min). */
const SEGMENT_LONG_RUN_MAX = 90;
/** Base days this close before an off-distance block lengthen the long run towards it. */
const LEAD_IN_DAYS = 42;
/** Below this baseline the long-run figures scale down (the "lower baselines scale"). */
const FULL_BASELINE_KM = 40;

/**
 * The targets of a distance for a baseline (km a week).
 *
 * - marathon: 150 min at 40 km a week (26 km ≈ 159 min at 6.1 min/km; Hansons 26 km, Pfitzinger
 *   and Higdon 32 km), up to 180 min ("capped near 3 h") at 80 km; scaled below 40 km, never
 *   under 120 min (a marathon plan never peaks below 2 h of long run);
 * - ultra: 190 min at 40 km a week, up to 210 (Koop: 3 h or back-to-back long days): the build's
 *   95 % of it is already 3 h, so the 3-h run comes at least twice (the figure, as the
 *   marathon's); never under 120 min (as the marathon);
 * - half: 100–120 min (18–22 km; Pfitzinger & Latter), scaled below 40 km, never under 75;
 * - 10K: 75–90 min, 5K: 60–75 min (long run kept at 60–90 min in a 5K/10K segment; Daniels).
 *
 * @example distanceTargets('marathon', 50).peakLongRun // 157.5
 */
export function distanceTargets(distance: Distance, baselineKm: number): DistanceTargets {
  const km = distanceKm(distance);
  const bracket: DistanceTargets['bracket'] =
    km > 43 ? 'ultra' : km >= 42 ? 'marathon' : km >= 20 ? 'half' : km > 7.5 ? '10k' : '5k';
  const above = Math.max(0, baselineKm - FULL_BASELINE_KM);
  const scale = Math.min(1, baselineKm / FULL_BASELINE_KM);
  const long = (at40: number, top: number, perKm: number, floor: number): number =>
    baselineKm >= FULL_BASELINE_KM
      ? Math.min(top, at40 + perKm * above)
      : Math.max(floor, at40 * scale);
  const peakLongRun =
    bracket === 'ultra'
      ? long(190, 210, 0.5, 120)
      : bracket === 'marathon'
        ? long(150, 180, 0.75, 120)
        : bracket === 'half'
          ? long(100, 120, 0.5, 75)
          : bracket === '10k'
            ? long(75, 90, 0.375, 30)
            : long(60, 75, 0.375, 30);
  const longShare = LONG_SHARE[bracket];
  const peakWeek = Math.max(
    PEAK_VOLUME[bracket] * baselineKm * EASY_MIN_PER_KM,
    longShare >= 0.5 ? peakLongRun / longShare : 0,
  );
  return { bracket, peakWeek, peakLongRun, longShare };
}

/**
 * How far each loading phase goes towards the peak: the base builds to 40 % of the way from the
 * baseline to the peak week and holds there, the build to 80 %, the peak all the way. The long
 * run goes 80 % / 95 % / 100 % of its peak (the longest run is reached 2–3 times: Pfitzinger). An off-distance block trains its own distance to
 * that distance's peak.
 */
const VOLUME_WAY: Readonly<Partial<Record<Phase, number>>> = {
  base: 0.4,
  build: 0.8,
  peak: 1,
  'off-distance': 1,
};
const LONG_WAY: Readonly<Partial<Record<Phase, number>>> = {
  base: 0.8,
  build: 0.95,
  peak: 1,
  'off-distance': 1,
};

/**
 * The weekly minutes a phase may climb to: Infinity outside the loading phases (tapers and
 * recoveries are sized by their day factors).
 *
 * @example levelCap(distanceTargets('marathon', 50), 'base', 300) // 348
 */
export function levelCap(targets: DistanceTargets, phase: Phase, baseMinutes: number): number {
  const way = VOLUME_WAY[phase];
  if (way === undefined) return Infinity;
  return baseMinutes + way * Math.max(0, targets.peakWeek - baseMinutes);
}

/**
 * The long run a phase asks for at a weekly level: its share of the peak long run, at most the
 * distance's share of the week.
 *
 * @example longRunMinutes(distanceTargets('marathon', 50), 'peak', 420) // 157.5
 */
export function longRunMinutes(targets: DistanceTargets, phase: Phase, level: number): number {
  const way = LONG_WAY[phase] ?? 1;
  return Math.min(way * targets.peakLongRun, targets.longShare * level);
}

/**
 * The targets of every day of the season: an off-distance day trains the off distance, any other
 * day the next A race on or after it, else the focus distance.
 *
 * @example dayTargets(dayPlan, races, settings)[0].bracket // 'marathon'
 */
export function dayTargets(
  plan: DayPlan,
  races: readonly Race[],
  settings: Settings,
): DistanceTargets[] {
  const baseline = settings.weeklyKmBaseline;
  const cache = new Map<Distance, DistanceTargets>();
  const of = (distance: Distance): DistanceTargets => {
    let targets = cache.get(distance);
    if (!targets) {
      targets = distanceTargets(distance, baseline);
      cache.set(distance, targets);
    }
    return targets;
  };
  const n = plan.calendar.count;
  const out = new Array<DistanceTargets>(n);
  const focus = of(settings.focusDistance);
  const offTargets = of(offDistanceFor(settings.focusDistance));
  // A long-distance runner's 5K block keeps the long run at the top of the 5K/10K segment's
  // 60–90 min (DOMAIN.md), not lower: shorter than the focus build's, but the build after the
  // block grows it back by at most 10 % a run (long-run-jump), and from 60 min that takes months.
  const off: DistanceTargets =
    focus.peakLongRun > offTargets.peakLongRun
      ? {
          ...offTargets,
          peakLongRun: Math.max(
            offTargets.peakLongRun,
            Math.min(SEGMENT_LONG_RUN_MAX, focus.peakLongRun),
          ),
        }
      : offTargets;
  let next = focus;
  const aRaces = races.filter((race) => race.priority === 'A');
  let r = aRaces.length - 1;
  let blockStart = Infinity; // the first day of the next off-distance block
  for (let i = n - 1; i >= 0; i--) {
    while (r >= 0 && indexOf(plan.calendar, aRaces[r]!.date) >= i) {
      next = of(aRaces[r]!.distance);
      r--;
    }
    const phase = plan.phase[i];
    if (phase === 'off-distance') blockStart = i;
    const leadIn = phase === 'base' && blockStart - i <= LEAD_IN_DAYS;
    out[i] = phase === 'off-distance' ? off : leadIn ? leadInTargets(next, off) : next;
  }
  return out;
}

/**
 * The base weeks before a block that needs a longer long run (a 5K runner's half block) already
 * lengthen it: the long run may grow by 10 % a run at most (long-run-jump), and from a 5K
 * runner's hour a block of a few weeks alone would not reach the half's 90 minutes and more.
 * The weekly volume stays the base's.
 */
function leadInTargets(base: DistanceTargets, block: DistanceTargets): DistanceTargets {
  if (block.peakLongRun <= base.peakLongRun) return base;
  return {
    ...base,
    peakLongRun: block.peakLongRun,
    longShare: Math.max(base.longShare, block.longShare),
  };
}
