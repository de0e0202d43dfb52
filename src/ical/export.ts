/**
 * iCal export: a plan in, RFC 5545 text out (CRLF lines, folded at 75 octets).
 *
 * What calendar apps need to update cleanly on every re-import: a UID per session that never
 * changes (derived from the plan and session ids), SEQUENCE equal to the session's revision so an
 * edit replaces the event, all-day events with an exclusive DTEND the day after, and cancelled
 * events for deleted sessions.
 */
import type { Block, DeletedSession, IsoDate, Plan, Race, Session } from '../model/plan';
import type { Units } from '../model/workout';
import { blocksByDay } from './block-days';
import { contentLine, escapeText } from './content-line';
import { blockSummary, raceSummary, sessionDescription, sessionSummary } from './event-text';
import type { IcsOptions } from './ics-options';
import { icsOptionErrors, nowMs, parseTime } from './ics-options';
import { icsDate, icsDayAfter, icsUtc, icsWallTime } from './ics-values';
import { canonicalTimeZone } from './time-zone';
import { blockUid, UID_SUFFIX, uidPart } from './uid';
import { vtimezone } from './vtimezone';
import type { ZoneTable } from './zone-table';
import { instantIn, wallIn, zoneTable } from './zone-table';

export type { IcsOptions } from './ics-options';
export { blockUid, sessionUid, UID_SUFFIX } from './uid';

export const PRODID = '-//Season Planner//Season Planner 1//EN';

const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu']);

interface Timed {
  readonly hour: number;
  readonly minute: number;
  /** The canonical zone name; null for UTC, written as `…Z` times without a VTIMEZONE. */
  readonly zone: ZoneTable | null;
}

interface Context {
  readonly stamp: string;
  /** `@<plan id>.season-planner`, encoded once. */
  readonly uidTail: string;
  readonly racesById: ReadonlyMap<string, Race>;
  readonly blocksOn: (day: IsoDate) => readonly Block[];
  /** Sequence floors for ids that were deleted and then reused by a new session. */
  readonly reusedIds: ReadonlyMap<string, number>;
  readonly timed: Timed | null;
  readonly units: Units;
}

function allDay(first: IsoDate, last: IsoDate = first): string {
  return (
    contentLine('DTSTART;VALUE=DATE', icsDate(first)) +
    contentLine('DTEND;VALUE=DATE', icsDayAfter(last))
  );
}

function timedLines(day: IsoDate, minutes: number, timed: Timed): string {
  const [year, month, date] = [day.slice(0, 4), day.slice(5, 7), day.slice(8, 10)].map(Number);
  const wall = {
    year: year ?? 0,
    month: month ?? 1,
    day: date ?? 1,
    hour: timed.hour,
    minute: timed.minute,
    second: 0,
  };
  const zone = timed.zone;
  if (!zone) {
    const start = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
    return (
      contentLine('DTSTART', icsUtc(start)) + contentLine('DTEND', icsUtc(start + minutes * 60_000))
    );
  }
  // The end is the start's instant plus the duration, so a run across a DST change keeps its
  // length; the start is written as the zone reads it (02:30 in a spring gap becomes 03:30).
  const start = instantIn(zone, wall);
  // A parameter value with `:;,` must be quoted (offset zones such as `+01:00` in newer runtimes).
  const tzid = /[:;,]/.test(zone.timeZone) ? `"${zone.timeZone}"` : zone.timeZone;
  return (
    contentLine(`DTSTART;TZID=${tzid}`, icsWallTime(wallIn(zone, start))) +
    contentLine(`DTEND;TZID=${tzid}`, icsWallTime(wallIn(zone, start + minutes * 60_000)))
  );
}

function categories(values: readonly string[]): string {
  return contentLine('CATEGORIES', [...new Set(values)].map(escapeText).join(','));
}

