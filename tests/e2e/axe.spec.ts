import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { MARATHONER } from './seasons';

/** Serious and critical violations only, each as "rule: first few targets". */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.nodes.length}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

test('axe finds no serious or critical violation on the wizard, season, month and week views', async ({
  planner,
  page,
  mode,
}) => {
  test.skip(mode !== 'browser', 'axe runs against the browser build');
  // Four full-page audits of a season's DOM on a shared machine.
  test.setTimeout(180_000);
  const wizard = await planner.openWizard();
  await wizard.fill(MARATHONER);
  expect(await violations(page), 'wizard').toEqual([]);
  await wizard.generate();
  await expect(wizard.root).toBeHidden();
  await planner.ready();
  expect(await violations(page), 'season, legend open').toEqual([]);
  await planner.view('Month');
  expect(await violations(page), 'month').toEqual([]);
  await planner.view('Week');
  expect(await violations(page), 'week').toEqual([]);
});
