/**
 * Autosave: every change is saved, coalesced so that a burst of edits costs one write, and flushed
 * when the page is hidden or closed so the last edit is never lost.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Plan } from '../../src/model/plan';
import type { ApiError, PlanSummary, PlannerApi } from '../../src/api/contract';

const DELAY_MS = 300;

export interface Autosave {
  schedule(plan: Plan): void;
  /** Saves what is pending now; resolves when the store has it (or the save failed). */
  flush(): Promise<void>;
}

export function useAutosave(
  api: PlannerApi,
  onSaved: (summary: PlanSummary) => void,
  onError: (error: ApiError) => void,
): Autosave {
  const pending = useRef<Plan | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void>>(Promise.resolve());
  const callbacks = useRef({ onSaved, onError });
  useEffect(() => {
    callbacks.current = { onSaved, onError };
  });

  const flush = useCallback((): Promise<void> => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    const plan = pending.current;
    if (!plan) return inFlight.current;
    pending.current = null;
    // Started synchronously (not after the previous save) so that a flush from `pagehide` still
    // reaches the store before the page goes away; the store keeps the last write.
    const save = api.savePlan(plan).then(
      (result) => {
        if (result.ok) callbacks.current.onSaved(result.value);
        else {
          // Keep it, so the next change or flush tries again: nothing typed is dropped.
          if (!pending.current) pending.current = plan;
          callbacks.current.onError(result.error);
        }
      },
      (error: unknown) => {
        if (!pending.current) pending.current = plan;
        callbacks.current.onError({ code: 'io', message: `Could not save: ${String(error)}` });
      },
    );
    inFlight.current = inFlight.current.then(() => save);
    return inFlight.current;
  }, [api]);

  const schedule = useCallback(
    (plan: Plan) => {
      pending.current = plan;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => void flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('beforeunload', onHide);
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', onHide);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [flush]);

  return useMemo(() => ({ schedule, flush }), [schedule, flush]);
}
