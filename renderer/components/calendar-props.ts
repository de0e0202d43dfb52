/** What the three calendar views (season grid, month, week) take from the page. */
import type { Plan } from '../../src/model/plan';

export interface CalendarHandlers {
  onMoveSession(sessionId: string, date: string): boolean;
  onMoveRace(raceId: string, date: string): boolean;
  /** A session was clicked (or opened by keyboard); `raceId` when it is a race's session. */
  onOpenSession(sessionId: string, raceId: string | null): void;
  /** Add a session on a day. */
  onOpenDay(date: string): void;
  /** Show the week starting on this day in the week view. */
  onOpenWeek(start: string): void;
}

export interface CalendarViewProps extends CalendarHandlers {
  readonly plan: Plan;
}

/** What the page asks of a view it shows: put the keyboard focus (or the tab stop) on a day. */
export interface ViewHandle {
  focusDay(date: string, take: boolean): void;
  root(): HTMLElement | null;
}
