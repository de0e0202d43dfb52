/**
 * The race that ends an off-distance 5K block. DOMAIN.md: a 5K/10K segment "ends in a 5K/10K race
 * or time trial" (Daniels; the seed article) — the block's test, and the point of training speed.
 * It is a session of kind `race` without a race behind it: a C-priority effort the athlete can
 * rename for a local 5K, or delete; the rules count it as racing, as they do a race. Its steps and
 * minutes (warm-up with strides, the predicted 5K, cool-down) come from src/workouts/time-trial.ts.
 */
import { weekdayOffset } from '../dates';
import { EASY_MIN_PER_KM } from '../model/load';
import type { Session, Settings } from '../model/plan';
import { distanceFamily, offDistanceFor } from '../model/settings';
import type { DayPlan } from './day-plan';
import { isoOf } from './day-plan';
import type { PlacedBlock } from './off-distance';
import type { Paces } from '../model/workout';
import { timeTrial } from '../workouts/time-trial';

/**
 * The time trial at most this share of the athlete's usual week: a 20 km a week runner's 5K with
 * warm-up and cool-down (about 50 min) is 40 % of it, as a parkrun is for a runner of that volume;
 * below about 16 km a week the race day would be more than half the week's running.
 */
const MAX_WEEK_SHARE = 0.5;

/**
 * One time trial per off-distance 5K block, in the block's last week: on the long-run weekday (the
 * day a road race would be), else the free day nearest to it, the earlier on a tie (the day
 * before the long run, as a Saturday parkrun before a Sunday long run); none when the athlete
 * allows no hard day or runs too little for a race day in a week,
 * when the block trains a half (a short-distance runner's block builds volume instead), or when a
 * kept session already races in that week.
 *
 * @example timeTrials(dayPlan, placed, settings, [], pacesFromVdot(50))[0] // { kind: 'race', title: '5K time trial', durationMin: 45, … }
 */
export function timeTrials(
  plan: DayPlan,
  blocks: readonly PlacedBlock[],
  settings: Settings,
  keep: readonly Session[],
  paces: Paces | undefined,
): Session[] {
  if (settings.hardDayCap < 1) return [];
  const trial = timeTrial(paces);
  const usualWeek = settings.weeklyKmBaseline * EASY_MIN_PER_KM;
  if (trial.minutes > MAX_WEEK_SHARE * usualWeek) return [];
  if (distanceFamily(offDistanceFor(settings.focusDistance)) !== 'short') return [];
  const trials: Session[] = [];
  const longDay = weekdayOffset(settings.longRunWeekday, settings.weekStart);
  const restDay = weekdayOffset(settings.restWeekday, settings.weekStart);
  for (const block of blocks) {
    const ws = block.end - 6;
    if (ws < block.start) continue;
    const racedAlready = keep.some((s) => {
      const date = s.date;
      return (
        s.kind === 'race' &&
        date >= isoOf(plan.calendar, ws) &&
        date <= isoOf(plan.calendar, block.end)
      );
    });
    if (racedAlready) continue;
    for (const j of nearestFirst(longDay)) {
      const i = ws + j;
      if (j === restDay || i < 0 || i >= plan.calendar.count) continue;
      if (plan.phase[i] !== 'off-distance' || plan.noHard[i] || plan.forcedRest[i]) continue;
      const date = isoOf(plan.calendar, i);
      if (keep.some((s) => s.date === date)) continue;
      trials.push({
        id: `time-trial-${date}`,
        date,
        kind: 'race',
        intensity: 'hard',
        title: '5K time trial',
        durationMin: trial.minutes,
        distanceKm: trial.distanceKm,
        pinned: false,
        revision: 0,
        workout: trial.workout,
        notes:
          'A C-priority 5K that closes the 5K block: race a local 5K if there is one (rename this ' +
          'session), or run it as a time trial; delete it if you would rather not race.',
      });
      break;
    }
  }
  return trials;
}

/** The week's offsets 0–6 by their distance from `day`, the earlier first on a tie. */
function nearestFirst(day: number): number[] {
  const offsets = [0, 1, 2, 3, 4, 5, 6];
  return offsets.sort((a, b) => Math.abs(a - day) - Math.abs(b - day) || a - b);
}
