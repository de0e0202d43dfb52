/**
 * The shape of one week: which day rests, which holds the long run, which hold the hard sessions.
 * The rest day sits on the athlete's rest weekday (or the nearest free day when a race or a pinned
 * session takes it), the long run on the long-run weekday, and the hard sessions as far from each
 * other and from the long run as the week allows, never on two days in a row.
 */
import { weekdayOffset } from '../dates';
import type { Settings } from '../model/plan';
import type { DayPlan, Phase } from './day-plan';
import type { Role } from './session-content';
import { hardSessionsFor } from './session-content';

/** What is already fixed on the days: races and pinned sessions. */
export interface FixedDays {
  readonly load: Float64Array;
  /** Load without race sessions (the taper rule compares training, not racing). */
  readonly trainLoad: Float64Array;
  readonly minutes: Float64Array;
  /** Minutes of race sessions (part of `minutes`): the growth limit leaves them out. */
  readonly raceMinutes: Float64Array;
  /** How many fixed sessions of the day are hard. */
  readonly hard: Uint8Array;
  /** 1 where the day holds a race or a pinned session: nothing is generated on it. */
  readonly occupied: Uint8Array;
  /** 1 where every fixed session of the day is a rest: the day still counts as a rest day. */
  readonly restOnly: Uint8Array;
  /** Minutes of the day's longest fixed run (races included): long-run-jump measures from it. */
  readonly longestRun: Float64Array;
}

export interface WeekShape {
  /** Role per offset in the week; undefined for days outside the season or already occupied. */
  readonly roles: (Role | undefined)[];
  /** The phase whose rules the week follows. */
  readonly dominant: Phase;
  /** Hard sessions placed. */
  readonly hardCount: number;
}

const PRIORITY: readonly Phase[] = [
  'recovery',
  'taper',
  'reset',
  'peak',
  'build',
  'off-distance',
  'base',
  'race',
];
/** The phases whose days may hold a hard session. */
export const HARD_PHASES: ReadonlySet<Phase> = new Set([
  'base',
  'build',
  'peak',
  'off-distance',
  'taper',
]);

/**
 * The phase most days of the week have (ties to the more restful phase).
 *
 * @example dominantPhase(dayPlan, 0) // 'base'
 */
export function dominantPhase(plan: DayPlan, weekStart: number): Phase {
  const counts = new Map<Phase, number>();
  for (let i = Math.max(0, weekStart); i < Math.min(plan.calendar.count, weekStart + 7); i++) {
    const phase = plan.phase[i]!;
    if (phase !== 'race') counts.set(phase, (counts.get(phase) ?? 0) + 1);
  }
  let best: Phase = 'race';
  let most = 0;
  for (const phase of PRIORITY) {
    const count = counts.get(phase) ?? 0;
    if (count > most) {
      best = phase;
      most = count;
    }
  }
  return best;
}

/**
 * Assigns a role to each free day of the week that starts at index `weekStart`.
 *
 * `dueMet`: the days before the week already gave the quality due after a B or C race.
 * `restBefore`: the week's first days up to this offset rest, and the long run and the hard
 * sessions go on the days after them (a week whose first days the load limits leave no room on).
 *
 * @example shapeWeek(dayPlan, fixed, settings, 0, 2, false, false).roles // ['rest', 'hard', 'easy', …]
 */
