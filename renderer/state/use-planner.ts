/**
 * The page's state: the plan library, the open plan with its undo history and warnings, the
 * preferences and the status line. Every change to a plan goes through a core edit; warnings come
 * from the core's `recheck` (incremental) after each one.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Plan, PlanRequest } from '../../src/model/plan';
import type { Warning } from '../../src/model/warning';
import type { EditResult } from '../../src/edits/types';
import type {
  ApiError,
  ApiResult,
  PlanSummary,
  PlannerApi,
  Preferences,
  StartupReport,
} from '../../src/api/contract';
import { checkPlan } from '../../src/rules/index';
import { recheck } from '../../src/rules/incremental';
import type { History } from './history';
import { pushHistory, redoHistory, startHistory, undoHistory } from './history';
import { useAutosave } from './use-autosave';
import type { Boot } from './boot';
import { useExports } from './use-exports';

export interface Doc {
  readonly history: History;
  /**
   * Null for the frame in which a plan is first shown: the calendar is drawn first and the full
   * check runs right after that frame (edits then re-check incrementally).
   */
  readonly warnings: readonly Warning[] | null;
}

export interface StatusAction {
  readonly label: string;
  readonly run: () => void;
}

export interface Status {
  readonly text: string;
  readonly tone: 'info' | 'error';
  readonly actions?: readonly StatusAction[];
  /** Raised on every message so that the same words are announced again. */
  readonly seq: number;
}

function errorText(error: ApiError): string {
  return error.details?.length ? `${error.message} (${error.details.join('; ')})` : error.message;
}

/** The warnings of the shown plan, checked now if the after-paint check has not run yet. */
function warningsOf(doc: Doc): readonly Warning[] {
  return doc.warnings ?? checkPlan(doc.history.present);
}

export function summaryOf(plan: Plan, updatedAt: number): PlanSummary {
  return {
    id: plan.id,
    name: plan.name,
    seasonStart: plan.season.start,
    seasonEnd: plan.season.end,
    updatedAt,
  };
}

