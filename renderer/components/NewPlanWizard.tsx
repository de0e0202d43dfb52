/**
 * The new-plan wizard: season, athlete settings and races in one dialog. The form is checked with
 * the core's `parsePlanRequest` before anything is generated; each problem is shown at its field.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { PlanRequest, RaceInput, Weekday, WeekStart } from '../../src/model/plan';
import { WEEKDAYS } from '../../src/model/plan';
import { formatDistance } from '../../src/model/settings';
import type { Units } from '../../src/model/workout';
import type { FieldErrors, WizardForm } from '../state/wizard-form';
import {
  distanceToRow,
  inferredFocus,
  initialForm,
  newRaceRow,
  validateForm,
} from '../state/wizard-form';
import { weekdayLabel } from '../state/labels';
import type { IcsReader } from '../state/use-ics-review';
import { seasonWindow, useIcsReview } from '../state/use-ics-review';
import { Dialog } from './Dialog';
import { DistanceSelect } from './DistanceSelect';
import { Field } from './Field';
import { ImportRacesReview } from './ImportRacesReview';
import { RaceRows } from './RaceRows';

interface Props {
  readonly today: string;
  readonly weekStart: WeekStart;
  /** Reads races from an `.ics` file (the recurring ones over the season being chosen). */
  readonly icsReader: IcsReader;
  onCreate(request: PlanRequest): Promise<boolean>;
  onClose(): void;
}

