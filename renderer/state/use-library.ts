/** The library's list of plans as the sidebar shows it, kept in step with every save. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlanSummary } from '../../src/api/contract';
import type { Plan } from '../../src/model/plan';

export function summaryOf(plan: Plan, updatedAt: number): PlanSummary {
  return {
    id: plan.id,
    name: plan.name,
    seasonStart: plan.season.start,
    seasonEnd: plan.season.end,
    updatedAt,
  };
}

export function useLibrary(initial: readonly PlanSummary[]) {
  const [plans, setPlans] = useState<readonly PlanSummary[]>(initial);
  const plansRef = useRef(plans);
  useEffect(() => {
    plansRef.current = plans;
  }, [plans]);

  /** A plan saved or renamed: its entry is updated, or added on top. */
  const onSaved = useCallback((summary: PlanSummary) => {
    setPlans((list) => {
      const found = list.some((p) => p.id === summary.id);
      return found ? list.map((p) => (p.id === summary.id ? summary : p)) : [summary, ...list];
    });
  }, []);
  /** A plan new to the library (made, copied, imported, restored): on top. */
  const addOnTop = useCallback((plan: Plan) => {
    setPlans((list) => [summaryOf(plan, Date.now()), ...list.filter((p) => p.id !== plan.id)]);
  }, []);
  const remove = useCallback((id: string) => {
    setPlans((list) => list.filter((p) => p.id !== id));
  }, []);
  /** The list as it is now (for an action that has awaited). */
  const current = useCallback(() => plansRef.current, []);
  return { plans, onSaved, addOnTop, remove, current };
}
