/**
 * The season view: one row a week for the whole season, as TrainingPeaks' annual plan and
 * intervals.icu show a season. Each row holds the week's block, its seven days as compact chips and
 * its totals (km, time, hard sessions, the acute:chronic figure), all from the core
 * (`weekFigures`), so a row and the warnings never disagree.
 *
 * It is the page's own component rather than FullCalendar's year view: a year of month grids showed
 * two months a screen and cut the chips; a row a week shows half a season a screen and draws a
 * fraction of the DOM. Rows are memoised on their sessions, so a drop re-renders two rows.
 */
import { memo, useMemo, useRef } from 'react';
import type { Ref } from 'react';
import type { BlockKind, Plan, Session } from '../../src/model/plan';
import type { WeekFigures } from '../../src/model/week-figures';
import { weekFigures } from '../../src/model/week-figures';
import { SPIKE_RATIO } from '../../src/rules/acute-chronic';
import { addDays, startOfWeek } from '../../src/dates';
import { blockLabel, formatDay, formatKm } from '../state/labels';
import { SessionChip } from './SessionChip';
import { useDayGrid } from '../calendar/use-view-wiring';
import { isShadedBlock } from '../calendar/events';
import { formatMinutes, weekdayNames } from '../state/week-words';
import type { CalendarViewProps, ViewHandle } from './calendar-props';

const NONE: readonly Session[] = [];

/** The shaded block of each day, the most telling one when blocks overlap (as `weekBlock` ranks them). */
function dayBlocks(plan: Plan): Map<string, BlockKind> {
  const order: readonly BlockKind[] = ['reset', 'taper', 'recovery', 'down', 'off-distance'];
  const days = new Map<string, BlockKind>();
  for (const kind of [...order].reverse()) {
    for (const b of plan.blocks) {
      if (b.kind !== kind || !isShadedBlock(b.kind)) continue;
      for (let d = b.start; d <= b.end; d = addDays(d, 1)) days.set(d, b.kind);
    }
  }
  return days;
}

interface RowProps {
  readonly figures: WeekFigures;
  readonly days: readonly (readonly Session[])[];
  readonly blocks: readonly (BlockKind | undefined)[];
  readonly season: { readonly start: string; readonly end: string };
  readonly hardCap: number;
  readonly raceName: string | null;
  readonly monthStart: boolean;
}

function sameRow(a: RowProps, b: RowProps): boolean {
  if (a.figures.km !== b.figures.km || a.figures.minutes !== b.figures.minutes) return false;
  if (a.figures.hard !== b.figures.hard || a.figures.acwr !== b.figures.acwr) return false;
  if (a.figures.blockKind !== b.figures.blockKind || a.figures.start !== b.figures.start)
    return false;
  if (a.hardCap !== b.hardCap || a.raceName !== b.raceName || a.monthStart !== b.monthStart) {
    return false;
  }
  if (a.season !== b.season) return false;
  for (let i = 0; i < 7; i++) {
    if (a.blocks[i] !== b.blocks[i]) return false;
    const x = a.days[i] ?? NONE;
    const y = b.days[i] ?? NONE;
    if (x.length !== y.length || x.some((s, j) => s !== y[j])) return false;
  }
  return true;
}

const WeekRow = memo(function WeekRow(props: RowProps) {
  const { figures: w, days, blocks, season, hardCap, raceName, monthStart } = props;
  const band = w.blockKind;
  const label = formatDay(w.start, false).replace(/^\w+,\s*/, '');
  return (
    <div
      role="row"
      className={`sp-grid-row${monthStart ? ' sp-month-start' : ''}`}
      data-week={w.start}
      {...(band ? { 'data-week-block': band } : {})}
    >
      <div role="rowheader" className="sp-grid-week">
        <button
          type="button"
          className="sp-week-open"
          data-open-week={w.start}
          tabIndex={-1}
          title={`Open the week of ${formatDay(w.start)} in the week view`}
        >
          {label}
        </button>
      </div>
      <div role="gridcell" className="sp-grid-band">
        {band && (
          <span
            className={`sp-band sp-band-${band}`}
            data-block-kind={band}
            title={raceName ? `${blockLabel(band)}: ${raceName}` : blockLabel(band)}
          >
            {blockLabel(band)}
          </span>
        )}
      </div>
      {days.map((sessions, i) => {
        const date = addDays(w.start, i);
        if (date < season.start || date > season.end) {
          return <div key={i} role="gridcell" className="sp-grid-day sp-outside" />;
        }
        const block = blocks[i];
        return (
          <div
            key={i}
            role="gridcell"
            className="sp-grid-day"
            data-date={date}
            {...(block ? { 'data-day-block': block } : {})}
            tabIndex={-1}
          >
            {sessions.map((s) => (
              <SessionChip key={s.id} session={s} />
            ))}
          </div>
        );
      })}
      <div role="gridcell" className="sp-grid-num" data-figure="km">
        {formatKm(w.km)}
      </div>
      <div role="gridcell" className="sp-grid-num" data-figure="time">
        {formatMinutes(w.minutes)}
      </div>
      <div
        role="gridcell"
        className={`sp-grid-num${w.hard > hardCap ? ' sp-over' : ''}`}
        data-figure="hard"
      >
        {w.hard}
      </div>
      <div
        role="gridcell"
        className={`sp-grid-num${w.spike ? ' sp-over' : ''}`}
        data-figure="acwr"
        title={
          w.acwr === null
            ? 'Not judged yet: the ratio needs 28 days of the season'
            : `Highest acute:chronic load ratio of the week; load-spike warns above ${SPIKE_RATIO}`
        }
      >
        {w.acwr === null ? '–' : w.acwr.toFixed(2)}
      </div>
    </div>
  );
}, sameRow);