function sessionEvent(session: Session, ctx: Context): string {
  const race = session.raceId === undefined ? undefined : ctx.racesById.get(session.raceId);
  const isRace = session.kind === 'race' || race !== undefined;
  const blocks = ctx.blocksOn(session.date);
  const summary = race
    ? raceSummary(race)
    : isRace
      ? `Race: ${session.title}`
      : sessionSummary(session);
  const sequence = Math.max(session.revision, ctx.reusedIds.get(session.id) ?? 0);
  const timed = ctx.timed && session.kind !== 'rest' ? ctx.timed : null;
  let text =
    'BEGIN:VEVENT\r\n' +
    contentLine('UID', uidPart(session.id) + ctx.uidTail) +
    contentLine('DTSTAMP', ctx.stamp) +
    (timed
      ? timedLines(session.date, Math.max(15, session.durationMin), timed)
      : allDay(session.date)) +
    contentLine('SEQUENCE', String(sequence)) +
    contentLine('SUMMARY', escapeText(summary)) +
    contentLine('DESCRIPTION', escapeText(sessionDescription(session, blocks, race, ctx.units))) +
    categories([...(isRace ? ['race'] : []), session.intensity, ...blocks.map((b) => b.kind)]);
  if (race) {
    // Lets a later import of this file read the race back exactly, whatever its summary says.
    text += contentLine('X-SEASON-PLANNER-RACE-NAME;VALUE=TEXT', escapeText(race.name));
    text += contentLine('X-SEASON-PLANNER-DISTANCE;VALUE=TEXT', escapeText(String(race.distance)));
  }
  text += contentLine('TRANSP', timed ? 'OPAQUE' : 'TRANSPARENT');
  return text + 'END:VEVENT\r\n';
}

function blockEvent(block: Block, uid: string, ctx: Context): string {
  const summary = blockSummary(block);
  return (
    'BEGIN:VEVENT\r\n' +
    contentLine('UID', uid) +
    contentLine('DTSTAMP', ctx.stamp) +
    allDay(block.start, block.end) +
    contentLine('SEQUENCE', '0') +
    contentLine('SUMMARY', escapeText(summary)) +
    contentLine('DESCRIPTION', escapeText(`${summary}: ${block.start} to ${block.end}`)) +
    categories(['block', block.kind]) +
    contentLine('TRANSP', 'TRANSPARENT') +
    'END:VEVENT\r\n'
  );
}

function cancelledEvent(gone: DeletedSession, fallbackDay: IsoDate, ctx: Context): string {
  // A calendar matches a cancellation by UID, but DTSTART is required in a file without METHOD,
  // and an app that shows cancelled events shows them on it: the session's own day, or the
  // season's first day for a plan saved before deleted sessions kept their day.
  return (
    'BEGIN:VEVENT\r\n' +
    contentLine('UID', uidPart(gone.id) + ctx.uidTail) +
    contentLine('DTSTAMP', ctx.stamp) +
    allDay(gone.date ?? fallbackDay) +
    contentLine('SEQUENCE', String(gone.revision + 1)) +
    contentLine('SUMMARY', 'Cancelled') +
    contentLine('STATUS', 'CANCELLED') +
    contentLine('TRANSP', 'TRANSPARENT') +
    'END:VEVENT\r\n'
  );
}

/**
 * Exports a plan as an iCalendar file (RFC 5545). Pure: the export time comes from `options.now`.
 * Throws a RangeError naming the bad option when `icsOptionErrors(options)` is not empty (callers
 * that take options from a user check them first).
 *
 * One event per training session (rest days only with `includeRest`), one per race (its race
 * session, marked as a race), the blocks with `includeBlocks` (under UIDs made of their kind and
 * days, see `blockUid`; replaced or removed blocks are not cancelled, as the plan keeps no record
 * of them), and a cancellation per deleted session unless `includeCancelled` is false, on the day
 * the session had. `from`/`to` pick sessions by day; cancellations are written whatever the range,
 * since a calendar may hold an event this range no longer covers.
 *
 * @example exportIcs(plan, { now: '2027-01-05T08:00:00Z', from: '2027-01-05' })
 * // 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Season Planner//Season Planner 1//EN\r\n…'
 */
