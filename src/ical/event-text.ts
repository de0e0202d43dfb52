/**
 * What an exported event says: its summary, description and categories, in plain words. Values
 * are returned unescaped; the writer escapes them.
 */
import type { Block, Race, Session } from '../model/plan';
import { blockLabel, sessionTitle } from '../model/labels';
import { distanceKm, formatDistance } from '../model/settings';
import type { Units } from '../model/workout';
import { formatWorkoutLines } from '../workouts/format';

function formatKm(km: number): string {
  return `${Math.round(km * 10) / 10} km`;
}

/**
 * The summary of a training session: its kind, and its distance, or its duration when it has no
 * distance.
 *
 * @example sessionSummary({ kind: 'long', distanceKm: 28, durationMin: 150, … }) // 'Long run 28 km'
 */
export function sessionSummary(session: Session): string {
  const label = sessionTitle(session.kind);
  if (session.kind === 'rest') return label;
  if (session.distanceKm > 0) return `${label} ${formatKm(session.distanceKm)}`;
  if (session.durationMin > 0) return `${label} ${Math.round(session.durationMin)} min`;
  return label;
}

/**
 * The summary of a race: marked as a race, with its name and distance.
 *
 * @example raceSummary({ name: 'Berlin', distance: 'marathon', … }) // 'Race: Berlin (marathon)'
 */
export function raceSummary(race: Race): string {
  return `Race: ${race.name} (${formatDistance(race.distance)})`;
}

function blockLine(block: Block): string {
  const distance = block.distance === undefined ? '' : ` for the ${formatDistance(block.distance)}`;
  return `Block: ${blockLabel(block.kind)}${distance} (${block.start} to ${block.end})`;
}

/**
 * The description of a session: its title, duration, distance and intensity, its steps in words
 * (so the phone calendar says what to run), its notes, and the blocks its day belongs to.
 *
 * @example sessionDescription(session, [base]) // 'Long run\n150 min · 28 km · moderate\n150 min easy @ 4:54–5:26/km\nBlock: Base (…)'
 */
export function sessionDescription(
  session: Session,
  blocks: readonly Block[],
  race?: Race,
  units: Units = 'km',
): string {
  const lines: string[] = [session.title];
  if (race) {
    lines.push(
      `Priority ${race.priority} race, ${formatDistance(race.distance)} (${formatKm(distanceKm(race.distance))})`,
    );
  } else if (session.kind !== 'rest') {
    const figures = [`${Math.round(session.durationMin)} min`];
    if (session.distanceKm > 0) figures.push(formatKm(session.distanceKm));
    figures.push(session.intensity);
    lines.push(figures.join(' · '));
    if (session.workout) lines.push(...formatWorkoutLines(session.workout, units));
  }
  if (session.notes) lines.push(session.notes);
  for (const block of blocks) lines.push(blockLine(block));
  return lines.join('\n');
}

/**
 * The summary of a block shown as a multi-day event.
 *
 * @example blockSummary({ kind: 'off-distance', distance: '5k', … }) // 'Off-distance block (5K)'
 */
export function blockSummary(block: Block): string {
  const label = blockLabel(block.kind);
  return block.distance === undefined ? label : `${label} (${formatDistance(block.distance)})`;
}
