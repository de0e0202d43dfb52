/**
 * iCal import of races: text in, races out, for the user to confirm in the page. Nothing here
 * touches a plan, and nothing throws: a file that is not what it should be (truncated, binary,
 * another encoding, huge, events without dates) is an error `Result` that says what is wrong.
 */
import ICAL from 'ical.js';
import { isIsoDate } from '../dates';
import type { ImportedRace } from '../api/contract';
import type { Distance } from '../model/plan';
import { STANDARD_DISTANCES } from '../model/plan';
import type { Result } from '../model/result';
import { fail, ok } from '../model/result';
import { detectDistance } from './distance-detect';
import { UID_SUFFIX } from './uid';
import { checkStructure } from './ics-structure';

/** Larger files are refused before they are parsed. */
export const MAX_ICS_CHARS = 5 * 1024 * 1024;
/** More races than this in one file is not a race calendar anyone will confirm one by one. */
export const MAX_IMPORTED_RACES = 500;
const MAX_NAME = 200;
const SHOWN_PROBLEMS = 5;

type Component = InstanceType<typeof ICAL.Component>;

function text(event: Component, name: string): string | null {
  const value: unknown = event.getFirstPropertyValue(name);
  return typeof value === 'string' ? value : null;
}

function dayOf(event: Component): string | null {
  // The value as written, before ical.js would normalise 2027-02-30 into March: the day in the
  // event's own zone (a race at 09:00 in Berlin is that Berlin day), a UTC time its UTC day.
  const raw: unknown = event.getFirstProperty('dtstart')?.jCal[3];
  if (typeof raw !== 'string') return null;
  const day = raw.slice(0, 10);
  return isIsoDate(day) && day >= '1900-01-01' && day <= '2199-12-31' ? day : null;
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

/** A race from one event, `'skip'` for an event that is not a race, or a problem to report. */
function raceOf(event: Component, index: number): ImportedRace | 'skip' | string {
  const summary = text(event, 'summary') ?? '';
  const label = `Event ${index + 1}${summary ? ` ("${cleanName(summary).slice(0, 60)}")` : ''}`;
  if ((text(event, 'status') ?? '').toUpperCase() === 'CANCELLED') return 'skip';
  const uid = text(event, 'uid') ?? '';
  const ours = uid.endsWith(UID_SUFFIX);
  // Our own export: training sessions and blocks are not races.
  if (ours && !categoriesOf(event).includes('race')) return 'skip';
  const date = dayOf(event);
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

/**
 * Reads the races of an iCalendar file: one per event, with its date, its name and the distance
 * its name states (`null`: ask the user). Events from one of our own exports are known by their
 * UID: its races come back exactly, its training sessions and blocks are skipped.
 *
 * @example importRacesFromIcs('BEGIN:VCALENDAR\r\n…SUMMARY:Brooklyn Half\r\nDTSTART;VALUE=DATE:20270515…')
 * // { ok: true, value: [{ name: 'Brooklyn Half', date: '2027-05-15', distance: 'half' }] }
 */
export function importRacesFromIcs(source: string): Result<ImportedRace[]> {
  if (typeof source !== 'string') return fail(['The file could not be read as text.']);
  if (source.length > MAX_ICS_CHARS) {
    return fail([
      `The file is too large (${(source.length / 1048576).toFixed(1)} MB; the limit is 5 MB).`,
    ]);
  }
  const structure = checkStructure(source);
  if (!structure.ok) return structure;
  const calendars = parseCalendars(structure.value);
  if (!calendars.ok) return calendars;

  const races: ImportedRace[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  let index = 0;
  try {
    for (const calendar of calendars.value) {
      for (const event of calendar.getAllSubcomponents('vevent')) {
        const race = raceOf(event, index++);
        if (race === 'skip') continue;
        if (typeof race === 'string') {
          problems.push(race);
          continue;
        }
        const key = `${race.date}\u0000${race.name}`;
        if (seen.has(key)) continue; // a recurring event's overrides, or the same race twice
        seen.add(key);
        races.push(race);
      }
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail([`The file is not valid iCalendar: ${reason.slice(0, 200)}`]);
  }
  if (problems.length > 0) {
    return fail([
      `${problems.length} event(s) in the file cannot be read as races:`,
      ...summarise(problems),
    ]);
  }
  if (index === 0) return fail(['The file holds no events.']);
  if (races.length === 0)
    return fail(['The file holds no races (only training sessions or cancelled events).']);
  if (races.length > MAX_IMPORTED_RACES) {
    return fail([
      `The file holds ${races.length} races; at most ${MAX_IMPORTED_RACES} can be imported at once.`,
    ]);
  }
  return ok(
    races.sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    ),
  );
}
