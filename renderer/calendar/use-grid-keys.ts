/**
 * The keyboard inside the season grid and the week view: one tab stop for the whole calendar (a
 * roving tab index over the sessions and the empty days), the arrow keys move the focus, Alt+arrows
 * move the focused session a day or a week (one edit, so one undo step), Enter opens it, N adds a
 * session on the focused day.
 *
 * It works on the DOM the views draw, keyed on the same hooks as the drag (`data-date` day cells,
 * `data-session-id` sessions), so both views share it and a re-render never loses the focus: the
 * active item is remembered by day and session id, not by element.
 */
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { addDays, startOfWeek } from '../../src/dates';
import type { WeekStart } from '../../src/model/plan';
import { typing } from '../state/use-shortcuts';

export interface GridKeyHandlers {
  /** Move a session (or a race, when `raceId` is set) to another day; false when refused. */
  onMove(sessionId: string, raceId: string | null, to: string): boolean;
  onOpenSession(sessionId: string, raceId: string | null): void;
  /** Add a session on a day. */
  onAddOn(date: string): void;
}

interface Active {
  date: string;
  sessionId: string | null;
}

/**
 * `season`: left/right walk the days (and the sessions of a day, in reading order), up/down a week.
 * `week`: the days are columns, so up/down walk the sessions of the day.
 */
export type GridLayout = 'season' | 'week';

