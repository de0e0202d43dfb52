import type { Plan } from '../../../src/model/plan';
import { generate } from '../../../src/scheduler/generate';

/** A marathoner's season (Monday weeks, 60 km baseline) with a spring and an autumn marathon. */
export function marathonPlan(): Plan {
  return generate({
    start: '2027-01-04',
    end: '2027-12-26',
    athlete: { weeklyKmBaseline: 60 },
    races: [
      { id: 'rotterdam', name: 'Rotterdam', date: '2027-04-11', distance: 'marathon' },
      { id: 'berlin', name: 'Berlin', date: '2027-09-26', distance: 'marathon' },
    ],
  });
}

export function minutesBetween(plan: Plan, from: string, to: string): number {
  return plan.sessions
    .filter((s) => s.date >= from && s.date <= to)
    .reduce((sum, s) => sum + s.durationMin, 0);
}
