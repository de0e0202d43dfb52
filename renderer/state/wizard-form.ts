/**
 * The new-plan wizard's form: strings as typed, turned into a `PlanRequest` and checked with the
 * core's own `parsePlanRequest`, whose path errors (`races[1].date: …`) are mapped back to fields.
 */
import type { Distance, PlanRequest, Priority, Weekday, WeekStart } from '../../src/model/plan';
import { STANDARD_DISTANCES } from '../../src/model/plan';
import { parsePlanRequest } from '../../src/plan/plan-file';
import { inferFocusDistance } from '../../src/scheduler/request';
import { addDays, addMonths } from '../../src/dates';
import type { Result } from '../../src/model/result';
import type { Units } from '../../src/model/workout';

export interface RaceRow {
  /** React key only. */
  readonly key: string;
  readonly id?: string;
  readonly name: string;
  readonly date: string;
  /** A standard distance, or `custom` with the km in `customKm`; empty means "not chosen yet". */
  readonly distance: string;
  readonly customKm: string;
  readonly priority: Priority;
}

export interface WizardForm {
  readonly name: string;
  readonly start: string;
  readonly end: string;
  /** Empty: inferred from the races (see `inferFocusDistance`). */
  readonly focusDistance: string;
  readonly weeklyKm: string;
  readonly restWeekday: Weekday;
  readonly longRunWeekday: Weekday;
  readonly weekStart: WeekStart;
  readonly hardDayCap: string;
  readonly downWeekCycle: string;
  /** A recent race result, optional: its distance, and its time as typed (empty: none). */
  readonly recentDistance: string;
  readonly recentTime: string;
  readonly units: Units;
  readonly races: readonly RaceRow[];
}

/** Field key → error in words. Race fields are `races.<i>.<field>`; `form` holds the rest. */
export type FieldErrors = Readonly<Record<string, string>>;

export function initialForm(today: string, weekStart: WeekStart): WizardForm {
  return {
    name: '',
    start: today,
    end: addDays(addMonths(today, 12), -1),
    focusDistance: '',
    weeklyKm: '50',
    restWeekday: 'monday',
    longRunWeekday: 'sunday',
    weekStart,
    hardDayCap: '2',
    downWeekCycle: '3',
    recentDistance: '5k',
    recentTime: '',
    units: 'km',
    races: [],
  };
}

let rowCounter = 0;
export function newRaceRow(partial: Partial<Omit<RaceRow, 'key'>> = {}): RaceRow {
  rowCounter += 1;
  return {
    key: `race-row-${rowCounter}`,
    name: '',
    date: '',
    distance: 'marathon',
    customKm: '',
    priority: 'A',
    ...partial,
  };
}

function toNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

export function rowDistance(row: Pick<RaceRow, 'distance' | 'customKm'>): Distance | number {
  if ((STANDARD_DISTANCES as readonly string[]).includes(row.distance))
    return row.distance as Distance;
  return toNumber(row.customKm);
}

export function distanceToRow(distance: Distance | null): Pick<RaceRow, 'distance' | 'customKm'> {
  if (distance === null) return { distance: '', customKm: '' };
  if (typeof distance === 'number') return { distance: 'custom', customKm: String(distance) };
  return { distance, customKm: '' };
}

/** The request as typed, before validation. */
export function formToDocument(form: WizardForm): Record<string, unknown> {
  return {
    ...(form.name.trim() ? { name: form.name.trim() } : {}),
    start: form.start,
    end: form.end,
    athlete: {
      ...(form.focusDistance === ''
        ? {}
        : { focusDistance: rowDistance({ distance: form.focusDistance, customKm: '' }) }),
      weeklyKmBaseline: toNumber(form.weeklyKm),
      restWeekday: form.restWeekday,
      longRunWeekday: form.longRunWeekday,
      weekStart: form.weekStart,
      hardDayCap: toNumber(form.hardDayCap),
      downWeekCycle: toNumber(form.downWeekCycle),
      units: form.units,
      ...(form.recentTime.trim()
        ? {
            recentRace: {
              distance: rowDistance({ distance: form.recentDistance, customKm: '' }),
              time: form.recentTime.trim(),
            },
          }
        : {}),
    },
    races: form.races.map((r) => ({
      ...(r.id ? { id: r.id } : {}),
      name: r.name.trim(),
      date: r.date,
      distance: r.distance === '' ? null : rowDistance(r),
      priority: r.priority,
    })),
  };
}

