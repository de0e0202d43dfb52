/**
 * Every warning of the core, grouped by severity, with its advice; choosing one shows its days and
 * sessions on the calendar, and quick fixes run the obvious core edit.
 */
import { memo } from 'react';
import type { Plan } from '../../src/model/plan';
import type { Severity, Warning } from '../../src/model/warning';
import type { EditResult } from '../../src/edits/types';
import { quickFixes } from '../state/quick-fixes';
import { formatRange, inPageDates, ruleLabel, severityLabel } from '../state/labels';

interface Props {
  readonly plan: Plan;
  readonly warnings: readonly Warning[];
  /** The plan was just opened and its check has not run yet. */
  readonly checking: boolean;
  /** The key (see `warningKey`) of the warning shown on the calendar. */
  readonly selected: string | null;
  onSelect(warning: Warning): void;
  onFix(run: (plan: Plan) => EditResult, label: string): void;
}

export function warningKey(w: Warning): string {
  return `${w.rule}|${w.start}|${w.end}|${w.sessionIds.join(',')}|${w.raceIds.join(',')}`;
}

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

function WarningsPanelImpl({ plan, warnings, checking, selected, onSelect, onFix }: Props) {
  return (
    <section
      className="sp-warnings"
      id="sp-warnings"
      tabIndex={-1}
      aria-labelledby="sp-warnings-title"
    >
      <h2 id="sp-warnings-title" className="sp-panel-title">
        Warnings <span className="sp-count">{warnings.length}</span>
      </h2>
      {checking && <p className="sp-empty">Checking the plan…</p>}
      {!checking && warnings.length === 0 && (
        <p className="sp-empty">No warnings: this plan keeps every rule.</p>
      )}
      <ul data-testid="warnings" className="sp-warning-groups">
        {ORDER.map((severity) => {
          const group = warnings.filter((w) => w.severity === severity);
          if (group.length === 0) return null;
          return (
            <li key={severity} className="sp-warning-group">
              <h3 className={`sp-severity sp-severity-${severity}`}>
                {severityLabel(severity)} ({group.length})
              </h3>
              <ul>
                {group.map((w) => {
                  const key = warningKey(w);
                  const isSelected = selected === key;
                  const fixes = isSelected ? quickFixes(plan, w) : [];
                  return (
                    <li
                      key={key}
                      data-rule={w.rule}
                      data-severity={w.severity}
                      className={`sp-warning sp-warning-${w.severity}${isSelected ? ' sp-selected' : ''}`}
                    >
                      <button
                        type="button"
                        className="sp-warning-main"
                        aria-pressed={isSelected}
                        onClick={() => onSelect(w)}
                      >
                        <span className="sp-warning-rule">{ruleLabel(w.rule)}</span>
                        <span className="sp-warning-dates">{formatRange(w.start, w.end)}</span>
                        <span className="sp-warning-message">{inPageDates(w.message)}</span>
                      </button>
                      {fixes.length > 0 && (
                        <div className="sp-fixes" role="group" aria-label="Quick fixes">
                          {fixes.map((f) => (
                            <button
                              key={f.label}
                              type="button"
                              className="sp-button sp-small"
                              onClick={() => onFix(f.apply, f.label)}
                            >
                              {f.label}
                            </button>
                          ))}
                        </div>
                      )}
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export const WarningsPanel = memo(WarningsPanelImpl);
