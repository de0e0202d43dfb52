/** Words for the model's string unions, in one place, so every panel says the same thing. */
import type { Weekday } from '../../src/model/plan';
import type { RuleId, Severity } from '../../src/model/warning';
import { assertNever } from '../../src/model/settings';
import { utcNoon } from '../../src/dates';

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
    case 'workout-limits':
      return 'Workout over its limits';
    case 'race-time':
      return 'Race time off the prediction';
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
// Both in UTC, and handed the day's UTC noon: the model's days have no zone, and a local-time date
// would name the wrong day where the user's zone skipped one (Samoa, 2011-12-30).
const WITH_YEAR = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const WITHOUT_YEAR = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** `2027-04-19` → `Mon, Apr 19, 2027` in the user's locale. */
export function formatDay(day: string, withYear = true): string {
  return (withYear ? WITH_YEAR : WITHOUT_YEAR).format(utcNoon(day));
}

export function formatRange(start: string, end: string): string {
  return start === end ? formatDay(start) : `${formatDay(start, false)} – ${formatDay(end)}`;
}

/** Kilometres without noise: one decimal below 10, whole numbers above. */
export function formatKm(km: number): string {
  return km < 10 ? `${Math.round(km * 10) / 10}` : `${Math.round(km)}`;
}

/**
 * The core writes days in its messages as ISO dates; the page says them as it says every other day.
 *
 * @example inPageDates('Make the week of 2027-09-06 a down week') // 'Make the week of Mon, Sep 6 a down week'
 */
export function inPageDates(text: string): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (day) => formatDay(day, false));
}
