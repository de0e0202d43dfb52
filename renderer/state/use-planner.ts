/**
 * The page's state, put together: the open plan's document (history and warnings, a plain store
 * read with `useSyncExternalStore`, see document-store.ts), the plan library, the preferences and
 * the status line (each its own hook). Every change to a plan goes through a core edit.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Plan, PlanRequest } from '../../src/model/plan';
import type { EditResult } from '../../src/edits/types';
import type { ApiResult, PlannerApi, StartupReport } from '../../src/api/contract';
import { useAutosave } from './use-autosave';
import type { Boot } from './boot';
import { useExports } from './use-exports';
import { createDocumentStore } from './document-store';
import { useStatus } from './use-status';
import { usePreferences } from './use-preferences';
import { useLibrary } from './use-library';

export type { Doc } from './document-store';
export type { Status, StatusAction } from './use-status';
export { summaryOf } from './use-library';

/** The preferences, and the plan last shown remembered in them. */
function useShownPreferences(
  api: PlannerApi,
  initial: Boot,
  sayError: Parameters<typeof usePreferences>[2],
) {
  const { prefs, setPreferences } = usePreferences(api, initial.prefs, sayError);
  const setShown = useCallback(
    (planId: string) => setPreferences({ lastPlanId: planId }),
    [setPreferences],
  );
  return { prefs, setPreferences, setShown };
}

export function usePlanner(api: PlannerApi, initial: Boot) {
  const [store] = useState(() => createDocumentStore(initial.plan));
  const doc = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const { status, say, clearStatus, sayError } = useStatus(initial.errors);
  const { prefs, setPreferences, setShown } = useShownPreferences(api, initial, sayError);
  const library = useLibrary(initial.plans);
  const { plans, onSaved } = library;
  const [startup, setStartup] = useState<StartupReport | null>(initial.startup);

  // A newly shown plan is checked in full right after the frame that draws its calendar.
  useEffect(() => {
    if (!doc || doc.warnings !== null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => store.checkNow(), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [doc, store]);

  const autosave = useAutosave(api, onSaved, sayError);

  /** Unwraps an API result, telling the user when it failed. */
  const unwrap = useCallback(
    <T>(result: ApiResult<T>): T | undefined => {
      if (result.ok) return result.value;
      sayError(result.error);
      return undefined;
    },
    [sayError],
  );

  const show = useCallback(
    (plan: Plan) => {
      // Tests wait for `data-ready` after opening a plan: it turns true once its events are drawn.
      document.body.dataset['ready'] = 'false';
      store.show(plan);
      setShown(plan.id);
    },
    [setShown, store],
  );

  const openPlan = useCallback(
    async (id: string) => {
      if (store.getSnapshot()?.history.present.id === id) return;
      await autosave.flush();
      const plan = unwrap(await api.loadPlan(id));
      if (plan) show(plan);
    },
    [api, autosave, show, store, unwrap],
  );

  /** Runs a core edit on the open plan; on success it becomes a new undo step and is autosaved. */
  const edit = useCallback(
    (run: (plan: Plan) => EditResult, done?: string): boolean => {
      const outcome = store.edit(run);
      if (!outcome.ok) {
        say(`That change was not made: ${outcome.error.join('; ')}`, 'error');
        return false;
      }
      if (!outcome.changed) return true;
      autosave.schedule(outcome.plan);
      if (done) say(done);
      return true;
    },
    [autosave, say, store],
  );

  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      if (!store.getSnapshot()) return;
      const present = store.step(direction);
      if (!present) {
        say(direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.');
        return;
      }
      autosave.schedule(present);
      say(direction === 'undo' ? 'Undone.' : 'Redone.');
    },
    [autosave, say, store],
  );
  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);

  const createPlan = useCallback(
    async (request: PlanRequest): Promise<boolean> => {
      await autosave.flush();
      const plan = unwrap(await api.createPlan(request));
      if (!plan) return false;
      library.addOnTop(plan);
      show(plan);
      say(`Made “${plan.name}”: ${plan.sessions.length} sessions.`);
      return true;
    },
    [api, autosave, library, say, show, unwrap],
  );

  const addToLibrary = useCallback(
    (plan: Plan, message: string) => {
      library.addOnTop(plan);
      show(plan);
      say(message);
    },
    [library, say, show],
  );

  const duplicatePlan = useCallback(
    async (id: string) => {
      await autosave.flush();
      const plan = unwrap(await api.duplicatePlan(id));
      if (plan) addToLibrary(plan, `Made a copy: “${plan.name}”.`);
    },
    [addToLibrary, api, autosave, unwrap],
  );

  const importPlan = useCallback(async () => {
    await autosave.flush();
    const plan = unwrap(await api.importPlanFile());
    if (plan) addToLibrary(plan, `Imported “${plan.name}”.`);
  }, [addToLibrary, api, autosave, unwrap]);

  const renamePlan = useCallback(
    async (id: string, name: string) => {
      await autosave.flush();
      const summary = unwrap(await api.renamePlan(id, name));
      if (!summary) return;
      onSaved(summary);
      store.rename(id, summary.name);
      say(`Renamed to “${summary.name}”.`);
    },
    [api, autosave, onSaved, say, store, unwrap],
  );

  const deletePlan = useCallback(
    async (id: string) => {
      await autosave.flush();
      const deleted = unwrap(await api.deletePlan(id));
      if (!deleted) return;
      const remaining = library.current().filter((p) => p.id !== id);
      library.remove(id);
      if (store.getSnapshot()?.history.present.id === id) {
        store.close();
        const next = remaining[0];
        if (next) {
          const plan = unwrap(await api.loadPlan(next.id));
          if (plan) show(plan);
        }
      }
      say(`Deleted “${deleted.name}”.`, 'info', [
        {
          label: 'Restore plan',
          run: () => {
            void (async () => {
              const restored = unwrap(await api.savePlan(deleted));
              if (restored) addToLibrary(deleted, `Restored “${deleted.name}”.`);
            })();
          },
        },
      ]);
    },
    [addToLibrary, api, autosave, library, say, show, store, unwrap],
  );

  const openPlanNow = useCallback(() => store.getSnapshot()?.history.present ?? null, [store]);
  const { exportIcs, exportPlanFile, exportWorkouts, printToPdf } = useExports(
    api,
    openPlanNow,
    autosave,
    unwrap,
    say,
  );

  return useMemo(
    () => ({
      prefs,
      plans,
      doc,
      plan: doc?.history.present ?? null,
      status,
      startup,
      canUndo: (doc?.history.past.length ?? 0) > 0,
      canRedo: (doc?.history.future.length ?? 0) > 0,
      say,
      clearStatus,
      unwrap,
      edit,
      undo,
      redo,
      openPlan,
      createPlan,
      duplicatePlan,
      importPlan,
      renamePlan,
      deletePlan,
      setPreferences,
      exportIcs,
      exportPlanFile,
      exportWorkouts,
      printToPdf,
      dismissStartup: () => setStartup(null),
    }),
    [
      prefs,
      plans,
      doc,
      status,
      startup,
      say,
      clearStatus,
      unwrap,
      edit,
      undo,
      redo,
      openPlan,
      createPlan,
      duplicatePlan,
      importPlan,
      renamePlan,
      deletePlan,
      setPreferences,
      exportIcs,
      exportPlanFile,
      exportWorkouts,
      printToPdf,
    ],
  );
}

export type Planner = ReturnType<typeof usePlanner>;
