/**
 * The scheduler's core: from a normalised request (and the sessions to keep) to blocks and sessions.
 * `generate` calls it for a new plan, `regenerate` with the plan's pinned sessions.
 */
import type { Block, Session, SessionKind } from '../model/plan';
import type { Paces } from '../model/workout';
import { sessionLoad } from '../model/load';
import { raceSession } from '../model/race-session';
import { offDistanceFor } from '../model/settings';
import { isRun } from '../rules/long-run-jump';
import { planBlocks } from './blocks';
import { timeTrials } from './time-trial';
import { dayTargets } from './distance-targets';
import type { Phase } from './day-plan';
import { buildDayPlan, indexOf, isoOf, seasonCalendar } from './day-plan';
import { uniqueId } from './ids';
import { placeOffDistanceBlocks } from './off-distance';
import type { ScheduleInput } from './request';
import { hardKind, roleIntensity, sessionTitle } from './session-content';
import { planWeeks } from './volume-pass';
import type { FixedDays } from './week-roles';
import { schedulePaces, workoutDays } from './workout-days';
import { buildWorkout } from '../workouts/build';
import { workoutKm } from '../workouts/session-workout';

export interface Schedule {
  /** The runner's paces, when the settings hold a recent result. */
  readonly paces: Paces | undefined;
  readonly blocks: Block[];
  /** Sorted by date, then id. */
  readonly sessions: Session[];
}

/**
 * Plans the season. `keep` are sessions that stay as they are (pinned ones when regenerating): the
 * days they stand on get nothing generated, and their load counts like a race's. `reserved` ids
 * (deleted sessions', whose iCal UIDs stay taken) are not given to new sessions.
 *
 * @example schedule(normalizeRequest(request), []).sessions.length // one per day of the season
 */
export function schedule(
  input: ScheduleInput,
  keep: readonly Session[],
  reserved: ReadonlySet<string> = new Set(),
): Schedule {
  const { settings, races } = input;
  const calendar = seasonCalendar(input.season, settings.weekStart);
  const n = calendar.count;
  const dayPlan = buildDayPlan(calendar, races);
  const offDistance = offDistanceFor(settings.focusDistance);
  const placed = placeOffDistanceBlocks(dayPlan, races, settings.offDistanceBlockWeeks);
  const paces = schedulePaces(settings);

  const fixed: FixedDays = {
    load: new Float64Array(n),
    trainLoad: new Float64Array(n),
    minutes: new Float64Array(n),
    raceMinutes: new Float64Array(n),
    hard: new Uint8Array(n),
    occupied: new Uint8Array(n),
    restOnly: new Uint8Array(n),
    longestRun: new Float64Array(n),
  };
  const kept: Session[] = [];
  const addFixed = (session: Session): void => {
    const i = indexOf(calendar, session.date);
    if (i < 0 || i >= n) return;
    kept.push(session);
    const load = sessionLoad(session, settings);
    fixed.load[i]! += load;
    if (session.kind !== 'race') fixed.trainLoad[i]! += load;
    fixed.minutes[i]! += session.durationMin;
    if (session.kind === 'race') fixed.raceMinutes[i]! += session.durationMin;
    if (session.intensity === 'hard') fixed.hard[i]! += 1;
    if (isRun(session)) fixed.longestRun[i] = Math.max(fixed.longestRun[i]!, session.durationMin);
    const wasFree = fixed.occupied[i] === 0;
    fixed.occupied[i] = 1;
    fixed.restOnly[i] =
      (wasFree || fixed.restOnly[i] === 1) && session.intensity === 'rest' ? 1 : 0;
  };
  for (const race of races) addFixed(raceSession(race, 0, paces));
  for (const trial of timeTrials(dayPlan, placed, settings, keep, paces)) {
    addFixed(trial);
    const i = indexOf(calendar, trial.date);
    // No long run beside a race, as beside a real one (buildDayPlan does the same for races).
    for (const k of [i - 1, i, i + 1]) if (k >= 0 && k < n) dayPlan.noLong[k] = 1;
  }
  for (const session of keep) if (session.raceId === undefined) addFixed(session);
  // A hard kept session forbids hard days next to it, as a race does.
  for (let i = 0; i < n; i++) {
    if (fixed.hard[i]! > 0) {
      if (i > 0) dayPlan.noHard[i - 1] = 1;
      if (i + 1 < n) dayPlan.noHard[i + 1] = 1;
    }
  }

  const planned = planWeeks(dayPlan, fixed, settings, dayTargets(dayPlan, races, settings), races);
  const used = new Set([...reserved, ...kept.map((session) => session.id)]);
  const sessions: Session[] = [...kept];
  // The kinds rotate within each run of a phase, from its first kind on.
  let hardCount = 0;
  let hardPhase: Phase | undefined;
  const titles = new Map<string, string>();
  const title = (kind: SessionKind, phase: Phase): string => {
    const key = `${kind}/${phase}`;
    let text = titles.get(key);
    if (text === undefined) {
      text = sessionTitle(kind, phase, settings.focusDistance);
      titles.set(key, text);
    }
    return text;
  };
  const workouts = workoutDays(planned.days, calendar, paces);
  for (const day of planned.days) {
    const date = isoOf(calendar, day.day);
    if (day.role === 'hard' && day.phase !== hardPhase) {
      hardPhase = day.phase;
      hardCount = 0;
    }
    const kind: SessionKind =
      day.role === 'hard'
        ? hardKind(day.phase, hardCount++, settings.focusDistance)
        : day.role === 'strides'
          ? 'strides'
          : day.role;
    const workout = buildWorkout({
      kind,
      phase: day.phase,
      minutes: day.minutes,
      weekKm: workouts.weekKm(day.day),
      paces,
      target: day.phase === 'off-distance' ? offDistance : settings.focusDistance,
      index: workouts.index(kind, day),
    });
    const id = uniqueId(`s-${date}`, used);
    const intensity = roleIntensity(day.role);
    // Two literals rather than a spread: a year has a few hundred sessions (PERFORMANCE.md).
    sessions.push(
      workout
        ? {
            id,
            date,
            kind,
            intensity,
            title: title(kind, day.phase),
            durationMin: day.minutes,
            distanceKm: workoutKm(workout, paces),
            pinned: false,
            revision: 0,
            workout,
          }
        : {
            id,
            date,
            kind,
            intensity,
            title: title(kind, day.phase),
            durationMin: day.minutes,
            distanceKm: 0,
            pinned: false,
            revision: 0,
          },
    );
  }
  sessions.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const blocks = planBlocks(dayPlan, races, placed, planned.downWeeks, offDistance);
  return { paces, blocks, sessions };
}
