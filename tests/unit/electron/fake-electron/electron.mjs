// A stand-in for the `electron` module, for running the built main bundle in plain Node. It records
// what main does (window options, loaded file, IPC channels, menu, session hardening), then drives a
// short scenario through main's real IPC door and writes the record to $FAKE_ELECTRON_REPORT.
import { EventEmitter } from 'node:events';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const record = {
  calls: [],
  windows: [],
  loaded: [],
  channels: [],
  listeners: [],
  menu: null,
  permissionRequest: null,
  permissionCheck: null,
  requests: {},
  themeSource: null,
  scenario: {},
};
const ipcHandlers = new Map();
const userData = process.env.FAKE_ELECTRON_USER_DATA;
let readyResolve;
const whenReady = new Promise((resolve) => (readyResolve = resolve));
let exited;
const exit = new Promise((resolve) => (exited = resolve));

class FakeApp extends EventEmitter {
  name = 'Season Planner';
  getPath(name) {
    record.calls.push(['getPath', name]);
    return userData;
  }
  setPath(name, value) {
    record.calls.push(['setPath', name, value]);
  }
  getVersion() {
    return '0.1.0';
  }
  enableSandbox() {
    record.calls.push(['enableSandbox']);
  }
  requestSingleInstanceLock() {
    record.calls.push(['requestSingleInstanceLock']);
    return true;
  }
  releaseSingleInstanceLock() {
    record.calls.push(['releaseSingleInstanceLock']);
  }
  whenReady() {
    return whenReady;
  }
  // As Electron's: before-quit, then (the windows closed) will-quit; either can hold the quit with
  // preventDefault. What the data folder holds when the process would end is recorded.
  quit() {
    record.calls.push(['quit']);
    for (const name of ['before-quit', 'will-quit']) {
      const event = { prevented: false, preventDefault: () => (event.prevented = true) };
      this.emit(name, event);
      if (event.prevented) return;
    }
    const data = process.env.SEASON_PLANNER_DATA_DIR;
    record.atExit = {
      plans: readdirSync(join(data, 'plans')).sort(),
      locked: existsSync(join(data, 'library.lock')),
    };
    exited();
  }
  exit(code) {
    record.calls.push(['exit', code]);
  }
}
export const app = new FakeApp();

class FakeWebContents extends EventEmitter {
  static nextId = 1;
  constructor() {
    super();
    this.id = FakeWebContents.nextId++;
    this.mainFrame = { url: '', parent: null };
    this.sent = [];
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  send(channel, ...args) {
    this.sent.push([channel, ...args]);
  }
  async printToPDF() {
    return new Uint8Array([37, 80, 68, 70]);
  }
}

export class BrowserWindow extends EventEmitter {
  static all = [];
  static getAllWindows() {
    return BrowserWindow.all;
  }
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new FakeWebContents();
    this.maximized = false;
    record.windows.push(options);
    BrowserWindow.all.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  isMinimized() {
    return false;
  }
  getNormalBounds() {
    return { x: 40, y: 30, width: 1111, height: 777 };
  }
  async loadFile(path) {
    record.loaded.push(path);
    this.webContents.mainFrame.url = new URL(`file://${path}`).href;
  }
}

export const ipcMain = {
  handle(channel, listener) {
    record.channels.push(channel);
    ipcHandlers.set(channel, listener);
  },
  // electron-store registers one listener here (its data for a renderer's own store, which the page
  // cannot reach: the preload exposes the planner's channels only); recorded to be asserted.
  on(channel) {
    record.listeners.push(channel);
  },
};

export const Menu = {
  buildFromTemplate(template) {
    record.menu = JSON.parse(JSON.stringify(template));
    return { template };
  },
  setApplicationMenu(menu) {
    record.menuTemplate = menu.template;
  },
};

export const nativeTheme = {
  set themeSource(value) {
    record.themeSource = value;
  },
};

export const screen = {
  getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
};

export const dialog = {
  showErrorBox(title, message) {
    record.calls.push(['showErrorBox', title, message]);
  },
  showSaveDialog: async () => ({ canceled: true, filePath: '' }),
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler) {
      handler(null, 'geolocation', (granted) => (record.permissionRequest = granted));
    },
    setPermissionCheckHandler(handler) {
      record.permissionCheck = handler(null, 'notifications');
    },
    webRequest: {
      onBeforeRequest(handler) {
        record.onBeforeRequest = handler;
      },
      onHeadersReceived(handler) {
        record.onHeadersReceived = handler;
      },
    },
  },
};

export const shell = {};

export default { app, BrowserWindow, ipcMain, Menu, nativeTheme, screen, dialog, session, shell };

// The scenario, once main has set everything up.
whenReady.then(() =>
  setTimeout(async () => {
    const [window] = BrowserWindow.all;
    if (!window) {
      // Main did not start (the fatal path): what it did is the report.
      writeFileSync(process.env.FAKE_ELECTRON_REPORT, JSON.stringify(record));
      process.exit(0);
    }
    const contents = window.webContents;
    const trusted = { sender: contents, senderFrame: contents.mainFrame };
    const other = { sender: contents, senderFrame: { url: 'https://evil.example/', parent: null } };
    const subframe = { sender: contents, senderFrame: { url: contents.mainFrame.url, parent: {} } };
    const otherContents = { sender: { id: 99 }, senderFrame: contents.mainFrame };
    const call = (event, channel, ...args) => ipcHandlers.get(channel)(event, ...args);
    const s = record.scenario;
    s.trustedList = await call(trusted, 'planner:list-plans');
    s.untrustedList = await call(other, 'planner:list-plans');
    s.subframeList = await call(subframe, 'planner:list-plans');
    s.otherContentsList = await call(otherContents, 'planner:list-plans');
    s.badArgs = await call(trusted, 'planner:load-plan', 42);
    s.setTheme = await call(trusted, 'planner:set-preferences', { theme: 'dark' });
    s.themeAfter = record.themeSource;
    const cancel = (url) =>
      new Promise((resolve) => record.onBeforeRequest({ url }, (r) => resolve(r.cancel)));
    for (const url of [
      contents.mainFrame.url,
      'https://example.com/x.js',
      'http://localhost:5173/',
      'file:///etc/passwd',
    ]) {
      record.requests[url] = await cancel(url);
    }
    const headers = await new Promise((resolve) =>
      record.onHeadersReceived({ responseHeaders: {} }, (r) => resolve(r.responseHeaders)),
    );
    s.csp = headers['Content-Security-Policy'];
    const nav = { prevented: false, preventDefault: () => (nav.prevented = true) };
    contents.emit('will-navigate', nav, 'https://evil.example/');
    s.navigationPrevented = nav.prevented;
    s.windowOpen = contents.windowOpenHandler({ url: 'https://evil.example/' });
    window.emit('close');
    s.prefsAfterClose = await call(trusted, 'planner:get-preferences');
    // Quit while a new plan is being written: the write ends before the process would.
    const creating = call(trusted, 'planner:create-plan', {
      name: 'Made while quitting',
      start: '2027-01-04',
      end: '2027-06-27',
      races: [{ name: 'City 10K', date: '2027-06-20', distance: '10k', priority: 'A' }],
    });
    app.quit();
    await exit;
    s.createdWhileQuitting = await creating;
    writeFileSync(process.env.FAKE_ELECTRON_REPORT, JSON.stringify(record));
    process.exit(0);
  }, 50),
);
setImmediate(() => readyResolve());
