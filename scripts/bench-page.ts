// The page figures of PERFORMANCE.md, measured side by side in one run in Debian's Chromium
// (headless): `node --import tsx scripts/bench-page.ts` after `npm run build` (it builds the page
// itself when dist/renderer is missing). Prints figures and ratios; never asserts a timing.
//
// - A season is made through the real page's wizard; its plan (from the page's localStorage) gives
//   the events of a BARE FullCalendar page: FullCalendar's year view (multi-month) with the page's
//   event inputs (renderer/calendar/events.ts), and nothing of the app. It is bundled here with
//   esbuild. The page's season view is its own week-row grid (SeasonGrid.tsx), which draws far
//   less: the ratio says what that buys against the library's year view of the same sessions.
// - First paint: from document start (an init script, before any page script runs) to the frame
//   after the last session event is in the DOM (requestAnimationFrame after a MutationObserver sees
//   the count reached). Season and bare runs alternate, so drift on a shared machine hits both.
// - Bare move → repaint: a state update that moves one event (with a new title) to the frame after
//   the new title is in the DOM. Season drop → repaint: a real mouse drag; from the pointerup to the
//   frame after both the calendar shows the session in its new day and the warnings panel shows the
//   changed warning (each drag adds or removes `too-many-hard-days`). The rules' share is the
//   page's own `planner:recheck` performance measure of that drop.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium';
import { CalendarView } from '../tests/e2e/pages/calendar-view';
import { PlannerPage } from '../tests/e2e/pages/planner-page';
import { MARATHONER, hardMoves, type HardMove } from '../tests/e2e/seasons';
import type { SeasonForm } from '../tests/e2e/pages/wizard-dialog';

const RUNS = Math.max(7, Number(process.env['BENCH_PAGE_RUNS'] ?? 9));
const DRAGS = Math.max(20, Number(process.env['BENCH_PAGE_DRAGS'] ?? 20));
const VIEWPORT = { width: 1400, height: 900 };
/** The built page under test (the e2e run's E2E_RENDERER_DIR too). */
const RENDERER_DIR = process.env['E2E_RENDERER_DIR'] ?? 'dist/renderer';
const SESSIONS = '[data-testid="calendar"] [data-session-id]';

/** A full year with B and C races on top of the two marathons: 400+ events with its blocks. */
const SEASON: SeasonForm = {
  ...MARATHONER,
  name: 'Bench year',
  races: [
    ...(MARATHONER.races ?? []),
    { name: 'Winter half', date: '2027-03-07', distance: 'half', priority: 'B' },
    { name: 'Summer 10K', date: '2027-07-04', distance: '10k', priority: 'C' },
    { name: 'Track 5K', date: '2027-08-15', distance: '5k', priority: 'C' },
    { name: 'September half', date: '2027-09-12', distance: 'half', priority: 'B' },
  ],
};

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Starts scripts/serve-renderer.mjs on a free port; resolves with its base URL. */
function serve(root: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['scripts/serve-renderer.mjs', '--root', root, '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (found?.[1]) resolve({ url: found[1], child });
    });
    child.on('exit', (code) => reject(new Error(`server for ${root} exited with ${code}`)));
  });
}

