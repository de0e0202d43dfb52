/**
 * The weekly figures behind the volume chart: km per week, the block the week belongs to, and the
 * acute:chronic load ratio at the week's end (last 7 days' load over the mean week of the last 28).
 */
import type { BlockKind, IsoDate, Plan } from '../../src/model/plan';
import { sessionLoad } from '../../src/model/load';
import { seasonWeeks } from '../../src/model/weeks';
import { startOfWeek } from '../../src/dates';

export interface WeekVolume {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly km: number;
  readonly minutes: number;
  readonly load: number;
  readonly blockKind: BlockKind | null;
  /** Null for the first three weeks, which have no 28-day history yet. */
  readonly acwr: number | null;
}

/** When blocks overlap a week, the one that explains its volume best wins. */
const BLOCK_PRIORITY: readonly BlockKind[] = [
  'reset',
  'taper',
  'race',
  'recovery',
  'down',
  'off-distance',
  'peak',
  'build',
  'base',
];

export function weekVolumes(plan: Plan): WeekVolume[] {
  const weeks = seasonWeeks(plan.season, plan.settings.weekStart);
  const index = new Map<IsoDate, number>();
  weeks.forEach((w, i) => index.set(w.start, i));
  const km = new Array<number>(weeks.length).fill(0);
  const minutes = new Array<number>(weeks.length).fill(0);
  const load = new Array<number>(weeks.length).fill(0);
  // Sessions sharing a day share a week: look the week up once per day, not once per session.
  let lastDay = '';
  let lastIndex: number | undefined;
  for (const s of plan.sessions) {
    if (s.date !== lastDay) {
      lastDay = s.date;
      lastIndex = index.get(startOfWeek(s.date, plan.settings.weekStart));
    }
    if (lastIndex === undefined) continue;
    km[lastIndex] = (km[lastIndex] ?? 0) + s.distanceKm;
    minutes[lastIndex] = (minutes[lastIndex] ?? 0) + s.durationMin;
    load[lastIndex] = (load[lastIndex] ?? 0) + sessionLoad(s, plan.settings);
  }
  return weeks.map((w, i) => {
    let blockKind: BlockKind | null = null;
    let rank = Infinity;
    for (const b of plan.blocks) {
      if (b.start > w.end || b.end < w.start) continue;
      const r = BLOCK_PRIORITY.indexOf(b.kind);
      if (r < rank) {
        rank = r;
        blockKind = b.kind;
      }
    }
    let acwr: number | null = null;
    if (i >= 3) {
      const chronic =
        ((load[i] ?? 0) + (load[i - 1] ?? 0) + (load[i - 2] ?? 0) + (load[i - 3] ?? 0)) / 4;
      acwr = chronic > 0 ? (load[i] ?? 0) / chronic : null;
    }
    return {
      start: w.start,
      end: w.end,
      km: km[i] ?? 0,
      minutes: minutes[i] ?? 0,
      load: load[i] ?? 0,
      blockKind,
      acwr,
    };
  });
}
