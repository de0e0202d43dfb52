// The shared PlannerApi contract, run against the desktop app: the preload's bridge → the IPC door
// (argument validation) → the handlers → the library → the real store (plan files, and the
// preferences in conf, the engine electron-store wraps) in a temp folder.
import { contractSuite } from '../api/contract-suite';
import { electronHarness } from './electron-harness';

contractSuite('desktop app (bridge → IPC → handlers → conf)', electronHarness);
