/** Helpers the edits share: finding sessions, keeping the list sorted, checking days. */
import { isIsoDate } from '../dates';
import type { DeletedSession, IsoDate, Plan, Session } from '../model/plan';
import { formatIssues, sessionSchema } from '../plan/schema';

/**
 * Orders sessions by date, then id: the order every plan keeps.
 *
 * @example [b, a].sort(bySessionOrder)
 */
export function bySessionOrder(a: Session, b: Session): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The sessions without those whose id is in `remove`, with `add` inserted in order. Untouched
 * sessions keep their objects, so a re-check can tell what changed by reference.
 *
 * @example replaceSessions(plan.sessions, ['s-12'], [{ ...moved }])
 */
export function replaceSessions(
  sessions: readonly Session[],
  remove: readonly string[],
  add: readonly Session[],
): Session[] {
  const kept = remove.length === 0 ? [...sessions] : sessions.filter((s) => !remove.includes(s.id));
  for (const session of [...add].sort(bySessionOrder)) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bySessionOrder(kept[mid]!, session) < 0) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, session);
  }
  return kept;
}

/**
 * Why `day` cannot hold a session of the plan, or undefined when it can.
 *
 * @example dayProblem(plan, '2031-01-01') // '2031-01-01 is outside the season (2027-01-04 to 2027-12-26)'
 */
export function dayProblem(plan: Plan, day: IsoDate): string | undefined {
  if (!isIsoDate(day)) return `${day} is not a date (YYYY-MM-DD)`;
  const { start, end } = plan.season;
  if (day < start || day > end) return `${day} is outside the season (${start} to ${end})`;
  return undefined;
}

/**
 * What is wrong with a session's fields (by the plan file's schema), empty when nothing is.
 *
 * @example sessionProblems({ ...session, durationMin: -5 }) // ['durationMin: Too small: …']
 */
export function sessionProblems(session: Session): string[] {
  const parsed = sessionSchema.safeParse(session);
  return parsed.success ? [] : formatIssues(parsed.error.issues);
}

/** Every id the plan has used for a session, deleted ones included (their iCal UIDs stay taken). */
export function usedSessionIds(plan: Plan): Set<string> {
  return new Set([
    ...plan.sessions.map((s) => s.id),
    ...(plan.deletedSessions ?? []).map((s) => s.id),
  ]);
}

/**
 * The list of deleted sessions with these ones appended (id, last revision and day: the day lets
 * an iCal export put the cancellation where the calendar shows the event).
 *
 * @example withDeleted(plan, [session]) // [...plan.deletedSessions, { id: 's-12', revision: 3, date: '2027-04-20' }]
 */
export function withDeleted(plan: Plan, sessions: readonly Session[]): DeletedSession[] {
  return [
    ...(plan.deletedSessions ?? []),
    ...sessions.map((s) => ({ id: s.id, revision: s.revision, date: s.date })),
  ];
}

/**
 * The session with these notes; no notes (or empty ones) removes the field.
 *
 * @example withNotes(session, '') // session without `notes`
 */
export function withNotes(session: Session, notes: string | undefined): Session {
  const copy: { -readonly [K in keyof Session]: Session[K] } = { ...session };
  if (notes) copy.notes = notes;
  else delete copy.notes;
  return copy;
}
