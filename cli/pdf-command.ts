// `season-planner pdf PLAN.json -o PLAN.pdf [--paper a4|letter]`: the page's print-out (the same
// PrintSeason component and print stylesheet) rendered to static HTML and printed by a headless
// Chromium through playwright-core. Without a Chromium it says so and where it looked.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { BrowserType } from 'playwright-core';
import { PrintSeason } from '../renderer/components/PrintSeason';
import printCss from '../renderer/styles/print.css';
import { parsePlanText } from '../src/plan/plan-file';
import type { Paper } from '../src/print/paper';
import { paperFor, parsePaper } from '../src/print/paper';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

interface PdfArgs {
  readonly plan: string;
  readonly out: string;
  readonly paper: Paper;
}

function parse(args: readonly string[], env: NodeJS.ProcessEnv): PdfArgs | string {
  let plan: string | undefined;
  let out: string | undefined;
  let paper: Paper | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = args[i + 1];
    if (arg === '-o' || arg === '--out' || arg === '--paper') {
      if (value === undefined) return `${arg} needs a value`;
      i++;
      if (arg === '--paper') {
        const parsed = parsePaper(value);
        if (!parsed) return `--paper: ${value} is not a4 or letter`;
        paper = parsed;
      } else out = value;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (plan === undefined) plan = arg;
    else return `unexpected argument ${arg}`;
  }
  if (plan === undefined) return 'pdf needs a PLAN.json';
  if (out === undefined) return 'pdf needs -o PLAN.pdf';
  // LC_PAPER is the setting that names the paper; the others stand in for it.
  const locale = env['LC_PAPER'] || env['LC_ALL'] || env['LANG'] || '';
  return { plan, out, paper: paper ?? paperFor(locale) };
}

/** The print-out of a plan as a standalone HTML page (its stylesheet inline: no files to fetch). */
export function printHtml(planText: string, file: string): string {
  const plan = parsePlanText(planText);
  if (!plan.ok) throw new InputError(`${file}: ${plan.error.join('; ')}`);
  const body = renderToStaticMarkup(createElement(PrintSeason, { plan: plan.value }));
  const title = plan.value.name.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${printCss as string}</style></head><body>${body}</body></html>`;
}

class InputError extends Error {}

/**
 * Runs the command; 0 when the PDF is written, 2 on bad input or when no Chromium is found.
 *
 * @example await runPdf(['plan.json', '-o', 'plan.pdf'], process.env) // 0
 */
export async function runPdf(args: readonly string[], env: NodeJS.ProcessEnv): Promise<0 | 2> {
  const parsed = parse(args, env);
  if (typeof parsed === 'string') return fail(parsed);
  let html: string;
  try {
    html = printHtml(readFileSync(parsed.plan, 'utf8'), parsed.plan);
  } catch (error) {
    if (error instanceof InputError) return fail(error.message);
    return fail(`${parsed.plan}: cannot read (${(error as Error).message})`);
  }
  const chromium = env['CHROMIUM_PATH'] || DEFAULT_CHROMIUM;
  if (!existsSync(chromium)) {
    return fail(
      `pdf needs Chromium or Chrome to print, and found none at ${chromium}; ` +
        'install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to its binary',
    );
  }
  let launcher: BrowserType;
  try {
    launcher = (await import('playwright-core')).chromium;
  } catch {
    return fail('pdf needs the playwright-core package (npm install in this folder)');
  }
  const browser = await launcher.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: parsed.paper, landscape: true, printBackground: true });
    writeFileSync(parsed.out, pdf);
  } catch (error) {
    return fail(`${parsed.out}: cannot print (${(error as Error).message})`);
  } finally {
    await browser.close();
  }
  process.stdout.write(`Printed the season to ${parsed.out} (${parsed.paper}, landscape).\n`);
  return 0;
}

function fail(message: string): 2 {
  process.stderr.write(`season-planner: ${message}\n`);
  return 2;
}
