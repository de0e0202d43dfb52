// The iCal export bench: a 1,000-session plan exported many times (target ≤ 20 ms median, see
// PERFORMANCE.md). `benchIcalExport()` is for scripts/bench.ts; run this file directly to print
// it with the variants beside it: node --import tsx scripts/bench-ical.ts
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { addDays } from '../src/dates';
import { exportIcs } from '../src/ical/export';
import type { IcsOptions } from '../src/ical/export';
import type { Plan, RaceInput } from '../src/model/plan';
import { generate } from '../src/scheduler/generate';

const NOW = Date.UTC(2026, 10, 25);

/** Four years of a marathoner's seasons, cut to their first 1,000 non-rest sessions. */
function thousandSessionPlan(): Plan {
  const start = '2027-01-04';
  const races: RaceInput[] = [];
  for (let y = 0; y < 4; y++) {
    const base = addDays(start, y * 364);
    races.push(
      {
        name: `Spring Marathon ${y + 1}`,
        date: addDays(base, 104),
        distance: 'marathon',
        priority: 'A',
      },
      { name: `Summer 10K ${y + 1}`, date: addDays(base, 181), distance: '10k', priority: 'C' },
      { name: `Autumn Half ${y + 1}`, date: addDays(base, 230), distance: 'half', priority: 'B' },
    );
  }
  const plan = generate({ name: 'Four seasons', start, end: addDays(start, 4 * 364 - 1), races });
  const sessions = plan.sessions.filter((s) => s.kind !== 'rest').slice(0, 1000);
  if (sessions.length < 1000) throw new Error(`only ${sessions.length} sessions`);
  return { ...plan, sessions };
}

/** The middle of the samples (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Median wall-clock ms, and median CPU ms (steadier on a busy machine), of one export. */
function measure(plan: Plan, options: IcsOptions, runs: number): { wall: number; cpu: number } {
  for (let i = 0; i < 20; i++) exportIcs(plan, options); // warm-up: JIT and the Intl formatters
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    exportIcs(plan, options);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/**
 * Median ms of exporting a 1,000-session plan (all-day events, the default options) over 200 runs.
 *
 * @example benchIcalExport() // { medianMs: 2.1 }
 */
export function benchIcalExport(): { medianMs: number } {
  return { medianMs: measure(thousandSessionPlan(), { now: NOW }, 200).wall };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const plan = thousandSessionPlan();
  const row = (label: string, { wall, cpu }: { wall: number; cpu: number }) =>
    console.log(
      `${label.padEnd(40)} ${wall.toFixed(3).padStart(9)} ms   (CPU ${cpu.toFixed(3)} ms)`,
    );
  console.log(
    `iCal export of ${plan.sessions.length} sessions, median of 200 runs (node ${process.version})`,
  );
  row('all-day (what benchIcalExport measures)', measure(plan, { now: NOW }, 200));
  row('all-day with blocks', measure(plan, { now: NOW, includeBlocks: true }, 200));
  const timed = { time: '07:00', timeZone: 'Europe/Berlin' };
  row('timed, Europe/Berlin with VTIMEZONE', measure(plan, { now: NOW, timed }, 200));
  console.log('target ≤ 20 ms');
}
