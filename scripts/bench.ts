// `npm run bench`: the timings PERFORMANCE.md names, printed (never asserted). Core figures are
// medians over many runs in this process; the page figures come from scripts/bench-page.ts in
// Chromium, run after them.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { benchIcalExport, median } from './bench-ical';
import { benchSave } from './bench-save';
import { moveSession } from '../src/edits/move-session';
import { checkPlan } from '../src/rules/index';
import { recheck } from '../src/rules/incremental';
import { generate } from '../src/scheduler/generate';
import { addDays } from '../src/dates';
import type { PlanRequest, RaceInput } from '../src/model/plan';

/** Median milliseconds of `fn(i)` for i = 0 … runs − 1, after a warm-up on i = runs … runs + 19. */
function time(runs: number, fn: (i: number) => unknown): number {
  const warmUp = Math.min(20, runs);
  for (let i = 0; i < warmUp; i++) fn(runs + i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn(i);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** A season of `years` years from 2027-01-04 with a spring and an autumn marathon and a few B/C races each year. */
function season(years: number): PlanRequest {
  const start = '2027-01-04';
  const races: RaceInput[] = [];
  for (let y = 0; y < years; y++) {
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
      {
        name: `Autumn Marathon ${y + 1}`,
        date: addDays(base, 279),
        distance: 'marathon',
        priority: 'A',
      },
    );
  }
  return { name: `${years}-year season`, start, end: addDays(start, years * 364 - 1), races };
}

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
const line = (label: string, value: string, target: string) =>
  console.log(`${label.padEnd(44)} ${value.padStart(12)}   ${target}`);

const oneYear = season(1);
const tenYears = season(10);
const gen52 = time(200, () => generate(oneYear));
const gen520 = time(30, () => generate(tenYears));

const plan = generate(oneYear);
// The rules keep a per-plan context keyed by the plan object (the page re-checks the plan it holds).
// So that no run is served from it, every run checks a plan object of its own.
const copies = Array.from({ length: 520 }, () => JSON.parse(JSON.stringify(plan)) as typeof plan);
const rules = time(500, (i) => checkPlan(copies[i]!));

// Re-check after one moved session: the page's path on a drop. The previous plan has been checked
// (as on the page); each run moves a different session of a fresh plan object.
const warnings = checkPlan(plan);
const movable = plan.sessions.filter(
  (s) => s.kind !== 'race' && s.date > plan.season.start && s.date < plan.season.end,
);
const moved = Array.from({ length: 520 }, (_, i) => {
  const session = movable[(i * 7) % movable.length]!;
  const result = moveSession(plan, session.id, addDays(session.date, i % 2 ? 1 : -1));
  if (!result.ok) throw new Error(result.error.join('; '));
  return result.value;
});
const recheckMs = time(500, (i) => recheck({ plan, warnings }, moved[i]!));
const movedCopies = moved.map((p) => JSON.parse(JSON.stringify(p)) as typeof plan);
const fullRecheckMs = time(500, (i) => checkPlan(movedCopies[i]!));

// iCal export of 1,000 sessions: the iCal bench's own plan and measure.
const ics = benchIcalExport().medianMs;

// One plan saved in a library of 50 plans, on a real folder: how long main cannot answer.
const save = await benchSave();

console.log(`Season Planner bench (node ${process.version}, medians)\n`);
line('generate a 52-week plan', fmt(gen52), 'target ≤ 5 ms');
line(
  'generate a 10-year plan',
  fmt(gen520),
  `${(gen520 / gen52).toFixed(2)} × the 52-week time (linear: ≤ 10.5 ×)`,
);
line(`all rules on a 52-week plan (${plan.sessions.length} sessions)`, fmt(rules), 'target ≤ 2 ms');
line(
  're-check after one moved session',
  fmt(recheckMs),
  `target ≤ 1 ms (full check: ${fmt(fullRecheckMs)})`,
);
line('iCal export of 1000 sessions', fmt(ics), 'target ≤ 20 ms');
line(
  `save one plan of ${save.plans} (main blocked)`,
  fmt(save.blockedMs),
  `longest stall per save; answered in ${fmt(save.answeredMs)}`,
);
console.log('');

if (!process.argv.includes('--core')) {
  const page = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-page.ts'], {
    stdio: 'inherit',
  });
  process.exitCode = page.status ?? 1;
}
