/**
 * A race of the open plan: "Add race" (a new one) or the race inspector (name, date, distance,
 * priority, delete). Problems are shown at the field, in words, before the core edit runs; should
 * the core still refuse, the status line says why and the dialog stays open.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Plan, Priority, Race, RaceInput } from '../../src/model/plan';
import { PRIORITIES } from '../../src/model/plan';
import type { RaceForm } from '../state/race-form';
import { raceFormOf, validateRaceForm } from '../state/race-form';
import type { FieldErrors } from '../state/wizard-form';
import { formatDay } from '../state/labels';
import { Dialog } from './Dialog';
import { DistanceSelect } from './DistanceSelect';
import { Field } from './Field';

type RacePatch = Partial<Omit<Race, 'id'>>;

interface Props {
  readonly plan: Plan;
  /** The race to inspect; absent to add one. */
  readonly race?: Race | undefined;
  /** The day a new race starts on. */
  readonly day: string;
  onAdd(race: RaceInput): boolean;
  onChange(raceId: string, patch: RacePatch): boolean;
  onDelete(raceId: string): boolean;
  onClose(): void;
}

/** What changed between the race and the form's race. */
function patchOf(race: Race, next: Omit<Race, 'id'>): RacePatch {
  const patch: { -readonly [K in keyof RacePatch]: RacePatch[K] } = {};
  if (next.name !== race.name) patch.name = next.name;
  if (next.date !== race.date) patch.date = next.date;
  if (next.distance !== race.distance) patch.distance = next.distance;
  if (next.priority !== race.priority) patch.priority = next.priority;
  return patch;
}

export function RaceDialog({ plan, race, day, onAdd, onChange, onDelete, onClose }: Props) {
  const [form, setForm] = useState<RaceForm>(() => raceFormOf(race, day));
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (patch: Partial<RaceForm>) => setForm((f) => ({ ...f, ...patch }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = validateRaceForm(form, plan.season);
    setErrors(checked.ok ? {} : checked.error);
    if (!checked.ok) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('.sp-race-dialog [aria-invalid="true"]')?.focus(),
      );
      return;
    }
    if (!race) {
      if (onAdd(checked.value)) onClose();
      return;
    }
    const patch = patchOf(race, checked.value);
    if (Object.keys(patch).length === 0 || onChange(race.id, patch)) onClose();
  };

  const title = race ? `${race.name}, ${formatDay(race.date)}` : 'Add a race to the plan';
  return (
    <Dialog
      label={race ? 'Race' : 'Add race'}
      title={title}
      onClose={onClose}
      className="sp-race-dialog"
    >
      <form className="sp-form" onSubmit={submit} noValidate>
        <p className="sp-hint">
          {race
            ? 'Change the race here or drag it on the calendar; you can re-plan around it afterwards.'
            : `A day from ${formatDay(plan.season.start)} to ${formatDay(plan.season.end)}; you can re-plan around it afterwards.`}
        </p>
        <Field label="Race name" error={errors['name']}>
          {(p) => (
            <input {...p} value={form.name} onChange={(e) => set({ name: e.target.value })} />
          )}
        </Field>
        <div className="sp-row">
          <Field label="Race date" error={errors['date']}>
            {(p) => (
              <input
                {...p}
                type="date"
                min={plan.season.start}
                max={plan.season.end}
                value={form.date}
                onChange={(e) => set({ date: e.target.value })}
              />
            )}
          </Field>
          <Field label="Priority" className="sp-narrow">
            {(p) => (
              <select
                {...p}
                value={form.priority}
                onChange={(e) => set({ priority: e.target.value as Priority })}
              >
                {PRIORITIES.map((pr) => (
                  <option key={pr} value={pr}>
                    {pr}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="sp-row">
          <Field label="Distance" error={errors['distance']}>
            {(p) => (
              <DistanceSelect
                {...p}
                value={form.distance}
                allowEmpty={form.distance === ''}
                onChange={(distance) => set({ distance })}
              />
            )}
          </Field>
          {form.distance === 'custom' && (
            <Field label="Custom km" error={errors['customKm']} className="sp-narrow">
              {(p) => (
                <input
                  {...p}
                  type="number"
                  min={1}
                  step={0.1}
                  value={form.customKm}
                  onChange={(e) => set({ customKm: e.target.value })}
                />
              )}
            </Field>
          )}
        </div>
        <footer className="sp-dialog-actions">
          {race && (
            <button
              type="button"
              className="sp-button sp-danger"
              onClick={() => {
                if (onDelete(race.id)) onClose();
              }}
            >
              Delete
            </button>
          )}
          <span className="sp-spacer" />
          <button type="button" className="sp-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="sp-button sp-primary">
            {race ? 'Save' : 'Add race'}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