export function NewPlanWizard({ today, weekStart, icsReader, onCreate, onClose }: Props) {
  const [form, setForm] = useState<WizardForm>(() => initialForm(today, weekStart));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const review = useIcsReview(icsReader);
  const set = <K extends keyof WizardForm>(key: K, value: WizardForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = validateForm(form);
    if (!checked.ok) {
      setErrors(checked.error);
      // Put the keyboard where the first problem is.
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('.sp-wizard [aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setErrors({});
    setBusy(true);
    const made = await onCreate(checked.value);
    setBusy(false);
    if (made) onClose();
  };

  const startImport = () => review.start(seasonWindow(form.start, form.end));

  const addImported = (races: readonly RaceInput[]) => {
    setForm((f) => ({
      ...f,
      races: [
        ...f.races,
        ...races.map((r) =>
          newRaceRow({
            name: r.name,
            date: r.date,
            priority: r.priority ?? 'B',
            ...distanceToRow(r.distance),
          }),
        ),
      ],
    }));
    review.close();
  };

  const weekdaySelect = (label: string, key: 'restWeekday' | 'longRunWeekday') => (
    <Field label={label} error={errors[key]}>
      {(p) => (
        <select {...p} value={form[key]} onChange={(e) => set(key, e.target.value as Weekday)}>
          {WEEKDAYS.map((d) => (
            <option key={d} value={d}>
              {weekdayLabel(d)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <Dialog label="New plan" title="New season plan" onClose={onClose} className="sp-wizard">
      <form className="sp-form" onSubmit={(e) => void submit(e)} noValidate>
        {errors['form'] && (
          <p role="alert" className="sp-form-error">
            {errors['form']}
          </p>
        )}
        <fieldset>
          <legend>Season</legend>
          <div className="sp-row">
            <Field label="Plan name" error={errors['name']} className="sp-grow" hint="Optional">
              {(p) => (
                <input
                  {...p}
                  value={form.name}
                  placeholder="Season 2027"
                  onChange={(e) => set('name', e.target.value)}
                />
              )}
            </Field>
            <Field label="Season start" error={errors['start']}>
              {(p) => (
                <input
                  {...p}
                  type="date"
                  value={form.start}
                  onChange={(e) => set('start', e.target.value)}
                />
              )}
            </Field>
            <Field label="Season end" error={errors['end']}>
              {(p) => (
                <input
                  {...p}
                  type="date"
                  value={form.end}
                  onChange={(e) => set('end', e.target.value)}
                />
              )}
            </Field>
          </div>
        </fieldset>
        <fieldset>
          <legend>Athlete</legend>
          <div className="sp-row">
            <Field
              label="Focus distance"
              error={errors['focusDistance']}
              {...(form.focusDistance === ''
                ? { hint: `From your races: ${formatDistance(inferredFocus(form))}` }
                : {})}
            >
              {(p) => (
                <DistanceSelect
                  {...p}
                  value={form.focusDistance}
                  allowCustom={false}
                  allowEmpty
                  emptyLabel="From my races"
                  onChange={(v) => set('focusDistance', v)}
                />
              )}
            </Field>
            <Field label="Weekly volume (km)" error={errors['weeklyKmBaseline']}>
              {(p) => (
                <input
                  {...p}
                  type="number"
                  inputMode="numeric"
                  min={5}
                  max={400}
                  value={form.weeklyKm}
                  onChange={(e) => set('weeklyKm', e.target.value)}
                />
              )}
            </Field>
            <Field label="Hard days per week" error={errors['hardDayCap']}>
              {(p) => (
                <input
                  {...p}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={7}
                  value={form.hardDayCap}
                  onChange={(e) => set('hardDayCap', e.target.value)}
                />
              )}
            </Field>
            <Field label="Down week after (weeks)" error={errors['downWeekCycle']}>
              {(p) => (
                <input
                  {...p}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={12}
                  value={form.downWeekCycle}
                  onChange={(e) => set('downWeekCycle', e.target.value)}
                />
              )}
            </Field>
          </div>
          <div className="sp-row">
            {weekdaySelect('Rest day', 'restWeekday')}
            {weekdaySelect('Long-run day', 'longRunWeekday')}
            <Field label="Week starts on" error={errors['weekStart']}>
              {(p) => (
                <select
                  {...p}
                  value={form.weekStart}
                  onChange={(e) => set('weekStart', e.target.value as WeekStart)}
                >
                  <option value="monday">Monday</option>
                  <option value="sunday">Sunday</option>
                </select>
              )}
            </Field>
          </div>
          <div className="sp-row">
            <Field label="Recent race">
              {(p) => (
                <DistanceSelect
                  {...p}
                  value={form.recentDistance}
                  allowCustom={false}
                  onChange={(v) => set('recentDistance', v)}
                />
              )}
            </Field>
            <Field
              label="Its time"
              error={errors['recentRace']}
              hint="Optional, H:MM:SS or MM:SS: your training paces come from it"
            >
              {(p) => (
                <input
                  {...p}
                  placeholder="e.g. 24:34"
                  value={form.recentTime}
                  onChange={(e) => set('recentTime', e.target.value)}
                />
              )}
            </Field>
            <Field label="Paces in">
              {(p) => (
                <select
                  {...p}
                  value={form.units}
                  onChange={(e) => set('units', e.target.value as Units)}
                >
                  <option value="km">min/km</option>
                  <option value="mi">min/mile</option>
                </select>
              )}
            </Field>
          </div>
        </fieldset>
        <fieldset>
          <legend>Races</legend>
          <RaceRows rows={form.races} errors={errors} onChange={(races) => set('races', races)} />
          <div className="sp-row sp-race-actions">
            <button
              type="button"
              className="sp-button"
              onClick={() => set('races', [...form.races, newRaceRow()])}
            >
              Add race
            </button>
            <button type="button" className="sp-button" onClick={() => void startImport()}>
              Import races
            </button>
          </div>
        </fieldset>
        <footer className="sp-dialog-actions">
          <span className="sp-spacer" />
          <button type="button" className="sp-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="sp-button sp-primary" disabled={busy}>
            {busy ? 'Generating…' : 'Generate plan'}
          </button>
        </footer>
      </form>
      {review.imported && (
        <ImportRacesReview
          imported={review.imported}
          rereading={review.rereading}
          onTimeZone={(zone) => void review.readInZone(zone)}
          onConfirm={addImported}
          onClose={review.close}
        />
      )}
    </Dialog>
  );
}