/** The gzip size of the JS and CSS of a built page directory, its chunks included. */
async function gzipSize(dir: string): Promise<{ raw: number; gzip: number }> {
  let raw = 0;
  let gzip = 0;
  // Recursive: the page's lazily loaded chunks (the month view) are part of its bundle too.
  for (const name of await readdir(dir, { recursive: true })) {
    if (!/\.(js|css)$/.test(name)) continue;
    const bytes = await readFile(join(dir, name));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

/** Bundles the bare page like the renderer is bundled (minified, production React). */
async function buildBare(dir: string): Promise<void> {
  await build({
    entryPoints: ['scripts/bench/bare-calendar.tsx'],
    outdir: dir,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'chrome130',
    minify: true,
    jsx: 'automatic',
    loader: { '.css': 'css' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bare</title>' +
      '<link rel="stylesheet" href="bare-calendar.css"></head>' +
      '<body><div id="root" data-testid="calendar" style="height:100vh"></div>' +
      '<script type="module" src="bare-calendar.js"></script></body></html>',
  );
}

// Runs in the page before any of its scripts: the clock's zero and a promise of the frame after
// `count` distinct session ids are in the DOM under `selector` (FullCalendar may hold more than one
// element per event while it measures "+more" links, so elements are not counted).
function installProbe() {
  const probe = window as unknown as {
    __probe: { t0: number; painted(selector: string, count: number): Promise<number> };
  };
  probe.__probe = {
    t0: performance.now(),
    painted(selector, count) {
      const enough = () => {
        const ids = new Set<string>();
        for (const element of document.querySelectorAll<HTMLElement>(selector)) {
          ids.add(element.dataset['sessionId'] ?? '');
        }
        return ids.size >= count;
      };
      return new Promise((resolve) => {
        const done = () => requestAnimationFrame(() => resolve(performance.now()));
        if (enough()) {
          done();
          return;
        }
        const observer = new MutationObserver(() => {
          if (!enough()) return;
          observer.disconnect();
          done();
        });
        observer.observe(document, { childList: true, subtree: true, attributes: true });
      });
    },
  };
}

/** Milliseconds from document start to the frame after `count` elements match `selector`. */
async function firstPaint(context: BrowserContext, url: string, selector: string, count: number) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    return await page.evaluate(
      async ({ selector, count }) => {
        const probe = (
          window as unknown as {
            __probe: { t0: number; painted(s: string, n: number): Promise<number> };
          }
        ).__probe;
        return (await probe.painted(selector, count)) - probe.t0;
      },
      { selector, count },
    );
  } finally {
    await page.close();
  }
}

/** Waits (with the probe) until `count` distinct sessions are in the DOM. */
async function allPainted(page: Page, selector: string, count: number): Promise<void> {
  await page.evaluate(
    ({ selector, count }) =>
      (
        window as unknown as { __probe: { painted(s: string, n: number): Promise<number> } }
      ).__probe.painted(selector, count),
    { selector, count },
  );
}

async function distinctSessions(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    (selector) =>
      new Set(
        [...document.querySelectorAll<HTMLElement>(selector)].map((e) => e.dataset['sessionId']),
      ).size,
    selector,
  );
}

interface DropTiming {
  /** From the pointerup to the frame after the calendar (and the warnings) show the move. */
  readonly total: number;
  /** The page's `planner:recheck` measures during it; null when the page records none. */
  readonly rules: number | null;
  /** The drop's window on the page's clock. */
  readonly t0: number;
  readonly t1: number;
}

/**
 * Of the long animation frames (> 50 ms) inside each window: the script time, and the time from the
 * frame's rendering start (style, layout, paint) to its end. The entries arrive after their frames,
 * so this is read once all drops are done.
 */
async function longFrames(
  page: Page,
  windows: readonly { t0: number; t1: number }[],
): Promise<{ script: number; render: number }[]> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  return page.evaluate((windows) => {
    interface Frame {
      startTime: number;
      duration: number;
      renderStart: number;
      scripts: { duration: number }[];
    }
    const frames = (window as unknown as { __frames?: Frame[] }).__frames ?? [];
    return windows.map(({ t0, t1 }) => {
      let script = 0;
      let render = 0;
      for (const frame of frames) {
        if (frame.startTime + frame.duration < t0 || frame.startTime > t1) continue;
        script += frame.scripts.reduce((sum, s) => sum + s.duration, 0);
        if (frame.renderStart > 0) render += frame.startTime + frame.duration - frame.renderStart;
      }
      return { script, render };
    });
  }, windows);
}

/**
 * Drags a session to a day with real mouse steps and times the drop in the page: from the pointerup
 * to the frame after the session is in the day's cell and, when `warned` is not null, the warnings
 * panel shows (true) or no longer shows (false) `too-many-hard-days`.
 */
