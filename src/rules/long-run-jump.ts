import type { Plan, Session } from '../model/plan';
import type { Warning } from '../model/warning';
import { contextOf, sessionsOn } from './context';
import { fromDayNumber } from '../dates';

/**
 * A run longer than this × the longest run of the past `JUMP_WINDOW_DAYS` days is a jump. Frandsen
 * et al. 2025 (BJSM 59:1203, 5,205 runners): a single run > 10 % longer than the longest of the
 * past 30 days raised the injury risk (HR 1.64 for +10–30 %, 2.28 for > 100 %), more than weekly
 * change or the acute:chronic ratio did. The scheduler imports this limit to keep its plans clear.
 */
export const LONG_RUN_JUMP = 1.1;
/** The look-back of the jump, in days (Frandsen et al. 2025). */
export const JUMP_WINDOW_DAYS = 30;
/** Float noise only: a run planned at exactly 1.1 × must not fire. */
const FLOAT_GUARD = 1 + 1e-9;

/**
 * Whether a session is a run for the jump: it has minutes and is not rest or cross-training.
 *
 * @example isRun({ kind: 'long', intensity: 'moderate', durationMin: 100, … }) // true
 */
export function isRun(session: Pick<Session, 'kind' | 'intensity' | 'durationMin'>): boolean {
  return (
    session.intensity !== 'rest' && session.kind !== 'cross-training' && session.durationMin > 0
  );
}

/**
 * A training run more than 10 % longer than the longest run of the 30 days before it. Runs are
 * measured by duration: the study measured distance, but the plan fixes minutes and a run's km
 * follow from them at its pace (comparing km would set a tempo's quicker km against a long run's).
 * Races count as the longest run before a day (a marathon is a long run the legs remember) but are
 * not judged themselves: the race is the point of the plan. Only days with 30 days of the season
 * before them are judged, as the plan knows nothing of the runs before it; a day with no run in its
 * 30 days (a return from a long break) is left to the load-spike rule.
 *
 * @example longRunJump(plan) // [{ rule: 'long-run-jump', start: '2027-03-07', sessionIds: ['s-2027-03-07'], … }]
 */
export function longRunJump(plan: Plan): Warning[] {
  const context = contextOf(plan);
  const from = context.seasonStart;
  const to = context.seasonEnd;
  // The longest run of each day from the window's first day on.
  const longest = new Float64Array(to - from + 1 + JUMP_WINDOW_DAYS);
  const offset = from - JUMP_WINDOW_DAYS;
  for (let d = offset; d <= to; d++) {
    let most = 0;
    for (const session of sessionsOn(context, d)) {
      if (isRun(session) && session.durationMin > most) most = session.durationMin;
    }
    longest[d - offset] = most;
  }
  const warnings: Warning[] = [];
  for (let d = from + JUMP_WINDOW_DAYS; d <= to; d++) {
    if (longest[d - offset]! <= 0) continue;
    let before = 0;
    for (let k = d - JUMP_WINDOW_DAYS; k < d; k++) before = Math.max(before, longest[k - offset]!);
    if (before <= 0) continue;
    for (const session of sessionsOn(context, d)) {
      if (session.kind === 'race' || !isRun(session)) continue;
      if (session.durationMin > LONG_RUN_JUMP * before * FLOAT_GUARD) {
        warnings.push(jump(session, before, fromDayNumber(d)));
      }
    }
  }
  return warnings;
}

function jump(session: Session, before: number, day: string): Warning {
  const percent = Math.round((session.durationMin / before - 1) * 100);
  return {
    rule: 'long-run-jump',
    severity: 'warning',
    start: day,
    end: day,
    sessionIds: [session.id],
    raceIds: [],
    message:
      `This ${session.durationMin}-min run is ${percent} % longer than your longest run of the 30 ` +
      `days before it (${before} min). A single run more than 10 % longer than the longest of the ` +
      `past 30 days was the strongest injury predictor in a study of 5,205 runners (Frandsen et ` +
      `al. 2025): shorten it to at most ${Math.floor(before * LONG_RUN_JUMP)} min, and build the ` +
      `longest run up by 10 % at a time.`,
  };
}
