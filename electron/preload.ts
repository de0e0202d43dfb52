// The sandboxed preload: exposes `window.planner` (see bridge.ts) and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('planner', createBridge(ipcRenderer));
