/**
 * The open plan as a document: its undo history and its warnings, kept outside React (as tldraw and
 * Excalidraw keep their history) and read with `useSyncExternalStore`. Every change is a core edit;
 * warnings come from the core's incremental `recheck` after each one. No DOM, no React: it is tested
 * in Node like the core.
 */
import type { Plan } from '../../src/model/plan';
import type { Warning } from '../../src/model/warning';
import type { EditResult } from '../../src/edits/types';
import { checkPlan } from '../../src/rules/index';
import { recheck } from '../../src/rules/incremental';
import type { History } from './history';
import { pushHistory, redoHistory, startHistory, undoHistory } from './history';

export interface Doc {
  readonly history: History;
  /**
   * Null for the frame in which a plan is first shown: the calendar is drawn first and the full
   * check runs right after that frame (edits then re-check incrementally).
   */
  readonly warnings: readonly Warning[] | null;
}

export type EditOutcome =
  | { readonly ok: true; readonly plan: Plan; readonly changed: boolean }
  | { readonly ok: false; readonly error: readonly string[] };

export interface DocumentStore {
  getSnapshot(): Doc | null;
  subscribe(listener: () => void): () => void;
  /** Shows a plan with a fresh history; its warnings are checked by `checkNow`. */
  show(plan: Plan): void;
  close(): void;
  /** Runs a core edit on the present plan; a change becomes one undo step. */
  edit(run: (plan: Plan) => EditResult): EditOutcome;
  /** Undo or redo; null when there is nothing to step to. */
  step(direction: 'undo' | 'redo'): Plan | null;
  /** Runs the full check of a plan just shown, if it has not run yet. */
  checkNow(): void;
  /** Renames the plan in every undo step, so that no autosave of an old step undoes the rename. */
  rename(id: string, name: string): void;
}

/** The warnings of the shown plan, checked now if the after-paint check has not run yet. */
function warningsOf(doc: Doc): readonly Warning[] {
  return doc.warnings ?? checkPlan(doc.history.present);
}

/**
 * A document store, empty or holding `plan`.
 *
 * @example
 * const store = createDocumentStore(plan);
 * store.edit((p) => moveSession(p, id, '2027-03-04')); // one undo step, warnings re-checked
 * store.step('undo');
 */
export function createDocumentStore(plan: Plan | null = null): DocumentStore {
  let doc: Doc | null = plan ? { history: startHistory(plan), warnings: null } : null;
  const listeners = new Set<() => void>();
  const commit = (next: Doc | null) => {
    doc = next;
    for (const listener of [...listeners]) listener();
  };

  return {
    getSnapshot: () => doc,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    show: (next) => commit({ history: startHistory(next), warnings: null }),
    close: () => commit(null),
    edit(run) {
      if (!doc) return { ok: false, error: ['no plan is open'] };
      const present = doc.history.present;
      const result = run(present);
      if (!result.ok) return { ok: false, error: result.error };
      if (result.value === present) return { ok: true, plan: present, changed: false };
      // The measure is the benchmark's view of the rules' share of a drop.
      const mark = performance.now();
      const warnings = recheck({ plan: present, warnings: warningsOf(doc) }, result.value);
      performance.measure('planner:recheck', { start: mark, end: performance.now() });
      commit({ history: pushHistory(doc.history, result.value), warnings });
      return { ok: true, plan: result.value, changed: true };
    },
    step(direction) {
      if (!doc) return null;
      const history = direction === 'undo' ? undoHistory(doc.history) : redoHistory(doc.history);
      if (!history) return null;
      const warnings = recheck(
        { plan: doc.history.present, warnings: warningsOf(doc) },
        history.present,
      );
      commit({ history, warnings });
      return history.present;
    },
    checkNow() {
      if (doc && doc.warnings === null) {
        commit({ ...doc, warnings: checkPlan(doc.history.present) });
      }
    },
    rename(id, name) {
      if (!doc || doc.history.present.id !== id) return;
      const rename = (p: Plan): Plan => ({ ...p, name });
      const h = doc.history;
      commit({
        history: {
          past: h.past.map(rename),
          present: rename(h.present),
          future: h.future.map(rename),
        },
        warnings: doc.warnings,
      });
    },
  };
}
