/**
 * The wiring the three calendar views share: the page's latest handlers for callbacks made once
 * (the drag, the keyboard, FullCalendar's options), a drop that moves a session or its race, and
 * for the two day grids (season and week) the keyboard and the handle the page focuses days with.
 */
import { useEffect, useImperativeHandle, useRef } from 'react';
import type { Ref, RefObject } from 'react';
import type { WeekStart } from '../../src/model/plan';
import type { CalendarHandlers, ViewHandle } from '../components/calendar-props';
import { useGridKeys, type GridLayout } from './use-grid-keys';
import { useSessionDrag } from './use-session-drag';

/** Moves a session, or its race when it is a race's session (the race keeps its session). */
function moveOn(
  handlers: CalendarHandlers,
  sessionId: string,
  raceId: string | null,
  to: string,
): boolean {
  return raceId ? handlers.onMoveRace(raceId, to) : handlers.onMoveSession(sessionId, to);
}

/**
 * The page's handlers as of the last render, and the drag that moves sessions dropped inside
 * `root`. The ref lets callbacks made once call today's handlers.
 */
export function useViewHandlers<P extends CalendarHandlers>(
  root: RefObject<HTMLElement | null>,
  props: P,
): RefObject<P> {
  const handlers = useRef(props);
  useEffect(() => {
    handlers.current = props;
  });
  useSessionDrag(root, true, ({ sessionId, raceId, to }) => {
    moveOn(handlers.current, sessionId, raceId, to);
  });
  return handlers;
}

/** The season grid's and the week view's drag, keyboard (use-grid-keys.ts) and view handle. */
export function useDayGrid(
  root: RefObject<HTMLElement | null>,
  layout: GridLayout,
  bounds: { readonly start: string; readonly end: string; readonly weekStart: WeekStart },
  props: CalendarHandlers & { readonly ref?: Ref<ViewHandle> | undefined },
): void {
  const handlers = useViewHandlers(root, props);
  const keys = useGridKeys(root, layout, bounds, {
    onMove: (id, raceId, to) => moveOn(handlers.current, id, raceId, to),
    onOpenSession: (id, raceId) => handlers.current.onOpenSession(id, raceId),
    onAddOn: (date) => handlers.current.onOpenDay(date),
  });
  useImperativeHandle(props.ref, () => ({ focusDay: keys.focusDay, root: () => root.current }), [
    keys,
    root,
  ]);
}
