import { distanceKm } from '../model/settings';
import type { Plan } from '../model/plan';
import type { Warning } from '../model/warning';
import { formatRaceTime } from '../paces/race-time';
import { predictMinutes } from '../paces/zones';

/** Planned time further than this share from the prediction is not a plan for this runner. */
const TOLERANCE = 0.1;

/**
 * A race session whose planned time is more than 10 % from what the runner's paces predict (the
 * VDOT model, src/paces). Silent without paces: there is nothing to compare with.
 *
 * @example raceTime(plan) // [{ rule: 'race-time', start: '2027-10-10', raceIds: ['r1'], … }]
 */
export function raceTime(plan: Plan): Warning[] {
  const { paces } = plan;
  if (!paces) return [];
  const races = new Map(plan.races.map((race) => [race.id, race]));
  const warnings: Warning[] = [];
  for (const session of plan.sessions) {
    if (session.kind !== 'race' || session.raceId === undefined) continue;
    const race = races.get(session.raceId);
    if (!race) continue;
    const predicted = predictMinutes(paces, distanceKm(race.distance));
    if (Math.abs(session.durationMin / predicted - 1) <= TOLERANCE) continue;
    warnings.push({
      rule: 'race-time',
      severity: 'warning',
      start: session.date,
      end: session.date,
      sessionIds: [session.id],
      raceIds: [race.id],
      message:
        `${race.name} is planned at ${formatRaceTime(session.durationMin * 60)}, but your recent ` +
        `result predicts about ${formatRaceTime(predicted * 60)}. A goal far from your current ` +
        'fitness sets the wrong paces on the day: update your recent result, or the race.',
    });
  }
  return warnings;
}
