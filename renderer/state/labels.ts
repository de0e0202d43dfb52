/** Words for the model's string unions, in one place, so every panel says the same thing. */
import type { Weekday } from '../../src/model/plan';
import type { RuleId, Severity } from '../../src/model/warning';
import { assertNever } from '../../src/model/settings';

export { blockLabel, intensityLabel, kindLabel } from '../../src/model/labels';

export function severityLabel(severity: Severity): string {
  switch (severity) {
    case 'error':
      return 'Errors';
    case 'warning':
      return 'Warnings';
    case 'info':
      return 'Notes';
    default:
      return assertNever(severity);
  }
}

export function ruleLabel(rule: RuleId): string {
  switch (rule) {
    case 'back-to-back-marathons':
      return 'Back-to-back marathons';
    case 'marathon-recovery':
      return 'Marathon recovery';
    case 'too-many-hard-days':
      return 'Too many hard days';
    case 'hard-days-back-to-back':
      return 'Hard days back to back';
    case 'no-rest-day':
      return 'No rest day';
    case 'down-week-overdue':
      return 'Down week overdue';
    case 'no-off-distance-block':
      return 'No off-distance block';
    case 'taper-broken':
      return 'Taper broken';
    case 'load-spike':
      return 'Load spike';
    case 'monotony':
      return 'Monotony';
    case 'long-run-jump':
      return 'Long-run jump';
    default:
      return assertNever(rule);
  }
}

export function weekdayLabel(day: Weekday): string {
  return day.charAt(0).toUpperCase() + day.slice(1);
}

// Made once: building a formatter per call (toLocaleDateString) costs more than the whole re-check.
const WITH_YEAR = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const WITHOUT_YEAR = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});

/** `2027-04-19` → `Mon, Apr 19, 2027` in the user's locale, at noon: the model's days have no zone. */
export function formatDay(day: string, withYear = true): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return (withYear ? WITH_YEAR : WITHOUT_YEAR).format(new Date(y, m - 1, d, 12));
}

export function formatRange(start: string, end: string): string {
  return start === end ? formatDay(start) : `${formatDay(start, false)} – ${formatDay(end)}`;
}

/** Kilometres without noise: one decimal below 10, whole numbers above. */
export function formatKm(km: number): string {
  return km < 10 ? `${Math.round(km * 10) / 10}` : `${Math.round(km)}`;
}
