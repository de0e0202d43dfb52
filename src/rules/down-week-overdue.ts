import { dayNumber } from '../dates';
import type { Plan } from '../model/plan';
import type { Warning } from '../model/warning';
import type { ContextWeek } from './context';
import { contextOf, sumDays } from './context';

/** A week at or below this share of the loading weeks before it counts as relief. */
export const RELIEF_RATIO = 0.8;
/**
 * Relief is judged against the mean of up to this many loading weeks before the week: one week
 * alone is a stale or noisy yardstick (a pre-taper peak kept for months, a single heavy week).
 */
export const RELIEF_REFERENCE_WEEKS = 3;
/**
 * The final weeks before an A race hold no down week: the peak and the taper are planned without
 * one (Pfitzinger & Douglas: none in the 3–4 weeks before the taper; the taper then relieves).
 * A week starting in the 6 weeks up to an A race neither counts towards a streak nor breaks it.
 */
export const FINAL_WEEKS_DAYS = 42;

/** What the streak walk needs to know about one full week. */
export interface WeekFacts {
  /** Minutes of the week, races included. */
  readonly volume: number;
  /** The week holds a day of a recovery or reset break: the streak and its yardstick start over. */
  readonly inBreak: boolean;
  /** The week starts in the final 6 weeks before an A race. */
  readonly final: boolean;
}

/**
 * How the down-week walk classes a week, given what came before: `break` (recovery or reset),
 * `return` (the first week after a break: neither streak nor yardstick), `relief` (at most
 * 0.8 × the mean of the last up to 3 loading weeks since the break), `final` (loading in the final
 * weeks before an A race: paused) or `loading`. The scheduler walks its weeks with the same steps.
 *
 * @example const walk = new ReliefWalk(); walk.next({ volume: 300, inBreak: false, final: false }) // 'loading'
 */
export class ReliefWalk {
  private loading: number[] = [];
  private afterBreak = false;

  /** The yardstick for relief: the mean of the last loading weeks; undefined before any. */
  reference(): number | undefined {
    const recent = this.loading.slice(-RELIEF_REFERENCE_WEEKS);
    if (recent.length === 0) return undefined;
    let sum = 0;
    for (const v of recent) sum += v;
    return sum / recent.length;
  }

  /** The most recent loading week's volume. */
  lastLoading(): number | undefined {
    return this.loading[this.loading.length - 1];
  }

  /** Whether the next full week (unless it is a break) is the return week after a break. */
  returning(): boolean {
    return this.afterBreak;
  }

  /** Classes the next full week and records it. */
  next(week: WeekFacts): 'break' | 'return' | 'relief' | 'final' | 'loading' {
    if (week.inBreak) {
      this.loading = [];
      this.afterBreak = true;
      return 'break';
    }
    if (this.afterBreak) {
      // The return week is light by design: a poor yardstick for the weeks after it.
      this.afterBreak = false;
      return 'return';
    }
    const reference = this.reference();
    if (reference !== undefined && week.volume <= RELIEF_RATIO * reference) return 'relief';
    this.loading.push(week.volume);
    if (this.loading.length > RELIEF_REFERENCE_WEEKS) this.loading.shift();
    return week.final ? 'final' : 'loading';
  }
}

/**
 * More loading weeks in a row than the down-week cycle allows. Walking the full weeks in order, a
 * week is relief when its volume (minutes) is at most 80 % of the mean of the (up to 3) loading
 * weeks before it, else loading; relief ends the streak. A recovery or reset break ends it too and
 * starts the yardstick over (so a long block after a marathon is judged against itself, not against
 * the pre-taper peak), and the first week after a break is a return week. Loading weeks in the final
 * 6 weeks before an A race are the peak and the taper: they are paused, not counted. Fires once
 * per streak that exceeds the cycle, spanning the whole streak.
 *
 * @example downWeekOverdue(plan) // [{ rule: 'down-week-overdue', start: '2027-01-04', end: '2027-02-07', … }]
 */
export function downWeekOverdue(plan: Plan): Warning[] {
  const context = contextOf(plan);
  const cycle = plan.settings.downWeekCycle;
  const facts = weekFacts(plan);
  const warnings: Warning[] = [];
  const walk = new ReliefWalk();
  let streak: ContextWeek[] = [];
  const close = (): void => {
    if (streak.length > cycle) warnings.push(overdue(streak, cycle));
    streak = [];
  };
  for (const week of context.weeks) {
    if (!week.full) continue;
    const kind = walk.next(facts(week.first));
    if (kind === 'loading') streak.push(week);
    else if (kind !== 'final') close();
  }
  close();
  return warnings;
}

/** The facts of the full week starting on day number `first`. */
function weekFacts(plan: Plan): (first: number) => WeekFacts {
  const context = contextOf(plan);
  const breaks = plan.blocks
    .filter((block) => block.kind === 'recovery' || block.kind === 'reset')
    .map((block) => [dayNumber(block.start), dayNumber(block.end)] as const);
  const aRaces = plan.races.filter((race) => race.priority === 'A').map((r) => dayNumber(r.date));
  return (first) => ({
    volume: sumDays(context, context.minutes, first, first + 6),
    inBreak: breaks.some(([a, b]) => a <= first + 6 && b >= first),
    final: aRaces.some((day) => first >= day - FINAL_WEEKS_DAYS + 1 && first <= day),
  });
}

/**
 * The volume a down week starting on `weekStart` is judged against: the mean of the (up to 3)
 * loading weeks before it, as this rule walks them; undefined when there are none (the season's
 * first week, or the return week after a break).
 *
 * @example reliefReference(plan, '2027-06-07') // 335
 */
export function reliefReference(plan: Plan, weekStart: string): number | undefined {
  const context = contextOf(plan);
  const facts = weekFacts(plan);
  const walk = new ReliefWalk();
  const until = dayNumber(weekStart);
  for (const week of context.weeks) {
    if (week.first >= until) break;
    if (week.full) walk.next(facts(week.first));
  }
  return walk.returning() ? undefined : walk.reference();
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
