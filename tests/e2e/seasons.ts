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
 * Every way to drag a hard training session (not a race) onto a day of another week that holds
 * exactly `cap` hard sessions and no race: moving it there makes `cap + 1` hard sessions in that
 * week. The target day holds only easy training (no rest day, no hard session) and, where the week
 * allows, no hard session on either side, so that the move breaks the hard-day cap and little else.
 * Nearest pairs first, so that both ends of the drag are on screen together.
 */
export function hardMoves(sessions: readonly ShownSession[], cap = 2): HardMove[] {
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
  const hardDays = new Set(hard.map((session) => session.date));
  const easyOnly = (day: string) => {
    const there = sessions.filter((session) => session.date === day);
    return there.length > 0 && there.every((s) => s.intensity === 'easy' && s.kind !== 'rest');
  };
  const days = (a: string, b: string) =>
    Math.abs(new Date(`${a}T00:00:00Z`).getTime() - new Date(`${b}T00:00:00Z`).getTime()) /
    86_400_000;
  const candidates: (HardMove & { score: number })[] = [];
  for (const [week, inWeek] of byWeek) {
    if (inWeek.length !== cap || raceWeeks.has(week)) continue;
    const targets = [0, 1, 2, 3, 4, 5, 6].map((offset) => addDays(week, offset)).filter(easyOnly);
    for (const to of targets) {
      const nextToHard = hardDays.has(addDays(to, -1)) || hardDays.has(addDays(to, 1));
      for (const source of hard) {
        if (weekOf(source.date) === week || source.kind === 'race' || source.raceId) continue;
        if (raceWeeks.has(weekOf(source.date))) continue;
        // Moving the session next to the target must not be what makes it "next to hard".
        const score = days(source.date, to) + (nextToHard ? 100 : 0);
        candidates.push({ sessionId: source.id, from: source.date, to, score });
      }
    }
  }
  candidates.sort(
    (a, b) => a.score - b.score || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
  );
  return candidates.map(({ sessionId, from, to }) => ({ sessionId, from, to }));
}

/** The first of `hardMoves`. */
export function pickHardMove(sessions: readonly ShownSession[], cap = 2): HardMove {
  const best = hardMoves(sessions, cap)[0];
  if (!best)
    throw new Error('no week with exactly the cap of hard sessions and an easy day to drag to');
  return best;
}
