/**
 * Races of the open plan: add one, import some from an `.ics` (reviewed first), change, move or
 * delete one. Each is one undoable core edit (`addRace`, `changeRace`, `moveRace`, `deleteRace`);
 * none re-plans by itself, so the status line then offers `regenerate`.
 */
import { useCallback, useMemo } from 'react';
import type { PlannerApi } from '../../src/api/contract';
import type { Plan, Race, RaceInput } from '../../src/model/plan';
import type { EditResult } from '../../src/edits/types';
import { addRace, changeRace, deleteRace, moveRace } from '../../src/edits/races';
import { regenerate } from '../../src/edits/regenerate';
import { formatDay } from './labels';
import type { IcsReader } from './use-ics-review';
import { seasonWindow, useIcsReview } from './use-ics-review';
import type { Planner } from './use-planner';

type RacePatch = Partial<Omit<Race, 'id'>>;

/** Adds the races one after the other: all of them or, at the first refusal, none. */
function addAll(plan: Plan, races: readonly RaceInput[]): EditResult {
  let current: EditResult = { ok: true, value: plan };
  for (const race of races) if (current.ok) current = addRace(current.value, race);
  return current;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function useRaceActions(api: PlannerApi, planner: Planner) {
  const { edit, say, unwrap, plan } = planner;
  /** The API's reading of `.ics` files; a failure is told in the status line. */
  const icsReader = useMemo<IcsReader>(
    () => ({
      open: async (request) => unwrap(await api.importRacesIcs(request)) ?? null,
      reread: async (path, text, request) =>
        unwrap(await api.readRacesIcs(path, text, request)) ?? null,
    }),
    [api, unwrap],
  );
  /** Races read from a file for the open plan, waiting for the user to confirm them. */
  const review = useIcsReview(icsReader);

  const offerReplan = useCallback(
    (message: string, question: string) =>
      say(`${message} ${question}`, 'info', [
        {
          label: 'Re-plan',
          run: () => edit(regenerate, 'Re-planned the season around the races.'),
        },
        { label: 'Keep as is', run: () => undefined },
      ]),
    [edit, say],
  );

  const nameOf = useCallback(
    (raceId: string) => plan?.races.find((r) => r.id === raceId)?.name ?? 'the race',
    [plan],
  );

  const move = useCallback(
    (raceId: string, date: string) => {
      const name = nameOf(raceId);
      const done = edit((p) => moveRace(p, raceId, date));
      if (done) offerReplan(`Moved ${name} to ${formatDay(date)}.`, 'Re-plan around the new date?');
      return done;
    },
    [edit, nameOf, offerReplan],
  );

  const add = useCallback(
    (races: readonly RaceInput[]) => {
      const done = edit((p) => addAll(p, races));
      if (done && races.length > 0) {
        const what =
          races.length === 1 && races[0]
            ? `${races[0].name} on ${formatDay(races[0].date)}`
            : plural(races.length, 'race');
        offerReplan(`Added ${what}.`, 'Re-plan around the new races?');
      }
      return done;
    },
    [edit, offerReplan],
  );

  const change = useCallback(
    (raceId: string, patch: RacePatch) => {
      const name = nameOf(raceId);
      const done = edit((p) => changeRace(p, raceId, patch));
      if (done) offerReplan(`Saved ${patch.name ?? name}.`, 'Re-plan around the changed race?');
      return done;
    },
    [edit, nameOf, offerReplan],
  );

  const remove = useCallback(
    (raceId: string) => {
      const name = nameOf(raceId);
      const done = edit((p) => deleteRace(p, raceId));
      if (done) offerReplan(`Deleted the race ${name}.`, 'Re-plan without it?');
      return done;
    },
    [edit, nameOf, offerReplan],
  );

  /**
   * "Import races" on the open plan: the file (its recurring races over the season), then the
   * review, then `confirmImport`.
   */
  const { start: startReview, close: closeReview } = review;
  const season = plan?.season;
  const startImport = useCallback(
    () => startReview(season ? seasonWindow(season.start, season.end) : {}),
    [startReview, season],
  );

  const confirmImport = useCallback(
    (races: readonly RaceInput[]) => {
      closeReview();
      // As in the wizard, a race from a file is a B race unless the file says otherwise.
      add(races.map((r) => ({ ...r, priority: r.priority ?? 'B' })));
    },
    [add, closeReview],
  );

  return useMemo(
    () => ({
      review,
      move,
      add,
      change,
      remove,
      icsReader,
      startImport,
      confirmImport,
    }),
    [review, move, add, change, remove, icsReader, startImport, confirmImport],
  );
}

export type RaceActions = ReturnType<typeof useRaceActions>;
