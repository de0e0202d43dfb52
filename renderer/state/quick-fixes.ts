/**
 * The obvious repairs the warnings panel offers. Each is only a choice of which core edit to run
 * with which arguments; the edit itself (and whether it is allowed) is the core's decision.
 */
import type { IsoDate, Plan, Session } from '../../src/model/plan';
import type { Warning } from '../../src/model/warning';
import type { EditResult } from '../../src/edits/types';
import { addDays, startOfWeek, weekdayOf } from '../../src/dates';
import { assertNever } from '../../src/model/settings';
import { changeSession } from '../../src/edits/change-session';
import { moveSession } from '../../src/edits/move-session';
import { deleteSession } from '../../src/edits/delete-session';
import { insertDownWeek } from '../../src/edits/insert-down-week';
import { kindLabel, formatDay } from './labels';

export interface QuickFix {
  readonly label: string;
  readonly apply: (plan: Plan) => EditResult;
}

function hardSessions(plan: Plan, warning: Warning): Session[] {
  const ids = new Set(warning.sessionIds);
  return plan.sessions.filter((s) => ids.has(s.id) && s.intensity === 'hard' && s.kind !== 'race');
}

/**
 * The hard session becomes an easy run, kind and intensity together: an "easy threshold" session
 * would contradict itself (and the rules count the intensity, the runner reads the kind).
 */
function makeEasy(session: Session): QuickFix {
  return {
    label: `Make ${kindLabel(session.kind).toLowerCase()} on ${formatDay(session.date, false)} an easy run`,
    apply: (plan) => changeSession(plan, session.id, { kind: 'easy', intensity: 'easy' }),
  };
}

/**
 * The nearest day (either side, up to a week away, inside the season) with no training, that is not
 * the rest weekday and has no hard session on either side: a session moved there breaks nothing new.
 */
export function nearestFreeDay(plan: Plan, session: Session): IsoDate | null {
  const training = new Map<IsoDate, Session[]>();
  for (const s of plan.sessions) {
    if (s.intensity === 'rest' || s.id === session.id) continue;
    training.set(s.date, [...(training.get(s.date) ?? []), s]);
  }
  const hardOn = (day: IsoDate) => (training.get(day) ?? []).some((s) => s.intensity === 'hard');
  for (let distance = 1; distance <= 7; distance += 1) {
    for (const day of [addDays(session.date, -distance), addDays(session.date, distance)]) {
      if (day < plan.season.start || day > plan.season.end) continue;
      if (training.has(day) || weekdayOf(day) === plan.settings.restWeekday) continue;
      if (session.intensity === 'hard' && (hardOn(addDays(day, -1)) || hardOn(addDays(day, 1))))
        continue;
      return day;
    }
  }
  return null;
}

function moveToFreeDay(plan: Plan, session: Session): QuickFix | null {
  const day = nearestFreeDay(plan, session);
  if (!day) return null;
  return {
    label: `Move ${kindLabel(session.kind).toLowerCase()} to ${formatDay(day, false)}`,
    apply: (p) => moveSession(p, session.id, day),
  };
}

function restDayFix(plan: Plan, warning: Warning): QuickFix | null {
  const weekStart = startOfWeek(warning.start, plan.settings.weekStart);
  let day = weekStart;
  for (let i = 0; i < 7 && weekdayOf(day) !== plan.settings.restWeekday; i += 1)
    day = addDays(day, 1);
  const onDay = plan.sessions.filter((s) => s.date === day && s.intensity !== 'rest');
  if (onDay.length === 0 || onDay.some((s) => s.kind === 'race')) return null;
  return {
    label: `Add the rest day on ${formatDay(day, false)}`,
    apply: (p) => {
      let current: EditResult = { ok: true, value: p };
      for (const s of onDay) {
        if (!current.ok) break;
        current = deleteSession(current.value, s.id);
      }
      return current;
    },
  };
}

export function quickFixes(plan: Plan, warning: Warning): QuickFix[] {
  const fixes: (QuickFix | null)[] = [];
  switch (warning.rule) {
    case 'too-many-hard-days': {
      const last = hardSessions(plan, warning).at(-1);
      if (last) fixes.push(makeEasy(last), moveToFreeDay(plan, last));
      break;
    }
    case 'hard-days-back-to-back': {
      const later = hardSessions(plan, warning).at(-1);
      if (later) fixes.push(moveToFreeDay(plan, later), makeEasy(later));
      break;
    }
    case 'taper-broken':
    case 'load-spike': {
      const hard = hardSessions(plan, warning).at(-1);
      if (hard) fixes.push(makeEasy(hard));
      break;
    }
    case 'down-week-overdue': {
      // The week the warning's text names: the one after `downWeekCycle` loading weeks
      // (src/rules/down-week-overdue.ts), not the streak's last.
      const week = addDays(
        startOfWeek(warning.start, plan.settings.weekStart),
        7 * plan.settings.downWeekCycle,
      );
      fixes.push({
        label: `Insert a down week from ${formatDay(week, false)}`,
        apply: (p) => insertDownWeek(p, week),
      });
      break;
    }
    case 'no-rest-day':
      fixes.push(restDayFix(plan, warning));
      break;
    case 'back-to-back-marathons':
    case 'marathon-recovery':
    case 'no-off-distance-block':
    case 'monotony':
    case 'workout-limits':
    case 'race-time':
    case 'long-run-jump':
      break;
    default:
      return assertNever(warning.rule);
  }
  return fixes.filter((f): f is QuickFix => f !== null);
}
