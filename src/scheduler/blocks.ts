/**
 * The blocks a plan shows: the phases as runs of days, plus the off-distance blocks and down weeks
 * laid over them.
 */
import type { Block, BlockKind, Distance, Race } from '../model/plan';
import type { DayPlan, Phase } from './day-plan';
import { isoOf } from './day-plan';
import type { PlacedBlock } from './off-distance';

/**
 * Blocks in date order (then kind). Ids are the kind and first day, so regenerating an unchanged
 * season gives the same ids.
 *
 * @example planBlocks(dayPlan, races, [], [], '5k')[0] // { id: 'base-2027-01-04', kind: 'base', … }
 */
export function planBlocks(
  plan: DayPlan,
  races: readonly Race[],
  offDistance: readonly PlacedBlock[],
  downWeeks: readonly number[],
  offDistanceKind: Distance,
): Block[] {
  const { calendar } = plan;
  const blocks: Block[] = [];
  const n = calendar.count;
  let start = 0;
  for (let i = 1; i <= n; i++) {
    const same =
      i < n && plan.phase[i] === plan.phase[start] && plan.raceIndex[i] === plan.raceIndex[start];
    if (same) continue;
    const phase = plan.phase[start]!;
    if (phase !== 'off-distance') {
      const race = races[plan.raceIndex[start]!];
      blocks.push({
        id: `${phase}-${isoOf(calendar, start)}`,
        kind: blockKind(phase),
        start: isoOf(calendar, start),
        end: isoOf(calendar, i - 1),
        ...(race ? { raceId: race.id } : {}),
      });
    }
    start = i;
  }
  for (const block of offDistance) {
    const first = isoOf(calendar, block.start);
    blocks.push({
      id: `off-distance-${first}`,
      kind: 'off-distance',
      start: first,
      end: isoOf(calendar, block.end),
      distance: offDistanceKind,
    });
  }
  for (const ws of downWeeks) {
    const first = isoOf(calendar, Math.max(0, ws));
    blocks.push({
      id: `down-${first}`,
      kind: 'down',
      start: first,
      end: isoOf(calendar, Math.min(n - 1, ws + 6)),
    });
  }
  return blocks.sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0,
  );
}

function blockKind(phase: Exclude<Phase, 'off-distance'>): BlockKind {
  return phase;
}
