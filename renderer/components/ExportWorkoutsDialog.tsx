/**
 * File › Export workouts to watch: a day, a week or any range of the plan as FIT workout files —
 * one `.fit` for a single session, a zip of them for more — to copy into the watch's
 * `GARMIN/NewFiles` folder.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { WorkoutExportRequest } from '../../src/api/contract';
import { addDays, isIsoDate, maxDay, minDay, startOfWeek } from '../../src/dates';
import { isWatchSession } from '../../src/fit/session-workout';
import type { Plan } from '../../src/model/plan';
import { formatDay } from '../state/labels';
import { Dialog } from './Dialog';
import { Field } from './Field';

interface Props {
  readonly plan: Plan;
  readonly today: string;
  onExport(range: Omit<WorkoutExportRequest, 'planId'>): void;
  onClose(): void;
}

/** The week holding `day`, cut to the season. */
function weekOf(plan: Plan, day: string): { from: string; to: string } {
  const start = startOfWeek(day, plan.settings.weekStart);
  return {
    from: maxDay(start, plan.season.start),
    to: minDay(addDays(start, 6), plan.season.end),
  };
}

export function ExportWorkoutsDialog({ plan, today, onExport, onClose }: Props) {
  const inSeason = today >= plan.season.start && today <= plan.season.end;
  const [range, setRange] = useState(() => weekOf(plan, inSeason ? today : plan.season.start));
  const [error, setError] = useState<string | undefined>();
  const { from, to } = range;
  const valid = isIsoDate(from) && isIsoDate(to) && from <= to;
  const count = valid
    ? plan.sessions.filter((s) => s.date >= from && s.date <= to && isWatchSession(s)).length
    : 0;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!valid) return setError('Choose a first day on or before the last day.');
    if (count === 0) return setError('There is no session to run in these days.');
    onExport({ from, to });
    onClose();
  };

  const nextWeek = addDays(startOfWeek(from, plan.settings.weekStart), 7);
  return (
    <Dialog label="Export workouts to watch" title="Workouts for your watch" onClose={onClose}>
      <form className="sp-form" onSubmit={submit} noValidate>
        <p className="sp-hint">
          Each session becomes a FIT workout with its steps and pace ranges. Copy the files (unzip
          first) into the <code>GARMIN/NewFiles</code> folder of the watch plugged in by USB.
        </p>
        <div className="sp-row">
          <Field label="From" error={error}>
            {(p) => (
              <input
                {...p}
                type="date"
                value={from}
                onChange={(e) => setRange({ from: e.target.value, to })}
              />
            )}
          </Field>
          <Field label="To">
            {(p) => (
              <input
                {...p}
                type="date"
                value={to}
                onChange={(e) => setRange({ from, to: e.target.value })}
              />
            )}
          </Field>
        </div>
        <div className="sp-row">
          <button type="button" className="sp-button" onClick={() => setRange(weekOf(plan, from))}>
            This week
          </button>
          <button
            type="button"
            className="sp-button"
            disabled={nextWeek > plan.season.end}
            onClick={() => setRange(weekOf(plan, nextWeek))}
          >
            Next week
          </button>
          <button
            type="button"
            className="sp-button"
            onClick={() => setRange({ from: plan.season.start, to: plan.season.end })}
          >
            Whole season
          </button>
        </div>
        <p className="sp-hint" role="status">
          {valid
            ? `${count} session${count === 1 ? '' : 's'} to run from ${formatDay(from)} to ${formatDay(to)}` +
              (count > 1 ? ', in one zip.' : '.')
            : 'Choose a first day on or before the last day.'}
        </p>
        <footer className="sp-dialog-actions">
          <span className="sp-spacer" />
          <button type="button" className="sp-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="sp-button sp-primary">
            Export workouts
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
