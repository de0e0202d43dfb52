/**
 * Plan → FullCalendar event inputs, with stable objects for unchanged sessions.
 *
 * FullCalendar keeps an event's DOM when its `id` is unchanged and re-renders only what differs, so
 * the id is built from everything the event shows (session id + revision + the visible fields): an
 * unchanged session keeps both its object and its id, a changed one gets a fresh element, whose
 * `data-*` attributes are then written anew by `eventDidMount`.
 */
import type { EventInput } from '@fullcalendar/react';
import type { Block, BlockKind, Plan, Session } from '../../src/model/plan';
import { addDays } from '../../src/dates';
import { blockLabel, formatKm, intensityLabel, kindLabel } from '../state/labels';

/** What the page needs back from an event it rendered. */
export interface SessionEventProps {
  readonly sessionId: string;
  readonly kind: Session['kind'];
  readonly intensity: Session['intensity'];
  readonly raceId: string | null;
  readonly tooltip: string;
}

export interface BlockEventProps {
  readonly blockKind: BlockKind;
}

function sessionKey(s: Session): string {
  return `${s.id}|${s.revision}|${s.date}|${s.kind}|${s.intensity}|${s.durationMin}|${s.distanceKm}|${s.pinned ? 1 : 0}|${s.title}|${s.notes ?? ''}`;
}

/**
 * The short text in the cell: kind and volume ("Long 24 km", "Tempo 50′"). Month cells of the
 * season view are narrow, so kinds are abbreviated; the tooltip and the inspector say it in full.
 */
export function sessionText(s: Session): string {
  if (s.kind === 'race') return s.title;
  if (s.kind === 'rest') return 'Rest';
  const volume = s.distanceKm > 0 ? `${formatKm(s.distanceKm)} km` : `${s.durationMin}′`;
  return `${shortKind(s.kind)} ${volume}`;
}

function shortKind(kind: Session['kind']): string {
  switch (kind) {
    case 'long':
      return 'Long';
    case 'threshold':
      return 'Thresh.';
    case 'intervals':
      return 'Interv.';
    case 'race-pace':
      return 'Pace';
    case 'cross-training':
      return 'X-train';
    default:
      return kindLabel(kind);
  }
}

/** The full words of a session, for its tooltip: title, intensity, volume, pinned, notes. */
export function sessionTooltip(s: Session): string {
  if (s.kind === 'rest') return s.pinned ? 'Rest day (pinned)' : 'Rest day';
  const parts = [
    s.title || kindLabel(s.kind),
    `${intensityLabel(s.intensity)}, ${s.durationMin} min${s.distanceKm > 0 ? `, ${formatKm(s.distanceKm)} km` : ''}`,
  ];
  if (s.pinned) parts.push('Pinned (moved or edited by hand)');
  if (s.notes) parts.push(s.notes);
  return parts.join('\n');
}

function sessionEvent(s: Session): EventInput {
  const race = s.kind === 'race';
  const props: SessionEventProps = {
    sessionId: s.id,
    kind: s.kind,
    intensity: s.intensity,
    raceId: s.raceId ?? null,
    tooltip: sessionTooltip(s),
  };
  return {
    id: sessionKey(s),
    title: sessionText(s),
    start: s.date,
    allDay: true,
    color: race ? 'var(--sp-race)' : `var(--sp-${s.intensity})`,
    contrastColor: race ? 'var(--sp-on-race)' : `var(--sp-on-${s.intensity})`,
    // Pinned sessions are marked by a style sheet (see use-calendar-marks.ts), not a class: a drop
    // pins a session without FullCalendar having to render it again.
    className: race ? 'sp-event sp-race' : `sp-event sp-int-${s.intensity}`,
    extendedProps: props,
  };
}

/**
 * A memo of session events across renders: returns the same array when nothing changed and the
 * same objects for sessions that did not change.
 */
export function createSessionEventCache(): (sessions: readonly Session[]) => EventInput[] {
  let byKey = new Map<string, EventInput>();
  let lastSessions: readonly Session[] | null = null;
  let lastEvents: EventInput[] = [];
  return (sessions) => {
    if (sessions === lastSessions) return lastEvents;
    const next = new Map<string, EventInput>();
    const events = sessions.map((s) => {
      const key = sessionKey(s);
      const event = byKey.get(key) ?? sessionEvent(s);
      next.set(key, event);
      return event;
    });
    byKey = next;
    lastSessions = sessions;
    lastEvents = events;
    return events;
  };
}

/** Race weeks are implied by the race itself; base/build/peak are the normal state and stay unshaded. */
const SHADED: ReadonlySet<BlockKind> = new Set([
  'down',
  'off-distance',
  'taper',
  'recovery',
  'reset',
]);

export function isShadedBlock(kind: BlockKind): boolean {
  return SHADED.has(kind);
}

export function blockEvents(blocks: readonly Block[]): EventInput[] {
  return blocks
    .filter((b) => isShadedBlock(b.kind))
    .map((b) => {
      const props: BlockEventProps = { blockKind: b.kind };
      return {
        id: `block|${b.id}|${b.kind}|${b.start}|${b.end}`,
        title: blockLabel(b.kind),
        start: b.start,
        end: addDays(b.end, 1),
        allDay: true,
        display: 'background',
        color: `var(--sp-block-${b.kind})`,
        className: `sp-block sp-block-${b.kind}`,
        extendedProps: props,
      };
    });
}

/** Every day of the season that holds no training (a rest day in the rules' sense). */
export function restDays(plan: Plan): Set<string> {
  const busy = new Set<string>();
  for (const s of plan.sessions) if (s.intensity !== 'rest') busy.add(s.date);
  const rest = new Set<string>();
  for (let day = plan.season.start; day <= plan.season.end; day = addDays(day, 1)) {
    if (!busy.has(day)) rest.add(day);
  }
  return rest;
}