function SeasonGridImpl(props: CalendarViewProps & { readonly ref?: Ref<ViewHandle> }) {
  const { plan, onOpenWeek } = props;
  const root = useRef<HTMLDivElement>(null);
  const weekStart = plan.settings.weekStart;
  const figures = useMemo(() => weekFigures(plan), [plan]);
  const blocksByDay = useMemo(() => dayBlocks(plan), [plan.blocks]); // eslint-disable-line react-hooks/exhaustive-deps
  const byDay = useMemo(() => {
    const map = new Map<string, Session[]>();
    for (const s of plan.sessions) {
      const list = map.get(s.date);
      if (list) list.push(s);
      else map.set(s.date, [s]);
    }
    return map;
  }, [plan.sessions]);
  const raceWeeks = useMemo(() => {
    const names = new Map<string, string>();
    for (const r of plan.races) names.set(startOfWeek(r.date, weekStart), r.name);
    return names;
  }, [plan.races, weekStart]);

  useDayGrid(root, 'season', { start: plan.season.start, end: plan.season.end, weekStart }, props);

  const names = weekdayNames(weekStart);
  return (
    <div
      className="sp-calendar sp-season-grid"
      data-testid="calendar"
      data-view="season"
      role="region"
      aria-label="Season, one row a week"
      ref={root}
      onClick={(e) => {
        const target = e.target as HTMLElement;
        const week = target.closest<HTMLElement>('[data-open-week]');
        if (week?.dataset['openWeek']) return onOpenWeek(week.dataset['openWeek']);
        const chip = target.closest<HTMLElement>('[data-session-id]');
        if (chip?.dataset['sessionId']) {
          return props.onOpenSession(chip.dataset['sessionId'], chip.dataset['raceId'] ?? null);
        }
        const day = target.closest<HTMLElement>('[data-date]');
        if (day?.dataset['date']) props.onOpenDay(day.dataset['date']);
      }}
    >
      <div
        role="grid"
        aria-label="Season weeks: arrow keys move, Alt+arrows move a session, Enter opens, N adds"
        aria-rowcount={figures.length + 1}
        className="sp-grid"
      >
        <div role="row" className="sp-grid-row sp-grid-head">
          <div role="columnheader">Week</div>
          <div role="columnheader">Block</div>
          {names.map((n) => (
            <div role="columnheader" key={n}>
              {n}
            </div>
          ))}
          <div role="columnheader" className="sp-grid-num" title="Kilometres">
            km
          </div>
          <div role="columnheader" className="sp-grid-num" title="Time, hours:minutes">
            time
          </div>
          <div role="columnheader" className="sp-grid-num" title="Hard sessions">
            hard
          </div>
          <div
            role="columnheader"
            className="sp-grid-num"
            title={`Acute:chronic load ratio; load-spike warns above ${SPIKE_RATIO}`}
          >
            load
          </div>
        </div>
        {figures.map((w, i) => {
          const days = Array.from({ length: 7 }, (_, d) => byDay.get(addDays(w.start, d)) ?? NONE);
          const blocks = Array.from({ length: 7 }, (_, d) => blocksByDay.get(addDays(w.start, d)));
          const previous = figures[i - 1];
          return (
            <WeekRow
              key={w.start}
              figures={w}
              days={days}
              blocks={blocks}
              season={plan.season}
              hardCap={plan.settings.hardDayCap}
              raceName={raceWeeks.get(w.start) ?? null}
              monthStart={!previous || previous.start.slice(0, 7) !== w.start.slice(0, 7)}
            />
          );
        })}
      </div>
    </div>
  );
}

export const SeasonGrid = memo(SeasonGridImpl);
