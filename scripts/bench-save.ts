// How long the main process is blocked by one save of a plan, in a library of 50 plans on a real
// folder (the OS's temp folder, or the folder given as the first argument). Printed, never
// asserted: `node --import tsx scripts/bench-save.ts [folder]`, and a line of `npm run bench`.
//
// A heartbeat of setImmediate callbacks runs beside the saves: while a save waits for the disk the
// heartbeat keeps ticking, so the longest gap between two ticks during a save is the longest time
// the event loop could not answer anything else (an IPC call, a window event). A save done in one
// synchronous call shows its whole duration as one gap.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openLibraryStore } from '../electron/library-store';
import { CORE_PORTS } from '../src/library/core-ports';
import type { Library } from '../src/library/library';
import { createLibrary } from '../src/library/library';
import type { Plan, PlanRequest } from '../src/model/plan';
import { confEngine } from '../tests/unit/electron/conf-engine';
import { median } from './bench-ical';

const PLANS = 50;
const SAVES = 60;

const REQUEST: PlanRequest = {
  name: 'Spring',
  start: '2027-01-04',
  end: '2027-12-31',
  races: [
    { name: 'Spring Marathon', date: '2027-04-18', distance: 'marathon', priority: 'A' },
    { name: 'Autumn Half', date: '2027-09-19', distance: 'half', priority: 'B' },
  ],
};

/** Starts the heartbeat; `take()` gives the longest gap since the last take, in ms. */
function heartbeat(): { take(): number; stop(): void } {
  let last = performance.now();
  let longest = 0;
  let running = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return {
    take() {
      const now = performance.now();
      const value = Math.max(longest, now - last);
      longest = 0;
      last = now;
      return value;
    },
    stop() {
      running = false;
    },
  };
}

/** The plan with its n-th movable session one day later or earlier: a drag on the page. */
function dragged(plan: Plan, n: number): Plan {
  const index = n % plan.sessions.length;
  return {
    ...plan,
    sessions: plan.sessions.map((s, i) =>
      i === index ? { ...s, notes: `moved ${n}`, revision: s.revision + 1 } : s,
    ),
  };
}

export interface SaveBlocking {
  readonly plans: number;
  readonly sessionsPerPlan: number;
  /** Median over the saves of the longest time the event loop was blocked during one save. */
  readonly blockedMs: number;
  /** Median time from the call to the save's answer. */
  readonly answeredMs: number;
}

async function saveOrThrow(library: Library, plan: Plan): Promise<void> {
  const saved = await library.savePlan(plan);
  if (!saved.ok) throw new Error(saved.error.details?.join('; ') ?? saved.error.message);
}

export async function benchSave(folder = tmpdir()): Promise<SaveBlocking> {
  const dir = mkdtempSync(join(folder, 'season-planner-bench-save-'));
  let id = 0;
  const store = openLibraryStore(dir, confEngine, () => Date.now());
  try {
    const library = createLibrary({
      storage: store.storage,
      generate: CORE_PORTS.generate,
      newId: () => `plan-${++id}`,
      now: () => Date.now(),
    });
    let plan: Plan | null = null;
    for (let i = 0; i < PLANS; i++) {
      const created = await library.createPlan({ ...REQUEST, name: `Plan ${i + 1}` });
      if (!created.ok) throw new Error(created.error.message);
      plan = created.value;
    }
    if (plan === null) throw new Error('no plan was made');
    // First with the heartbeat, for the stalls; then without it, for the time to the answer
    // (the heartbeat's spinning would slow the disk's callbacks down).
    const beat = heartbeat();
    const blocked: number[] = [];
    for (let n = 0; n < SAVES; n++) {
      await new Promise((resolve) => setImmediate(resolve));
      beat.take();
      await saveOrThrow(library, dragged(plan, n));
      blocked.push(beat.take());
    }
    beat.stop();
    const answered: number[] = [];
    for (let n = SAVES; n < 2 * SAVES; n++) {
      const next = dragged(plan, n);
      const start = performance.now();
      await saveOrThrow(library, next);
      answered.push(performance.now() - start);
    }
    // The first saves warm the JIT and the disk's caches: the figure is of the rest.
    const warm = SAVES / 6;
    return {
      plans: PLANS,
      sessionsPerPlan: plan.sessions.length,
      blockedMs: median(blocked.slice(warm)),
      answeredMs: median(answered.slice(warm)),
    };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('bench-save.ts')) {
  const result = await benchSave(process.argv[2]);
  console.log(
    `one plan saved in a library of ${result.plans} plans (${result.sessionsPerPlan} sessions each): ` +
      `main blocked ${result.blockedMs.toFixed(2)} ms (median of the longest stall per save), ` +
      `answered in ${result.answeredMs.toFixed(2)} ms`,
  );
}
