/**
 * The week view, to train from: seven day columns with each session's workout step by step (paces
 * when the plan knows them), the block the week is in and the week's totals against the athlete's
 * targets (usual week in km, the hard-day cap, load-spike's threshold). Sessions drag between days;
 * each day has an "Add" button.
 */
import { memo, useMemo, useRef } from 'react';
import type { Ref } from 'react';
import type { Session } from '../../src/model/plan';
import type { Units } from '../../src/model/workout';
import { weekFigures } from '../../src/model/week-figures';
import { SPIKE_RATIO } from '../../src/rules/acute-chronic';
import { addDays } from '../../src/dates';
import { formatWorkoutLines } from '../../src/workouts/format';
import { blockLabel, formatDay, formatKm, intensityLabel } from '../state/labels';
import { formatMinutes } from '../state/week-words';
import { sessionElementProps } from './SessionChip';
import { useDayGrid } from '../calendar/use-view-wiring';
import type { CalendarViewProps, ViewHandle } from './calendar-props';

interface Props extends CalendarViewProps {
  /** First day of the week shown. */
  readonly week: string;
  onWeek(start: string): void;
  readonly ref?: Ref<ViewHandle>;
}

function SessionCard({ session, units }: { readonly session: Session; readonly units: Units }) {
  const lines = session.workout ? formatWorkoutLines(session.workout, units) : [];
  return (
    <div {...sessionElementProps(session, 'sp-card')}>
      <strong className="sp-card-title">{session.title}</strong>
      {session.kind !== 'rest' && (
        <span className="sp-card-volume">
          {`${intensityLabel(session.intensity)} · ${session.durationMin} min`}
          {session.distanceKm > 0 ? ` · ${formatKm(session.distanceKm)} km` : ''}
        </span>
      )}
      {lines.length > 0 && (
        <ul className="sp-card-steps">
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      {session.notes && <span className="sp-card-notes">{session.notes}</span>}
    </div>
  );
}

function WeekViewImpl(props: Props) {
  const { plan, week, onWeek } = props;
  const root = useRef<HTMLDivElement>(null);
  const all = useMemo(() => weekFigures(plan), [plan]);
  const index = Math.max(
    0,
    all.findIndex((w) => w.start === week),
  );
  const figures = all[index];
  const start = figures?.start ?? week;
  const { season, settings } = plan;

  useDayGrid(
    root,
    'week',
    {
      start: start < season.start ? season.start : start,
      end: addDays(start, 6) > season.end ? season.end : addDays(start, 6),
      weekStart: settings.weekStart,
    },
    props,
  );

  const days = Array.from({ length: 7 }, (_, i) => addDays(start, i));
  const byDay = new Map<string, Session[]>();
  for (const s of plan.sessions) {
    if (s.date < start || s.date > days[6]!) continue;
    const list = byDay.get(s.date);
    if (list) list.push(s);
    else byDay.set(s.date, [s]);
  }
  const previous = all[index - 1];
  const next = all[index + 1];
  return (
    <div
      className="sp-calendar sp-week-view"
      data-testid="calendar"
      data-view="week"
      role="region"
      aria-label={`Week of ${formatDay(start)}`}
      ref={root}
      onClick={(e) => {
        const target = e.target as HTMLElement;
        const add = target.closest<HTMLElement>('[data-add-on]');
        if (add?.dataset['addOn']) return props.onOpenDay(add.dataset['addOn']);
        const card = target.closest<HTMLElement>('[data-session-id]');
        if (card?.dataset['sessionId']) {
          props.onOpenSession(card.dataset['sessionId'], card.dataset['raceId'] ?? null);
        }
      }}
    >
      <div className="sp-week-head">
        <button
          type="button"
          className="sp-button sp-small"
          disabled={!previous}
          onClick={() => previous && onWeek(previous.start)}
        >
          Earlier
        </button>
        <h2>Week of {formatDay(start)}</h2>
        <button
          type="button"
          className="sp-button sp-small"
          disabled={!next}
          onClick={() => next && onWeek(next.start)}
        >
          Later
        </button>
        {figures?.blockKind && (
          <span
            className={`sp-band sp-band-${figures.blockKind}`}
            data-block-kind={figures.blockKind}
          >
            {blockLabel(figures.blockKind)}
          </span>
        )}
        {figures && (
          <dl className="sp-week-totals" data-testid="week-totals">
            <dt>km</dt>
            <dd data-figure="km">
              {formatKm(figures.km)} <small>of usual {formatKm(settings.weeklyKmBaseline)}</small>
            </dd>
            <dt>time</dt>
            <dd data-figure="time">{formatMinutes(figures.minutes)}</dd>
            <dt>hard</dt>
            <dd data-figure="hard" className={figures.hard > settings.hardDayCap ? 'sp-over' : ''}>
              {figures.hard} <small>of at most {settings.hardDayCap}</small>
            </dd>
            <dt>load ratio</dt>
            <dd data-figure="acwr" className={figures.spike ? 'sp-over' : ''}>
              {figures.acwr === null ? '–' : figures.acwr.toFixed(2)}{' '}
              <small>warns above {SPIKE_RATIO}</small>
            </dd>
          </dl>
        )}
      </div>
      <div
        className="sp-week-columns"
        role="grid"
        aria-label="Days of the week: arrow keys move, Alt+arrows move a session, N adds"
      >
        <div role="row" className="sp-week-row">
          {days.map((day) => {
            const inSeason = day >= season.start && day <= season.end;
            return (
              <div
                key={day}
                role="gridcell"
                className={`sp-week-day${inSeason ? '' : ' sp-outside'}`}
                {...(inSeason ? { 'data-date': day } : {})}
                tabIndex={-1}
                aria-label={formatDay(day, false)}
              >
                <h3 className="sp-week-day-name">{formatDay(day, false)}</h3>
                {(byDay.get(day) ?? []).map((s) => (
                  <SessionCard key={s.id} session={s} units={settings.units} />
                ))}
                {inSeason && (
                  <button
                    type="button"
                    className="sp-add"
                    data-add-on={day}
                    tabIndex={-1}
                    aria-label={`Add a session on ${formatDay(day)}`}
                  >
                    + Add
                  </button>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

export const WeekView = memo(WeekViewImpl);
