// The desktop app's chain without Electron: the preload's bridge over a fake ipcRenderer that
// hands structured clones to the handlers registered by main's one IPC helper, and fake native
// dialogs over an in-memory file system.
import type { IpcMainInvokeEvent, OpenDialogReturnValue, SaveDialogReturnValue } from 'electron';
import type { ApiResult, PlannerBridge } from '../../../src/api/contract';
import { createBridge } from '../../../electron/bridge';
import type { IpcRendererLike } from '../../../electron/bridge';
import type { Dialogs, Files } from '../../../electron/handlers';
import type { IpcMainLike } from '../../../electron/ipc';
import type { FakeFiles } from '../api/fakes';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

export class FakeIpc {
  readonly handlers = new Map<string, Listener>();
  readonly menuListeners = new Set<(...args: unknown[]) => void>();
  event = { sender: {}, senderFrame: { url: 'file:///app/dist/renderer/index.html' } };

  readonly main: IpcMainLike = {
    handle: (channel: string, listener: Listener) => {
      if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      this.handlers.set(channel, listener);
    },
  } as IpcMainLike;

  async invoke(channel: string, ...args: unknown[]): Promise<ApiResult<unknown>> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    const event = this.event as unknown as IpcMainInvokeEvent;
    return structuredClone(await listener(event, ...structuredClone(args))) as ApiResult<unknown>;
  }

  readonly renderer: IpcRendererLike = {
    invoke: (channel: string, ...args: unknown[]) => this.invoke(channel, ...args),
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      if (channel === 'planner:menu') this.menuListeners.add(listener);
      return this.renderer;
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
      if (channel === 'planner:menu') this.menuListeners.delete(listener);
      return this.renderer;
    },
  } as unknown as IpcRendererLike;

  bridge(): PlannerBridge {
    return createBridge(this.renderer);
  }
}

/** Native dialogs and files that answer from a FakeFiles script, so the suite can drive both. */
export function fakeNative(files: FakeFiles): { dialogs: Dialogs; files: Files; pdf: Uint8Array } {
  const pdf = new TextEncoder().encode('%PDF-1.7 fake');
  let suggested = '';
  return {
    pdf,
    dialogs: {
      async showSaveDialog(options): Promise<SaveDialogReturnValue> {
        suggested = options.defaultPath ?? '';
        const path = files.nextSavePath;
        return path === null
          ? { canceled: true, filePath: '' }
          : { canceled: false, filePath: path };
      },
      async showOpenDialog(): Promise<OpenDialogReturnValue> {
        const open = files.nextOpen;
        return open === null
          ? { canceled: true, filePaths: [] }
          : { canceled: false, filePaths: [open.path] };
      },
    },
    files: {
      async readFile(path) {
        if (files.nextOpen?.path !== path) throw new Error(`ENOENT: ${path}`);
        return files.nextOpen.text;
      },
      async fileSize(path) {
        if (files.nextOpen?.path !== path) throw new Error(`ENOENT: ${path}`);
        return Buffer.byteLength(files.nextOpen.text);
      },
      async writeFile(path, data) {
        const binary = path.endsWith('.fit') ? 'fit' : path.endsWith('.zip') ? 'zip' : null;
        if (binary && typeof data !== 'string') {
          files.savedBytes.push({ kind: binary, path, name: suggested, bytes: data });
          return;
        }
        const kind = path.endsWith('.ics') ? 'ics' : path.endsWith('.pdf') ? 'pdf' : 'plan';
        const text = typeof data === 'string' ? data : new TextDecoder().decode(data);
        files.saved.push({ kind, path, text });
      },
    },
  };
}
