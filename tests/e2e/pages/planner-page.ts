import { expect, type Locator, type Page } from '@playwright/test';
import { CalendarView } from './calendar-view';
import { WarningsPanel } from './warnings-panel';
import { WizardDialog, type SeasonForm } from './wizard-dialog';

/** The planner page as a whole: toolbar, plan library, wizard, calendar and warnings. */
export class PlannerPage {
  readonly calendar: CalendarView;
  readonly warnings: WarningsPanel;
  readonly wizard: WizardDialog;
  readonly planList: Locator;
  readonly status: Locator;

  constructor(
    readonly page: Page,
    readonly mode: 'browser' | 'electron',
  ) {
    this.calendar = new CalendarView(page);
    this.warnings = new WarningsPanel(page);
    this.wizard = new WizardDialog(page);
    this.planList = page.getByTestId('plan-list');
    this.status = page.getByTestId('status');
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  plans(): Locator {
    return this.planList.locator('[data-plan-id]');
  }

  /** Waits until the open plan's events are in the calendar DOM. */
  async ready(): Promise<void> {
    await this.page.waitForFunction(() => document.body.dataset['ready'] === 'true');
  }

  /** Opens the wizard (it may already be open for a new user). */
  async openWizard(): Promise<WizardDialog> {
    if (!(await this.wizard.root.isVisible())) await this.button('New plan').click();
    await expect(this.wizard.root).toBeVisible();
    return this.wizard;
  }

  /** Makes a season through the wizard and waits until it is on the calendar. */
  async createSeason(form: SeasonForm): Promise<void> {
    const wizard = await this.openWizard();
    await wizard.fill(form);
    await wizard.generate();
    await expect(wizard.root).toBeHidden();
    await this.ready();
    await expect(this.calendar.events().first()).toBeAttached();
  }

  async view(name: 'Season' | 'Month' | 'Week'): Promise<void> {
    await this.button(name).click();
    await this.ready();
  }

  /** Ctrl+Z / Ctrl+Shift+Z as the user presses them (focus outside any text field). */
  async undo(): Promise<void> {
    await this.page.keyboard.press('Control+z');
  }

  async redo(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+z');
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.ready();
  }
}
