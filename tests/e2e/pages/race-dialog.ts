import { expect, type Locator, type Page } from '@playwright/test';
import { fieldError, setField } from './fields';
import type { RaceRow } from './wizard-dialog';

/**
 * The race dialog of the open plan: "Add race" (from the toolbar) or the race inspector "Race"
 * (a click on a race on the calendar).
 */
export class RaceDialog {
  readonly root: Locator;

  constructor(
    readonly page: Page,
    name: 'Add race' | 'Race',
  ) {
    this.root = page.getByRole('dialog', { name, exact: true });
  }

  field(label: 'Race name' | 'Race date' | 'Distance' | 'Priority'): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  /** Fills in the fields given. */
  async fill(race: Partial<RaceRow>): Promise<void> {
    await expect(this.root).toBeVisible();
    if (race.name !== undefined) await setField(this.field('Race name'), race.name);
    if (race.date !== undefined) await setField(this.field('Race date'), race.date);
    if (race.distance !== undefined) await setField(this.field('Distance'), race.distance);
    if (race.priority !== undefined) await setField(this.field('Priority'), race.priority);
  }

  /** "Add race" in the add dialog, "Save" in the inspector. */
  async submit(): Promise<void> {
    await this.root.getByRole('button', { name: /^(Add race|Save)$/ }).click();
  }

  async delete(): Promise<void> {
    await this.root.getByRole('button', { name: 'Delete', exact: true }).click();
  }

  errorAt(field: Locator): Promise<string> {
    return fieldError(field);
  }
}
