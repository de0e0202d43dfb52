/**
 * The month view: FullCalendar 7's month grid, with the week's totals (km, time, hard sessions) in
 * each week row and navigation bounded to the season. Sessions are events coloured by intensity;
 * shaded blocks are background events; rest days, warning days and highlights are painted by the
 * page's style sheets keyed on FullCalendar's own `data-date` and our `data-session-id`, so changing
 * them never makes FullCalendar re-render.
 */
import { memo, useImperativeHandle, useMemo, useRef } from 'react';
import type { Ref } from 'react';
import FullCalendar from '@fullcalendar/react';
import type { CalendarOptions, CalendarRef, EventInput } from '@fullcalendar/react';
import classicTheme from '@fullcalendar/react/themes/classic';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import type { WeekFigures } from '../../src/model/week-figures';
import { weekFigures } from '../../src/model/week-figures';
import { addDays } from '../../src/dates';
import type { BlockEventProps, SessionEventProps } from '../calendar/events';
import { blockEvents, createSessionEventCache } from '../calendar/events';
import { useViewHandlers } from '../calendar/use-view-wiring';
import { formatKm } from '../state/labels';
import { formatMinutes } from '../state/week-words';
import type { CalendarViewProps, ViewHandle } from './calendar-props';

interface Props extends CalendarViewProps {
  readonly colorScheme: 'light' | 'dark';
  /** The day whose month is shown first. */
  readonly initialDate: string;
  readonly ref?: Ref<ViewHandle>;
}

const PLUGINS = [classicTheme, dayGridPlugin, interactionPlugin];

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
  } else if (props.blockKind) {
    el.dataset['blockKind'] = props.blockKind;
  }
}

function isoOf(date: Date): string {
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${m}-${d}`;
}

function totalsText(w: WeekFigures | undefined): string {
  if (!w) return '';
  return `${formatKm(w.km)} km · ${formatMinutes(w.minutes)} · ${w.hard} hard`;
}

function MonthCalendarImpl(props: Props) {
  const { plan, colorScheme } = props;
  const ref = useRef<CalendarRef>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const handlers = useViewHandlers(wrapper, props);

  const sessionCache = useMemo(() => createSessionEventCache(), []);
  const sessionEvents = sessionCache(plan.sessions);
  const backgrounds = useMemo(() => blockEvents(plan.blocks), [plan.blocks]);
  const events = useMemo<EventInput[]>(
    () => [...backgrounds, ...sessionEvents],
    [backgrounds, sessionEvents],
  );
  const figures = useMemo(() => {
    const byStart = new Map<string, WeekFigures>();
    for (const w of weekFigures(plan)) byStart.set(w.start, w);
    return byStart;
  }, [plan]);

  const firstDay = plan.settings.weekStart === 'sunday' ? 0 : 1;
  const { start, end } = plan.season;
  const initial = useRef(props.initialDate);
  // Made once per plan shape (and per week totals): FullCalendar diffs its options, and a new
  // object would re-render it all.
  const options = useMemo<CalendarOptions>(
    () => ({
      plugins: PLUGINS,
      initialView: 'dayGridMonth',
      initialDate: initial.current,
      // Earlier, Later and Today never leave the season.
      validRange: { start, end: addDays(end, 1) },
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
      showNonCurrentDates: false,
      // The week's totals where FullCalendar puts the week number.
      weekNumbers: true,
      inlineWeekNumberContent: (info) => totalsText(figures.get(isoOf(info.date))),
      inlineWeekNumberDidMount: (info) => {
        info.el.dataset['weekTotals'] = isoOf(info.date);
      },
      prevHint: 'Earlier',
      nextHint: 'Later',
      todayHint: 'Go to today',
      eventDidMount: markEvent,
      backgroundEventDidMount: markEvent,
      eventClick: (info) => {
        const p = info.event.extendedProps as Partial<SessionEventProps>;
        if (p.sessionId) handlers.current.onOpenSession(p.sessionId, p.raceId ?? null);
      },
      dateClick: (info) => handlers.current.onOpenDay(info.dateStr.slice(0, 10)),
      eventsSet: () => markReady(wrapper.current),
    }),
    [firstDay, colorScheme, start, end, figures, handlers],
  );

  useImperativeHandle(
    props.ref,
    () => ({
      focusDay: (day: string) => {
        const api = ref.current?.getApi();
        if (!api) return;
        const date = new Date(`${day}T12:00:00`);
        if (date < api.view.currentStart || date >= api.view.currentEnd) api.gotoDate(day);
      },
      root: () => wrapper.current,
    }),
    [],
  );

  return (
    <div
      className="sp-calendar sp-month"
      data-testid="calendar"
      data-view="month"
      role="region"
      aria-label="Month: drag a session to move it"
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

export const MonthCalendar = memo(MonthCalendarImpl);
