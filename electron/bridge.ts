// The object the preload exposes as `window.planner`, made from an ipcRenderer it is given so the
// tests can build it with a fake one. It imports nothing but the contract's names and types, so
// the sandboxed preload stays tiny. Each method is written out, so `satisfies` checks every one.
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { ApiResult, MenuCommand, PlannerBridge } from '../src/api/contract';
import { CHANNELS, MENU_CHANNEL, MENU_COMMANDS } from '../src/api/contract';

export type IpcRendererLike = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

const PREFIX = 'planner:';

/**
 * `invoke` restricted to our own channels, and never rejecting: a failure is a result. The page
 * cannot name a channel through the bridge, so the check guards against our own mistakes.
 */
export function channelInvoker(ipc: IpcRendererLike) {
  return function invoke<T>(channel: string, ...args: unknown[]): Promise<ApiResult<T>> {
    if (!channel.startsWith(PREFIX)) {
      return Promise.resolve(failure(`${channel} is not a Season Planner channel`));
    }
    return (ipc.invoke(channel, ...args) as Promise<ApiResult<T>>).catch((error: unknown) =>
      failure(error instanceof Error ? error.message : String(error)),
    );
  };
}

export function createBridge(ipc: IpcRendererLike): PlannerBridge {
  const invoke = channelInvoker(ipc);
  return {
    listPlans: () => invoke(CHANNELS.listPlans),
    createPlan: (request) => invoke(CHANNELS.createPlan, request),
    loadPlan: (id) => invoke(CHANNELS.loadPlan, id),
    savePlan: (plan) => invoke(CHANNELS.savePlan, plan),
    renamePlan: (id, name) => invoke(CHANNELS.renamePlan, id, name),
    duplicatePlan: (id) => invoke(CHANNELS.duplicatePlan, id),
    deletePlan: (id) => invoke(CHANNELS.deletePlan, id),
    getPreferences: () => invoke(CHANNELS.getPreferences),
    setPreferences: (patch) => invoke(CHANNELS.setPreferences, patch),
    getStartupReport: () => invoke(CHANNELS.getStartupReport),
    exportIcs: (request) => invoke(CHANNELS.exportIcs, request),
    exportPlanFile: (id) => invoke(CHANNELS.exportPlanFile, id),
    exportWorkouts: (request) => invoke(CHANNELS.exportWorkouts, request),
    importPlanFile: () => invoke(CHANNELS.importPlanFile),
    importRacesIcs: (request) => invoke(CHANNELS.importRacesIcs, request),
    readRacesIcs: (path, text, request) => invoke(CHANNELS.readRacesIcs, path, text, request),
    printToPdf: () => invoke(CHANNELS.printToPdf),
    onMenuCommand(listener) {
      // The page gets the command only, never the IPC event (which would hand it `sender`).
      const handler = (_event: IpcRendererEvent, command: unknown) => {
        if (isMenuCommand(command)) listener(command);
      };
      ipc.on(MENU_CHANNEL, handler);
      return () => {
        ipc.removeListener(MENU_CHANNEL, handler);
      };
    },
  } satisfies PlannerBridge;
}

function isMenuCommand(value: unknown): value is MenuCommand {
  return (MENU_COMMANDS as readonly unknown[]).includes(value);
}

function failure(message: string): ApiResult<never> {
  return { ok: false, error: { code: 'io', message: `The app did not answer: ${message}` } };
}
