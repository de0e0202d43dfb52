/**
 * Placing the off-distance blocks: one between every two marathons when they leave room (so that
 * the athlete does not race marathon after marathon), then as many as it takes for every 12 months
 * of the season to hold one, each in the longest stretch free of A-race preparation.
 *
 * Each block is the configured length where there is room for it, else the longest that fits, but
 * never shorter than `minOffDistanceDays`: a shorter block would not train the off distance, and
 * the rules do not count it (it used to be squeezed in only to silence them). Where no block of
 * that minimum fits, none is placed and the rule's warning is the races' doing. A block opens past
 * a race's return (`RETURN_DAYS` after its recovery) where its stretch leaves the room.
 *
 * "Every 12 months" is judged exactly as the no-off-distance-block rule does: each block is anchored
 * at its middle day, and no 12-month window may fit strictly between two anchors (or between an
 * anchor and the day before the season starts or after it ends).
 */
import { minOffDistanceDays } from '../model/off-distance';
import type { Race } from '../model/plan';
import { isMarathonOrLonger } from '../model/settings';
import type { DayPlan, Phase } from './day-plan';
import { indexOf, isoOf } from './day-plan';

export interface PlacedBlock {
  /** First day index, inclusive. */
  readonly start: number;
  /** Last day index, inclusive. */
  readonly end: number;
}

interface Run {
  readonly start: number;
  readonly end: number;
}

/** Half a year: a shorter season is one race build-up, with no room to train another distance. */
const MIN_SEASON_FOR_BLOCK = 182;
/**
 * A block between two marathons ends at least this many days before the second when it is an A
 * race and the room allows: 10 weeks, the 3-week taper, the 3-week peak and 4 weeks of build. A 5K
 * block keeps the long run to about 90 min (DOMAIN.md's 5K/10K segment), and a run may grow by
 * 10 % at most over the longest of the past 30 days (Frandsen et al. 2025): the 7 weeks before the
 * taper take it back towards the 150–180 min of Pfitzinger's and Hansons' marathon long runs
 * (90 × 1.1⁶ ≈ 159). README's runner's block used to end 9 weeks out: 143 min, once; 10 weeks
 * out, 154 min (29.8 km), and 26 km or more three times.
 */
export const MARATHON_BUILD_ROOM_DAYS = 70;

/**
 * Days after a race's recovery that are the runner's return, not a base a block builds from: the
 * load-spike rule's 28-day window still holds the recovery's low weeks, and a run may grow by 10 %
 * at most over the longest of the past 30 days (Frandsen et al. 2025), so a half block that opened
 * here often ended before its long run reached 90 min, and a 5K block's first week had no quality.
 * After an A marathon this makes about 6 weeks (DOMAIN.md: 3–5 weeks of recovery, Pfitzinger). A
 * block starts after them when its stretch has the room, else where it used to. 21 days rather than
 * 14: on 20,000 random plans (two seeds) the block property missed 122 times on main, 101 with 14
 * days, 91 with 21.
 */
export const RETURN_DAYS = 21;

/**
 * Places the blocks, marks their base and build days as 'off-distance' in `plan.phase`, and returns
 * them in date order.
 *
 * @example placeOffDistanceBlocks(dayPlan, races, 6).length // 1 for a one-year season
 */
