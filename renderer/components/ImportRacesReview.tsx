/**
 * Races read from an `.ics` file, for the user to confirm before anything is added; where the file
 * did not say the distance, the user is asked for it. Given the open plan's season, races outside
 * it are shown but cannot be taken.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ImportedRace } from '../../src/api/contract';
import type { Plan, RaceInput } from '../../src/model/plan';
import { rowDistance } from '../state/wizard-form';
import { formatDay } from '../state/labels';
import { Dialog } from './Dialog';
import { DistanceSelect } from './DistanceSelect';
import { Field } from './Field';

interface Props {
  readonly races: readonly ImportedRace[];
  /** The open plan's season; absent in the wizard, where the season is still being chosen. */
  readonly season?: Plan['season'];
  onConfirm(races: readonly RaceInput[]): void;
  onClose(): void;
}

interface Choice {
  readonly take: boolean;
  readonly distance: string;
  readonly customKm: string;
}

export function ImportRacesReview({ races, season, onConfirm, onClose }: Props) {
  const outside = (race: ImportedRace) =>
    season !== undefined && (race.date < season.start || race.date > season.end);
  const [choices, setChoices] = useState<readonly Choice[]>(() =>
    races.map((r) => ({
      take: !outside(r),
      distance: r.distance === null ? '' : typeof r.distance === 'number' ? 'custom' : r.distance,
      customKm: typeof r.distance === 'number' ? String(r.distance) : '',
    })),
  );
  const [errors, setErrors] = useState<Record<number, string>>({});
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
      <form className="sp-form" onSubmit={submit} noValidate>
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
        <footer className="sp-dialog-actions">
          <span className="sp-spacer" />
          <button type="button" className="sp-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="sp-button sp-primary" disabled={races.length === 0}>
            Add races
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
