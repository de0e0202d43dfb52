/**
 * The calendar area: the season grid, the month (FullCalendar) or the week view, with the marks they
 * share (rest days, warning days, the chosen warning, the days an edit just changed) and the page's
 * requests to go to a day or a warning's range.
 */
import { Suspense, lazy, memo, useEffect, useRef, useState } from 'react';
import type { CalendarView } from '../../src/api/contract';
import type { Plan } from '../../src/model/plan';
import type { Warning } from '../../src/model/warning';
import { startOfWeek } from '../../src/dates';
import { useAfterPaint } from '../state/use-after-paint';
import { useCalendarMarks } from '../calendar/use-calendar-marks';
import type { Highlight } from '../calendar/use-calendar-marks';
import type { CalendarHandlers, ViewHandle } from './calendar-props';
import { SeasonGrid } from './SeasonGrid';
import { WeekView } from './WeekView';

/** Go to this day (or range); `seq` makes asking for the same day twice work. */
export interface CalendarFocus {
  readonly day: string;
  readonly end?: string;
  readonly seq: number;
  /** Take the keyboard focus too (a keyboard user asked for it). */
  readonly take?: boolean;
}

interface Props extends Omit<CalendarHandlers, 'onOpenWeek'> {
  readonly plan: Plan;
  readonly warnings: readonly Warning[];
  readonly view: CalendarView;
  readonly colorScheme: 'light' | 'dark';
  readonly focus: CalendarFocus | null;
  readonly highlight: Highlight | null;
  /** Days an edit just changed, marked until the next one. */
  readonly changed: readonly string[];
  readonly today: string;
  onView(view: CalendarView): void;
}

// FullCalendar is loaded with the month view, not before: the season grid and the week view are
// the page's own and paint without it.
const MonthCalendar = lazy(() =>
  import('./MonthCalendar').then((m) => ({ default: m.MonthCalendar })),
);

function inSeason(plan: Plan, day: string): string {
  if (day < plan.season.start) return plan.season.start;
  if (day > plan.season.end) return plan.season.end;
  return day;
}

/**
 * Scrolls the season grid so that the weeks from `start` to `end` are in view: centred when they
 * fit, from the first when they do not; never under the sticky heading.
 */
function scrollRange(
  root: HTMLElement,
  start: string,
  end: string,
  weekStart: Plan['settings']['weekStart'],
) {
  const first = root.querySelector<HTMLElement>(`[data-week="${startOfWeek(start, weekStart)}"]`);
  const last = root.querySelector<HTMLElement>(`[data-week="${startOfWeek(end, weekStart)}"]`);
  if (!first) return;
  const head = root.querySelector<HTMLElement>('.sp-grid-head')?.offsetHeight ?? 0;
  const box = root.getBoundingClientRect();
  const top = first.getBoundingClientRect().top - box.top + root.scrollTop - head;
  const bottom = (last ?? first).getBoundingClientRect().bottom - box.top + root.scrollTop;
  const room = root.clientHeight - head;
  const height = bottom - top - head;
  const target = height <= room ? top - (room - height) / 2 : top;
  root.scrollTo({ top: Math.max(0, target), behavior: 'smooth' });
}

function CalendarImpl(props: Props) {
  const { plan, warnings, view, focus, highlight, changed, today } = props;
  const handle = useRef<ViewHandle>(null);
  const initialDay =
    today >= plan.season.start && today <= plan.season.end ? today : plan.season.start;
  const [week, setWeek] = useState(() => startOfWeek(initialDay, plan.settings.weekStart));
  const [monthDay] = useState(initialDay);

  const handlers = {
    onMoveSession: props.onMoveSession,
    onMoveRace: props.onMoveRace,
    onOpenSession: props.onOpenSession,
    onOpenDay: props.onOpenDay,
    onOpenWeek: (start: string) => {
      setWeek(start);
      props.onView('week');
    },
  };

  useEffect(() => {
    if (!focus) return;
    const day = inSeason(plan, focus.day);
    if (view === 'week') setWeek(startOfWeek(day, plan.settings.weekStart));
    const frame = requestAnimationFrame(() => {
      handle.current?.focusDay(day, focus.take ?? false);
      const root = handle.current?.root();
      if (view === 'season' && root) {
        scrollRange(root, day, inSeason(plan, focus.end ?? day), plan.settings.weekStart);
      }
    });
    return () => cancelAnimationFrame(frame);
    // Only a new request moves the calendar, not every edit of the plan.
  }, [focus, view]); // eslint-disable-line react-hooks/exhaustive-deps

  // The season grid and the week view are drawn in the commit itself; FullCalendar says when.
  useEffect(() => {
    if (view === 'month') return;
    const frame = requestAnimationFrame(() => {
      document.body.dataset['ready'] = 'true';
    });
    return () => cancelAnimationFrame(frame);
  }, [plan.id, view]);

  // Day marks may trail the edit by a frame; the highlight of a chosen warning may not.
  useCalendarMarks(
    useAfterPaint(plan, plan),
    useAfterPaint(warnings, warnings),
    highlight,
    changed,
  );

  switch (view) {
    case 'season':
      return <SeasonGrid ref={handle} plan={plan} {...handlers} />;
    case 'month':
      return (
        <Suspense
          fallback={<div className="sp-calendar" data-testid="calendar" aria-busy="true" />}
        >
          <MonthCalendar
            ref={handle}
            plan={plan}
            colorScheme={props.colorScheme}
            initialDate={monthDay}
            {...handlers}
          />
        </Suspense>
      );
    case 'week':
      return <WeekView ref={handle} plan={plan} week={week} onWeek={setWeek} {...handlers} />;
    default: {
      const never: never = view;
      return never;
    }
  }
}

export const Calendar = memo(CalendarImpl);
