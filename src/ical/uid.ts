/**
 * UIDs of exported events. A calendar app knows an event again by its UID alone, so a UID must
 * stay the same for the life of a session, in every export: it is derived from the plan's and the
 * session's ids, never drawn.
 */

import type { Block } from '../model/plan';

/** Every UID we write ends with this; the importer knows our own events by it. */
export const UID_SUFFIX = '.season-planner';

/**
 * An id made safe for a UID: letters, digits and `-._` stay, everything else is %-encoded, so
 * two different ids never give the same UID and no id can break the line.
 *
 * @example uidPart('plan/2027 @home') // 'plan%2F2027%20%40home'
 */
export function uidPart(id: string): string {
  return encodeURIComponent(id).replace(
    /[!'()*~]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * The UID of a session's event.
 *
 * @example sessionUid('plan-1', 's-2027-03-28') // 's-2027-03-28@plan-1.season-planner'
 */
export function sessionUid(planId: string, sessionId: string): string {
  return `${uidPart(sessionId)}@${uidPart(planId)}${UID_SUFFIX}`;
}

/**
 * The UID of a block's multi-day event (a domain of its own, so no session id can collide), made
 * of the block's kind and days. Blocks have no revision to bump SEQUENCE with, so a block whose
 * days change becomes a new event instead: SEQUENCE 0 then stays true for every block UID, since
 * the days an event under it shows never change.
 *
 * @example blockUid('plan-1', { kind: 'down', start: '2027-02-01', end: '2027-02-07' })
 * // 'down-2027-02-01-2027-02-07@blocks.plan-1.season-planner'
 */
export function blockUid(planId: string, block: Pick<Block, 'kind' | 'start' | 'end'>): string {
  const days = uidPart(`${block.kind}-${block.start}-${block.end}`);
  return `${days}@blocks.${uidPart(planId)}${UID_SUFFIX}`;
}
