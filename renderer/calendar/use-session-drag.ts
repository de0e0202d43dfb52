/**
 * Dragging sessions on the calendar, done by the page rather than by FullCalendar.
 *
 * FullCalendar's own drag renders the calendar three times on a drop (final hit, clearing the
 * mirror, merging the moved event) before the page's edit renders it once more. Here the drag only
 * moves a lightweight ghost and marks the hovered day cell, both plain DOM; the drop is one core
 * edit and one calendar render, like any other edit. The keyboard way to move a session is the
 * inspector's day field.
 */
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';

export interface DropTarget {
  readonly sessionId: string;
  readonly raceId: string | null;
  readonly from: string;
  readonly to: string;
}

/** Pixels the pointer must travel before a press becomes a drag (a click stays a click). */
const THRESHOLD = 5;
/** Distance from a scroller's edge where dragging scrolls it, and the speed at the very edge. */
const EDGE = 48;
const SPEED = 18;

interface Active {
  readonly pointerId: number;
  readonly source: HTMLElement;
  readonly sessionId: string;
  readonly raceId: string | null;
  readonly from: string;
  readonly startX: number;
  readonly startY: number;
  ghost: HTMLElement | null;
  over: HTMLElement | null;
  x: number;
  y: number;
  frame: number;
}

/**
 * The day cell under a point. Not `closest()` of the topmost element: a block's background is drawn
 * by an element inside the week's first cell that overflows across the week, so ancestry would say
 * "Monday" anywhere in the row. The cell whose own box holds the point is the day.
 */
function dayCellAt(root: HTMLElement, x: number, y: number): HTMLElement | null {
  for (const hit of document.elementsFromPoint(x, y)) {
    if (!(hit instanceof HTMLElement) || !hit.dataset['date'] || !root.contains(hit)) continue;
    if (hit.closest('[data-session-id]')) continue;
    const box = hit.getBoundingClientRect();
    if (x >= box.left && x < box.right && y >= box.top && y < box.bottom) return hit;
  }
  return null;
}

function scroller(element: HTMLElement): HTMLElement | null {
  for (let e: HTMLElement | null = element.parentElement; e; e = e.parentElement) {
    const style = getComputedStyle(e);
    if (/(auto|scroll)/.test(style.overflowY) && e.scrollHeight > e.clientHeight) return e;
  }
  return null;
}

export function useSessionDrag(
  root: RefObject<HTMLElement | null>,
  enabled: boolean,
  onDrop: (target: DropTarget) => void,
): void {
  const latest = useRef(onDrop);
  useEffect(() => {
    latest.current = onDrop;
  });

  useEffect(() => {
    const element = root.current;
    if (!element || !enabled) return;
    let active: Active | null = null;

    const mark = (cell: HTMLElement | null) => {
      if (!active || active.over === cell) return;
      active.over?.classList.remove('sp-drop-target');
      cell?.classList.add('sp-drop-target');
      active.over = cell;
    };

    const finish = () => {
      if (!active) return;
      cancelAnimationFrame(active.frame);
      active.ghost?.remove();
      active.source.classList.remove('sp-drag-source');
      active.over?.classList.remove('sp-drop-target');
      document.body.classList.remove('sp-dragging');
      active = null;
    };

    // While dragging near the top or bottom of the calendar's scroller, scroll it.
    const autoScroll = () => {
      if (!active?.ghost) return;
      const box = scroller(active.source) ?? scroller(element);
      if (box) {
        const rect = box.getBoundingClientRect();
        const dy =
          active.y < rect.top + EDGE
            ? -SPEED * (1 - Math.max(0, active.y - rect.top) / EDGE)
            : active.y > rect.bottom - EDGE
              ? SPEED * (1 - Math.max(0, rect.bottom - active.y) / EDGE)
              : 0;
        if (dy !== 0) {
          box.scrollTop += dy;
          mark(dayCellAt(element, active.x, active.y));
        }
      }
      active.frame = requestAnimationFrame(autoScroll);
    };

    const onDown = (e: PointerEvent) => {
      if (e.button !== 0 || e.ctrlKey || e.metaKey || active) return;
      const source = (e.target as Element | null)?.closest<HTMLElement>('[data-session-id]');
      const cell = source?.closest<HTMLElement>('[data-date]');
      if (!source || !cell || !element.contains(source)) return;
      // No focus and no text selection from a press on a session (the click still opens it): a
      // focused element that moves on the drop makes the browser fix focus up mid-render.
      e.preventDefault();
      active = {
        pointerId: e.pointerId,
        source,
        sessionId: source.dataset['sessionId'] ?? '',
        raceId: source.dataset['raceId'] ?? null,
        from: cell.dataset['date'] ?? '',
        startX: e.clientX,
        startY: e.clientY,
        ghost: null,
        over: null,
        x: e.clientX,
        y: e.clientY,
        frame: 0,
      };
    };

    const onMove = (e: PointerEvent) => {
      if (!active || e.pointerId !== active.pointerId) return;
      active.x = e.clientX;
      active.y = e.clientY;
      if (!active.ghost) {
        if (Math.hypot(e.clientX - active.startX, e.clientY - active.startY) < THRESHOLD) return;
        const rect = active.source.getBoundingClientRect();
        const ghost = active.source.cloneNode(true) as HTMLElement;
        ghost.removeAttribute('data-session-id');
        ghost.removeAttribute('data-race-id');
        ghost.removeAttribute('id');
        ghost.classList.add('sp-drag-ghost');
        ghost.setAttribute('aria-hidden', 'true');
        ghost.style.width = `${rect.width}px`;
        ghost.style.left = `${rect.left - active.startX}px`;
        ghost.style.top = `${rect.top - active.startY}px`;
        document.body.append(ghost);
        active.ghost = ghost;
        active.source.classList.add('sp-drag-source');
        document.body.classList.add('sp-dragging');
        active.frame = requestAnimationFrame(autoScroll);
      }
      e.preventDefault();
      active.ghost.style.transform = `translate(${e.clientX}px, ${e.clientY}px)`;
      mark(dayCellAt(element, e.clientX, e.clientY));
    };

    const onUp = (e: PointerEvent) => {
      if (!active || e.pointerId !== active.pointerId) return;
      const dragged = active.ghost !== null;
      // The pointer has not moved since the last pointermove marked the cell under it: that cell is
      // the target. Asking again would make the browser re-style and hit-test the whole calendar
      // (the drop-target mark just changed) in the drop's own frame.
      const still = e.clientX === active.x && e.clientY === active.y;
      const target = !dragged
        ? null
        : still
          ? active.over
          : dayCellAt(element, e.clientX, e.clientY);
      const drop =
        target && target.dataset['date'] && target.dataset['date'] !== active.from
          ? {
              sessionId: active.sessionId,
              raceId: active.raceId,
              from: active.from,
              to: target.dataset['date'],
            }
          : null;
      finish();
      if (dragged) {
        // The click that follows a drag is not a click on the session or the day.
        window.addEventListener('click', swallow, { capture: true, once: true });
        setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 0);
      }
      if (drop) latest.current(drop);
    };

    const swallow = (e: Event) => {
      e.stopPropagation();
      e.preventDefault();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && active?.ghost) finish();
    };

    element.addEventListener('pointerdown', onDown);
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', finish);
    window.addEventListener('keydown', onKey);
    return () => {
      finish();
      element.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', finish);
      window.removeEventListener('keydown', onKey);
    };
  }, [root, enabled]);
}
