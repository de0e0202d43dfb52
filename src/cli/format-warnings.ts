import type { Warning } from '../model/warning';
import { severityCounts } from './counts';

/**
 * Warnings as a human reads them on a terminal: one block per warning, then the count by severity
 * (which adds up: '2 findings: 1 error, 1 warning').
 *
 * @example formatWarnings([]) // 'No warnings: the plan keeps every rule.\n'
 */
export function formatWarnings(warnings: readonly Warning[]): string {
  if (warnings.length === 0) return 'No warnings: the plan keeps every rule.\n';
  const lines = warnings.map((w) => {
    const days = w.start === w.end ? w.start : `${w.start} to ${w.end}`;
    return `${w.severity.toUpperCase().padEnd(7)} ${w.rule}  ${days}\n        ${w.message}`;
  });
  return `${lines.join('\n')}\n\n${severityCounts(warnings)}\n`;
}
