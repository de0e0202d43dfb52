import type { Plan, Session } from '../model/plan';
import type { Warning } from '../model/warning';
import type { Zone } from '../model/workout';
import {
  INTERVAL_MAX_KM,
  MARATHON_MAX_KM,
  MARATHON_MAX_MIN,
  zoneLimitKm,
} from '../workouts/limits';
import { zoneWorkKm, zoneWorkMinutes } from '../workouts/totals';
import { contextOf } from './context';

/**
 * Session distances are stored to 0.1 km, so a week's km can read a little under what the builder
 * sized against: anything within this share (or 0.1 km) of a limit is the rounding, not the plan.
 */
const SLACK = 0.02;

const LIMIT_WORDS: Readonly<Record<Exclude<Zone, 'easy'>, string>> = {
  marathon: `${MARATHON_MAX_MIN} minutes or ${MARATHON_MAX_KM} km, whichever comes first`,
  threshold: "10 % of the week's km",
  interval: `8 % of the week's km, and never more than ${INTERVAL_MAX_KM} km`,
  repetition: "5 % of the week's km",
};

const ZONE_WORDS: Readonly<Record<Exclude<Zone, 'easy'>, string>> = {
  marathon: 'marathon-pace',
  threshold: 'threshold',
  interval: 'interval (VO2max)',
  repetition: 'repetition',
};

/**
 * A session whose work at one zone breaks Daniels' limits for one session (src/workouts/limits.ts):
 * T ≤ 10 % of the week's km, I ≤ 8 % and 10 km, R ≤ 5 %, an M run ≤ 110 min and 29 km. Races
 * are not judged, a time trial's 5K neither.
 *
 * @example workoutLimits(plan) // [{ rule: 'workout-limits', start: '2027-04-20', sessionIds: ['s-2027-04-20'], … }]
 */
export function workoutLimits(plan: Plan): Warning[] {
  const context = contextOf(plan);
  const warnings: Warning[] = [];
  for (const week of context.weeks) {
    const from = week.first - context.base;
    let weekKm = 0;
    const withWork: Session[] = [];
    for (let i = from; i < from + 7; i++) {
      for (const session of context.sessions[i] ?? []) {
        weekKm += session.distanceKm;
        // A race-kind session with steps (a block's 5K time trial) is raced, not trained: the
        // 5K at race effort is the race, which Daniels' per-session training limits do not cover.
        if (session.workout && session.intensity !== 'rest' && session.kind !== 'race') {
          withWork.push(session);
        }
      }
    }
    for (const session of withWork) {
      const problem = breach(session, weekKm, plan);
      if (problem) warnings.push(problem);
    }
  }
  return warnings;
}

function breach(session: Session, weekKm: number, plan: Plan): Warning | undefined {
  const workout = session.workout!;
  const km = zoneWorkKm(workout, plan.paces);
  for (const zone of ['marathon', 'threshold', 'interval', 'repetition'] as const) {
    if (km[zone] === 0) continue;
    const limit = zoneLimitKm(zone, weekKm, plan.paces);
    const overTime =
      zone === 'marathon' &&
      zoneWorkMinutes(workout, plan.paces, zone) > MARATHON_MAX_MIN * (1 + SLACK);
    if (km[zone] <= limit * (1 + SLACK) + 0.1 && !overTime) continue;
    return {
      rule: 'workout-limits',
      severity: 'warning',
      start: session.date,
      end: session.date,
      sessionIds: [session.id],
      raceIds: [],
      message:
        `${session.title} holds ${round(km[zone])} km of ${ZONE_WORDS[zone]} work in a week of ` +
        `${round(weekKm)} km. Daniels keeps one session's ${ZONE_WORDS[zone]} work within ` +
        `${LIMIT_WORDS[zone]}: more is no better stimulus, only more to recover from. ` +
        'Cut the reps or the segment.',
    };
  }
  return undefined;
}

function round(km: number): string {
  return String(Math.round(km * 10) / 10);
}
