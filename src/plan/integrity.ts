/**
 * The consistency of a plan that each field's own schema cannot see: ids that must be unique,
 * references that must resolve, days that must lie in the season. A file that fails here passes
 * the schema but is wrong (two sessions with one id are two iCal events with one UID), so `check`
 * reports these as errors and Import plan refuses such a file with the list.
 */
import type { Plan } from '../model/plan';

/** One problem, by path like the schema's messages: `sessions[4].id: s-1 is also sessions[2]'s id`. */
export type IntegrityProblem = string;

/** At most this many problems are listed: a broken file can hold thousands of the same one. */
const MAX_PROBLEMS = 50;

/**
 * Every integrity problem of a schema-valid plan; empty when it is consistent.
 *
 * @example checkIntegrity(generate(request)) // []
 * @example checkIntegrity({ ...plan, sessions: [s, s] }) // ['sessions[1].id: … is also the id of sessions[0]']
 */
export function checkIntegrity(plan: Plan): IntegrityProblem[] {
  const problems: string[] = [];
  const { start, end } = plan.season;
  const inSeason = (day: string) => day >= start && day <= end;
  const season = `the season (${start} to ${end})`;

  duplicates(
    plan.races.map((race) => race.id),
    'races',
    problems,
  );
  duplicates(
    plan.blocks.map((block) => block.id),
    'blocks',
    problems,
  );
  duplicates(
    plan.sessions.map((session) => session.id),
    'sessions',
    problems,
  );

  const raceIds = new Set(plan.races.map((race) => race.id));
  const raced = new Set<string>();
  plan.sessions.forEach((session, i) => {
    if (!inSeason(session.date)) {
      problems.push(`sessions[${i}].date: ${session.date} is outside ${season}`);
    }
    if (session.raceId !== undefined) {
      if (!raceIds.has(session.raceId)) {
        problems.push(`sessions[${i}].raceId: there is no race with the id ${session.raceId}`);
      } else if (session.kind === 'race') raced.add(session.raceId);
    }
  });
  plan.races.forEach((race, i) => {
    if (!raced.has(race.id)) {
      problems.push(`races[${i}]: the race ${race.id} has no race session`);
    }
  });
  plan.blocks.forEach((block, i) => {
    if (block.start > end || block.end < start) {
      problems.push(`blocks[${i}]: ${block.start} to ${block.end} is outside ${season}`);
    }
    if (block.raceId !== undefined && !raceIds.has(block.raceId)) {
      problems.push(`blocks[${i}].raceId: there is no race with the id ${block.raceId}`);
    }
  });
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    `…and ${problems.length - MAX_PROBLEMS} more problems of the same kinds`,
  ];
}

function duplicates(ids: readonly string[], list: string, problems: string[]): void {
  const first = new Map<string, number>();
  ids.forEach((id, i) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else problems.push(`${list}[${i}].id: ${id} is also the id of ${list}[${earlier}]`);
  });
}
