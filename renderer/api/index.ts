/**
 * The page's one door to the app: `getPlannerApi()`. Inside the desktop app the preload has put
 * `window.planner` there; anywhere else (page tests, a plain browser) the page runs against the
 * browser implementation over localStorage. Nothing else in the page touches `window.planner`.
 */
import type { MenuCommand, PlannerApi } from '../../src/api/contract';
import { CORE_PORTS } from '../../src/library/core-ports';
import { createBrowserApi } from './browser-api';
import { browserFiles } from './browser-files';

let api: PlannerApi | undefined;

export function getPlannerApi(): PlannerApi {
  api ??=
    window.planner ??
    createBrowserApi({
      localStorage: window.localStorage,
      files: browserFiles(document, window),
      ...CORE_PORTS,
      newId: () => crypto.randomUUID(),
      now: () => Date.now(),
    });
  return api;
}

/** Menu commands from the desktop app's native menu; in a browser there is no menu, so none come. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return window.planner?.onMenuCommand(listener) ?? (() => {});
}
