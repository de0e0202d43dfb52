// A static file server for the built page, shared by `npm run web` (scripts/web.mjs) and the
// e2e/bench server (scripts/serve-renderer.mjs). Dependency-free on purpose. Listens on 127.0.0.1
// only, serves files only (no directory listing; `/` is index.html), refuses paths that leave the
// root, and sends no caching headers so a rebuilt page is always the one served.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * Serves `rootDir` on 127.0.0.1:`port` (0: any free port). Resolves with the server and its URL;
 * rejects with the listen error (e.g. EADDRINUSE).
 */
export function serveStatic(rootDir, port) {
  const root = resolve(rootDir);
  /** The file a request path names inside root, or null when it is malformed or escapes the root. */
  function fileFor(url) {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
    } catch {
      return null;
    }
    if (pathname.includes('\0')) return null;
    if (pathname === '/' || pathname === '') pathname = '/index.html';
    const file = resolve(join(root, pathname));
    return file === root || file.startsWith(root + sep) ? file : null;
  }

  const server = createServer(async (request, response) => {
    const send = (status, text) => {
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(request.method === 'HEAD' ? undefined : text);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(405, 'method not allowed');
    const file = fileFor(request.url ?? '/');
    if (!file) return send(400, 'bad path');
    let info;
    try {
      info = await stat(file);
    } catch {
      return send(404, 'not found');
    }
    // Directories are never listed.
    if (!info.isFile()) return send(404, 'not found');
    response.writeHead(200, {
      'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    if (request.method === 'HEAD') return response.end();
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolvePromise({ server, root, url: `http://127.0.0.1:${actual}/` });
    });
  });
}
