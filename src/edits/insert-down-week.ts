import { addDays, isIsoDate, minDay, startOfWeek } from '../dates';
import type { Block, IsoDate, Plan, Session } from '../model/plan';
import { fail, ok } from '../model/result';
import { uniqueId } from '../scheduler/ids';
import { reliefReference } from '../rules/down-week-overdue';
import { cutToVolume, easedSession, movable } from './reshape';
import { settleAfter } from './settle';
import { bySessionOrder } from './session-list';
import type { EditResult } from './types';
import { rewriteReshaped } from '../workouts/plan-workouts';

/**
 * Makes the week that starts on `weekStartDay` a down week: its volume cut to
 * `settings.downWeekRatio` of what it held (or of the loading weeks before it, when lighter), at most one hard session (a race counts as one), and a
 * 'down' block over it. The changed sessions are pinned, so regenerating keeps the down week. The
 * weeks after it are trimmed where coming back would spike the load or outweigh a taper.
 * Taper and recovery weeks are light already and cannot take one.
 *
 * @example insertDownWeek(plan, '2027-03-01') // { ok: true, value: plan with a down week from 2027-03-01 }
 */
export function insertDownWeek(plan: Plan, weekStartDay: IsoDate): EditResult {
  const { season, settings } = plan;
  if (!isIsoDate(weekStartDay)) return fail([`${weekStartDay} is not a date (YYYY-MM-DD)`]);
  if (weekStartDay < season.start || weekStartDay > season.end) {
    return fail([`${weekStartDay} is outside the season (${season.start} to ${season.end})`]);
  }
  if (startOfWeek(weekStartDay, settings.weekStart) !== weekStartDay) {
    return fail([
      `${weekStartDay} is not the first day of a week (weeks start on ${settings.weekStart})`,
    ]);
  }
  const end = minDay(addDays(weekStartDay, 6), season.end);
  const overlaps = (block: Block): boolean => block.start <= end && block.end >= weekStartDay;
  for (const block of plan.blocks) {
    if (!overlaps(block)) continue;
    if (block.kind === 'taper' || block.kind === 'recovery') {
      const race = plan.races.find((r) => r.id === block.raceId);
      const what = block.kind === 'taper' ? 'the taper before' : 'the recovery after';
      return fail([
        `the week of ${weekStartDay} is inside ${what} ${race ? race.name : 'a race'}: it is light already`,
      ]);
    }
    if (block.kind === 'down') return fail([`the week of ${weekStartDay} is already a down week`]);
  }

  const inWeek = plan.sessions.filter((s) => s.date >= weekStartDay && s.date <= end);
  const volume = inWeek.reduce((sum, s) => sum + s.durationMin, 0);
  let hardLeft = 1 - inWeek.filter((s) => s.intensity === 'hard' && !movable(s)).length;
  const eased = inWeek.map((session) => {
    if (session.intensity !== 'hard' || !movable(session)) return session;
    if (hardLeft > 0) {
      hardLeft--;
      return session;
    }
    return easedSession(session);
  });
  // About 70 % of the surrounding volume: of the loading weeks before it (down-week-overdue's
  // yardstick), when they were lighter than this week, so that the week counts as relief.
  const reference = reliefReference(plan, weekStartDay);
  const base = reference === undefined ? volume : Math.min(volume, reference);
  const changed = cutToVolume(eased, base * settings.downWeekRatio);
  const byId = new Map<string, Session>(changed.map((s) => [s.id, s]));
  const sessions = plan.sessions.map((s) => byId.get(s.id) ?? s).sort(bySessionOrder);
  const ids = new Set(plan.blocks.map((b) => b.id));
  const block: Block = {
    id: uniqueId(`down-${weekStartDay}`, ids),
    kind: 'down',
    start: weekStartDay,
    end,
  };
  const next = { ...plan, blocks: withBlock(plan.blocks, block), sessions };
  return ok(
    rewriteReshaped(plan, end < season.end ? settleAfter(next, addDays(end, 1), plan) : next),
  );
}

/**
 * The blocks with one more, in order of start, then kind.
 *
 * @example withBlock(plan.blocks, { kind: 'down', … })
 */
export function withBlock(blocks: readonly Block[], block: Block): Block[] {
  return [...blocks, block].sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0,
  );
}
