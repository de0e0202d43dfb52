/**
 * The race form of an open plan ("Add race" and the race inspector): strings as typed, checked
 * against the plan's season, in words at each field, before the core's `addRace`/`changeRace` runs.
 */
import type { Plan, Priority, Race, RaceInput } from '../../src/model/plan';
import { isIsoDate } from '../../src/dates';
import type { Result } from '../../src/model/result';
import type { FieldErrors } from './wizard-form';
import { distanceToRow, rowDistance } from './wizard-form';
import { formatDay } from './labels';

export interface RaceForm {
  readonly name: string;
  readonly date: string;
  /** A standard distance, or `custom` with the km in `customKm`; empty means "not chosen yet". */
  readonly distance: string;
  readonly customKm: string;
  readonly priority: Priority;
}

/** The form of an existing race, or an empty one on a default day. */
export function raceFormOf(race: Race | undefined, date: string): RaceForm {
  if (!race) return { name: '', date, distance: '', customKm: '', priority: 'A' };
  return {
    name: race.name,
    date: race.date,
    ...distanceToRow(race.distance),
    priority: race.priority,
  };
}

/** The race the form describes, or field → error in words (`name`, `date`, `distance`, `customKm`). */
export function validateRaceForm(
  form: RaceForm,
  season: Plan['season'],
): Result<Omit<RaceInput, 'id'> & { readonly priority: Priority }, FieldErrors> {
  const errors: Record<string, string> = {};
  const name = form.name.trim();
  if (name === '') errors['name'] = 'Give the race a name.';
  else if (name.length > 200) errors['name'] = 'Keep the name to 200 characters.';
  if (!isIsoDate(form.date)) errors['date'] = 'Enter the race date.';
  else if (form.date < season.start || form.date > season.end) {
    errors['date'] =
      `The race is outside the season: choose a day from ${formatDay(season.start)} to ${formatDay(season.end)}.`;
  }
  const distance = rowDistance(form);
  if (form.distance === '') errors['distance'] = 'Choose the distance of the race.';
  else if (typeof distance === 'number' && !(distance > 0 && distance <= 1000)) {
    errors['customKm'] = 'Enter the distance in km, more than 0.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, error: errors };
  return { ok: true, value: { name, date: form.date, distance, priority: form.priority } };
}
