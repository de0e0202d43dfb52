/**
 * Rest days, days with warnings and the highlighted warning, painted by constructed style sheets
 * keyed on `data-date` / `data-session-id`. FullCalendar's options stay untouched, so a drop that
 * changes a warning repaints a few cells instead of re-rendering the calendar. Constructed sheets are
 * CSSOM, which the page's strict Content-Security-Policy allows (no inline <style>).
 */
import { useEffect, useMemo, useRef } from 'react';
import type { Plan } from '../../src/model/plan';
import type { Severity, Warning } from '../../src/model/warning';
import { addDays } from '../../src/dates';
import { restDays } from './events';

export interface Highlight {
  readonly start: string;
  readonly end: string;
  readonly sessionIds: readonly string[];
}

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

function cell(day: string): string {
  return `.sp-calendar [data-date="${day}"]:not(.fc-event)`;
}

export function restCss(plan: Plan): string {
  const rest = [...restDays(plan)];
  return rest.length ? `${rest.map(cell).join(',')}{background-image:var(--sp-rest-pattern)}` : '';
}

export function pinnedCss(plan: Plan): string {
  const pinned = plan.sessions.filter((s) => s.pinned && s.kind !== 'race');
  if (pinned.length === 0) return '';
  const ids = pinned.map((s) => `.sp-calendar [data-session-id="${CSS.escape(s.id)}"]`);
  return `${ids.join(',')}{box-shadow:inset 3px 0 0 color-mix(in srgb, currentColor 55%, transparent)}`;
}

export function warningCss(warnings: readonly Warning[]): string {
  const worst = new Map<string, Severity>();
  for (const w of warnings) {
    // Season-long warnings would paint the whole calendar: only mark spans of up to five weeks.
    if (addDays(w.start, 35) < w.end) continue;
    for (let day = w.start; day <= w.end; day = addDays(day, 1)) {
      const seen = worst.get(day);
      if (!seen || RANK[w.severity] > RANK[seen]) worst.set(day, w.severity);
    }
  }
  const rules: string[] = [];
  for (const severity of ['info', 'warning', 'error'] as const) {
    const days = [...worst].filter(([, s]) => s === severity).map(([d]) => cell(d));
    if (days.length) {
      rules.push(`${days.join(',')}{box-shadow:inset 0 -3px 0 var(--sp-${severity})}`);
    }
  }
  return rules.join('\n');
}

export function highlightCss(highlight: Highlight | null): string {
  if (!highlight) return '';
  const rules: string[] = [];
  const days: string[] = [];
  for (
    let day = highlight.start;
    day <= highlight.end && days.length < 400;
    day = addDays(day, 1)
  ) {
    days.push(cell(day));
  }
  if (days.length) rules.push(`${days.join(',')}{background-color:var(--sp-highlight-day)}`);
  const ids = highlight.sessionIds.map(
    (id) => `.sp-calendar [data-session-id="${CSS.escape(id)}"]`,
  );
  if (ids.length) {
    rules.push(`${ids.join(',')}{outline:2px solid var(--sp-focus);outline-offset:1px;z-index:2}`);
  }
  return rules.join('\n');
}

/** The days an edit just changed (a drop's two days), outlined until the next edit. */
export function changedCss(days: readonly string[]): string {
  if (days.length === 0) return '';
  return `${days.map(cell).join(',')}{outline:2px solid var(--sp-accent);outline-offset:-2px}`;
}

/** One constructed sheet, replaced only when its text changes (equal strings skip the effect). */
function useSheet(css: string): void {
  const sheet = useRef<CSSStyleSheet | null>(null);
  useEffect(() => {
    const own = new CSSStyleSheet();
    sheet.current = own;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, own];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== own);
      sheet.current = null;
    };
  }, []);
  useEffect(() => {
    sheet.current?.replaceSync(css);
  }, [css]);
}

/**
 * Separate sheets, so that a drop which changes the warnings but not the rest days re-styles only what
 * the warnings touch.
 */
export function useCalendarMarks(
  plan: Plan,
  warnings: readonly Warning[],
  highlight: Highlight | null,
  changed: readonly string[] = [],
): void {
  useSheet(useMemo(() => restCss(plan), [plan]));
  useSheet(useMemo(() => pinnedCss(plan), [plan]));
  useSheet(useMemo(() => warningCss(warnings), [warnings]));
  useSheet(useMemo(() => highlightCss(highlight), [highlight]));
  useSheet(useMemo(() => changedCss(changed), [changed]));
}
