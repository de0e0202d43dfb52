/** The races of the wizard: one row each (name, date, distance, priority), added and removed freely. */
import type { Priority } from '../../src/model/plan';
import { PRIORITIES } from '../../src/model/plan';
import type { FieldErrors, RaceRow } from '../state/wizard-form';
import { Field } from './Field';
import { DistanceSelect } from './DistanceSelect';

interface Props {
  readonly rows: readonly RaceRow[];
  readonly errors: FieldErrors;
  onChange(rows: readonly RaceRow[]): void;
}

export function RaceRows({ rows, errors, onChange }: Props) {
  const update = (key: string, patch: Partial<RaceRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  if (rows.length === 0)
    return <p className="sp-empty">No races yet: the plan will build general fitness.</p>;
  return (
    <ol className="sp-race-rows">
      {rows.map((row, i) => (
        <li key={row.key} data-testid="race-row" className="sp-race-row">
          <Field label="Race name" error={errors[`races.${i}.name`]} className="sp-grow">
            {(p) => (
              <input
                {...p}
                value={row.name}
                onChange={(e) => update(row.key, { name: e.target.value })}
              />
            )}
          </Field>
          <Field label="Race date" error={errors[`races.${i}.date`]}>
            {(p) => (
              <input
                {...p}
                type="date"
                value={row.date}
                onChange={(e) => update(row.key, { date: e.target.value })}
              />
            )}
          </Field>
          <Field label="Distance" error={errors[`races.${i}.distance`]}>
            {(p) => (
              <DistanceSelect
                {...p}
                value={row.distance}
                allowEmpty={row.distance === ''}
                onChange={(distance) => update(row.key, { distance })}
              />
            )}
          </Field>
          {row.distance === 'custom' && (
            <Field label="Custom km" className="sp-narrow">
              {(p) => (
                <input
                  {...p}
                  type="number"
                  min={1}
                  step={0.1}
                  value={row.customKm}
                  onChange={(e) => update(row.key, { customKm: e.target.value })}
                />
              )}
            </Field>
          )}
          <Field label="Priority" error={errors[`races.${i}.priority`]} className="sp-narrow">
            {(p) => (
              <select
                {...p}
                value={row.priority}
                onChange={(e) => update(row.key, { priority: e.target.value as Priority })}
              >
                {PRIORITIES.map((pr) => (
                  <option key={pr} value={pr}>
                    {pr}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button
            type="button"
            className="sp-icon-button sp-remove"
            aria-label={`Remove race ${row.name || i + 1}`}
            onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
          >
            ×
          </button>
        </li>
      ))}
    </ol>
  );
}