function cellOf(root: HTMLElement, date: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-date="${date}"]:not([data-session-id])`);
}

function itemsOf(cell: HTMLElement): HTMLElement[] {
  const chips = [...cell.querySelectorAll<HTMLElement>('[data-session-id]')];
  return chips.length ? chips : [cell];
}

function activeOf(element: HTMLElement): Active | null {
  const cell = element.closest<HTMLElement>('[data-date]');
  const date = cell?.dataset['date'];
  if (!date) return null;
  return { date, sessionId: element.dataset['sessionId'] ?? null };
}

export interface GridKeys {
  /** Makes the focus (or, when the calendar does not hold it, the tab stop) go to this day. */
  focusDay(date: string, take: boolean): void;
}

export function useGridKeys(
  root: RefObject<HTMLElement | null>,
  layout: GridLayout,
  bounds: { readonly start: string; readonly end: string; readonly weekStart: WeekStart },
  handlers: GridKeyHandlers,
): GridKeys {
  const active = useRef<Active>({ date: bounds.start, sessionId: null });
  // Set when the focus should follow the active item after the next render (a keyboard move).
  const pending = useRef(false);
  const latest = useRef({ handlers, bounds, layout });
  useEffect(() => {
    latest.current = { handlers, bounds, layout };
  });

  const find = useCallback((): HTMLElement | null => {
    const element = root.current;
    if (!element) return null;
    const { date, sessionId } = active.current;
    const cell = cellOf(element, date);
    if (!cell) {
      return element.querySelector<HTMLElement>('[data-session-id], [data-date]');
    }
    if (sessionId) {
      const chip = cell.querySelector<HTMLElement>(`[data-session-id="${CSS.escape(sessionId)}"]`);
      if (chip) return chip;
    }
    return itemsOf(cell)[0] ?? cell;
  }, [root]);

  /** Exactly one element of the calendar is in the tab order: the active one. */
  const sync = useCallback(() => {
    const element = root.current;
    if (!element) return;
    const target = find();
    for (const other of element.querySelectorAll<HTMLElement>('[tabindex="0"]')) {
      if (other !== target && (other.dataset['date'] || other.dataset['sessionId'])) {
        other.tabIndex = -1;
      }
    }
    if (target) {
      target.tabIndex = 0;
      if (pending.current) {
        pending.current = false;
        target.focus({ preventScroll: true });
        target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      }
    }
  }, [find, root]);

  // After every render of the view: the element of the active item may be a new one.
  useLayoutEffect(() => sync());

  const focusDay = useCallback(
    (date: string, take: boolean) => {
      active.current = { date, sessionId: null };
      pending.current = take;
      sync();
    },
    [sync],
  );

  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const onFocusIn = (e: FocusEvent) => {
      const target = e.target as HTMLElement | null;
      if (!target || !(target.dataset['date'] || target.dataset['sessionId'])) return;
      const next = activeOf(target);
      if (next) {
        active.current = next;
        sync();
      }
    };

    const go = (date: string, sessionId: string | null, last = false) => {
      const { start, end } = latest.current.bounds;
      if (date < start || date > end) return;
      const cell = cellOf(element, date);
      if (!cell) return;
      const items = itemsOf(cell);
      const chosen =
        (sessionId && items.find((i) => i.dataset['sessionId'] === sessionId)) ||
        (last ? items[items.length - 1] : items[0]);
      active.current = { date, sessionId: chosen?.dataset['sessionId'] ?? null };
      pending.current = true;
      sync();
    };

    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (!target || typing(target) || e.ctrlKey || e.metaKey) return;
      const here = activeOf(target);
      if (!here) return;
      const { handlers: h, layout: mode, bounds: b } = latest.current;
      const cell = cellOf(element, here.date);
      const items = cell ? itemsOf(cell) : [];
      const index = items.indexOf(target);
      const dayStep = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 } as const;
      const key = e.key as keyof typeof dayStep;

      if (e.altKey && key in dayStep) {
        e.preventDefault();
        if (!here.sessionId) return;
        const to = addDays(here.date, dayStep[key]);
        if (to < b.start || to > b.end) return;
        const raceId = target.dataset['raceId'] ?? null;
        if (h.onMove(here.sessionId, raceId, to)) {
          active.current = { date: to, sessionId: here.sessionId };
          pending.current = true;
        }
        return;
      }
      if (e.altKey) return;
      switch (e.key) {
        case 'ArrowLeft':
        case 'ArrowRight': {
          const forward = e.key === 'ArrowRight';
          // Reading order: the sessions of a day, then the next day.
          if (mode === 'season' && index >= 0) {
            const next = items[index + (forward ? 1 : -1)];
            if (next) {
              e.preventDefault();
              go(here.date, next.dataset['sessionId'] ?? null);
              return;
            }
          }
          e.preventDefault();
          go(addDays(here.date, forward ? 1 : -1), null, !forward && mode === 'season');
          return;
        }
        case 'ArrowUp':
        case 'ArrowDown': {
          e.preventDefault();
          const down = e.key === 'ArrowDown';
          if (mode === 'week') {
            const next = items[index + (down ? 1 : -1)];
            if (next) go(here.date, next.dataset['sessionId'] ?? null);
            return;
          }
          go(addDays(here.date, down ? 7 : -7), null);
          return;
        }
        case 'PageUp':
        case 'PageDown':
          e.preventDefault();
          go(addDays(here.date, e.key === 'PageDown' ? 28 : -28), null);
          return;
        case 'Home':
        case 'End': {
          e.preventDefault();
          const first = startOfWeek(here.date, b.weekStart);
          const day = e.key === 'Home' ? first : addDays(first, 6);
          go(day < b.start ? b.start : day > b.end ? b.end : day, null);
          return;
        }
        case 'Enter':
        case ' ':
          e.preventDefault();
          if (here.sessionId) h.onOpenSession(here.sessionId, target.dataset['raceId'] ?? null);
          else h.onAddOn(here.date);
          return;
        case 'n':
        case 'N':
          e.preventDefault();
          h.onAddOn(here.date);
          return;
        default:
          return;
      }
    };
    element.addEventListener('focusin', onFocusIn);
    element.addEventListener('keydown', onKey);
    return () => {
      element.removeEventListener('focusin', onFocusIn);
      element.removeEventListener('keydown', onKey);
    };
  }, [root, sync]);

  return { focusDay };
}
