/**
 * iCal import of races: text in, races out, for the user to confirm in the page. Nothing here
 * touches a plan, and nothing throws: a file that is not what it should be (truncated, binary,
 * another encoding, huge, events without dates) is an error `Result` that says what is wrong.
 */
import ICAL from 'ical.js';
import { isIsoDate } from '../dates';
import type { IsoDate } from '../model/plan';
import type { ImportedRace } from '../api/contract';
import type { Distance } from '../model/plan';
import { STANDARD_DISTANCES } from '../model/plan';
import type { Result } from '../model/result';
import { fail, ok } from '../model/result';
import { detectDistance } from './distance-detect';
import { UID_SUFFIX } from './uid';
import { MAX_ICS_CHARS, checkStructure } from './ics-structure';
import { isTimeZone, wallTime } from './time-zone';

/** More races than this in one file is not a race calendar anyone will confirm one by one. */
export const MAX_IMPORTED_RACES = 500;
const MAX_NAME = 200;
const SHOWN_PROBLEMS = 5;

type Component = InstanceType<typeof ICAL.Component>;
type IcalTime = InstanceType<typeof ICAL.Time>;

/** How an import reads times and recurrences; the API fills these from the user and the clock. */
export interface IcsImportOptions {
  /**
   * The zone a UTC time (`…Z`, as Google writes every timed event) is read in: a 06:30 Sydney race
   * on the 20th is 19:30Z on the 19th. The user's choice, by default the system's zone.
   */
  readonly timeZone?: string;
  /** Recurring events are expanded over these days (the season); both ends included. */
  readonly from?: IsoDate;
  readonly to?: IsoDate;
}

/** What an import found: the races, and the events it skipped with the reason for each. */
export interface IcsRaces {
  readonly races: ImportedRace[];
  readonly skipped: readonly string[];
  /**
   * Whether an event starts at a UTC time, so the zone it is read in can change its day: the
   * page then offers the choice of zone.
   */
  readonly utcTimes: boolean;
}

/** The most occurrences looked at per recurring event: a FREQ=SECONDLY rule stops here. */
const MAX_RECURRENCE_STEPS = 5_000;

function text(event: Component, name: string): string | null {
  const value: unknown = event.getFirstPropertyValue(name);
  return typeof value === 'string' ? value : null;
}

