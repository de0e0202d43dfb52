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

  /**
   * The days shown as rest days: day cells the page paints as rest (a background pattern), or that
   * hold a rest session. With the kinds of the sessions on each, to check that nothing trains there.
   */
  restDays(): Promise<{ date: string; kinds: string[] }[]> {
    return this.root.evaluate((root) => {
      const days: { date: string; kinds: string[] }[] = [];
      for (const cell of root.querySelectorAll<HTMLElement>('[data-date]')) {
        const date = cell.dataset['date'] ?? '';
        if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || cell.matches('[data-session-id]')) continue;
        const sessions = [...cell.querySelectorAll<HTMLElement>('[data-session-id]')];
        const painted = getComputedStyle(cell).backgroundImage !== 'none';
        const restSession = sessions.some((s) => s.dataset['kind'] === 'rest');
        if (painted || restSession) {
          days.push({ date, kinds: sessions.map((s) => s.dataset['kind'] ?? '') });
        }
      }
      return days;
    });
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
    if (await this.covered(source)) await source.scrollIntoViewIfNeeded();
    for (const [what, locator] of [
      [`session ${sessionId}`, source],
      [`day ${date}`, target],
    ] as const) {
      const cover = await this.covered(locator);
      if (cover) throw new Error(`${what} is not under the mouse: ${cover}`);
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

  /**
   * What the mouse would hit at the element's centre: '' when it is the element (or inside it, or
   * for a day cell anything of that day), else a description of what covers it.
   */
  covered(locator: Locator): Promise<string> {
    return locator.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      if (!hit) return 'off screen';
      if (element === hit || element.contains(hit)) return '';
      const date = element.getAttribute('data-date');
      if (date && hit.closest(`[data-date="${date}"]`)) return '';
      return `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')} ${hit.textContent?.slice(0, 40) ?? ''}`;
    });
  }
}