export function placeOffDistanceBlocks(
  plan: DayPlan,
  races: readonly Race[],
  blockWeeks: number,
): PlacedBlock[] {
  const placed: PlacedBlock[] = [];
  const full = blockWeeks * 7;
  // Whole weeks, and at most `full`: ceil(weeks / 2) <= weeks.
  const min = minOffDistanceDays({ offDistanceBlockWeeks: blockWeeks });
  // The phases each block was placed on, to move it later if need be.
  const beneath = new Map<PlacedBlock, Phase[]>();
  const place = (block: PlacedBlock, was = mark(plan, block)): number => {
    beneath.set(block, was);
    placed.push(block);
    return anchorOf(block);
  };

  const marathons = races.filter((race) => isMarathonOrLonger(race.distance));
  for (let m = 1; m < marathons.length; m++) {
    const from = indexOf(plan.calendar, marathons[m - 1]!.date);
    const to = indexOf(plan.calendar, marathons[m]!.date);
    if (placed.some((b) => b.start > from && b.end < to)) continue;
    // Before an A marathon, a block that leaves its build room, however short, comes first.
    const lastDay = to - MARATHON_BUILD_ROOM_DAYS;
    const keepsBuild =
      marathons[m]!.priority === 'A'
        ? latestBefore(plan, from, lastDay + 1, blockWeeks * 7, min)
        : undefined;
    const best = keepsBuild ?? longestBetween(plan, from, to, blockWeeks, min);
    if (best) place(best);
  }

  const anchors = placed.map(anchorOf).sort((a, b) => a - b);
  const stops = [-1, ...anchors, plan.calendar.count];
  let previous: number | undefined; // the anchor before a: its gap is closed
  for (let k = 1; k < stops.length; k++) {
    let a = stops[k - 1]!;
    const b = stops[k]!;
    while (windowAfter(plan, a) <= b) {
      let inTime = bestPlacement(plan, a, b, full, min, windowAfter(plan, a));
      const last = placed.find((block) => anchorOf(block) === a);
      if (!inTime && last && previous !== undefined) {
        // The block before the gap, placed as early as it could be, may have used up the last
        // room within 12 months of it (A races back to back after it): a block a week or two
        // later, or shorter, would leave room for the next one in time.
        const moved = movedLater(plan, last, beneath.get(last)!, previous, b, full, min);
        if (moved) {
          placed.splice(placed.indexOf(last), 1);
          beneath.delete(last);
          a = place(moved.block, moved.was);
          inTime = moved.next;
        }
      }
      // When the races leave no room within 12 months, the earliest room after that still
      // shortens the stretch without a block (the rule's warning for it is then forced).
      const block = inTime ?? bestPlacement(plan, a, b, full, min, b);
      if (!block) break;
      previous = a;
      a = place(block);
    }
    previous = a;
  }
  // A season shorter than a year still gets its one off-distance block when it has room for it.
  const n = plan.calendar.count;
  if (placed.length === 0 && n >= MIN_SEASON_FOR_BLOCK) {
    const block = bestPlacement(plan, -1, n, full, min, n);
    if (block) place(block);
  }
  return placed.sort((x, y) => x.start - y.start);
}

/**
 * The longest block (up to `blockWeeks`, at least `min` days) between the days `from` and `to`, at
 * the start of its stretch of free base and build days.
 */
function longestBetween(
  plan: DayPlan,
  from: number,
  to: number,
  blockWeeks: number,
  min: number,
): PlacedBlock | undefined {
  let best: PlacedBlock | undefined;
  for (const run of freeRuns(plan, true, from + 1, to - 1)) {
    const start = alignUp(plan, Math.max(run.start, from + 1));
    const end = Math.min(run.end, to - 1);
    const weeks = Math.min(blockWeeks, Math.floor((end - start + 1) / 7));
    if (weeks * 7 < min) continue;
    if (!best || weeks * 7 > best.end - best.start + 1) {
      best = pastReturn(plan, { start, end: start + weeks * 7 - 1 }, end);
    }
  }
  return best;
}

/**
 * The block on free base and build days after the day `from` that ends latest before the day
 * `before`, the longest of those (up to `full` days, at least `min`): the block closest to the
 * build that follows it, so the long run it keeps short grows straight into that build.
 */
function latestBefore(
  plan: DayPlan,
  from: number,
  before: number,
  full: number,
  min: number,
): PlacedBlock | undefined {
  let best: PlacedBlock | undefined;
  for (const run of freeRuns(plan, true, from + 1, before - 1)) {
    const first = alignUp(plan, Math.max(run.start, from + 1));
    const last = Math.min(run.end, before - 1);
    const weeks = Math.min(full, Math.floor((last - first + 1) / 7) * 7);
    if (weeks < min) continue;
    // The latest week start from which `weeks` days fit, then as long as fits from there.
    const start = first + Math.floor((last - first + 1 - weeks) / 7) * 7;
    const block = { start, end: start + weeks - 1 };
    if (!best || block.end > best.end) best = block;
  }
  return best;
}

