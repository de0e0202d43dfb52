import { addDays, daysBetween, isIsoDate, minDay } from '../dates';
import type { Block, IsoDate, Plan, Session } from '../model/plan';
import { fail, ok } from '../model/result';
import { uniqueId } from '../scheduler/ids';
import { withBlock } from './insert-down-week';
import { cutToVolume, easedSession, movable, restDay } from './reshape';
import { settleAfter } from './settle';
import { bySessionOrder, usedSessionIds, withDeleted } from './session-list';
import type { EditResult } from './types';
import { rewriteReshaped } from '../workouts/plan-workouts';

/** DOMAIN.md: the first week back is at about 70 % of the volume before the break… */
const RETURN_RATIO = 0.7;
/** …and at 50 % after a break longer than three weeks. */
const RETURN_RATIO_LONG = 0.5;
const LONG_BREAK_DAYS = 21;
/** No hard session in the first days back. */
const EASY_DAYS_BACK = 3;
const MIN_DAYS = 3;
/** A reset is 3–5 days; a longer break (illness, injury) is entered the same way, up to 8 weeks. */
const MAX_DAYS = 56;

/**
 * Inserts a reset break: `days` days of complete rest from `from` (the sessions on them are dropped
 * and remembered in `deletedSessions`, each day gets a rest session), a 'reset' block over them,
 * and a gentle first week back: its volume at most 70 % of the week before the break (50 % after a
 * break longer than three weeks) and no hard session in its first three days; the weeks after are
 * trimmed where coming back would spike the load. A race cannot fall inside the break.
 *
 * @example insertResetBreak(plan, '2027-05-03') // { ok: true, value: plan with 4 days of rest from 2027-05-03 }
 */
export function insertResetBreak(
  plan: Plan,
  from: IsoDate,
  days: number = plan.settings.resetBreakDays,
): EditResult {
  const { season } = plan;
  if (!isIsoDate(from)) return fail([`${from} is not a date (YYYY-MM-DD)`]);
  if (from < season.start || from > season.end) {
    return fail([`${from} is outside the season (${season.start} to ${season.end})`]);
  }
  if (!Number.isInteger(days) || days < MIN_DAYS || days > MAX_DAYS) {
    return fail([`a reset break lasts ${MIN_DAYS} to ${MAX_DAYS} whole days, not ${days}`]);
  }
  const last = addDays(from, days - 1);
  if (last > season.end) return fail([`the break would run past the season's end (${season.end})`]);
  const race = plan.races.find((r) => r.date >= from && r.date <= last);
  if (race) {
    return fail([
      `the break would cover the race ${race.name} on ${race.date}: move the break or the race`,
    ]);
  }
  if (plan.blocks.some((b) => b.kind === 'reset' && b.start <= last && b.end >= from)) {
    return fail([`${from} to ${last} overlaps a reset break already in the plan`]);
  }

  const inBreak = plan.sessions.filter((s) => s.date >= from && s.date <= last);
  const dropped = inBreak.filter((s) => s.intensity !== 'rest');
  const restDays = new Set(inBreak.filter((s) => s.intensity === 'rest').map((s) => s.date));
  const used = usedSessionIds(plan);
  const added: Session[] = [];
  for (let day = from; day <= last; day = addDays(day, 1)) {
    if (!restDays.has(day)) added.push(restDay(uniqueId(`reset-${day}`, used), day));
  }

  const before = plan.sessions
    .filter((s) => s.date >= addDays(from, -7) && s.date < from)
    .reduce((sum, s) => sum + s.durationMin, 0);
  const backFrom = addDays(last, 1);
  const backTo = minDay(addDays(last, 7), season.end);
  const easyUntil = addDays(last, EASY_DAYS_BACK);
  const back = plan.sessions
    .filter((s) => s.date >= backFrom && s.date <= backTo)
    .map((s) =>
      s.intensity === 'hard' && movable(s) && s.date <= easyUntil ? easedSession(s) : s,
    );
  const ratio = daysBetween(from, backFrom) > LONG_BREAK_DAYS ? RETURN_RATIO_LONG : RETURN_RATIO;
  const changed = new Map<string, Session>(cutToVolume(back, before * ratio).map((s) => [s.id, s]));

  const droppedIds = new Set(dropped.map((s) => s.id));
  const sessions = [
    ...plan.sessions.filter((s) => !droppedIds.has(s.id)).map((s) => changed.get(s.id) ?? s),
    ...added,
  ].sort(bySessionOrder);
  const block: Block = {
    id: uniqueId(`reset-${from}`, new Set(plan.blocks.map((b) => b.id))),
    kind: 'reset',
    start: from,
    end: last,
  };
  const next: Plan = {
    ...plan,
    blocks: withBlock(plan.blocks, block),
    sessions,
    deletedSessions: withDeleted(plan, dropped),
  };
  return ok(rewriteReshaped(plan, last < season.end ? settleAfter(next, backFrom, plan) : next));
}
