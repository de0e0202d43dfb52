// The window's security settings, in one place: main.ts uses these very objects and functions, and
// the tests assert on them. The app is offline by design, so anything that is not our own page's
// files is refused: remote content, navigation, new windows, permissions.
import type { Session, WebContents, WebPreferences } from 'electron';
import { fileURLToPath } from 'node:url';
import { relative, isAbsolute } from 'node:path';

/**
 * No remote source of any kind, no eval, no inline script or style: only the bundle and the
 * stylesheet next to index.html. renderer/index.html carries the same policy in its meta tag (a
 * test keeps the two equal); main also sends it as a header where the protocol has headers.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

/** The web preferences of the one window (Electron's security checklist, items 2 to 4 and 10 to 12). */
export function windowWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

/**
 * Whether a URL is one of our own page's files: `file:` and inside the folder of index.html.
 *
 * @example isOwnFile('file:///app/dist/renderer/main.js', '/app/dist/renderer') // true
 */
export function isOwnFile(url: string | undefined, rendererDir: string): boolean {
  if (!url) return false;
  let path: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'file:' || (parsed.host !== '' && parsed.host !== 'localhost')) {
      return false;
    }
    path = fileURLToPath(parsed);
  } catch {
    return false;
  }
  const inside = relative(rendererDir, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

/** Whether the page may load a URL: its own files, and data/blob URLs it made itself. */
export function isAllowedRequest(url: string, rendererDir: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:file://')) return true;
  // DevTools loads its own front end when it is open (development only; it is not opened by us).
  if (url.startsWith('devtools://')) return true;
  return isOwnFile(url, rendererDir);
}

type HardenableSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'
>;

/** Denies every permission and blocks every request that is not our own files. */
export function hardenSession(session: HardenableSession, rendererDir: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, rendererDir) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
}

type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** No navigation, no redirects, no new windows, no webviews: the page is the only page. */
export function hardenContents(contents: HardenableContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
