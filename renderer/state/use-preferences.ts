/** The app's preferences: shown at once, saved through the API (a failure is told on the status line). */
import { useCallback, useState } from 'react';
import type { ApiError, PlannerApi, Preferences } from '../../src/api/contract';

export function usePreferences(
  api: PlannerApi,
  initial: Preferences,
  sayError: (error: ApiError) => void,
) {
  const [prefs, setPrefsState] = useState<Preferences>(initial);
  const setPreferences = useCallback(
    (patch: Partial<Preferences>) => {
      setPrefsState((p) => ({ ...p, ...patch }));
      void api.setPreferences(patch).then((r) => {
        if (!r.ok) sayError(r.error);
      });
    },
    [api, sayError],
  );
  return { prefs, setPreferences };
}
