import { expect, type Locator, type Page } from '@playwright/test';

/** A session event as the calendar shows it. */
export interface ShownSession {
  readonly id: string;
  /** The day cell it sits in (`data-date`). */
  readonly date: string;
  readonly intensity: string;
  readonly kind: string;
  readonly raceId: string | null;
}

/** `[data-testid="calendar"]`: FullCalendar with the page's session and block hooks. */
export class CalendarView {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('calendar');
  }

  /** Every session event in the DOM. */
  events(): Locator {
    return this.root.locator('[data-session-id]');
  }

  event(sessionId: string): Locator {
    return this.root.locator(`[data-session-id="${sessionId}"]`);
  }

  /** The day cell of an ISO day (FullCalendar's own `data-date`). */
  day(date: string): Locator {
    return this.root.locator(`[data-date="${date}"]`);
  }

  /** The block backgrounds of one kind (`down`, `off-distance`, `taper`, …). */
  blocks(kind: string): Locator {
    return this.root.locator(`[data-block-kind="${kind}"]`);
  }

  /** The sessions shown, each with the day cell it sits in. */
  sessions(): Promise<ShownSession[]> {
    return this.root.evaluate((root) =>
      [...root.querySelectorAll<HTMLElement>('[data-session-id]')].map((element) => {
        let cell: HTMLElement | null = element;
        while (cell && !/^\d{4}-\d{2}-\d{2}$/.test(cell.dataset['date'] ?? '')) {
          cell = cell.parentElement;
        }
        return {
          id: element.dataset['sessionId'] ?? '',
          date: cell?.dataset['date'] ?? '',
          intensity: element.dataset['intensity'] ?? '',
          kind: element.dataset['kind'] ?? '',
          raceId: element.dataset['raceId'] ?? null,
        };
      }),
    );
  }

  /** The day a session is shown on. */
  async dateOf(sessionId: string): Promise<string> {
    const found = (await this.sessions()).find((session) => session.id === sessionId);
    if (!found) throw new Error(`session ${sessionId} is not on the calendar`);
    return found.date;
  }

  /**
   * Drags a session onto a day with real mouse steps (move to the event, press, a few small moves
   * past FullCalendar's drag threshold, move to the day cell, release), then waits until the calendar
   * shows it there.
   */
  async drag(sessionId: string, date: string): Promise<void> {
    const source = this.event(sessionId);
    const target = this.day(date);
    // Both ends on screen before the button goes down: scrolling in the middle of a drag is a
    // different gesture.
    await target.scrollIntoViewIfNeeded();
    if (!(await this.onScreen(source))) await source.scrollIntoViewIfNeeded();
    if (!(await this.onScreen(target)) || !(await this.onScreen(source))) {
      throw new Error(`session ${sessionId} and day ${date} are not on screen together`);
    }
    const from = await source.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error(`session ${sessionId} or day ${date} has no box`);
    const fromX = from.x + from.width / 2;
    const fromY = from.y + from.height / 2;
    // Aim at the lower half of the cell, away from the day number.
    const toX = to.x + to.width / 2;
    const toY = to.y + to.height * 0.7;
    await this.page.mouse.move(fromX, fromY);
    await this.page.mouse.down();
    for (const step of [3, 6, 9, 12]) await this.page.mouse.move(fromX + step, fromY + step);
    await this.page.mouse.move(toX, toY, { steps: 8 });
    await this.page.mouse.move(toX + 1, toY, { steps: 2 });
    await this.page.mouse.up();
    await expect(target.locator(`[data-session-id="${sessionId}"]`)).toHaveCount(1);
  }

  /** Whether the element's centre can be hit by the mouse (on screen, not scrolled under a header). */
  private onScreen(locator: Locator): Promise<boolean> {
    return locator.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return hit !== null && (element === hit || element.contains(hit));
    });
  }
}