const FIELD_WORDS: Readonly<Record<string, string>> = {
  name: 'Give the plan a name of up to 200 characters.',
  start: 'Enter the first day of the season.',
  end: 'Enter the last day of the season.',
  focusDistance: 'Choose the distance of your goal races.',
  weeklyKmBaseline: 'Enter a weekly volume from 5 to 400 km.',
  restWeekday: 'Choose a rest day.',
  longRunWeekday: 'Choose a long-run day.',
  weekStart: 'Choose Monday or Sunday.',
  hardDayCap: 'Enter a whole number of hard days from 0 to 7.',
  downWeekCycle: 'Enter a whole number of weeks from 1 to 12.',
  'race.name': 'Give the race a name.',
  'race.date': 'Enter the race date.',
  'race.distance': 'Choose a distance, or enter one in km (more than 0).',
  'race.priority': 'Choose A, B or C.',
};

/** Maps one core error line to a field and words a runner understands. */
export function fieldOfError(line: string): { field: string; message: string } {
  const colon = line.indexOf(': ');
  const path = colon > 0 ? line.slice(0, colon) : '';
  const detail = colon > 0 ? line.slice(colon + 2) : line;
  const race = /^races\[(\d+)\]\.(\w+)/.exec(path);
  if (race) {
    const field = `races.${race[1]}.${race[2]}`;
    // "… is outside the season (…)" is already in words; the schema's type errors are not.
    const words = /outside the season/.test(detail)
      ? `The race is ${detail.replace(/^\S+ is /, '')}.`
      : (FIELD_WORDS[`race.${race[2]}`] ?? detail);
    return { field, message: words };
  }
  const key = path.replace(/^athlete\./, '');
  // The pace model's messages name the time and what is wrong with it already.
  if (key.startsWith('recentRace')) return { field: 'recentRace', message: detail };
  if (key === 'end' && /before start/.test(detail)) {
    return { field: 'end', message: 'The season ends before it starts.' };
  }
  const words = FIELD_WORDS[key];
  return words ? { field: key, message: words } : { field: 'form', message: line };
}

/**
 * The focus distance the plan will use when the form leaves it empty: the one the races imply
 * (races whose distance is not chosen yet are left out).
 */
export function inferredFocus(form: WizardForm): Distance {
  const races = form.races.flatMap((r) => {
    const distance = r.distance === '' ? Number.NaN : rowDistance(r);
    return typeof distance === 'number' && !(distance > 0)
      ? []
      : [{ distance, priority: r.priority }];
  });
  return inferFocusDistance(races);
}

export function validateForm(form: WizardForm): Result<PlanRequest, FieldErrors> {
  const document = formToDocument(form);
  const parsed = parsePlanRequest(document);
  if (parsed.ok) return parsed;
  // zod runs the season checks (end after start, races inside it) only once every field is valid;
  // asking the core again about the dates alone shows those problems at the same time as the rest.
  const datesOnly = parsePlanRequest({
    start: form.start,
    end: form.end,
    races: form.races.map((r) => ({ name: 'race', date: r.date, distance: 10 })),
  });
  const lines = [...parsed.error, ...(datesOnly.ok ? [] : datesOnly.error)];
  const errors: Record<string, string> = {};
  for (const line of lines) {
    const { field, message } = fieldOfError(line);
    if (!errors[field]) errors[field] = message;
  }
  return { ok: false, error: errors };
}