export function exportIcs(plan: Plan, options: IcsOptions): string {
  const errors = icsOptionErrors(options);
  if (errors.length > 0) throw new RangeError(`Invalid iCal export options: ${errors.join('; ')}`);
  const from = options.from ?? '0000-01-01';
  const to = options.to ?? '9999-12-31';
  const inRange = (day: IsoDate): boolean => day >= from && day <= to;

  const sessions = plan.sessions.filter(
    (s) => inRange(s.date) && (options.includeRest === true || s.kind !== 'rest'),
  );
  // A race without its race session (a hand-edited file) still gets its event, under the UID its
  // race session would have.
  const raced = new Set(plan.sessions.map((s) => s.raceId));
  const orphans = plan.races.filter((r) => !raced.has(r.id) && inRange(r.date));
  const written = sessions.concat(orphans.map(orphanRaceSession));
  const ctx = contextOf(plan, options, written);

  let text =
    'BEGIN:VCALENDAR\r\n' +
    contentLine('VERSION', '2.0') +
    contentLine('PRODID', PRODID) +
    contentLine('CALSCALE', 'GREGORIAN') +
    contentLine('X-WR-CALNAME', escapeText(plan.name));
  if (ctx.timed?.zone) {
    text += contentLine('X-WR-TIMEZONE', ctx.timed.zone.timeZone) + vtimezone(ctx.timed.zone);
  }
  if (options.includeBlocks === true) {
    // Two blocks of one kind over the same days show as the same event: written once.
    const blockUids = new Set<string>();
    for (const block of plan.blocks) {
      const uid = blockUid(plan.id, block);
      if (block.end < from || block.start > to || blockUids.has(uid)) continue;
      blockUids.add(uid);
      text += blockEvent(block, uid, ctx);
    }
  }
  for (const session of written) text += sessionEvent(session, ctx);
  if (options.includeCancelled !== false) {
    const live = new Set(plan.sessions.map((s) => s.id));
    for (const gone of plan.deletedSessions ?? []) {
      if (!live.has(gone.id)) text += cancelledEvent(gone, plan.season.start, ctx);
    }
  }
  return text + 'END:VCALENDAR\r\n';
}

function contextOf(plan: Plan, options: IcsOptions, written: readonly Session[]): Context {
  const live = new Set(plan.sessions.map((session) => session.id));
  const reusedIds = new Map<string, number>();
  for (const deleted of plan.deletedSessions ?? []) {
    // A session that reuses a deleted id must outrank its cancellation (revision + 1).
    if (!live.has(deleted.id)) continue;
    reusedIds.set(deleted.id, Math.max(reusedIds.get(deleted.id) ?? 0, deleted.revision + 2));
  }
  const days = written.map((s) => s.date);
  return {
    stamp: icsUtc(nowMs(options.now) ?? 0),
    uidTail: `@${uidPart(plan.id)}${UID_SUFFIX}`,
    racesById: new Map(plan.races.map((race) => [race.id, race])),
    units: plan.settings.units,
    blocksOn: blocksByDay(plan.blocks, days),
    reusedIds,
    timed: options.timed ? timedOf(options.timed, days) : null,
  };
}

function timedOf(timed: NonNullable<IcsOptions['timed']>, days: readonly IsoDate[]): Timed {
  const timeZone = canonicalTimeZone(timed.timeZone);
  const years = days.map((day) => Number(day.slice(0, 4)));
  const zone =
    UTC_ZONES.has(timeZone) || years.length === 0
      ? null
      : zoneTable(
          timeZone,
          years.reduce((a, b) => Math.min(a, b)),
          years.reduce((a, b) => Math.max(a, b)),
        );
  return { ...parseTime(timed.time), zone };
}

function orphanRaceSession(race: Race): Session {
  return {
    id: `race-${race.id}`,
    date: race.date,
    kind: 'race',
    intensity: 'hard',
    title: race.name,
    durationMin: 0,
    distanceKm: 0,
    pinned: false,
    revision: 0,
    raceId: race.id,
  };
}
