/** Words for the week figures the calendar views show. */
import type { WeekStart } from '../../src/model/plan';

const MONDAY_FIRST = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const SUNDAY_FIRST = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** The seven weekday names from the athlete's week start. */
export function weekdayNames(weekStart: WeekStart): readonly string[] {
  return weekStart === 'sunday' ? SUNDAY_FIRST : MONDAY_FIRST;
}

/** Minutes as `h:mm` (`5:05`), the way runners read a week's time. */
export function formatMinutes(minutes: number): string {
  const whole = Math.round(minutes);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
