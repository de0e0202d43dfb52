import type { Warning } from '../model/warning';
import { severityCounts } from './counts';

/**
 * Warnings as a human reads them on a terminal: one block per warning, then the count by severity
 * (which adds up: '2 findings: 1 error, 1 warning'). `integrity` lists the file's consistency
 * problems (duplicate ids, days outside the season), each an error, shown first.
 *
 * @example formatWarnings([]) // 'No warnings: the plan keeps every rule.\n'
 */
export function formatWarnings(
  warnings: readonly Warning[],
  integrity: readonly string[] = [],
): string {
  if (warnings.length === 0 && integrity.length === 0) {
    return 'No warnings: the plan keeps every rule.\n';
  }
  const lines = [
    ...integrity.map((message) => `ERROR   integrity\n        ${message}`),
    ...warnings.map((w) => {
      const days = w.start === w.end ? w.start : `${w.start} to ${w.end}`;
      return `${w.severity.toUpperCase().padEnd(7)} ${w.rule}  ${days}\n        ${w.message}`;
    }),
  ];
  return `${lines.join('\n')}\n\n${severityCounts(warnings, integrity.length)}\n`;
}
