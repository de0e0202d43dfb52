/**
 * The browser implementation of `PlannerApi`: the same library service and API as the desktop app,
 * over localStorage, downloads and a file input. The page uses it when there is no preload (page
 * tests in Chromium, a plain browser).
 */
import type { PlannerApi } from '../../src/api/contract';
import type { Plan, PlanRequest } from '../../src/model/plan';
import { createLibrary } from '../../src/library/library';
import type { FilePort, IcalPort } from '../../src/library/planner-api';
import { createPlannerApi } from '../../src/library/planner-api';
import type { KeyValueStore } from './browser-storage';
import { openBrowserStorage } from './browser-storage';

export interface BrowserApiDeps {
  readonly localStorage: KeyValueStore;
  readonly files: FilePort;
  readonly generate: (request: PlanRequest) => Plan;
  readonly ical: IcalPort;
  readonly newId: () => string;
  readonly now: () => number;
}

/**
 * @example const api = createBrowserApi({ localStorage, files: browserFiles(document, window), ...CORE_PORTS, newId, now });
 */
export function createBrowserApi(deps: BrowserApiDeps): PlannerApi {
  const { storage, startup } = openBrowserStorage(deps.localStorage, deps.now);
  const library = createLibrary({
    storage,
    startup,
    generate: deps.generate,
    newId: deps.newId,
    now: deps.now,
  });
  return createPlannerApi({
    library,
    files: deps.files,
    ical: deps.ical,
    now: deps.now,
    // An imported UTC time is read in the browser's zone, like the desktop app's.
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
}
