/**
 * Counts and one-line summaries for the command line: a plan's shape and its warnings by severity.
 */
import type { Plan } from '../model/plan';
import type { Severity, Warning } from '../model/warning';
import { seasonWeeks } from '../model/weeks';

const SEVERITIES: readonly { severity: Severity; one: string; many: string }[] = [
  { severity: 'error', one: 'error', many: 'errors' },
  { severity: 'warning', one: 'warning', many: 'warnings' },
  { severity: 'info', one: 'note', many: 'notes' },
];

function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Warnings counted by severity, the parts adding up to the total; notes only when there are any.
 * `otherErrors` counts error findings that are not rule warnings (the file's integrity problems).
 *
 * @example severityCounts([error, warning]) // '2 findings: 1 error, 1 warning'
 */
export function severityCounts(warnings: readonly Warning[], otherErrors = 0): string {
  const parts = SEVERITIES.filter(
    ({ severity }) => severity !== 'info' || warnings.some((w) => w.severity === 'info'),
  ).map(({ severity, one, many }) =>
    counted(
      warnings.filter((w) => w.severity === severity).length +
        (severity === 'error' ? otherErrors : 0),
      one,
      many,
    ),
  );
  const total = warnings.length + otherErrors;
  return `${counted(total, 'finding', 'findings')}: ${parts.join(', ')}`;
}

/** A warning's days, as the check listing writes them. */
function days(w: Warning): string {
  return w.start === w.end ? w.start : `${w.start} to ${w.end}`;
}

/**
 * What `plan` made, on one line for stderr: weeks, sessions, races, warnings by severity, and the
 * error-level ones named (rule and days), so an error is seen without running `check`. `what`
 * leads the line.
 *
 * @example planSummary(plan, warnings, 'wrote plan.json')
 * // 'wrote plan.json: 51 weeks, 356 sessions (51 rest days), 3 races; 0 findings: 0 errors, 0 warnings'
 */
export function planSummary(plan: Plan, warnings: readonly Warning[], what: string): string {
  const weeks = seasonWeeks(plan.season, plan.settings.weekStart).length;
  const rest = plan.sessions.filter((s) => s.kind === 'rest').length;
  const shape =
    `${counted(weeks, 'week', 'weeks')}, ${counted(plan.sessions.length, 'session', 'sessions')} ` +
    `(${counted(rest, 'rest day', 'rest days')}), ${counted(plan.races.length, 'race', 'races')}`;
  const errors = warnings.filter((w) => w.severity === 'error');
  const named =
    errors.length === 0
      ? ''
      : `; ${errors.length === 1 ? 'error' : 'errors'}: ${errors.map((w) => `${w.rule} ${days(w)}`).join(', ')}`;
  return `${what}: ${shape}; ${severityCounts(warnings)}${named}`;
}
