/**
 * The page's own shortcuts, in the browser build as in the desktop app (where the menu's
 * accelerators send the same commands): Ctrl/Cmd+1, 2, 3 switch views; F6 and Shift+F6 cycle the
 * regions toolbar → calendar → warnings.
 */
import { useEffect, useRef } from 'react';
import type { CalendarView } from '../../src/api/contract';

const VIEWS: Readonly<Record<string, CalendarView>> = { '1': 'season', '2': 'month', '3': 'week' };

/** The element that takes the focus when a region is entered. */
function entry(region: string): HTMLElement | null {
  if (region === 'calendar') {
    const calendar = document.querySelector<HTMLElement>('[data-testid="calendar"]');
    return (
      calendar?.querySelector<HTMLElement>(
        '[data-date][tabindex="0"], [data-session-id][tabindex="0"]',
      ) ??
      calendar?.querySelector<HTMLElement>('button, [tabindex="0"]') ??
      null
    );
  }
  return document.getElementById(region);
}

const REGIONS = ['sp-toolbar', 'calendar', 'sp-warnings'] as const;

/**
 * Moves the focus to the next (or previous) region that is on the page.
 *
 * @example cycleRegions(false) // from the toolbar to the calendar
 */
export function cycleRegions(backwards: boolean): void {
  const active = document.activeElement;
  const current = REGIONS.findIndex((r) => {
    const root =
      r === 'calendar'
        ? document.querySelector('[data-testid="calendar"]')
        : document.getElementById(r);
    return root !== null && active !== null && root.contains(active);
  });
  for (let step = 1; step <= REGIONS.length; step++) {
    const i = (current + (backwards ? -step : step) + REGIONS.length * 2) % REGIONS.length;
    const target = entry(REGIONS[i] ?? 'sp-toolbar');
    if (target && target.offsetParent !== null) {
      target.focus();
      return;
    }
  }
}

/** The skip link's target: the calendar's one tab stop. */
export function cycleToCalendar(): void {
  entry('calendar')?.focus();
}

export function usePageKeys(setView: (view: CalendarView) => void, hasPlan: boolean): void {
  const latest = useRef({ setView, hasPlan });
  useEffect(() => {
    latest.current = { setView, hasPlan };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      if (e.key === 'F6') {
        e.preventDefault();
        cycleRegions(e.shiftKey);
        return;
      }
      const view = VIEWS[e.key];
      if (view && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && latest.current.hasPlan) {
        e.preventDefault();
        latest.current.setView(view);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
