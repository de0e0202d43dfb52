/**
 * Whether an iCal export with a date range holds any event, so that the command line can say so
 * when `--from`/`--to` select nothing instead of writing an empty calendar without a word.
 */
import type { IcsOptions } from '../ical/ics-options';
import type { Plan } from '../model/plan';

/**
 * A notice for a range that selects no session, race or block, or null when the export has events
 * (or has no range). Cancellations of deleted sessions are written whatever the range, so they do
 * not count.
 *
 * @example emptyRangeNotice(plan, { now: 0, from: '2030-01-01' })
 * // 'nothing to export from 2030-01-01 on: the season runs 2027-01-04 to 2027-12-26; the calendar has no events'
 */
export function emptyRangeNotice(plan: Plan, options: IcsOptions): string | null {
  const { from, to } = options;
  if (from === undefined && to === undefined) return null;
  const inRange = (day: string) =>
    (from === undefined || day >= from) && (to === undefined || day <= to);
  const sessions = plan.sessions.some(
    (s) => inRange(s.date) && (options.includeRest === true || s.kind !== 'rest'),
  );
  const races = plan.races.some((r) => inRange(r.date));
  const blocks =
    options.includeBlocks === true &&
    plan.blocks.some(
      (b) => (from === undefined || b.end >= from) && (to === undefined || b.start <= to),
    );
  if (sessions || races || blocks) return null;
  const range =
    from !== undefined && to !== undefined
      ? `from ${from} to ${to}`
      : from !== undefined
        ? `from ${from} on`
        : `up to ${to ?? ''}`;
  const season = `${plan.season.start} to ${plan.season.end}`;
  const outside =
    (to !== undefined && to < plan.season.start) || (from !== undefined && from > plan.season.end);
  const why = outside
    ? `the season runs ${season}`
    : `no ${options.includeRest === true ? '' : 'training '}session in that range of the season (${season})`;
  return `nothing to export ${range}: ${why}; the calendar has no events`;
}
