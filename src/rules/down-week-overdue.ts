import type { Plan } from '../model/plan';
import type { Warning } from '../model/warning';
import type { ContextWeek } from './context';
import { contextOf, sumDays } from './context';

/** A week at or below this share of the last loading week's volume counts as relief. */
export const RELIEF_RATIO = 0.8;

/**
 * More loading weeks in a row than the down-week cycle allows. Walking the full weeks in order, a
 * week is relief when its volume (minutes) is at most 80 % of the last loading week's, else
 * loading; relief resets the streak. Fires once per streak that exceeds the cycle, spanning the
 * whole streak.
 *
 * @example downWeekOverdue(plan) // [{ rule: 'down-week-overdue', start: '2027-01-04', end: '2027-02-07', … }]
 */
export function downWeekOverdue(plan: Plan): Warning[] {
  const context = contextOf(plan);
  const cycle = plan.settings.downWeekCycle;
  const warnings: Warning[] = [];
  let lastLoading: number | undefined;
  let streak: ContextWeek[] = [];
  const close = (): void => {
    if (streak.length > cycle) warnings.push(overdue(streak, cycle));
    streak = [];
  };
  for (const week of context.weeks) {
    if (!week.full) continue;
    const volume = sumDays(context, context.minutes, week.first, week.first + 6);
    if (lastLoading !== undefined && volume <= RELIEF_RATIO * lastLoading) {
      close();
      continue;
    }
    lastLoading = volume;
    streak.push(week);
  }
  close();
  return warnings;
}

function overdue(streak: readonly ContextWeek[], cycle: number): Warning {
  const first = streak[0]!;
  const last = streak[streak.length - 1]!;
  const due = streak[cycle]!;
  return {
    rule: 'down-week-overdue',
    severity: 'warning',
    start: first.start,
    end: last.end,
    sessionIds: [],
    raceIds: [],
    message:
      `${streak.length} loading weeks in a row without a down week (your cycle is ${cycle} up, 1 ` +
      `down). Make the week of ${due.start} a down week at about 70 % of the volume, with at most ` +
      `one hard session, so that the body can absorb the training.`,
  };
}
