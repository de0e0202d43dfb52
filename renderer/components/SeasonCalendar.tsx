/**
 * The calendar: FullCalendar 7 with a season view (all the season's months), a month view and a
 * week list. Sessions are events coloured by intensity; shaded blocks are background events; rest
 * days, warning days and highlights are painted by a style sheet keyed on FullCalendar's own
 * `data-date` and our `data-session-id`, so changing them never makes FullCalendar re-render.
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import FullCalendar from '@fullcalendar/react';
import type { CalendarOptions, CalendarRef, EventInput } from '@fullcalendar/react';
import classicTheme from '@fullcalendar/react/themes/classic';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import multiMonthPlugin from '@fullcalendar/react/multimonth';
import interactionPlugin from '@fullcalendar/react/interaction';
import listPlugin from '@fullcalendar/react/list';
import type { CalendarView } from '../../src/api/contract';
import type { Plan } from '../../src/model/plan';
import type { Warning } from '../../src/model/warning';
import type { BlockEventProps, SessionEventProps } from '../calendar/events';
import { blockEvents, createSessionEventCache } from '../calendar/events';
import { useSessionDrag } from '../calendar/use-session-drag';
import { useAfterPaint } from '../state/use-after-paint';
import { useCalendarMarks } from '../calendar/use-calendar-marks';
import type { Highlight } from '../calendar/use-calendar-marks';

export interface CalendarHandlers {
  onMoveSession(sessionId: string, date: string): boolean;
  onMoveRace(raceId: string, date: string): boolean;
  /** A session was clicked (or opened by keyboard); `raceId` when it is a race's session. */
  onOpenSession(sessionId: string, raceId: string | null): void;
  onOpenDay(date: string): void;
}

interface Props extends CalendarHandlers {
  readonly plan: Plan;
  readonly warnings: readonly Warning[];
  readonly view: CalendarView;
  readonly colorScheme: 'light' | 'dark';
  /** Go to this day (the seq makes asking for the same day twice work). */
  readonly focus: { readonly day: string; readonly seq: number } | null;
  readonly highlight: Highlight | null;
  readonly today: string;
}

/** Width : height of one month in the season view; see the season view's options. */
const SEASON_MONTH_ASPECT_RATIO = 0.8;

const PLUGINS = [classicTheme, dayGridPlugin, multiMonthPlugin, interactionPlugin, listPlugin];

function viewName(view: CalendarView): string {
  switch (view) {
    case 'season':
      return 'season';
    case 'month':
      return 'dayGridMonth';
    case 'week':
      return 'listWeek';
    default: {
      const never: never = view;
      return never;
    }
  }
}

function monthsSpanned(start: string, end: string): number {
  const [sy, sm] = start.split('-').map(Number) as [number, number];
  const [ey, em] = end.split('-').map(Number) as [number, number];
  return (ey - sy) * 12 + (em - sm) + 1;
}

/** Writes our test and styling hooks on an event's element; ids change with content, so this stays true. */
function markEvent(info: {
  el: HTMLElement;
  event: { extendedProps: Record<string, unknown>; title: string };
}) {
  const props = info.event.extendedProps as Partial<SessionEventProps & BlockEventProps>;
  const el = info.el;
  if (props.sessionId) {
    el.dataset['sessionId'] = props.sessionId;
    if (props.intensity) el.dataset['intensity'] = props.intensity;
    if (props.kind) el.dataset['kind'] = props.kind;
    if (props.raceId) el.dataset['raceId'] = props.raceId;
    if (props.tooltip) el.title = props.tooltip;
    if (props.kind && props.intensity) {
      el.setAttribute('aria-label', props.tooltip?.replace(/\n/g, ', ') ?? info.event.title);
    }
  } else if (props.blockKind) {
    el.dataset['blockKind'] = props.blockKind;
  }
}

