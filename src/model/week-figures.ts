/**
 * The figures of each week of a season as the page shows them (the week rows, the week view, the
 * volume chart): km, minutes, hard sessions, the block the week belongs to and its acute:chronic
 * ratio. They are read off the rules' own context and ratio (src/rules/context.ts,
 * src/rules/acute-chronic.ts), so a figure on the page and the warning about it cannot disagree.
 */
import type { BlockKind, IsoDate, Plan } from './plan';
import { contextOf, hardIdsOn, sessionsOn, sumDays } from '../rules/context';
import { acuteChronicAt, firstJudgedDay, isSpike } from '../rules/acute-chronic';

export interface WeekFigures {
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** All seven days lie inside the season. */
  readonly full: boolean;
  readonly km: number;
  readonly minutes: number;
  /** Training load of the week (races included, as the taper rule counts it). */
  readonly load: number;
  /** Hard sessions, races included: what too-many-hard-days counts against the cap. */
  readonly hard: number;
  /** The block that explains the week best, or null when none covers it. */
  readonly blockKind: BlockKind | null;
  /**
   * The highest acute:chronic ratio of the week's judged days (load-spike's ratio, from the
   * season's 28th day on); null when no day of the week is judged yet.
   */
  readonly acwr: number | null;
  /** Load-spike fires on at least one day of this week. */
  readonly spike: boolean;
}

/** When blocks overlap a week, the one that explains its volume best wins. */
const BLOCK_PRIORITY: readonly BlockKind[] = [
  'reset',
  'race',
  'taper',
  'recovery',
  'down',
  'off-distance',
  'peak',
  'build',
  'base',
];

/**
 * The block that explains a span of days best (a race week over its taper, a taper over a build).
 *
 * @example weekBlock(plan, '2027-04-12', '2027-04-18') // 'race'
 */
export function weekBlock(plan: Plan, start: IsoDate, end: IsoDate): BlockKind | null {
  let kind: BlockKind | null = null;
  let rank = Infinity;
  for (const b of plan.blocks) {
    if (b.start > end || b.end < start) continue;
    const r = BLOCK_PRIORITY.indexOf(b.kind);
    if (r < rank) {
      rank = r;
      kind = b.kind;
    }
  }
  return kind;
}

/**
 * One entry per week of the season (`seasonWeeks`' weeks, partial ones at the ends included).
 *
 * @example weekFigures(plan)[10] // { start: '2027-03-15', km: 58, minutes: 352, hard: 2, acwr: 1.08, … }
 */
export function weekFigures(plan: Plan): WeekFigures[] {
  const context = contextOf(plan);
  const judgedFrom = firstJudgedDay(context);
  return context.weeks.map((week) => {
    const last = week.first + 6;
    let km = 0;
    let hard = 0;
    for (let n = week.first; n <= last; n++) {
      for (const s of sessionsOn(context, n)) km += s.distanceKm;
      hard += hardIdsOn(context, n).length;
    }
    let acwr: number | null = null;
    let spike = false;
    const from = Math.max(week.first, judgedFrom);
    const to = Math.min(last, context.seasonEnd);
    for (let n = from; n <= to; n++) {
      const figure = acuteChronicAt(context, n);
      if (figure.ratio !== null && (acwr === null || figure.ratio > acwr)) acwr = figure.ratio;
      if (isSpike(figure)) spike = true;
    }
    return {
      start: week.start,
      end: week.end,
      full: week.full,
      km,
      minutes: sumDays(context, context.minutes, week.first, last),
      load: sumDays(context, context.load, week.first, last),
      hard,
      blockKind: weekBlock(plan, week.start, week.end),
      acwr,
      spike,
    };
  });
}