async function timedDrop(
  page: Page,
  calendar: CalendarView,
  sessionId: string,
  date: string,
  warned: boolean | null,
): Promise<DropTiming> {
  await page.evaluate(
    ({ sessionId, date, warned }) => {
      interface Frame {
        startTime: number;
        duration: number;
        renderStart: number;
        scripts: { duration: number }[];
      }
      const w = window as unknown as {
        __drop: Promise<DropTiming>;
        __frames?: Frame[];
      };
      if (!w.__frames) {
        const frames: Frame[] = [];
        w.__frames = frames;
        new PerformanceObserver((list) => {
          frames.push(...(list.getEntries() as unknown as Frame[]));
        }).observe({ type: 'long-animation-frame' });
      }
      w.__drop = new Promise((resolve) => {
        window.addEventListener(
          'pointerup',
          () => {
            const t0 = performance.now();
            performance.clearMeasures('planner:recheck');
            const moved = () =>
              document.querySelector(
                `[data-testid="calendar"] [data-date="${date}"] [data-session-id="${sessionId}"]`,
              ) !== null;
            const warnedNow = () =>
              document.querySelector(
                '[data-testid="warnings"] [data-rule="too-many-hard-days"]',
              ) !== null;
            const ok = () => moved() && (warned === null || warnedNow() === warned);
            const finish = () =>
              requestAnimationFrame(() => {
                const t1 = performance.now();
                const measures = performance.getEntriesByName('planner:recheck', 'measure');
                resolve({
                  total: t1 - t0,
                  rules: measures.length ? measures.reduce((sum, m) => sum + m.duration, 0) : null,
                  t0,
                  t1,
                });
              });
            if (ok()) {
              finish();
              return;
            }
            const observer = new MutationObserver(() => {
              if (!ok()) return;
              observer.disconnect();
              finish();
            });
            observer.observe(document.body, { childList: true, subtree: true, attributes: true });
          },
          { capture: true, once: true },
        );
      });
    },
    { sessionId, date, warned },
  );
  await calendar.drag(sessionId, date);
  return page.evaluate(() => (window as unknown as { __drop: Promise<DropTiming> }).__drop);
}

interface PlanLike {
  readonly sessions: readonly unknown[];
  readonly season: { readonly start: string };
}

/** The open plan, from the browser implementation's localStorage library. */
async function storedPlan(
  page: Page,
): Promise<{ plan: PlanLike; storage: Record<string, string> }> {
  const storage = await page.evaluate(() => ({ ...localStorage }) as Record<string, string>);
  const plans: PlanLike[] = [];
  const visit = (value: unknown): void => {
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (Array.isArray(record['sessions']) && record['season'] && record['settings']) {
      plans.push(record as unknown as PlanLike);
      return;
    }
    for (const child of Object.values(record)) visit(child);
  };
  for (const text of Object.values(storage)) {
    try {
      visit(JSON.parse(text));
    } catch {
      // not JSON: not ours
    }
  }
  const plan = plans[0];
  if (!plan) throw new Error('no plan found in the page localStorage');
  return { plan, storage };
}

async function main() {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    const built = spawnSync(process.execPath, ['scripts/build.mjs', 'renderer'], {
      stdio: 'inherit',
    });
    if (built.status !== 0) throw new Error('could not build the renderer');
  }
  const bareDir = await mkdtemp(join(tmpdir(), 'season-planner-bare-'));
  await buildBare(bareDir);
  const season = await serve(RENDERER_DIR);
  const bare = await serve(bareDir);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
      headless: true,
    });
    await run(browser, season.url, bare.url, bareDir);
  } finally {
    await browser?.close();
    season.child.kill();
    bare.child.kill();
    await rm(bareDir, { recursive: true, force: true });
  }
}

// tsx compiles this file with esbuild's keepNames, which wraps functions in a `__name(fn, name)`
// helper; functions sent to the page carry the calls, so the page needs the helper too.
const KEEP_NAMES = { content: 'globalThis.__name = (fn) => fn;' };

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(KEEP_NAMES);
  return context;
}

