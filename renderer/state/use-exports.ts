/**
 * Export iCal, export the plan file, print to PDF. The exporters read the stored plan, so the
 * pending autosave is flushed first: what is exported is what is on screen.
 */
import { useCallback, useMemo } from 'react';
import type { ApiResult, PlannerApi, WorkoutExportRequest } from '../../src/api/contract';
import type { Plan } from '../../src/model/plan';
import type { Autosave } from './use-autosave';

export function useExports(
  api: PlannerApi,
  openPlan: () => Plan | null,
  autosave: Autosave,
  unwrap: <T>(result: ApiResult<T>) => T | undefined,
  say: (text: string) => void,
) {
  const exportIcs = useCallback(async () => {
    const plan = openPlan();
    if (!plan) return;
    await autosave.flush();
    const saved = unwrap(await api.exportIcs({ planId: plan.id }));
    if (saved) say(`Exported the calendar to ${saved.path}.`);
  }, [api, autosave, openPlan, say, unwrap]);

  const exportPlanFile = useCallback(async () => {
    const plan = openPlan();
    if (!plan) return;
    await autosave.flush();
    const saved = unwrap(await api.exportPlanFile(plan.id));
    if (saved) say(`Exported the plan to ${saved.path}.`);
  }, [api, autosave, openPlan, say, unwrap]);

  const exportWorkouts = useCallback(
    async (range: Omit<WorkoutExportRequest, 'planId'>) => {
      const plan = openPlan();
      if (!plan) return;
      await autosave.flush();
      const saved = unwrap(await api.exportWorkouts({ planId: plan.id, ...range }));
      if (saved) say(`Saved the workouts to ${saved.path}: copy them into GARMIN/NewFiles.`);
    },
    [api, autosave, openPlan, say, unwrap],
  );

  const printToPdf = useCallback(async () => {
    const saved = unwrap(await api.printToPdf());
    if (saved) say(`Saved a PDF to ${saved.path}.`);
  }, [api, say, unwrap]);

  return useMemo(
    () => ({ exportIcs, exportPlanFile, exportWorkouts, printToPdf }),
    [exportIcs, exportPlanFile, exportWorkouts, printToPdf],
  );
}
