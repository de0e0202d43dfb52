// The shared PlannerApi contract, run against the browser implementation over a fake localStorage.
import { createBrowserApi } from '../../../renderer/api/browser-api';
import { LIBRARY_KEY, SET_ASIDE_PREFIX } from '../../../renderer/api/browser-storage';
import type { PlannerApi } from '../../../src/api/contract';
import { CORE_PORTS } from '../../../src/library/core-ports';
import { counters } from '../library/sample-plan';
import { contractSuite } from './contract-suite';
import type { Harness } from './contract-suite';
import { FakeLocalStorage, fakeFiles } from './fakes';

function browserHarness(): Harness {
  const local = new FakeLocalStorage();
  const files = fakeFiles();
  const clock = counters();
  return {
    files,
    start: () => createBrowserApi({ localStorage: local, files, ...CORE_PORTS, ...clock }),
    writeRaw: (text) => local.setItem(LIBRARY_KEY, text),
    readRaw: () => local.getItem(LIBRARY_KEY),
    backups: () =>
      new Map(
        [...local.items].filter(
          ([key]) => key.includes('.corrupt-') || key.startsWith(SET_ASIDE_PREFIX),
        ),
      ),
    callRaw: (api, method, args) =>
      (api[method] as (...a: unknown[]) => ReturnType<PlannerApi[typeof method]>)(...args),
    cleanup: () => {},
  };
}

contractSuite('browser implementation (localStorage)', browserHarness);
