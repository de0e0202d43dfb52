/**
 * Undo/redo as a stack of plans: every edit is a pure plan → plan function, so going back is just
 * showing an earlier value. Capped so a long day of edits cannot grow memory without bound.
 */
import type { Plan } from '../../src/model/plan';

export interface History {
  readonly past: readonly Plan[];
  readonly present: Plan;
  readonly future: readonly Plan[];
}

const LIMIT = 200;

export function startHistory(plan: Plan): History {
  return { past: [], present: plan, future: [] };
}

/** A new present; the redo branch is dropped, as in every editor. */
export function pushHistory(history: History, plan: Plan): History {
  const past = [...history.past, history.present];
  return {
    past: past.length > LIMIT ? past.slice(past.length - LIMIT) : past,
    present: plan,
    future: [],
  };
}

export function undoHistory(history: History): History | null {
  const previous = history.past[history.past.length - 1];
  if (!previous) return null;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
  };
}

export function redoHistory(history: History): History | null {
  const next = history.future[0];
  if (!next) return null;
  return {
    past: [...history.past, history.present],
    present: next,
    future: history.future.slice(1),
  };
}
