/**
 * The bare FullCalendar page of the page benchmark: the same package, plugins and view type as the
 * season view, fed with the same event inputs (the page's own renderer/calendar/events.ts over the
 * plan the bench made through the page), and nothing else: no app, no rules, no styling of ours.
 * Bundled by scripts/bench-page.ts into a temporary directory.
 *
 * `window.__bare.moveSession(i)` makes a state update that moves one session event a day (forth on
 * even i, back on odd) with a new title, and resolves with the milliseconds from the update to the
 * frame after the new title is in the DOM. A drop (real drag and drop) moves the event in the state
 * too, as an app's `eventDrop` would, so the bench can also time FullCalendar's own drop machinery.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import FullCalendar from '@fullcalendar/react';
import type { EventInput } from '@fullcalendar/react';
import classicTheme from '@fullcalendar/react/themes/classic';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import multiMonthPlugin from '@fullcalendar/react/multimonth';
import interactionPlugin from '@fullcalendar/react/interaction';
import listPlugin from '@fullcalendar/react/list';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import type { Plan } from '../../src/model/plan';
import { addDays } from '../../src/dates';
import { blockEvents, createSessionEventCache } from '../../renderer/calendar/events';

interface BareWindow {
  __BARE_PLAN__: Plan;
  __BARE_INITIAL_DATE__: string;
  __bare?: { moveSession(i: number): Promise<number> };
}

const bareWindow = window as unknown as BareWindow;
const plan = bareWindow.__BARE_PLAN__;
const sessionEvents = createSessionEventCache()(plan.sessions);
let current: EventInput[] = [...blockEvents(plan.blocks), ...sessionEvents];
let update: ((events: EventInput[]) => void) | undefined;

const PLUGINS = [classicTheme, dayGridPlugin, multiMonthPlugin, interactionPlugin, listPlugin];

function months(start: string, end: string): number {
  const [sy, sm] = start.split('-').map(Number) as [number, number];
  const [ey, em] = end.split('-').map(Number) as [number, number];
  return (ey - sy) * 12 + (em - sm) + 1;
}

function Bare() {
  const [events, setEvents] = useState(current);
  update = (next) => {
    current = next;
    setEvents(next);
  };
  return (
    <FullCalendar
      plugins={PLUGINS}
      initialView="season"
      views={{
        season: {
          type: 'multiMonth',
          duration: { months: months(plan.season.start, plan.season.end) },
          // The same month shape as the page's season view (SeasonCalendar.tsx: tall enough for
          // every session of a day), so that both draw the same grid.
          aspectRatio: 0.8,
        },
      }}
      initialDate={bareWindow.__BARE_INITIAL_DATE__}
      firstDay={plan.settings.weekStart === 'sunday' ? 0 : 1}
      height="100%"
      editable
      eventDurationEditable={false}
      dayMaxEvents={false}
      fixedWeekCount={false}
      events={events}
      eventDrop={(info) => {
        const id = info.event.id;
        const date = info.event.startStr.slice(0, 10);
        update?.(current.map((event) => (event.id === id ? { ...event, start: date } : event)));
      }}
      // The one hook an app needs to find its events (the season view writes more).
      eventDidMount={(info) => {
        const id = (info.event.extendedProps as { sessionId?: string }).sessionId;
        if (id) info.el.dataset['sessionId'] = id;
      }}
    />
  );
}

// The session that moves: one in the middle of the season, not a race.
const movingAt = current.findIndex(
  (event, at) =>
    at >= current.length / 2 &&
    (event.extendedProps as { kind?: string } | undefined)?.kind !== 'race' &&
    event.display !== 'background',
);

bareWindow.__bare = {
  moveSession(i) {
    const title = `moved ${i + 1}`;
    const root = document.getElementById('root');
    return new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!root?.textContent?.includes(title)) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - start));
      });
      if (root) observer.observe(root, { childList: true, subtree: true, characterData: true });
      const start = performance.now();
      update?.(
        current.map((event, at) => {
          if (at !== movingAt) return event;
          const day = String(event.start).slice(0, 10);
          return { ...event, start: addDays(day, i % 2 === 0 ? 1 : -1), title };
        }),
      );
    });
  },
};

const container = document.getElementById('root');
if (container) createRoot(container).render(<Bare />);
