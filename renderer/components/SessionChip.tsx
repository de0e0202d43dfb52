/**
 * One session as a compact chip: kind and volume, coloured by intensity, races in the race colour.
 * The words are separate boxes in a one-line wrapping row, so a chip too narrow for all of them
 * drops whole words at its end instead of cutting one in the middle.
 */
import { memo } from 'react';
import type { Session } from '../../src/model/plan';
import { sessionText, sessionTooltip } from '../calendar/events';

/**
 * What every session element on the page carries, whatever its size (a chip in the season grid, a
 * card in the week view): its class by intensity, the data attributes the drag, the keyboard and
 * the tests find it by, its tooltip, and its role.
 */
export function sessionElementProps(session: Session, base: 'sp-chip' | 'sp-card') {
  const race = session.kind === 'race';
  return {
    className: `${base} ${race ? 'sp-race' : `sp-int-${session.intensity}`}${session.pinned ? ' sp-pinned' : ''}`,
    'data-session-id': session.id,
    'data-intensity': session.intensity,
    'data-kind': session.kind,
    ...(session.raceId ? { 'data-race-id': session.raceId } : {}),
    title: sessionTooltip(session),
    role: 'button',
    tabIndex: -1,
  } as const;
}

function SessionChipImpl({ session }: { readonly session: Session }) {
  const words = sessionText(session).split(' ');
  return (
    <div {...sessionElementProps(session, 'sp-chip')}>
      {words.map((w, i) => (
        <span key={i}>{w}</span>
      ))}
    </div>
  );
}

export const SessionChip = memo(SessionChipImpl);
