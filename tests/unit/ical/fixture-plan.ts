/**
 * Plans for the iCal tests, built by hand (no scheduler): a marathoner's year with every session
 * kind, nested blocks, races with awkward names, and a random-plan arbitrary for property tests.
 */
import fc from 'fast-check';
import { addDays, eachDay, weekdayOf } from '../../../src/dates';
import type { Block, Plan, Race, Session, SessionKind } from '../../../src/model/plan';
import { PLAN_VERSION, SESSION_KINDS } from '../../../src/model/plan';
import { raceSession } from '../../../src/model/race-session';
import { DEFAULT_SETTINGS, defaultIntensity } from '../../../src/model/settings';

const WEEK: readonly (SessionKind | null)[] = [
  'rest',
  'easy',
  'intervals',
  'easy',
  'tempo',
  'strides',
  'long',
];

function trainingSession(day: string, kind: SessionKind, index: number): Session {
  const minutes =
    kind === 'rest' ? 0 : kind === 'long' ? 120 + (index % 5) * 10 : 45 + (index % 4) * 5;
  return {
    id: `s-${day}`,
    date: day,
    kind,
    intensity: defaultIntensity(kind),
    title: kind === 'intervals' ? '6 × 800 m; jog 400 m, then easy\\cool-down' : `${kind} run`,
    durationMin: minutes,
    distanceKm:
      kind === 'rest' || kind === 'cross-training' ? 0 : Math.round((minutes / 5.5) * 10) / 10,
    pinned: false,
    revision: index % 3,
  };
}

/** A marathoner's year (2027-01-04 to 2027-12-26), with races on 2027-03-28 and in autumn. */
export function marathonYear(): Plan {
  const start = '2027-01-04';
  const end = '2027-12-26';
  const races: Race[] = [
    {
      id: 'r-half',
      name: 'Semi-marathon de Paris 🏃',
      date: '2027-03-28',
      distance: 'half',
      priority: 'B',
    },
    {
      id: 'r-10k',
      name: 'Kölner 10 km; Straßenlauf, „Frühling“',
      date: '2027-05-16',
      distance: '10k',
      priority: 'C',
    },
    {
      id: 'r-berlin',
      name: 'BMW Berlin-Marathon 柏林马拉松',
      date: '2027-09-26',
      distance: 'marathon',
      priority: 'A',
    },
  ];
  const raceDays = new Map(races.map((r) => [r.date, r]));
  const sessions: Session[] = [];
  eachDay(start, end).forEach((day, index) => {
    const race = raceDays.get(day);
    if (race) {
      sessions.push(raceSession(race, 1));
      return;
    }
    const kind = WEEK[index % 7] ?? 'easy';
    sessions.push(trainingSession(day, kind, index));
  });
  const blocks: Block[] = [
    { id: 'b-base', kind: 'base', start, end: '2027-06-27' },
    { id: 'b-down-1', kind: 'down', start: '2027-02-01', end: '2027-02-07' },
    { id: 'b-off', kind: 'off-distance', start: '2027-02-08', end: '2027-03-21', distance: '5k' },
    { id: 'b-build', kind: 'build', start: '2027-06-28', end: '2027-08-29' },
    { id: 'b-taper', kind: 'taper', start: '2027-09-06', end: '2027-09-25', raceId: 'r-berlin' },
    {
      id: 'b-recovery',
      kind: 'recovery',
      start: '2027-09-27',
      end: '2027-10-17',
      raceId: 'r-berlin',
    },
  ];
  return {
    version: PLAN_VERSION,
    id: 'plan/2027 marathon@home',
    name: 'Saison 2027 — Berlin, Paris & Köln; ✓',
    settings: DEFAULT_SETTINGS,
    season: { start, end },
    races,
    blocks,
    sessions,
    deletedSessions: [{ id: 's-deleted-1', revision: 2 }],
  };
}

const KINDS: readonly SessionKind[] = SESSION_KINDS.filter((kind) => kind !== 'race');

/** Random plans: any ids and titles (unicode, separators), 0–3 sessions a day, 0–4 races. */
export function arbitraryPlan(): fc.Arbitrary<Plan> {
  const day = fc.integer({ min: 0, max: 400 }).map((n) => addDays('2026-12-28', n));
  const text = fc.string({ unit: 'grapheme', maxLength: 40 });
  const session = fc.record({
    date: day,
    kind: fc.constantFrom(...KINDS),
    title: text,
    durationMin: fc.integer({ min: 0, max: 300 }),
    distanceKm: fc.double({ min: 0, max: 60, noNaN: true }),
    revision: fc.nat(20),
    notes: fc.option(text, { nil: undefined }),
  });
  const race = fc.record({
    name: text,
    date: day,
    distance: fc.oneof(
      fc.constantFrom(
        '5k' as const,
        '10k' as const,
        'half' as const,
        'marathon' as const,
        'ultra' as const,
      ),
      fc.double({ min: 1, max: 250, noNaN: true }),
    ),
    priority: fc.constantFrom('A' as const, 'B' as const, 'C' as const),
  });
  return fc
    .record({
      id: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
      name: text,
      sessions: fc.array(session, { maxLength: 60 }),
      races: fc.array(race, { maxLength: 4 }),
      sessionIds: fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), {
        maxLength: 60,
      }),
    })
    .map(({ id, name, sessions, races, sessionIds }) => {
      const raceList: Race[] = races.map((r, i) => ({ ...r, id: `${r.name}#${i}` }));
      const all: Session[] = [
        ...sessions.map((s, i): Session => {
          const { notes, ...rest } = s;
          return {
            ...rest,
            id: `${sessionIds[i] ?? ''}#${i}`,
            intensity: defaultIntensity(s.kind),
            pinned: false,
            ...(notes === undefined ? {} : { notes }),
          };
        }),
        ...raceList.map((r) => raceSession(r, 0)),
      ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
      const first = all[0]?.date ?? '2027-01-01';
      return {
        version: PLAN_VERSION,
        id,
        name,
        settings: DEFAULT_SETTINGS,
        season: { start: first, end: all.at(-1)?.date ?? first },
        races: raceList,
        blocks: [{ id: 'b1', kind: 'base', start: '2027-01-01', end: '2027-03-31' }],
        sessions: all,
      } satisfies Plan;
    });
}

export { weekdayOf };
