import { expect, type Locator, type Page } from '@playwright/test';
import { fieldError, setField } from './fields';

/** A race row of the wizard, as a test types it. */
export interface RaceRow {
  readonly name: string;
  readonly date: string;
  /** A standard distance value (`marathon`, `half`, `10k`, …) or its label. */
  readonly distance: string;
  readonly priority?: 'A' | 'B' | 'C';
}

/** What a test fills in; fields left out keep the wizard's defaults. */
export interface SeasonForm {
  readonly name?: string;
  readonly start?: string;
  readonly end?: string;
  readonly focusDistance?: string;
  readonly weeklyKm?: number;
  readonly restDay?: string;
  readonly longRunDay?: string;
  readonly weekStart?: string;
  readonly hardDays?: number;
  readonly downWeekAfter?: number;
  readonly races?: readonly RaceRow[];
  /** A recent race result, which gives the plan its paces ("Recent race", "Its time"). */
  readonly recentRace?: { readonly distance: string; readonly time: string };
}

/** The "New plan" wizard (role=dialog, name "New plan"). */
export class WizardDialog {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'New plan' });
  }

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  raceRows(): Locator {
    return this.root.getByTestId('race-row');
  }

  raceField(row: number, label: string): Locator {
    return this.raceRows().nth(row).getByLabel(label, { exact: true });
  }

  async fill(form: SeasonForm): Promise<void> {
    await expect(this.root).toBeVisible();
    const fields: [string, string | number | undefined][] = [
      ['Plan name', form.name],
      ['Season start', form.start],
      ['Season end', form.end],
      ['Focus distance', form.focusDistance],
      ['Weekly volume (km)', form.weeklyKm],
      ['Rest day', form.restDay],
      ['Long-run day', form.longRunDay],
      ['Week starts on', form.weekStart],
      ['Hard days per week', form.hardDays],
      ['Down week after (weeks)', form.downWeekAfter],
      ['Recent race', form.recentRace?.distance],
      ['Its time', form.recentRace?.time],
    ];
    for (const [label, value] of fields) {
      if (value !== undefined) await setField(this.field(label), String(value));
    }
    for (const race of form.races ?? []) await this.addRace(race);
  }

  /** Adds a race row ("Add race") and fills it in. */
  async addRace(race: RaceRow): Promise<void> {
    const before = await this.raceRows().count();
    await this.root.getByRole('button', { name: 'Add race' }).click();
    await expect(this.raceRows()).toHaveCount(before + 1);
    await setField(this.raceField(before, 'Race name'), race.name);
    await setField(this.raceField(before, 'Race date'), race.date);
    await setField(this.raceField(before, 'Distance'), race.distance);
    await setField(this.raceField(before, 'Priority'), race.priority ?? 'A');
  }

  async generate(): Promise<void> {
    await this.root.getByRole('button', { name: 'Generate plan' }).click();
  }

  /** The error shown at a field, in words ('' when there is none). */
  errorAt(field: Locator): Promise<string> {
    return fieldError(field);
  }
}
