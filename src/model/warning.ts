import type { IsoDate } from './plan';

export const RULE_IDS = [
  'back-to-back-marathons',
  'marathon-recovery',
  'too-many-hard-days',
  'hard-days-back-to-back',
  'no-rest-day',
  'down-week-overdue',
  'no-off-distance-block',
  'taper-broken',
  'load-spike',
  'monotony',
  'workout-limits',
  'race-time',
  'long-run-jump',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'info' | 'warning' | 'error';

/** What a rule says about a plan: which days and items it concerns, and what to do. */
export interface Warning {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly sessionIds: readonly string[];
  readonly raceIds: readonly string[];
  /** Plain advice, for the athlete. */
  readonly message: string;
}
