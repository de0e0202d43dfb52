// The season on paper: Chromium prints the page's print-out to PDF, on A4 and on Letter; poppler
// (pdfinfo, pdftotext) reads the PDF back; page 1 becomes the README's picture (pdftoppm).
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { MARATHONER } from './seasons';

const WEEKS_2027 = 51; // Mon 2027-01-04 … Sun 2027-12-26

for (const format of ['A4', 'Letter'] as const) {
  test(`the season prints on ${format}: one month a page, every week once`, async ({
    planner,
    page,
    mode,
  }) => {
    test.skip(mode !== 'browser', "Chromium's print-to-PDF is driven in the browser build");
    await planner.createSeason(MARATHONER);
    // The browser's Print fires beforeprint, which draws the print-out; so does this.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const rows = page.locator('.sp-print-week');
    await expect(rows).toHaveCount(WEEKS_2027);
    const months = await page.locator('.sp-print-month').count();
    expect(months).toBeGreaterThanOrEqual(12);

    const pdf = await page.pdf({ format, landscape: true, printBackground: true });
    const dir = await mkdtemp(join(tmpdir(), 'season-print-'));
    const file = join(dir, 'season.pdf');
    await writeFile(file, pdf);

    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(months);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const numbers = [...text.matchAll(/\bWeek (\d+)\b/g)].map((m) => Number(m[1]));
    expect(numbers.sort((a, b) => a - b)).toEqual(
      Array.from({ length: WEEKS_2027 }, (_, i) => i + 1),
    );
    // Page by page: each starts with its month, and holds only that month's rows.
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages).toHaveLength(months);
    expect(pages[0]).toContain('Marathon year 2027');
    expect(pages[0]).toMatch(/January 2027/);
    expect(pages.at(-1)).toMatch(/December 2027/);

    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(rows).toHaveCount(0);

    if (format === 'A4') {
      await mkdir('docs', { recursive: true });
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '80',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        file,
        'docs/print',
      ]);
    }
  });
}
