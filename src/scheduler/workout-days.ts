/**
 * What the workout builder needs from the planned days: the week's km (Daniels' limits are shares
 * of it) and each session's place in its phase (so workouts vary and grow through it).
 */
import type { Settings, SessionKind } from '../model/plan';
import type { Paces } from '../model/workout';
import { pacesFromRace } from '../paces/zones';
import { zoneSecPerKm } from '../workouts/totals';
import type { SeasonCalendar } from './day-plan';
import type { PlannedDay } from './volume-pass';

/**
 * The paces of the settings' recent result; none without one (or with one the schema would have
 * refused).
 *
 * @example schedulePaces({ ...DEFAULT_SETTINGS, recentRace: { distance: '5k', time: '19:57' } })?.vdot // 50
 */
export function schedulePaces(settings: Settings): Paces | undefined {
  if (!settings.recentRace) return undefined;
  const paces = pacesFromRace(settings.recentRace);
  return paces.ok ? paces.value : undefined;
}

export interface WorkoutDays {
  /** The week's planned km for a day (by index). */
  readonly weekKm: (day: number) => number;
  /** How many sessions of `kind` the day's phase held before it; call in day order. */
  readonly index: (kind: SessionKind, day: PlannedDay) => number;
}

/**
 * Week km and phase counters over the planned days (in day order). The week's km is its generated
 * minutes at the easy pace, the slowest any generated step runs at: every session covers at least
 * that, so the plan's true week km (what the workout-limits rule reads) is never below it and the
 * limits sized against it still hold there.
 *
 * @example workoutDays(planned.days, calendar, undefined).weekKm(10) // 52.5
 */
export function workoutDays(
  days: readonly PlannedDay[],
  calendar: SeasonCalendar,
  paces: Paces | undefined,
): WorkoutDays {
  const weekOf = (day: number) => Math.floor((day - calendar.firstWeekStart) / 7);
  const minutes = new Float64Array(weekOf(calendar.count - 1) + 1);
  for (const day of days) minutes[weekOf(day.day)]! += day.minutes;
  const easySecPerKm = zoneSecPerKm('easy', paces);
  const counts = new Map<SessionKind, number>();
  let phase: PlannedDay['phase'] | undefined;
  let last = -2;
  return {
    weekKm: (day) => ((minutes[weekOf(day)] ?? 0) * 60) / easySecPerKm,
    index: (kind, day) => {
      // A new phase (or a gap of more than a week: a break, a race) starts the count again.
      if (day.phase !== phase || day.day - last > 7) counts.clear();
      phase = day.phase;
      last = day.day;
      const n = counts.get(kind) ?? 0;
      counts.set(kind, n + 1);
      return n;
    },
  };
}