export function usePlanner(api: PlannerApi, initial: Boot) {
  const [prefs, setPrefsState] = useState<Preferences>(initial.prefs);
  const [plans, setPlans] = useState<readonly PlanSummary[]>(initial.plans);
  const [doc, setDoc] = useState<Doc | null>(() =>
    initial.plan ? { history: startHistory(initial.plan), warnings: null } : null,
  );
  const [status, setStatusState] = useState<Status | null>(() =>
    initial.errors.length ? { text: initial.errors.join(' '), tone: 'error', seq: 0 } : null,
  );
  const [startup, setStartup] = useState<StartupReport | null>(initial.startup);
  const docRef = useRef<Doc | null>(doc);
  const plansRef = useRef<readonly PlanSummary[]>(plans);
  const seq = useRef(0);
  useEffect(() => {
    plansRef.current = plans;
  }, [plans]);

  const commit = useCallback((next: Doc | null) => {
    docRef.current = next;
    setDoc(next);
  }, []);

  // A newly shown plan is checked in full right after the frame that draws its calendar.
  useEffect(() => {
    if (!doc || doc.warnings !== null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        const current = docRef.current;
        if (current && current.warnings === null) {
          commit({ ...current, warnings: checkPlan(current.history.present) });
        }
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [doc, commit]);

  const say = useCallback(
    (text: string, tone: Status['tone'] = 'info', actions?: readonly StatusAction[]) => {
      seq.current += 1;
      setStatusState({ text, tone, ...(actions ? { actions } : {}), seq: seq.current });
    },
    [],
  );
  const clearStatus = useCallback(() => setStatusState(null), []);
  const sayError = useCallback((error: ApiError) => say(errorText(error), 'error'), [say]);

  const onSaved = useCallback((summary: PlanSummary) => {
    setPlans((list) => {
      const found = list.some((p) => p.id === summary.id);
      return found ? list.map((p) => (p.id === summary.id ? summary : p)) : [summary, ...list];
    });
  }, []);
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
      commit({ history: startHistory(plan), warnings: null });
      setPrefsState((p) => ({ ...p, lastPlanId: plan.id }));
      void api.setPreferences({ lastPlanId: plan.id });
    },
    [api, commit],
  );

  const openPlan = useCallback(
    async (id: string) => {
      if (docRef.current?.history.present.id === id) return;
      await autosave.flush();
      const plan = unwrap(await api.loadPlan(id));
      if (plan) show(plan);
    },
    [api, autosave, show, unwrap],
  );

  /** Runs a core edit on the open plan; on success it becomes a new undo step and is autosaved. */
  const edit = useCallback(
    (run: (plan: Plan) => EditResult, done?: string): boolean => {
      const current = docRef.current;
      if (!current) return false;
      const result = run(current.history.present);
      if (!result.ok) {
        say(`That change was not made: ${result.error.join('; ')}`, 'error');
        return false;
      }
      const plan = result.value;
      if (plan === current.history.present) return true;
      // The measure is the benchmark's view of the rules' share of a drop.
      const mark = performance.now();
      const warnings = recheck(
        { plan: current.history.present, warnings: warningsOf(current) },
        plan,
      );
      performance.measure('planner:recheck', { start: mark, end: performance.now() });
      commit({ history: pushHistory(current.history, plan), warnings });
      autosave.schedule(plan);
      if (done) say(done);
      return true;
    },
    [autosave, commit, say],
  );

  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      const current = docRef.current;
      if (!current) return;
      const history =
        direction === 'undo' ? undoHistory(current.history) : redoHistory(current.history);
      if (!history) {
        say(direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.');
        return;
      }
      const warnings = recheck(
        { plan: current.history.present, warnings: warningsOf(current) },
        history.present,
      );
      commit({ history, warnings });
      autosave.schedule(history.present);
      say(direction === 'undo' ? 'Undone.' : 'Redone.');
    },
    [autosave, commit, say],
  );
  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);

  const createPlan = useCallback(
    async (request: PlanRequest): Promise<boolean> => {
      await autosave.flush();
      const plan = unwrap(await api.createPlan(request));
      if (!plan) return false;
      setPlans((list) => [summaryOf(plan, Date.now()), ...list.filter((p) => p.id !== plan.id)]);
      show(plan);
      say(`Made “${plan.name}”: ${plan.sessions.length} sessions.`);
      return true;
    },
    [api, autosave, say, show, unwrap],
  );

  const addToLibrary = useCallback(
    (plan: Plan, message: string) => {
      setPlans((list) => [summaryOf(plan, Date.now()), ...list.filter((p) => p.id !== plan.id)]);
      show(plan);
      say(message);
    },
    [say, show],
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
      const current = docRef.current;
      // The open plan is renamed in every undo step too, or the next autosave would undo the rename.
      if (current && current.history.present.id === id) {
        const rename = (p: Plan): Plan => ({ ...p, name: summary.name });
        const h = current.history;
        commit({
          history: {
            past: h.past.map(rename),
            present: rename(h.present),
            future: h.future.map(rename),
          },
          warnings: current.warnings,
        });
      }
      say(`Renamed to “${summary.name}”.`);
    },
    [api, autosave, commit, onSaved, say, unwrap],
  );

  const deletePlan = useCallback(
    async (id: string) => {
      await autosave.flush();
      const deleted = unwrap(await api.deletePlan(id));
      if (!deleted) return;
      const remaining = plansRef.current.filter((p) => p.id !== id);
      setPlans((list) => list.filter((p) => p.id !== id));
      if (docRef.current?.history.present.id === id) {
        commit(null);
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
    [addToLibrary, api, autosave, commit, say, show, unwrap],
  );

  const setPreferences = useCallback(
    (patch: Partial<Preferences>) => {
      setPrefsState((p) => ({ ...p, ...patch }));
      void api.setPreferences(patch).then((r) => {
        if (!r.ok) sayError(r.error);
      });
    },
    [api, sayError],
  );

  const openPlanNow = useCallback(() => docRef.current?.history.present ?? null, []);
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
