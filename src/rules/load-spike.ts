import type { Plan } from '../model/plan';
import type { Warning } from '../model/warning';
import { contextOf, sessionsOn } from './context';
import { fromDayNumber } from '../dates';
import { acuteChronicAt, firstJudgedDay, isSpike } from './acute-chronic';

/** The threshold is the acute:chronic module's, which the page's figures share. */
export { SPIKE_RATIO } from './acute-chronic';

/**
 * The last 7 days' training load above 1.5 × the average week of the last 28 days (acute:chronic
 * ratio), judged for every day from the season's 28th on. Consecutive firing days make one warning.
 *
 * Race sessions (kind 'race') are left out of both sums: the ratio watches how fast the training
 * grows, and a race is the point of the plan, not a slip in its progression. A marathon alone
 * (≈ 230 min × 2.5) outweighs 1.5 × a tapered average week, so counting it would flag every
 * marathon in every plan. Races are judged by their own rules (marathon-recovery,
 * back-to-back-marathons, taper-broken).
 *
 * The chronic load is floored at `chronicFloor` (half the athlete's usual week). After a layoff the
 * 28 days hold little or no training, and against nothing any run reads as a spike (ratio 4 after
 * 21 empty days): the ratio says nothing there. DOMAIN.md says how to come back instead: the first
 * week at about 70 % of the usual volume, 50 % after a break over three weeks. Against the floor a
 * 70 % return week reads 1.4 (no warning) and a return at full volume 2.0 (a warning, as it should).
 *
 * @example loadSpike(plan) // [{ rule: 'load-spike', start: '2027-05-03', end: '2027-05-06', … }]
 */
export function loadSpike(plan: Plan): Warning[] {
  const context = contextOf(plan);

  const warnings: Warning[] = [];
  let runStart = -1;
  let peak = 0;
  const close = (last: number): void => {
    const sessionIds: string[] = [];
    for (let n = runStart - 6; n <= last; n++) {
      for (const session of sessionsOn(context, n)) {
        if (session.intensity !== 'rest') sessionIds.push(session.id);
      }
    }
    warnings.push({
      rule: 'load-spike',
      severity: 'warning',
      start: fromDayNumber(runStart),
      end: fromDayNumber(last),
      sessionIds,
      raceIds: [],
      message:
        `Your training load of the last 7 days rises to ${peak.toFixed(1)} times your average ` +
        `week of the last 4 weeks (the acute:chronic ratio, races left out, the average week taken ` +
        `as at least half your usual week; 0.8–1.3 is the usual ` +
        `band, above 1.5 a warning sign). The ratio is debated, so take it as advice: consider ` +
        `spreading this load over more weeks.`,
    });
    runStart = -1;
    peak = 0;
  };
  // The ratio is the one the page's figures show (acute-chronic.ts): one truth for both.
  for (let d = firstJudgedDay(context); d <= context.seasonEnd; d++) {
    const figure = acuteChronicAt(context, d);
    if (isSpike(figure)) {
      if (runStart < 0) runStart = d;
      peak = Math.max(peak, figure.ratio ?? 0);
    } else if (runStart >= 0) {
      close(d - 1);
    }
  }
  if (runStart >= 0) close(context.seasonEnd);
  return warnings;
}
