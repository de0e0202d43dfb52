import { dayNumber } from '../dates';
import type { Block, IsoDate } from '../model/plan';

/**
 * A lookup of the blocks that hold a day (blocks may nest: a down week inside a base phase),
 * built once for the days an export writes instead of scanning every block for every session.
 *
 * @example blocksByDay(plan.blocks, ['2027-03-01', '2027-03-28'])('2027-03-28') // [base, down]
 */
export function blocksByDay(
  blocks: readonly Block[],
  days: readonly IsoDate[],
): (day: IsoDate) => readonly Block[] {
  const scan = (day: IsoDate) => blocks.filter((b) => b.start <= day && day <= b.end);
  if (days.length === 0) return scan;
  const numbers = days.map(dayNumber);
  const first = numbers.reduce((a, b) => Math.min(a, b));
  const last = numbers.reduce((a, b) => Math.max(a, b));
  // A table per day pays for itself on a season; a file spanning centuries is scanned instead.
  if (last - first > 40_000) return scan;
  const table: Block[][] = Array.from({ length: last - first + 1 }, () => []);
  for (const block of blocks) {
    const from = Math.max(first, dayNumber(block.start));
    const to = Math.min(last, dayNumber(block.end));
    for (let n = from; n <= to; n++) table[n - first]?.push(block);
  }
  return (day) => table[dayNumber(day) - first] ?? scan(day);
}
