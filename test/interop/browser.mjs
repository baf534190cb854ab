// What the Node-driven interop suite and the runtime benchmark share: a tiny static server on
// 127.0.0.1 (with per-path response headers) and the system Chromium launched like
// web-test-runner.config.mjs launches it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/find-chromium.mjs';

export { chromiumArgs };

export async function launchChromium() {
  const executablePath = process.env.CHROME_PATH ?? findChromium()?.path;
  if (!executablePath) throw new Error('no Chromium found: set CHROME_PATH');
  return chromium.launch({ executablePath, headless: true, args: chromiumArgs });
}

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Serves files under `root`, only below the `allowed` folders. `headersFor(path)` adds response
 * headers (e.g. a Content-Security-Policy for one page); `compress` gzips text as a production
 * server would (for Lighthouse's transfer sizes). Resolves to `{ origin, close }`.
 */
export async function serve(root, { allowed, headersFor = () => ({}), compress = false }) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (path === '/favicon.ico') {
      response.writeHead(204);
      response.end();
      return;
    }
    const file = normalize(join(root, path));
    const permitted = allowed.some((folder) => file.startsWith(join(root, folder) + sep));
    try {
      if (!permitted || !(await stat(file)).isFile()) throw new Error('not found');
      const body = await readFile(file);
      const gzip = compress && extname(file) in contentTypes && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response.writeHead(200, {
        'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        ...headersFor(path),
      });
      response.end(gzip ? gzipSync(body) : body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
