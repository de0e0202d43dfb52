/**
 * "I'm in a slump": a reset break of 3–5 days of complete rest from a chosen day; the core inserts
 * it and re-flows the weeks after it.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Plan } from '../../src/model/plan';
import type { EditResult } from '../../src/edits/types';
import { isIsoDate } from '../../src/dates';
import { insertResetBreak } from '../../src/edits/insert-reset-break';
import { formatDay } from '../state/labels';
import { Dialog } from './Dialog';
import { Field } from './Field';

interface Props {
  readonly plan: Plan;
  readonly today: string;
  edit(run: (plan: Plan) => EditResult, done: string): boolean;
  onClose(): void;
}

export function SlumpDialog({ plan, today, edit, onClose }: Props) {
  const inSeason = today >= plan.season.start && today <= plan.season.end;
  const [from, setFrom] = useState(inSeason ? today : plan.season.start);
  const [days, setDays] = useState(String(plan.settings.resetBreakDays));
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    const n = Number(days);
    if (!isIsoDate(from) || from < plan.season.start || from > plan.season.end) {
      found['from'] =
        `Choose a day in the season (${formatDay(plan.season.start)} to ${formatDay(plan.season.end)}).`;
    }
    if (!Number.isInteger(n) || n < 3 || n > 5) found['days'] = 'A reset break is 3, 4 or 5 days.';
    setErrors(found);
    if (Object.keys(found).length) return;
    if (
      edit(
        (p) => insertResetBreak(p, from, n),
        `Inserted a ${n}-day reset break from ${formatDay(from)}.`,
      )
    )
      onClose();
  };

  return (
    <Dialog label="Reset break" title="A reset break" onClose={onClose}>
      <form className="sp-form" onSubmit={submit} noValidate>
        <p className="sp-hint">
          A few days of complete rest, then an easier week back. It often ends a slump faster than
          training harder.
        </p>
        <div className="sp-row">
          <Field label="From" error={errors['from']}>
            {(p) => (
              <input {...p} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
            )}
          </Field>
          <Field label="Days" error={errors['days']}>
            {(p) => (
              <input
                {...p}
                type="number"
                inputMode="numeric"
                min={3}
                max={5}
                value={days}
                onChange={(e) => setDays(e.target.value)}
              />
            )}
          </Field>
        </div>
        <footer className="sp-dialog-actions">
          <span className="sp-spacer" />
          <button type="button" className="sp-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="sp-button sp-primary">
            Insert reset break
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