/** Marks the block's base and build days as 'off-distance'; returns the phases it lies on. */
function mark(plan: DayPlan, block: PlacedBlock): Phase[] {
  const was = plan.phase.slice(block.start, block.end + 1);
  for (let i = block.start; i <= block.end; i++) {
    if (plan.phase[i] === 'base' || plan.phase[i] === 'build') plan.phase[i] = 'off-distance';
  }
  return was;
}

function unmark(plan: DayPlan, block: PlacedBlock, was: readonly Phase[]): void {
  for (let i = block.start; i <= block.end; i++) plan.phase[i] = was[i - block.start]!;
}

/**
 * `block` (lying on the phases `was`) moved later by whole weeks within its stretch of free days
 * (so a block between two marathons stays between them), the longest first, never shorter than
 * `min`: the first move after which the next block fits with its anchor within 12 months, while
 * the moved anchor stays within 12 months of `previous` (the gap before it stays closed). Returns
 * the moved block, the phases it lies on and that next block, and leaves the moved block marked;
 * undefined, with the phases as they were, when no move helps.
 */
function movedLater(
  plan: DayPlan,
  block: PlacedBlock,
  was: readonly Phase[],
  previous: number,
  b: number,
  full: number,
  min: number,
): { block: PlacedBlock; was: Phase[]; next: PlacedBlock } | undefined {
  unmark(plan, block, was);
  const latestAnchor = windowAfter(plan, previous) - 1;
  const free = (i: number): boolean =>
    i < plan.calendar.count && (plan.phase[i] === 'base' || plan.phase[i] === 'build');
  for (let len = block.end - block.start + 1; len >= min; len -= 7) {
    const half = Math.floor(len / 2);
    let end = block.start - 1; // days block.start … end are known to be free
    for (let p = block.start; p + half <= latestAnchor; p += 7) {
      while (end < p + len - 1 && free(end + 1)) end++;
      if (end < p + len - 1) break;
      if (p + half <= anchorOf(block)) continue;
      const moved = { start: p, end: p + len - 1 };
      const movedWas = mark(plan, moved);
      const anchor = anchorOf(moved);
      const next = bestPlacement(plan, anchor, b, full, min, windowAfter(plan, anchor));
      if (next) return { block: moved, was: movedWas, next };
      unmark(plan, moved, movedWas);
    }
  }
  mark(plan, block);
  return undefined;
}

/** The anchor of a block: its middle day, as the rule takes it. */
export function anchorOf(block: PlacedBlock): number {
  return block.start + Math.floor((block.end - block.start + 1) / 2);
}

/**
 * The index of `addMonths(day(a + 1), 12)`: a 12-month window fits strictly between anchors a and b
 * exactly when this is <= b.
 */
function windowAfter(plan: DayPlan, a: number): number {
  const day = isoOf(plan.calendar, a + 1);
  // addMonths(day, 12): the same day a year later, 29 February clamped to the 28th.
  const year = String(Number(day.slice(0, 4)) + 1).padStart(4, '0');
  const later = day.endsWith('-02-29') ? `${year}-02-28` : `${year}${day.slice(4)}`;
  return indexOf(plan.calendar, later);
}