export function shapeWeek(
  plan: DayPlan,
  fixed: FixedDays,
  settings: Settings,
  weekStart: number,
  maxHard: number,
  previousDayHard: boolean,
  dueMet: boolean,
  restBefore = 0,
): WeekShape {
  const n = plan.calendar.count;
  const dominant = dominantPhase(plan, weekStart);
  const roles: (Role | undefined)[] = new Array<Role | undefined>(7);
  let fixedHard = 0;
  for (let j = 0; j < 7; j++) {
    const i = weekStart + j;
    if (i < 0 || i >= n) continue;
    if (fixed.occupied[i]) {
      fixedHard += fixed.hard[i]!;
      continue;
    }
    roles[j] = plan.forcedRest[i] || j < restBefore ? 'rest' : 'easy';
  }

  const restAt = nearestFree(roles, weekdayOffset(settings.restWeekday, settings.weekStart));
  let restTaken = false;
  for (let j = 0; j < 7; j++) if (fixed.restOnly[weekStart + j] === 1) restTaken = true;
  for (let j = 0; j < restBefore; j++) if (roles[j] === 'rest') restTaken = true;
  if (restAt !== undefined && !restTaken) roles[restAt] = 'rest';

  const longWanted = weekdayOffset(settings.longRunWeekday, settings.weekStart);
  let longAt: number | undefined;
  if (dominant !== 'recovery' && dominant !== 'reset') {
    // With its first days rested, the week's last free day takes the long run if its own cannot.
    const latest = restBefore > 0 ? [6, 5, 4, 3, 2, 1].filter((j) => j >= restBefore) : [];
    for (const j of [longWanted, longWanted - 1, longWanted + 1, ...latest]) {
      if (j < 0 || j > 6 || roles[j] !== 'easy' || !canHoldLong(plan, weekStart + j)) continue;
      roles[j] = 'long';
      longAt = j;
      break;
    }
  }

  let due = false;
  for (let j = 0; j < 7; j++) if (plan.qualityDue[weekStart + j] === 1) due = true;
  let hardLeft = Math.min(
    Math.max(hardSessionsFor(dominant), due ? 1 : 0),
    settings.hardDayCap - fixedHard,
    maxHard,
  );
  const isHard = (j: number): boolean => {
    const i = weekStart + j;
    if (j === -1) return previousDayHard || fixed.hard[i]! > 0;
    return roles[j] === 'hard' || fixed.hard[i]! > 0;
  };
  // After a B or C race, the first day that may hold quality within 5 days gets it.
  const mayHoldQuality = (j: number): boolean => {
    const i = weekStart + j;
    const phase = plan.phase[i]!;
    if (!plan.qualityDue[i] || plan.noHard[i] || plan.forcedRest[i]) return false;
    if (!(HARD_PHASES.has(phase) || phase === 'recovery')) return false;
    return !isHard(j - 1) && !isHard(j + 1);
  };
  let qualityPlaced = dueMet;
  for (let j = 0; j < 7 && hardLeft > 0 && !qualityPlaced; j++) {
    if (roles[j] !== 'easy' || !mayHoldQuality(j)) continue;
    roles[j] = 'hard';
    hardLeft--;
    qualityPlaced = true;
  }
  // When the rest day or the long run holds every day that may, the quality takes one of them
  // and the rest day or long run moves to the nearest easy day that can take it.
  for (let j = 0; j < 7 && hardLeft > 0 && !qualityPlaced; j++) {
    const displaced = roles[j];
    if ((displaced !== 'rest' && displaced !== 'long') || !mayHoldQuality(j)) continue;
    const to = nearestEasy(
      roles,
      j,
      (k) => displaced === 'rest' || canHoldLong(plan, weekStart + k),
    );
    if (to === undefined) continue;
    roles[to] = displaced;
    roles[j] = 'hard';
    if (displaced === 'long') longAt = to;
    hardLeft--;
    qualityPlaced = true;
  }
  const anchor = longAt ?? longWanted;
  for (const offset of [-5, -3, -4, 2, -2, 1, -6, -1, 3, 4, 5, 6]) {
    if (hardLeft <= 0) break;
    const j = anchor + offset;
    if (j < 0 || j > 6 || roles[j] !== 'easy') continue;
    const i = weekStart + j;
    if (plan.noHard[i] || !HARD_PHASES.has(plan.phase[i]!)) continue;
    if (isHard(j - 1) || isHard(j + 1)) continue;
    roles[j] = 'hard';
    hardLeft--;
  }

  if (dominant !== 'recovery' && dominant !== 'taper' && dominant !== 'reset') {
    // Strides the day before the long run keep the legs quick without adding a hard day.
    const before = longAt !== undefined ? longAt - 1 : -1;
    const at = before >= 0 && roles[before] === 'easy' ? before : roles.indexOf('easy');
    if (at >= 0 && plan.phase[weekStart + at] !== 'recovery') roles[at] = 'strides';
  }
  return { roles, dominant, hardCount: roles.filter((role) => role === 'hard').length };
}

/** Whether day `i` may hold a long run: not next to a race, not in a recovery. */
function canHoldLong(plan: DayPlan, i: number): boolean {
  return plan.noLong[i] === 0 && plan.phase[i] !== 'recovery';
}

/** The easy day nearest to offset `from` (the later one on a tie) that `fits`. */
function nearestEasy(
  roles: readonly (Role | undefined)[],
  from: number,
  fits: (j: number) => boolean,
): number | undefined {
  for (let distance = 1; distance < 7; distance++) {
    for (const j of [from + distance, from - distance]) {
      if (j >= 0 && j <= 6 && roles[j] === 'easy' && fits(j)) return j;
    }
  }
  return undefined;
}

/** The free day nearest to offset `wanted` (the later one on a tie: the day after a race rests). */
function nearestFree(roles: readonly (Role | undefined)[], wanted: number): number | undefined {
  for (let distance = 0; distance < 7; distance++) {
    for (const j of [wanted + distance, wanted - distance]) {
      if (j >= 0 && j <= 6 && roles[j] !== undefined) return j;
    }
  }
  return undefined;
}
