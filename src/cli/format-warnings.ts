import type { Warning } from '../model/warning';

/**
 * Warnings as a human reads them on a terminal: one block per warning, then a count.
 *
 * @example formatWarnings([]) // 'No warnings: the plan keeps every rule.\n'
 */
export function formatWarnings(warnings: readonly Warning[]): string {
  if (warnings.length === 0) return 'No warnings: the plan keeps every rule.\n';
  const lines = warnings.map((w) => {
    const days = w.start === w.end ? w.start : `${w.start} to ${w.end}`;
    return `${w.severity.toUpperCase().padEnd(7)} ${w.rule}  ${days}\n        ${w.message}`;
  });
  const errors = warnings.filter((w) => w.severity === 'error').length;
  const summary = `${warnings.length} warning${warnings.length === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}`;
  return `${lines.join('\n')}\n\n${summary}\n`;
}