/** The best block whose anchor lies in (a, limit): closing the gap to b if one can, else the latest. */
function bestPlacement(
  plan: DayPlan,
  a: number,
  b: number,
  full: number,
  min: number,
  limit: number,
): PlacedBlock | undefined {
  const late = limit <= windowAfter(plan, a);
  // Only the stretch where an anchor can land matters; runs are cut at its edges, so the
  // "longest stretch" is judged within it.
  const runsOf = [false, true].map((relaxed) =>
    freeRuns(plan, relaxed, a + 1 - full, limit + full),
  );
  // The length comes first: the full block on build days too rather than a shorter one on base
  // days alone, as a short block trains the off distance less.
  for (let len = full; len >= min; len -= 7) {
    // Base days first, but a block past a race's return comes before one in it.
    let chosen: { block: PlacedBlock; closes: boolean; settled: boolean } | undefined;
    for (const runs of runsOf) {
      const half = Math.floor(len / 2);
      let closing: { block: PlacedBlock; score: number } | undefined;
      let latest: PlacedBlock | undefined;
      for (const run of runs) {
        const first = alignUp(plan, Math.max(run.start, a + 1 - half));
        const last = Math.min(run.end - len + 1, limit - 1 - half);
        for (let p = first; p <= last; p += 7) {
          const block = { start: p, end: p + len - 1 };
          const settled = !inReturn(plan, p);
          if (windowAfter(plan, p + half) > b) {
            // This block alone closes the gap: prefer one past a race's return, then the longest
            // stretch, centred in it.
            const centre = (run.start + run.end) / 2;
            const score =
              (settled ? 1e12 : 0) + (run.end - run.start) * 1e6 - Math.abs(p + half - centre);
            if (!closing || score > closing.score) closing = { block, score };
          } else if (!latest || prefers(plan, block, latest, late)) {
            latest = block;
          }
        }
      }
      const block = closing?.block ?? latest;
      if (!block) continue;
      const found = { block, closes: closing !== undefined, settled: !inReturn(plan, block.start) };
      if (!chosen || ranksBefore(found, chosen)) chosen = found;
    }
    if (chosen) return chosen.block;
  }
  return undefined;
}

/** Whether a candidate block ranks before another: one that closes the gap, then one past a return. */
function ranksBefore(
  x: { closes: boolean; settled: boolean },
  y: { closes: boolean; settled: boolean },
): boolean {
  if (x.closes !== y.closes) return x.closes;
  return x.settled && !y.settled;
}

/**
 * Whether block `x` is to be placed rather than `y` when neither closes the gap: the one past a
 * race's return, then the latest when `late`, else the earliest.
 */
function prefers(plan: DayPlan, x: PlacedBlock, y: PlacedBlock, late: boolean): boolean {
  const settledX = !inReturn(plan, x.start);
  if (settledX !== !inReturn(plan, y.start)) return settledX;
  return late ? x.start > y.start : x.start < y.start;
}

/** Whether day `i` lies within `RETURN_DAYS` after a race's recovery. */
function inReturn(plan: DayPlan, i: number): boolean {
  for (let k = 1; k <= RETURN_DAYS && i - k >= 0; k++) {
    if (plan.phase[i - k] === 'recovery') return true;
  }
  return false;
}

/**
 * `block` moved later by whole weeks, as long as it ends by the day `last`, until it opens past a
 * race's return, or as far into the return as the room allows (each week further in is a week
 * more of rebuilt load and long run under it).
 */
function pastReturn(plan: DayPlan, block: PlacedBlock, last: number): PlacedBlock {
  let moved = block;
  while (inReturn(plan, moved.start) && moved.end + 7 <= last) {
    moved = { start: moved.start + 7, end: moved.end + 7 };
  }
  return moved;
}

/**
 * Maximal runs of days free for an off-distance block between `from` and `to`: base days (and build
 * days when relaxed).
 */
function freeRuns(plan: DayPlan, relaxed: boolean, from: number, to: number): Run[] {
  const runs: Run[] = [];
  let start = -1;
  const first = Math.max(0, from);
  const last = Math.min(plan.calendar.count - 1, to);
  for (let i = first; i <= last + 1; i++) {
    const phase = i <= last ? plan.phase[i] : undefined;
    const free = phase === 'base' || (relaxed && phase === 'build');
    if (free && start < 0) start = i;
    if (!free && start >= 0) {
      runs.push({ start, end: i - 1 });
      start = -1;
    }
  }
  return runs;
}

/** The first week start at or after index `i`. */
function alignUp(plan: DayPlan, i: number): number {
  const offset = (((i - plan.calendar.firstWeekStart) % 7) + 7) % 7;
  return offset === 0 ? i : i + 7 - offset;
}
