/**
 * iCal export: a plan in, RFC 5545 text out (CRLF lines, folded at 75 octets).
 *
 * What calendar apps need to update cleanly on every re-import: a UID per session that never
 * changes (derived from the plan and session ids), SEQUENCE equal to the session's revision so an
 * edit replaces the event, all-day events with an exclusive DTEND the day after, and cancelled
 * events for deleted sessions.
 */
import { addDays } from '../dates';
import type { Block, IsoDate, Plan, Race, Session } from '../model/plan';
import { contentLine, escapeText } from './content-line';
import {
  blockSummary,
  blocksOn,
  raceSummary,
  sessionDescription,
  sessionSummary,
} from './event-text';
import type { IcsOptions } from './ics-options';
import { icsOptionErrors, nowMs, parseTime } from './ics-options';
import { canonicalTimeZone, instantOf, wallTime } from './time-zone';
import { vtimezone } from './vtimezone';

export type { IcsOptions } from './ics-options';

/** Every UID we write ends with this; the importer knows our own events by it. */
export const UID_SUFFIX = '.season-planner';
export const PRODID = '-//Season Planner//Season Planner 1//EN';

/** Ids may hold any character; a UID keeps to letters, digits and `-._` (the rest %-encoded). */
function uidPart(id: string): string {
  return encodeURIComponent(id).replace(
    /[!'()*~]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * The UID of a session's event: stable for the life of the session, the same in every export.
 *
 * @example sessionUid('plan-1', 's-2027-03-28') // 's-2027-03-28@plan-1.season-planner'
 */
export function sessionUid(planId: string, sessionId: string): string {
  return `${uidPart(sessionId)}@${uidPart(planId)}${UID_SUFFIX}`;
}

/**
 * The UID of a block's multi-day event.
 *
 * @example blockUid('plan-1', 'down-3') // 'down-3@blocks.plan-1.season-planner'
 */
export function blockUid(planId: string, blockId: string): string {
  return `${uidPart(blockId)}@blocks.${uidPart(planId)}${UID_SUFFIX}`;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function icsDate(day: IsoDate): string {
  return day.slice(0, 4) + day.slice(5, 7) + day.slice(8, 10);
}

function icsUtc(ms: number): string {
  const d = new Date(ms);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu']);

interface Context {
  readonly plan: Plan;
  readonly stamp: string;
  readonly racesById: ReadonlyMap<string, Race>;
  /** Sequence floors for ids that were deleted and then reused by a new session. */
  readonly reusedIds: ReadonlyMap<string, number>;
  readonly timed: { hour: number; minute: number; timeZone: string; utc: boolean } | null;
}

function allDay(day: IsoDate, lastDay: IsoDate = day): string {
  return (
    contentLine('DTSTART;VALUE=DATE', icsDate(day)) +
    contentLine('DTEND;VALUE=DATE', icsDate(addDays(lastDay, 1)))
  );
}

function timedLines(day: IsoDate, minutes: number, timed: NonNullable<Context['timed']>): string {
  const [y, m, d] = [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
  const wall = { year: y, month: m, day: d, hour: timed.hour, minute: timed.minute, second: 0 };
  if (timed.utc) {
    const start = Date.UTC(y, m - 1, d, timed.hour, timed.minute);
    return (
      contentLine('DTSTART', icsUtc(start)) + contentLine('DTEND', icsUtc(start + minutes * 60_000))
    );
  }
  // The end is the start's instant plus the duration, so a run across a DST change keeps its length.
  const start = instantOf(wall, timed.timeZone);
  const startWall = wallTime(start, timed.timeZone);
  const endWall = wallTime(start + minutes * 60_000, timed.timeZone);
  // A parameter value with `:;,` must be quoted (offset zones such as `+01:00` in newer runtimes).
  const param = /[:;,]/.test(timed.timeZone)
    ? `;TZID="${timed.timeZone}"`
    : `;TZID=${timed.timeZone}`;
  return (
    contentLine(`DTSTART${param}`, floating(startWall)) +
    contentLine(`DTEND${param}`, floating(endWall))
  );
}

function floating(wall: ReturnType<typeof wallTime>): string {
  return (
    `${pad(wall.year, 4)}${pad(wall.month)}${pad(wall.day)}` +
    `T${pad(wall.hour)}${pad(wall.minute)}${pad(wall.second)}`
  );
}

function categories(values: readonly string[]): string {
  return contentLine('CATEGORIES', [...new Set(values)].map(escapeText).join(','));
}

function sessionEvent(session: Session, ctx: Context): string {
  const race = session.raceId === undefined ? undefined : ctx.racesById.get(session.raceId);
  const isRace = session.kind === 'race' || race !== undefined;
  const blocks = blocksOn(ctx.plan.blocks, session.date);
  const summary = race
    ? raceSummary(race)
    : isRace
      ? `Race: ${session.title}`
      : sessionSummary(session);
  const sequence = Math.max(session.revision, ctx.reusedIds.get(session.id) ?? 0);
  const when =
    ctx.timed && session.kind !== 'rest'
      ? timedLines(session.date, Math.max(15, session.durationMin), ctx.timed)
      : allDay(session.date);
  let text =
    'BEGIN:VEVENT\r\n' +
    contentLine('UID', sessionUid(ctx.plan.id, session.id)) +
    contentLine('DTSTAMP', ctx.stamp) +
    when +
    contentLine('SEQUENCE', String(sequence)) +
    contentLine('SUMMARY', escapeText(summary)) +
    contentLine('DESCRIPTION', escapeText(sessionDescription(session, blocks, race))) +
    categories([...(isRace ? ['race'] : []), session.intensity, ...blocks.map((b) => b.kind)]);
  if (race) {
    // Lets a later import of this file read the race back exactly, whatever its summary says.
    text += contentLine('X-SEASON-PLANNER-RACE-NAME;VALUE=TEXT', escapeText(race.name));
    text += contentLine('X-SEASON-PLANNER-DISTANCE;VALUE=TEXT', escapeText(String(race.distance)));
  }
  text += contentLine('TRANSP', ctx.timed && session.kind !== 'rest' ? 'OPAQUE' : 'TRANSPARENT');
  return text + 'END:VEVENT\r\n';
}

function blockEvent(block: Block, ctx: Context): string {
  return (
    'BEGIN:VEVENT\r\n' +
    contentLine('UID', blockUid(ctx.plan.id, block.id)) +
    contentLine('DTSTAMP', ctx.stamp) +
    allDay(block.start, block.end) +
    contentLine('SEQUENCE', '0') +
    contentLine('SUMMARY', escapeText(blockSummary(block))) +
    contentLine(
      'DESCRIPTION',
      escapeText(`${blockSummary(block)}: ${block.start} to ${block.end}`),
    ) +
    categories(['block', block.kind]) +
    contentLine('TRANSP', 'TRANSPARENT') +
    'END:VEVENT\r\n'
  );
}

function cancelledEvent(deleted: { id: string; revision: number }, ctx: Context): string {
  // The deleted session's day is not kept; a calendar matches a cancellation by UID, and the
  // season's first day satisfies DTSTART being required in a file without METHOD.
  return (
    'BEGIN:VEVENT\r\n' +
    contentLine('UID', sessionUid(ctx.plan.id, deleted.id)) +
    contentLine('DTSTAMP', ctx.stamp) +
    allDay(ctx.plan.season.start) +
    contentLine('SEQUENCE', String(deleted.revision + 1)) +
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
 * session, marked as a race), the blocks with `includeBlocks`, and a cancellation per deleted
 * session unless `includeCancelled` is false.
 *
 * @example exportIcs(plan, { now: '2027-01-05T08:00:00Z', from: '2027-01-05' })
 * // 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Season Planner//Season Planner 1//EN\r\n…'
 */
export function exportIcs(plan: Plan, options: IcsOptions): string {
  const errors = icsOptionErrors(options);
  if (errors.length > 0) throw new RangeError(`Invalid iCal export options: ${errors.join('; ')}`);
  const ctx = contextOf(plan, options);
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
  const blocks = options.includeBlocks === true ? plan.blocks : [];
  const live = new Set(plan.sessions.map((s) => s.id));
  const deleted = options.includeCancelled === false ? [] : (plan.deletedSessions ?? []);

  const events =
    blocks
      .filter((block) => block.end >= from && block.start <= to)
      .map((block) => blockEvent(block, ctx))
      .join('') +
    sessions.map((session) => sessionEvent(session, ctx)).join('') +
    orphans.map((race) => sessionEvent(orphanRaceSession(race), ctx)).join('') +
    deleted
      .filter((gone) => !live.has(gone.id))
      .map((gone) => cancelledEvent(gone, ctx))
      .join('');

  let head =
    'BEGIN:VCALENDAR\r\n' +
    contentLine('VERSION', '2.0') +
    contentLine('PRODID', PRODID) +
    contentLine('CALSCALE', 'GREGORIAN') +
    contentLine('X-WR-CALNAME', escapeText(plan.name));
  if (ctx.timed && !ctx.timed.utc) {
    head += contentLine('X-WR-TIMEZONE', ctx.timed.timeZone);
    const days = sessions.map((s) => s.date).concat(orphans.map((r) => r.date));
    if (days.length > 0) {
      head += vtimezone(ctx.timed.timeZone, days.reduce(minOf), days.reduce(maxOf));
    }
  }
  return head + events + 'END:VCALENDAR\r\n';
}

function contextOf(plan: Plan, options: IcsOptions): Context {
  const live = new Set(plan.sessions.map((session) => session.id));
  const reusedIds = new Map<string, number>();
  for (const deleted of plan.deletedSessions ?? []) {
    // A session that reuses a deleted id must outrank its cancellation (revision + 1).
    if (!live.has(deleted.id)) continue;
    reusedIds.set(deleted.id, Math.max(reusedIds.get(deleted.id) ?? 0, deleted.revision + 2));
  }
  let timed: Context['timed'] = null;
  if (options.timed) {
    const timeZone = canonicalTimeZone(options.timed.timeZone);
    timed = { ...parseTime(options.timed.time), timeZone, utc: UTC_ZONES.has(timeZone) };
  }
  return {
    plan,
    stamp: icsUtc(nowMs(options.now) ?? 0),
    racesById: new Map(plan.races.map((race) => [race.id, race])),
    reusedIds,
    timed,
  };
}

function minOf(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

function maxOf(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
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
