/**
 * The season as the print-out lays it out: months, each a run of week rows, each row the seven
 * days (sessions in short form), the week's totals and the blocks it lies in.
 *
 * Every week belongs to exactly one month — the month of its fourth day, the one holding most of
 * its days (the rule ISO 8601 uses to give a week to a year) — so a page break between months
 * never cuts a week, and every week is printed once.
 */
import { addDays } from '../dates';
import { blockLabel, kindLabel } from '../model/labels';
import type { IsoDate, Plan, Session } from '../model/plan';
import { seasonWeeks } from '../model/weeks';
import type { Units } from '../model/workout';
import { formatWorkoutLines } from '../workouts/format';

const KM_PER_MILE = 1.609344;

export interface PrintSession {
  readonly id: string;
  readonly label: string;
  readonly intensity: Session['intensity'];
  /** Length in short: `10 km · 55 min`; empty for a rest day. */
  readonly size: string;
  /** The workout's steps, one per line; empty without structured steps. */
  readonly steps: readonly string[];
}

export interface PrintDay {
  readonly date: IsoDate;
  /** False for the days of the first and last weeks that lie outside the season. */
  readonly inSeason: boolean;
  readonly sessions: readonly PrintSession[];
}

export interface PrintWeek {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly days: readonly PrintDay[];
  readonly km: number;
  readonly minutes: number;
  readonly hard: number;
  /** The blocks the week lies in, as words, in order (`Build`, `Down week`). */
  readonly blocks: readonly string[];
}

export interface PrintMonth {
  /** `2027-03`. */
  readonly month: string;
  readonly weeks: readonly PrintWeek[];
}

/**
 * The print-out's months and weeks for a plan.
 *
 * @example printPages(plan, 'km')[0] // { month: '2027-01', weeks: [{ start: '2027-01-04', days: [...7], km: 52, … }] }
 */
export function printPages(plan: Plan, units: Units = 'km'): PrintMonth[] {
  const byDay = new Map<IsoDate, Session[]>();
  for (const session of plan.sessions) {
    const list = byDay.get(session.date);
    if (list) list.push(session);
    else byDay.set(session.date, [session]);
  }
  const months: { month: string; weeks: PrintWeek[] }[] = [];
  for (const week of seasonWeeks(plan.season, plan.settings.weekStart)) {
    const sessions = [] as Session[];
    const days = Array.from({ length: 7 }, (_, i): PrintDay => {
      const date = addDays(week.start, i);
      const onDay = byDay.get(date) ?? [];
      sessions.push(...onDay);
      return {
        date,
        inSeason: date >= plan.season.start && date <= plan.season.end,
        sessions: onDay.map((s) => printSession(s, units)),
      };
    });
    const printed: PrintWeek = {
      start: week.start,
      end: week.end,
      days,
      km: round1(sessions.reduce((sum, s) => sum + s.distanceKm, 0)),
      minutes: Math.round(sessions.reduce((sum, s) => sum + s.durationMin, 0)),
      hard: sessions.filter((s) => s.intensity === 'hard').length,
      blocks: plan.blocks
        .filter((b) => b.start <= week.end && b.end >= week.start)
        .map((b) => blockLabel(b.kind)),
    };
    const month = addDays(week.start, 3).slice(0, 7);
    const last = months.at(-1);
    if (last?.month === month) last.weeks.push(printed);
    else months.push({ month, weeks: [printed] });
  }
  return months;
}

/**
 * Minutes as hours and minutes, as a week's total reads.
 *
 * @example formatMinutes(335) // '5 h 35'
 */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}

function printSession(session: Session, units: Units): PrintSession {
  const size = [
    session.distanceKm > 0 ? distance(session.distanceKm, units) : '',
    session.durationMin > 0 ? `${Math.round(session.durationMin)} min` : '',
  ].filter((part) => part !== '');
  return {
    id: session.id,
    label: session.title.trim() || kindLabel(session.kind),
    intensity: session.intensity,
    size: session.kind === 'rest' ? '' : size.join(' · '),
    steps: session.workout ? formatWorkoutLines(session.workout, units) : [],
  };
}

function distance(km: number, units: Units): string {
  return units === 'mi' ? `${round1(km / KM_PER_MILE)} mi` : `${round1(km)} km`;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
