/**
 * Races read from an `.ics` file, for the user to confirm before anything is added; where the file
 * did not say the distance, the user is asked for it. Given the open plan's season, races outside
 * it are shown but cannot be taken. The events that were not read as races are listed with the
 * reason, and when the file's times are in UTC the user chooses the zone they are read in (the
 * file is read again, and the choices made so far are kept).
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { IcsImport, ImportedRace } from '../../src/api/contract';
import type { Plan, RaceInput } from '../../src/model/plan';
import { timeZoneChoices } from '../state/use-ics-review';
import { rowDistance } from '../state/wizard-form';
import { formatDay } from '../state/labels';
import { Dialog } from './Dialog';
import { DistanceSelect } from './DistanceSelect';
import { Field } from './Field';

interface Props {
  readonly imported: IcsImport;
  /** The open plan's season; absent in the wizard, where the season is still being chosen. */
  readonly season?: Plan['season'];
  /** True while the file is read again in another zone. */
  readonly rereading?: boolean;
  /** The user chose the zone the file's UTC times are read in. */
  onTimeZone(timeZone: string): void;
  onConfirm(races: readonly RaceInput[]): void;
  onClose(): void;
}

interface Choice {
  readonly take: boolean;
  readonly distance: string;
  readonly customKm: string;
}

type Outside = (race: ImportedRace) => boolean;

function firstChoice(race: ImportedRace, outside: Outside): Choice {
  const { distance } = race;
  return {
    take: !outside(race),
    distance: distance === null ? '' : typeof distance === 'number' ? 'custom' : distance,
    customKm: typeof distance === 'number' ? String(distance) : '',
  };
}

/**
 * The choices for a new reading of the file: a race of the same name keeps its distance and,
 * when it is still inside the season, whether it is taken; a race new to the season is taken.
 */
function carryChoices(
  before: readonly ImportedRace[],
  chosen: readonly Choice[],
  races: readonly ImportedRace[],
  outside: Outside,
): Choice[] {
  const used = new Set<number>();
  return races.map((race) => {
    const j = before.findIndex((b, k) => !used.has(k) && b.name === race.name);
    const previous = chosen[j];
    const was = before[j];
    if (j < 0 || !previous || !was) return firstChoice(race, outside);
    used.add(j);
    const take = !outside(race) && (outside(was) || previous.take);
    return { ...previous, take };
  });
}

export function ImportRacesReview(props: Props) {
  const { imported, season, rereading = false, onTimeZone, onConfirm, onClose } = props;
  const { races } = imported;
  const outside = (race: ImportedRace) =>
    season !== undefined && (race.date < season.start || race.date > season.end);
  const [shown, setShown] = useState(races);
  const [choices, setChoices] = useState<readonly Choice[]>(() =>
    races.map((r) => firstChoice(r, outside)),
  );
  const [errors, setErrors] = useState<Record<number, string>>({});
  // A new reading of the file (another zone): the choices follow the races by name.
  if (shown !== races) {
    setShown(races);
    setChoices(carryChoices(shown, choices, races, outside));
    setErrors({});
  }
  const set = (i: number, patch: Partial<Choice>) =>
    setChoices((list) => list.map((c, j) => (j === i ? { ...c, ...patch } : c)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<number, string> = {};
    const out: RaceInput[] = [];
    races.forEach((race, i) => {
      const c = choices[i];
      if (!c?.take) return;
      const distance = c.distance === '' ? Number.NaN : rowDistance(c);
      if (typeof distance === 'number' && !(distance > 0)) {
        found[i] = 'Choose the distance of this race.';
        return;
      }
      out.push({ ...race, distance });
    });
    setErrors(found);
    if (Object.keys(found).length === 0) onConfirm(out);
  };

  return (
    <Dialog
      label="Import races"
      title={`Races found in the file (${races.length})`}
      onClose={onClose}
    >
      <form className="sp-form" onSubmit={submit} noValidate aria-busy={rereading}>
        {imported.text !== undefined && (
          <ZoneChoice value={imported.timeZone} disabled={rereading} onChange={onTimeZone} />
        )}
        {races.length === 0 && (
          <p className="sp-empty">The file holds no events that look like races.</p>
        )}
        <ul className="sp-import-list">
          {races.map((race, i) => {
            const c = choices[i];
            if (!c) return null;
            return (
              <li key={`${race.name}|${race.date}|${i}`} className="sp-import-item">
                <label className="sp-check">
                  <input
                    type="checkbox"
                    disabled={outside(race)}
                    checked={c.take}
                    onChange={(e) => set(i, { take: e.target.checked })}
                  />
                  <span>
                    <strong>{race.name}</strong> · {formatDay(race.date)}
                    {season && outside(race) && (
                      <span className="sp-hint">
                        {' '}
                        — outside the season ({formatDay(season.start)} to {formatDay(season.end)}),
                        not added
                      </span>
                    )}
                  </span>
                </label>
                {c.take && (
                  <div className="sp-row">
                    <Field label={`Distance of ${race.name}`} error={errors[i]}>
                      {(p) => (
                        <DistanceSelect
                          {...p}
                          value={c.distance}
                          allowEmpty={race.distance === null}
                          onChange={(distance) => set(i, { distance })}
                        />
                      )}
                    </Field>
                    {c.distance === 'custom' && (
                      <Field label={`Km of ${race.name}`} className="sp-narrow">
                        {(p) => (
                          <input
                            {...p}
                            type="number"
                            min={1}
                            step={0.1}
                            value={c.customKm}
                            onChange={(e) => set(i, { customKm: e.target.value })}
                          />
                        )}
                      </Field>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
        <SkippedEvents skipped={imported.skipped} />
        <footer className="sp-dialog-actions">
          <span className="sp-spacer" />
          <button type="button" className="sp-button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="sp-button sp-primary"
            disabled={races.length === 0 || rereading}
          >
            Add races
          </button>
        </footer>
      </form>
    </Dialog>
  );
}

/** The zone a file's UTC times are read in; shown only for a file that has them. */
function ZoneChoice(props: {
  readonly value: string;
  readonly disabled: boolean;
  onChange(timeZone: string): void;
}) {
  const { value, disabled, onChange } = props;
  return (
    <Field
      label="Times in this file are in UTC; read them in"
      hint="The zone of the races: a race early in the morning there may be on the day before in UTC."
    >
      {(p) => (
        <select {...p} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
          {timeZoneChoices(value).map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The events of the file that were not read as races, each with its reason. */
function SkippedEvents({ skipped }: { readonly skipped: readonly string[] }) {
  const id = useId();
  if (skipped.length === 0) return null;
  return (
    <section className="sp-import-skipped" aria-labelledby={id}>
      <h3 id={id}>Not imported</h3>
      <ul>
        {skipped.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </section>
  );
}
