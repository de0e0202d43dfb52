import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  CONTENT_SECURITY_POLICY,
  hardenContents,
  isAllowedRequest,
  isOwnFile,
  windowWebPreferences,
} from '../../../electron/security';

const dir = '/opt/Season Planner/resources/app/dist/renderer';

test('the window runs isolated, sandboxed, without Node and with web security', () => {
  const prefs = windowWebPreferences('/x/preload.cjs');
  assert.equal(prefs.preload, '/x/preload.cjs');
  assert.equal(prefs.contextIsolation, true);
  assert.equal(prefs.sandbox, true);
  assert.equal(prefs.nodeIntegration, false);
  assert.equal(prefs.nodeIntegrationInWorker, false);
  assert.equal(prefs.nodeIntegrationInSubFrames, false);
  assert.equal(prefs.webSecurity, true);
  assert.equal(prefs.allowRunningInsecureContent, false);
  assert.equal(prefs.experimentalFeatures, false);
  assert.equal(prefs.webviewTag, false);
});

test('the CSP allows no remote source, no eval, no plugins and no framing', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );
  assert.deepEqual(directives.get('default-src'), ["'self'"]);
  assert.deepEqual(directives.get('style-src'), ["'self'"]);
  assert.deepEqual(directives.get('script-src'), ["'self'"]);
  assert.deepEqual(directives.get('object-src'), ["'none'"]);
  assert.deepEqual(directives.get('connect-src'), ["'none'"]);
  assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe|https?:|\*/);
});

test('the page carries the same CSP in its meta tag as main sends', () => {
  const html = readFileSync('renderer/index.html', 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  assert.equal(meta?.[1], CONTENT_SECURITY_POLICY);
});

test('our own files are the ones inside the renderer folder', () => {
  assert.equal(
    isOwnFile('file:///opt/Season%20Planner/resources/app/dist/renderer/index.html', dir),
    true,
  );
  assert.equal(
    isOwnFile('file:///opt/Season%20Planner/resources/app/dist/renderer/a/b.js', dir),
    true,
  );
  assert.equal(isOwnFile('file:///opt/Season%20Planner/resources/app/dist/renderer', dir), false);
  assert.equal(
    isOwnFile('file:///opt/Season%20Planner/resources/app/dist/renderer-x/a.js', dir),
    false,
  );
  assert.equal(
    isOwnFile('file:///opt/Season%20Planner/resources/app/dist/renderer/../main.js', dir),
    false,
  );
  assert.equal(isOwnFile('file:///etc/passwd', dir), false);
  assert.equal(
    isOwnFile('file://evil.host/opt/Season%20Planner/resources/app/dist/renderer/x', dir),
    false,
  );
  assert.equal(isOwnFile('https://example.com/index.html', dir), false);
  assert.equal(isOwnFile('not a url', dir), false);
  assert.equal(isOwnFile(undefined, dir), false);
});

test('only our files, data and blob URLs and DevTools may be requested: the app is offline', () => {
  assert.equal(isAllowedRequest('data:image/png;base64,AAAA', dir), true);
  assert.equal(isAllowedRequest('blob:file:///1234', dir), true);
  assert.equal(isAllowedRequest('http://localhost:5173/', dir), false);
  assert.equal(isAllowedRequest('https://cdn.example.com/react.js', dir), false);
  assert.equal(isAllowedRequest('ws://localhost:1234', dir), false);
  assert.equal(isAllowedRequest('blob:https://evil.example/1', dir), false);
});

test('navigation, redirects, webviews and new windows are all refused', () => {
  const listeners = new Map<string, (event: { preventDefault(): void }) => void>();
  let openHandler: (() => { action: string }) | undefined;
  hardenContents({
    on: (name: string, listener: (event: { preventDefault(): void }) => void) => {
      listeners.set(name, listener);
    },
    setWindowOpenHandler: (handler: () => { action: string }) => {
      openHandler = handler;
    },
  } as never);
  for (const name of [
    'will-navigate',
    'will-frame-navigate',
    'will-redirect',
    'will-attach-webview',
  ]) {
    let prevented = false;
    listeners.get(name)?.({ preventDefault: () => (prevented = true) });
    assert.equal(prevented, true, name);
  }
  assert.deepEqual(openHandler?.(), { action: 'deny' });
});
