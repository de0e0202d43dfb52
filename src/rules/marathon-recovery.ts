import { addDays, daysBetween } from '../dates';
import type { Plan, Race } from '../model/plan';
import { isMarathonOrLonger } from '../model/settings';
import type { Warning } from '../model/warning';
import { racesByDate } from './race-order';

/** Days between two marathon-or-longer races (8 weeks). */
const MIN_GAP_DAYS = 56;
/** The recovery after a marathon when the plan has no recovery block for it. */
const DEFAULT_RECOVERY_DAYS = 21;

/**
 * A marathon-or-longer race less than 8 weeks after another one, or any race inside the recovery
 * period after a marathon-or-longer race. One warning per pair of races.
 *
 * @example marathonRecovery(plan) // [{ rule: 'marathon-recovery', severity: 'error', raceIds: ['r1', 'r2'], … }]
 */
export function marathonRecovery(plan: Plan): Warning[] {
  const races = racesByDate(plan.races);
  const warnings: Warning[] = [];
  const seen = new Set<string>();
  const report = (first: Race, second: Race, message: string): void => {
    const key = first.id < second.id ? `${first.id}\n${second.id}` : `${second.id}\n${first.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    const [a, b] = first.date <= second.date ? [first, second] : [second, first];
    warnings.push({
      rule: 'marathon-recovery',
      severity: 'error',
      start: a.date,
      end: b.date,
      sessionIds: [],
      raceIds: [first.id, second.id],
      message,
    });
  };
  races.forEach((first, i) => {
    if (!isMarathonOrLonger(first.distance)) return;
    const recovery = recoveryPeriod(plan, first);
    for (let j = i + 1; j < races.length; j++) {
      const second = races[j]!;
      const gap = daysBetween(first.date, second.date);
      if (isMarathonOrLonger(second.distance) && gap < MIN_GAP_DAYS) {
        report(
          first,
          second,
          `${second.name} is only ${gap} days after ${first.name}: leave at least 8 weeks between ` +
            `two marathons so that the body recovers. Move one of them, or run one as an easy long run.`,
        );
      }
    }
    // Plain reading of "inside the recovery period": any other race dated within it.
    for (const other of races) {
      if (other === first || other.date < recovery.start || other.date > recovery.end) continue;
      report(
        first,
        other,
        `${other.name} falls in the recovery after ${first.name} (${recovery.start} to ` +
          `${recovery.end}): the weeks after a marathon are for easy running. Skip it or move it ` +
          `after the recovery.`,
      );
    }
  });
  return warnings;
}

/** The recovery block of a race if the plan has one, else the 21 days after it. */
function recoveryPeriod(plan: Plan, race: Race): { start: string; end: string } {
  const block = plan.blocks.find((b) => b.kind === 'recovery' && b.raceId === race.id);
  if (block) return { start: block.start, end: block.end };
  return { start: addDays(race.date, 1), end: addDays(race.date, DEFAULT_RECOVERY_DAYS) };
}