function SeasonCalendarImpl(props: Props) {
  const { plan, warnings, view, colorScheme, focus, highlight, today } = props;
  const ref = useRef<CalendarRef>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const handlers = useRef<CalendarHandlers>(props);
  useEffect(() => {
    handlers.current = props;
  });

  const sessionCache = useMemo(() => createSessionEventCache(), []);
  const sessionEvents = sessionCache(plan.sessions);
  const backgrounds = useMemo(() => blockEvents(plan.blocks), [plan.blocks]);
  const events = useMemo<EventInput[]>(
    () => [...backgrounds, ...sessionEvents],
    [backgrounds, sessionEvents],
  );

  const months = monthsSpanned(plan.season.start, plan.season.end);
  const firstDay = plan.settings.weekStart === 'sunday' ? 0 : 1;
  const initialDate =
    view === 'season' || today < plan.season.start || today > plan.season.end
      ? plan.season.start
      : today;
  // Made once per plan shape: FullCalendar diffs its options, and a new object would re-render it all.
  const initial = useRef({ view, initialDate });
  const options = useMemo<CalendarOptions>(
    () => ({
      plugins: PLUGINS,
      initialView: viewName(initial.current.view),
      initialDate: initial.current.initialDate,
      views: {
        season: {
          type: 'multiMonth',
          duration: { months },
          titleFormat: { year: 'numeric', month: 'short' },
          // FullCalendar 7 sizes each month of this view by its aspect ratio (width : height) and
          // always folds what does not fit into a "+N" link (dayMaxEvents does not apply here).
          // Tall months give a six-row month's day, at the narrowest month (singleMonthMinWidth,
          // 350 px), room for its number and three sessions, so a user sees every session.
          aspectRatio: SEASON_MONTH_ASPECT_RATIO,
        },
      },
      headerToolbar: { start: 'prev,next today', center: 'title', end: '' },
      firstDay,
      colorScheme,
      height: '100%',
      // Dragging is the page's own (use-session-drag.ts): one render per drop instead of four.
      editable: false,
      eventInteractive: true,
      displayEventTime: false,
      dayMaxEvents: false,
      fixedWeekCount: false,
      // Each day once: a session shown in two month grids would be two elements for one session.
      showNonCurrentDates: false,
      // Plain words that do not collide with the page's own "Season / Month / Week" buttons.
      prevHint: 'Earlier',
      nextHint: 'Later',
      todayHint: 'Go to today',
      eventDidMount: markEvent,
      backgroundEventDidMount: markEvent,
      eventClick: (info) => {
        const props = info.event.extendedProps as Partial<SessionEventProps>;
        if (props.sessionId) handlers.current.onOpenSession(props.sessionId, props.raceId ?? null);
      },
      dateClick: (info) => handlers.current.onOpenDay(info.dateStr.slice(0, 10)),
      eventsSet: () => markReady(wrapper.current),
    }),
    [months, firstDay, colorScheme],
  );

  const seasonStart = plan.season.start;
  useEffect(() => {
    const api = ref.current?.getApi();
    // The season view always shows the whole season, from its first month.
    if (api && api.view.type !== viewName(view)) {
      api.changeView(viewName(view), view === 'season' ? seasonStart : undefined);
    }
  }, [view, seasonStart]);

  useEffect(() => {
    if (!focus) return;
    const api = ref.current?.getApi();
    if (!api) return;
    const day = new Date(`${focus.day}T12:00:00`);
    // Moving the season view would re-anchor it on this day's month: scroll to it instead.
    if (day < api.view.currentStart || day >= api.view.currentEnd) api.gotoDate(focus.day);
    requestAnimationFrame(() => {
      const cell = wrapper.current?.querySelector<HTMLElement>(`[data-date="${focus.day}"]`);
      cell?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    });
  }, [focus]);

  // Day marks may trail the edit by a frame; the highlight of a chosen warning may not.
  useCalendarMarks(useAfterPaint(plan, plan), useAfterPaint(warnings, warnings), highlight);
  useSessionDrag(wrapper, view !== 'week', ({ sessionId, raceId, to }) => {
    if (raceId) handlers.current.onMoveRace(raceId, to);
    else handlers.current.onMoveSession(sessionId, to);
  });

  return (
    <div
      className="sp-calendar"
      data-testid="calendar"
      role="region"
      aria-label="Calendar: drag a session to move it; Enter opens it"
      ref={wrapper}
    >
      <FullCalendar ref={ref} {...options} events={events} />
    </div>
  );
}

/** `data-ready` tells tests (and the benchmark) that the plan's events are in the DOM. */
function markReady(root: HTMLElement | null) {
  let tries = 0;
  const check = () => {
    tries += 1;
    const rendered = !root || root.querySelector('[data-session-id]') !== null;
    if (rendered || tries > 60) document.body.dataset['ready'] = 'true';
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

export const SeasonCalendar = memo(SeasonCalendarImpl);