async function run(browser: Browser, seasonUrl: string, bareUrl: string, bareDir: string) {
  // 1. A season made through the wizard, as a user makes it.
  const maker = await newContext(browser);
  const makerPage = await maker.newPage();
  await makerPage.goto(seasonUrl);
  const planner = new PlannerPage(makerPage, 'browser');
  await planner.createSeason(SEASON);
  const sessionCount = await distinctSessions(makerPage, SESSIONS);
  const { plan, storage } = await storedPlan(makerPage);
  const blockCount = await makerPage.locator('[data-testid="calendar"] [data-block-kind]').count();
  await maker.close();

  // 2. First paint, season and bare alternating, each in a fresh page.
  const seasonContext = await newContext(browser);
  await seasonContext.addInitScript((entries: Record<string, string>) => {
    for (const [key, value] of Object.entries(entries)) {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    }
  }, storage);
  await seasonContext.addInitScript(installProbe);
  const bareContext = await newContext(browser);
  await bareContext.addInitScript(
    ({ plan, start }: { plan: PlanLike; start: string }) => {
      const w = window as unknown as { __BARE_PLAN__: PlanLike; __BARE_INITIAL_DATE__: string };
      w.__BARE_PLAN__ = plan;
      w.__BARE_INITIAL_DATE__ = start;
    },
    { plan, start: plan.season.start },
  );
  await bareContext.addInitScript(installProbe);

  // Warm-up (compile caches, fonts), and the bare page's own event count.
  await firstPaint(seasonContext, seasonUrl, SESSIONS, sessionCount);
  const bareWarm = await bareContext.newPage();
  await bareWarm.goto(bareUrl);
  await allPainted(bareWarm, '[data-session-id]', sessionCount);
  const bareCount = await distinctSessions(bareWarm, '[data-session-id]');
  await bareWarm.close();

  const seasonPaint: number[] = [];
  const barePaint: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    seasonPaint.push(await firstPaint(seasonContext, seasonUrl, SESSIONS, sessionCount));
    barePaint.push(await firstPaint(bareContext, bareUrl, '[data-session-id]', sessionCount));
  }

  // 3. Bare move → repaint: state updates on one page, alternating between two days.
  const barePage = await bareContext.newPage();
  await barePage.goto(bareUrl);
  await allPainted(barePage, '[data-session-id]', sessionCount);
  const bareMove: number[] = [];
  for (let i = 0; i < DRAGS + 3; i += 1) {
    const took = await barePage.evaluate((i) => {
      const bare = (window as unknown as { __bare: { moveSession(i: number): Promise<number> } })
        .__bare;
      return bare.moveSession(i);
    }, i);
    if (i >= 3) bareMove.push(took);
  }
  await barePage.close();

  // 4. Season drop → warnings and calendar repainted, with real drags back and forth.
  const page = await seasonContext.newPage();
  await page.goto(seasonUrl);
  const live = new PlannerPage(page, 'browser');
  await live.ready();
  await allPainted(page, SESSIONS, sessionCount);
  const shown = await live.calendar.sessions();
  // The first drop after loading, on its own: nothing has been dragged on this page yet.
  const firstMove = hardMoves(shown)[0];
  if (!firstMove) throw new Error('no hard session to drag');
  const firstDrop = await timedDrop(page, live.calendar, firstMove.sessionId, firstMove.to, true);
  await live.undo();
  await live.calendar
    .day(firstMove.from)
    .locator(`[data-session-id="${firstMove.sessionId}"]`)
    .waitFor({ state: 'attached' });
  // Take the first move whose session can be dragged back (in a month grid a day that gets a
  // second session may fold its events; the season grid grows the row).
  let move: HardMove | undefined;
  for (const candidate of hardMoves(shown).slice(0, 12)) {
    await live.calendar.drag(candidate.sessionId, candidate.to);
    const cover = await live.calendar.covered(live.calendar.event(candidate.sessionId));
    await live.undo();
    await live.calendar
      .day(candidate.from)
      .locator(`[data-session-id="${candidate.sessionId}"]`)
      .waitFor({ state: 'attached' });
    if (!cover) {
      move = candidate;
      break;
    }
  }
  if (!move) throw new Error('no hard session that can be dragged there and back');
  const drops: number[] = [];
  const rules: number[] = [];
  const dropWindows: DropTiming[] = [];
  for (let i = 0; i < DRAGS + 2; i += 1) {
    const there = i % 2 === 0;
    const result = await timedDrop(
      page,
      live.calendar,
      move.sessionId,
      there ? move.to : move.from,
      there,
    );
    if (i >= 2) {
      drops.push(result.total);
      dropWindows.push(result);
      if (result.rules !== null) rules.push(result.rules);
    }
  }
  const seasonFrames = await longFrames(page, dropWindows);
  await page.close();
  await seasonContext.close();

  // 5. Bare drop → repaint: the same drag on the bare page, whose eventDrop moves the event in its
  // state; this is FullCalendar's own drop machinery plus one re-render, without the app.
  const bareDrops: number[] = [];
  const bareDropScript: number[] = [];
  const bareDropRender: number[] = [];
  for (const candidate of [move, ...hardMoves(shown)].slice(0, 12)) {
    const bareDropPage = await bareContext.newPage();
    await bareDropPage.goto(bareUrl);
    await allPainted(bareDropPage, SESSIONS, sessionCount);
    const calendar = new CalendarView(bareDropPage);
    const samples: DropTiming[] = [];
    try {
      for (let i = 0; i < DRAGS + 2; i += 1) {
        const there = i % 2 === 0;
        const date = there ? candidate.to : candidate.from;
        if (i > 0 && (await calendar.covered(calendar.event(candidate.sessionId)))) {
          throw new Error('covered');
        }
        const result = await timedDrop(bareDropPage, calendar, candidate.sessionId, date, null);
        if (i >= 2) samples.push(result);
      }
      bareDrops.push(...samples.map((sample) => sample.total));
      const frames = await longFrames(bareDropPage, samples);
      bareDropScript.push(...frames.map((frame) => frame.script));
      bareDropRender.push(...frames.map((frame) => frame.render));
      break;
    } catch (error) {
      if (!(error instanceof Error) || error.message !== 'covered') throw error;
    } finally {
      await bareDropPage.close();
    }
  }
  await bareContext.close();

  const seasonSize = await gzipSize(RENDERER_DIR);
  const bareSize = await gzipSize(bareDir);

  const paintRatio = median(seasonPaint) / median(barePaint);
  const dropRatio = median(drops) / median(bareMove);
  const dropDropRatio = median(drops) / median(bareDrops);
  const line = (label: string, value: string) => console.log(`  ${label.padEnd(52)} ${value}`);
  console.log(`\nPage (Chromium headless, ${VIEWPORT.width}×${VIEWPORT.height}; medians)`);
  line(
    'season: sessions on the calendar',
    `${sessionCount} (+${blockCount} block backgrounds); bare page ${bareCount}`,
  );
  line(`bare FullCalendar first paint (${RUNS} runs)`, ms(median(barePaint)));
  line(`season view first paint (${RUNS} runs)`, ms(median(seasonPaint)));
  line('  ratio season / bare (target ≤ 1.15)', paintRatio.toFixed(2));
  line(`bare move one event → repaint (${DRAGS} runs)`, ms(median(bareMove)));
  line(`season drop → warnings + calendar repainted (${DRAGS} drags)`, ms(median(drops)));
  line('  ratio season drop / bare move (target ≤ 1.5)', dropRatio.toFixed(2));
  line('first drop after load → warnings + calendar repainted', ms(firstDrop.total));
  line(
    `bare drag and drop → repaint (${bareDrops.length} drags)`,
    bareDrops.length ? ms(median(bareDrops)) : 'not measured (no drag that can go back)',
  );
  line('  ratio season drop / bare drop', bareDrops.length ? dropDropRatio.toFixed(2) : '–');
  line(
    '  in long frames: script | style+layout+paint, season',
    `${ms(median(seasonFrames.map((f) => f.script)))} | ${ms(median(seasonFrames.map((f) => f.render)))}`,
  );
  line(
    '  in long frames: script | style+layout+paint, bare drop',
    bareDrops.length ? `${ms(median(bareDropScript))} | ${ms(median(bareDropRender))}` : '–',
  );
  line(
    "  rules' share: planner:recheck (target ≤ 1 ms)",
    rules.length
      ? `${ms(median(rules))} (${rules.length} drops measured)`
      : 'not measured: the page records no planner:recheck measure',
  );
  line('renderer bundle (JS + CSS)', `${kb(seasonSize.raw)}, gzip ${kb(seasonSize.gzip)}`);
  line('bare page bundle (JS + CSS)', `${kb(bareSize.raw)}, gzip ${kb(bareSize.gzip)}`);
  line('  raw samples, season first paint', seasonPaint.map((v) => v.toFixed(0)).join(' '));
  line('  raw samples, bare first paint', barePaint.map((v) => v.toFixed(0)).join(' '));
  line('  raw samples, season drop', drops.map((v) => v.toFixed(0)).join(' '));
}

await main();