function inRange(day: string): boolean {
  return isIsoDate(day) && day >= '1900-01-01' && day <= '2199-12-31';
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * The race's day of a time: a date as written; a time with a TZID (or none) its day there, as
 * written (a race at 09:00 in Berlin is that Berlin day); a UTC time its day in the user's zone.
 */
function dayOfTime(time: IcalTime, timeZone: string): string | null {
  if (isUtcTime(time)) {
    const wall = wallTime(time.toUnixTime() * 1000, timeZone);
    const day = `${pad(wall.year, 4)}-${pad(wall.month, 2)}-${pad(wall.day, 2)}`;
    return inRange(day) ? day : null;
  }
  const day = `${pad(time.year, 4)}-${pad(time.month, 2)}-${pad(time.day, 2)}`;
  return inRange(day) ? day : null;
}

function isUtcTime(time: IcalTime): boolean {
  return !time.isDate && time.zone?.tzid === 'UTC';
}

function startsInUtc(event: Component): boolean {
  const value: unknown = event.getFirstPropertyValue('dtstart');
  return value instanceof ICAL.Time && isUtcTime(value);
}

function dayOf(event: Component, timeZone: string): string | null {
  // The value as written is checked first: ical.js would normalise 2027-02-30 into March.
  const property = event.getFirstProperty('dtstart');
  const raw: unknown = property?.jCal[3];
  if (typeof raw !== 'string' || !inRange(raw.slice(0, 10))) return null;
  const value: unknown = property?.getFirstValue();
  return value instanceof ICAL.Time ? dayOfTime(value, timeZone) : null;
}

function categoriesOf(event: Component): string[] {
  return event
    .getAllProperties('categories')
    .flatMap((property) => property.getValues())
    .map((value: unknown) => String(value).trim().toLowerCase());
}

function exportedDistance(value: string | null): Distance | null {
  if (value === null) return null;
  const standard = STANDARD_DISTANCES.find((d) => d === value);
  if (standard) return standard;
  const km = Number(value);
  return Number.isFinite(km) && km > 0 && km <= 2000 ? km : null;
}

function cleanName(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  return clean.length > MAX_NAME ? `${clean.slice(0, MAX_NAME - 1)}…` : clean;
}

/** A race from one event on `date`, `'skip'` for an event that is not a race, or a problem. */
function raceOf(
  event: Component,
  index: number,
  date: string | null,
): ImportedRace | 'skip' | string {
  const summary = text(event, 'summary') ?? '';
  const label = `Event ${index + 1}${summary ? ` ("${cleanName(summary).slice(0, 60)}")` : ''}`;
  if ((text(event, 'status') ?? '').toUpperCase() === 'CANCELLED') return 'skip';
  const uid = text(event, 'uid') ?? '';
  const ours = uid.endsWith(UID_SUFFIX);
  // Our own export: training sessions and blocks are not races.
  if (ours && !categoriesOf(event).includes('race')) return 'skip';
  if (date === null) return `${label}: has no valid start date (DTSTART)`;
  if (ours) {
    const name = cleanName(
      text(event, 'x-season-planner-race-name') ?? summary.replace(/^Race: /, ''),
    );
    const distance =
      exportedDistance(text(event, 'x-season-planner-distance')) ?? detectDistance(name);
    return { name: name || `Race on ${date}`, date, distance };
  }
  const name = cleanName(summary);
  return { name: name || `Race on ${date}`, date, distance: detectDistance(name) };
}

function summarise(problems: readonly string[]): string[] {
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  const more = problems.length - shown.length;
  return more > 0 ? [...shown, `…and ${more} more`] : shown;
}

function parseCalendars(source: string): Result<Component[]> {
  try {
    const parsed: unknown = ICAL.parse(source);
    const list =
      Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : (parsed as unknown[]);
    return ok(list.map((jcal) => new ICAL.Component(jcal as unknown[])));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail([`The file is not valid iCalendar: ${reason.slice(0, 200)}`]);
  }
}

/** The occurrences of one event as (component with its text, day) pairs, inside the window. */
function occurrences(
  event: Component,
  overrides: readonly Component[],
  options: Required<IcsImportOptions>,
): { readonly item: Component; readonly date: string | null }[] {
  const first = dayOf(event, options.timeZone);
  const recurring =
    event.hasProperty('rrule') || event.hasProperty('rdate') || overrides.length > 0;
  if (first === null || !recurring) return [{ item: event, date: first }];
  // ical.js expands RRULE, RDATE and EXDATE, and puts each RECURRENCE-ID override in its place.
  const master = new ICAL.Event(event, { exceptions: [...overrides], strictExceptions: false });
  const iterator = master.iterator();
  const out: { item: Component; date: string | null }[] = [];
  for (let step = 0; step < MAX_RECURRENCE_STEPS; step++) {
    const next = iterator.next();
    if (!next) break;
    const details = master.getOccurrenceDetails(next);
    const date = dayOfTime(details.startDate, options.timeZone);
    if (date === null) continue;
    if (date > options.to) break;
    if (date >= options.from) out.push({ item: details.item.component, date });
  }
  return out;
}

/**
 * Reads the races of an iCalendar file, with the events it skipped (no date, a date that is not a
 * day) listed instead of refusing the whole file: one race per event and occurrence, with its
 * date, its name and the distance its name states (`null`: ask the user). Events from one of our
 * own exports are known by their UID: its races come back exactly, its sessions are skipped.
 *
 * @example readIcsRaces(text, { timeZone: 'Australia/Sydney', from: '2027-01-01', to: '2027-12-31' })
 * // { ok: true, value: { races: [{ name: 'Sydney Marathon', date: '2027-09-19', distance: 'marathon' }], skipped: [], utcTimes: false } }
 */
export function readIcsRaces(source: string, options: IcsImportOptions = {}): Result<IcsRaces> {
  if (typeof source !== 'string') return fail(['The file could not be read as text.']);
  if (source.length > MAX_ICS_CHARS) {
    return fail([
      `The file is too large (${(source.length / 1048576).toFixed(1)} MB; the limit is 5 MB).`,
    ]);
  }
  const timeZone = options.timeZone ?? 'UTC';
  if (!isTimeZone(timeZone)) return fail([`${timeZone} is not a time zone this system knows.`]);
  const window = {
    timeZone,
    from: options.from ?? '1900-01-01',
    to: options.to ?? '2199-12-31',
  };
  const structure = checkStructure(source);
  if (!structure.ok) return structure;
  const calendars = parseCalendars(structure.value);
  if (!calendars.ok) return calendars;

  const races: ImportedRace[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  let index = 0;
  let utcTimes = false;
  try {
    for (const calendar of calendars.value) {
      const events = calendar.getAllSubcomponents('vevent');
      utcTimes ||= events.some(startsInUtc);
      // Overrides of a recurring event (RECURRENCE-ID) go with their master, by UID.
      const masters = new Set(
        events.filter((e) => !e.hasProperty('recurrence-id')).map((e) => text(e, 'uid')),
      );
      const overrides = new Map<string, Component[]>();
      for (const event of events) {
        const uid = text(event, 'uid');
        if (!event.hasProperty('recurrence-id') || uid === null || !masters.has(uid)) continue;
        overrides.set(uid, [...(overrides.get(uid) ?? []), event]);
      }
      for (const event of events) {
        const uid = text(event, 'uid');
        const own = index++;
        if (event.hasProperty('recurrence-id') && uid !== null && masters.has(uid)) continue;
        for (const { item, date } of occurrences(event, overrides.get(uid ?? '') ?? [], window)) {
          const race = raceOf(item, own, date);
          if (race === 'skip') continue;
          if (typeof race === 'string') {
            skipped.push(race);
            continue;
          }
          const key = `${race.date}\u0000${race.name}`;
          if (seen.has(key)) continue; // the same race twice
          seen.add(key);
          races.push(race);
        }
      }
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail([`The file is not valid iCalendar: ${reason.slice(0, 200)}`]);
  }
  if (index === 0) return fail(['The file holds no events.']);
  if (races.length === 0) {
    return fail([
      'The file holds no races (only training sessions, cancelled events, or events without a date).',
      ...summarise(skipped),
    ]);
  }
  if (races.length > MAX_IMPORTED_RACES) {
    return fail([
      `The file holds ${races.length} races; at most ${MAX_IMPORTED_RACES} can be imported at once.`,
    ]);
  }
  races.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  return ok({ races, skipped: summarise(skipped), utcTimes });
}

/**
 * The races of an iCalendar file (see readIcsRaces; the events skipped are left out).
 *
 * @example importRacesFromIcs('BEGIN:VCALENDAR\r\n…SUMMARY:Brooklyn Half\r\nDTSTART;VALUE=DATE:20270515…')
 * // { ok: true, value: [{ name: 'Brooklyn Half', date: '2027-05-15', distance: 'half' }] }
 */
export function importRacesFromIcs(
  source: string,
  options: IcsImportOptions = {},
): Result<ImportedRace[]> {
  const read = readIcsRaces(source, options);
  return read.ok ? ok(read.value.races) : read;
}
