import type { Locator, Page } from '@playwright/test';

/** `[data-testid="warnings"]`: one item per warning, with `data-rule` and `data-severity`. */
export class WarningsPanel {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('warnings');
  }

  items(): Locator {
    return this.root.locator('[data-rule]');
  }

  rule(ruleId: string): Locator {
    return this.root.locator(`[data-rule="${ruleId}"]`);
  }

  /** The rule ids shown, in order. */
  async rules(): Promise<string[]> {
    return this.items().evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-rule') ?? ''),
    );
  }
}
