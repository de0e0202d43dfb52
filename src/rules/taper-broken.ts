import type { Plan } from '../model/plan';
import type { Warning } from '../model/warning';
import type { RuleContext } from './context';
import { contextOf, sessionsOn, sumDays } from './context';
import { dayNumber, dayNumberWeekOffset, fromDayNumber } from '../dates';
import { racesByDate } from './race-order';

/** Nothing hard in this many days before an A race. */
const QUIET_DAYS = 2;

/**
 * A broken taper: (a) a hard session other than the race itself in the 2 days before an A race;
 * (b) a calendar week overlapping a taper block whose training load (race sessions left out) is
 * greater than the week before it.
 *
 * @example taperBroken(plan) // [{ rule: 'taper-broken', start: '2027-09-24', end: '2027-09-24', raceIds: ['r1'], … }]
 */
export function taperBroken(plan: Plan): Warning[] {
  const context = contextOf(plan);
  return [...hardBeforeRaces(context), ...risingTaperWeeks(context)];
}

function hardBeforeRaces(context: RuleContext): Warning[] {
  const warnings: Warning[] = [];
  for (const race of racesByDate(context.plan.races)) {
    if (race.priority !== 'A') continue;
    const raceDay = dayNumber(race.date);
    const offending = [];
    for (let n = raceDay - QUIET_DAYS; n < raceDay; n++) {
      for (const session of sessionsOn(context, n)) {
        // Another race (a tune-up the day before) is as hard on the legs as a workout.
        if (session.intensity !== 'hard' || session.raceId === race.id) continue;
        offending.push(session);
      }
    }
    if (offending.length === 0) continue;
    warnings.push({
      rule: 'taper-broken',
      severity: 'warning',
      start: offending[0]!.date,
      end: offending[offending.length - 1]!.date,
      sessionIds: offending.map((session) => session.id),
      raceIds: [race.id],
      message:
        `A hard session in the last ${QUIET_DAYS} days before ${race.name}: arrive at your goal ` +
        `race fresh. Make it easy (a few strides are fine) or move it earlier.`,
    });
  }
  return warnings;
}

function risingTaperWeeks(context: RuleContext): Warning[] {
  const { plan } = context;
  const weekStart = plan.settings.weekStart;
  const firstSeasonWeek = context.weeks[0]?.first ?? context.seasonStart;
  const warnings: Warning[] = [];
  for (const block of plan.blocks) {
    if (block.kind !== 'taper') continue;
    const race = plan.races.find((r) => r.id === block.raceId);
    const raceIds = race ? [race.id] : [];
    const end = dayNumber(block.end);
    const start = dayNumber(block.start);
    for (let first = start - dayNumberWeekOffset(start, weekStart); first <= end; first += 7) {
      // A week with no week of the season before it has nothing to be compared with.
      if (first - 7 < firstSeasonWeek) continue;
      const load = sumDays(context, context.trainingLoad, first, first + 6);
      const before = sumDays(context, context.trainingLoad, first - 7, first - 1);
      if (load <= before) continue;
      const sessionIds: string[] = [];
      for (let n = first; n < first + 7; n++) {
        for (const session of sessionsOn(context, n)) {
          if (session.kind !== 'race' && session.intensity !== 'rest') sessionIds.push(session.id);
        }
      }
      warnings.push({
        rule: 'taper-broken',
        severity: 'warning',
        start: fromDayNumber(first),
        end: fromDayNumber(first + 6),
        sessionIds,
        raceIds,
        message:
          `This taper week carries more load than the week before it` +
          `${race ? ` (${race.name} is on ${race.date})` : ''}. A taper cuts volume step by step ` +
          `while keeping some intensity: shorten or drop sessions this week.`,
      });
    }
  }
  return warnings;
}
