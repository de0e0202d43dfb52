import type { SeasonForm } from './pages/wizard-dialog';
import type { ShownSession } from './pages/calendar-view';

/** A marathoner's year: a spring and an autumn marathon, season January to December. */
export const MARATHONER: SeasonForm = {
  name: 'Marathon year 2027',
  start: '2027-01-04',
  end: '2027-12-26',
  focusDistance: 'marathon',
  weeklyKm: 50,
  races: [
    { name: 'Spring marathon', date: '2027-04-18', distance: 'marathon', priority: 'A' },
    { name: 'Autumn marathon', date: '2027-10-10', distance: 'marathon', priority: 'A' },
  ],
};

/** The Monday that starts the week of an ISO day (the wizard's default week start). */
export function weekOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const back = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() + days * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/** A hard session to drag, and a day of a week that already holds `cap` hard sessions. */
export interface HardMove {
  readonly sessionId: string;
  readonly from: string;
  readonly to: string;
}

/**
 * Picks a hard training session (not a race) and a target day in another week that holds exactly
 * `cap` hard sessions, no race and no hard session on the target day: moving it there makes
 * `cap + 1` hard sessions in that week.
 */
export function pickHardMove(sessions: readonly ShownSession[], cap = 2): HardMove {
  const hard = sessions.filter((session) => session.intensity === 'hard');
  const byWeek = new Map<string, ShownSession[]>();
  for (const session of hard) {
    const week = weekOf(session.date);
    byWeek.set(week, [...(byWeek.get(week) ?? []), session]);
  }
  const raceWeeks = new Set(
    sessions
      .filter((session) => session.raceId || session.kind === 'race')
      .map((s) => weekOf(s.date)),
  );
  const shownDays = new Set(sessions.map((session) => session.date));
  const days = (a: string, b: string) =>
    Math.abs(new Date(`${a}T00:00:00Z`).getTime() - new Date(`${b}T00:00:00Z`).getTime()) /
    86_400_000;
  const candidates: (HardMove & { distance: number })[] = [];
  for (const [week, inWeek] of byWeek) {
    if (inWeek.length !== cap || raceWeeks.has(week)) continue;
    const hardDays = new Set(inWeek.map((session) => session.date));
    // A day of that week that shows some session (so it is inside the season) and no hard one.
    const to = [0, 1, 2, 3, 4, 5, 6]
      .map((offset) => addDays(week, offset))
      .find((day) => shownDays.has(day) && !hardDays.has(day));
    if (!to) continue;
    for (const source of hard) {
      if (weekOf(source.date) === week || source.kind === 'race' || source.raceId) continue;
      if (raceWeeks.has(weekOf(source.date))) continue;
      candidates.push({
        sessionId: source.id,
        from: source.date,
        to,
        distance: days(source.date, to),
      });
    }
  }
  // The nearest pair: both ends of the drag are on screen together.
  candidates.sort((a, b) => a.distance - b.distance || a.from.localeCompare(b.from));
  const best = candidates[0];
  if (best) return { sessionId: best.sessionId, from: best.from, to: best.to };
  throw new Error('no week with exactly the cap of hard sessions and a free day to drag to');
}
