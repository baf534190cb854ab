// A real backend for the connector suite (test/connect/server.test.ts): a Node `http` server on
// 127.0.0.1 on a free port, started and stopped with web-test-runner (a plugin's serverStart /
// serverStop). The test page lives on web-test-runner's own origin, so every call is cross-origin,
// as with a partner's API on another host: CORS preflights, credentials and exposed headers apply.
//
// Paths are /<scenario>/<run>/<endpoint>. The run id keeps each test's requests apart; GET
// /__log/<run> returns what the server received for it. Scenarios:
//   ok            the README's documented answers (Date header exposed)
//   noexpose      like ok, but Date is not in Access-Control-Expose-Headers (the page cannot read it)
//   skew<±ms>     like ok, from a server whose clock is off by ms (its Date header and its times)
//   bodytime<±ms> like skew, and the answer carries serverTime in its body too
//   413           drains the upload, then answers 413 with an HTML page (a proxy's body-size limit)
//   500           answers 500 with an HTML page
//   r307          307 to the same endpoint under `ok` (the request and its body are repeated)
//   r302          302 to an HTML login page (a session that expired): the POST becomes a GET
//   stall         reads the first megabyte of an upload, then nothing more, and never answers
//                 (GET /__resume/<run> reads on, so the server sees whether the client is still there)
//   slow          reads an upload at 8 MB/s, then answers like ok
//   hang          reads the request, never answers
import { createServer } from 'node:http';
import { answer as documentedAnswer, parseMultipart } from './test-api-server.mjs';

const MB = 1024 * 1024;
const logs = new Map();
/** Stalled uploads by run, until the test lets the server read on. */
const stalled = new Map();

function cors(req, res, { expose = true } = {}) {
  const origin = req.headers.origin;
  if (origin) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  if (expose) res.setHeader('Access-Control-Expose-Headers', 'Date');
}

function record(run, entry) {
  if (!logs.has(run)) logs.set(run, []);
  logs.get(run).push(entry);
}

function readAll(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Reads the body at `bytesPerSecond`, keeping nothing but its size. */
function readPaced(req, bytesPerSecond) {
  return new Promise((resolve, reject) => {
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      req.pause();
      setTimeout(() => req.resume(), (chunk.length / bytesPerSecond) * 1000);
    });
    req.on('end', () => resolve(size));
    req.on('error', reject);
  });
}

function sendJson(res, status, body, now) {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', Date: new Date(now).toUTCString() });
  res.end(JSON.stringify(body));
}

function sendHtml(res, status, text, now = Date.now()) {
  res.writeHead(status, { 'Content-Type': 'text/html', Date: new Date(now).toUTCString() });
  res.end(`<!doctype html><title>${text}</title><h1>${text}</h1>`);
}

/** What the request says: its JSON body, or its multipart meta and file part. */
function describe(req, raw) {
  const contentType = req.headers['content-type'] ?? '';
  const seen = { method: req.method, contentType, accept: req.headers.accept, xTest: req.headers['x-test'], cookie: req.headers.cookie ?? null, size: raw.length };
  if (contentType.startsWith('multipart/form-data')) {
    const parts = parseMultipart(raw, contentType);
    const meta = parts.find((part) => part.name === 'meta');
    const file = parts.find((part) => part.name === 'file');
    return {
      ...seen,
      body: meta ? JSON.parse(meta.data.toString('utf8')) : undefined,
      file: file ? { filename: file.filename, type: file.type, size: file.data.length } : undefined,
    };
  }
  let body;
  try {
    body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
  } catch {
    body = raw.toString('utf8');
  }
  return { ...seen, body };
}

async function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const [, scenario = '', run = '', ...rest] = url.pathname.split('/');
  const endpoint = rest.join('/');
  const expose = scenario !== 'noexpose';
  cors(req, res, { expose });
  if (req.method === 'OPTIONS') {
    res.writeHead(204, {
      'Access-Control-Allow-Methods': 'POST, GET',
      'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? 'content-type',
      'Access-Control-Max-Age': '600',
    });
    res.end();
    return;
  }
  if (scenario === '__log') {
    sendJson(res, 200, logs.get(run) ?? [], Date.now());
    return;
  }
  if (scenario === 'login.html') {
    sendHtml(res, 200, 'Please sign in');
    return;
  }
  const skew = /^(?:skew|bodytime)([+-]\d+)$/.exec(scenario);
  const now = Date.now() + (skew ? Number(skew[1]) : 0);

  if (scenario === '__resume') {
    // Reads what a stalled upload left on the connection, so the server notices when the client has gone.
    stalled.get(run)?.resume();
    sendJson(res, 200, { ok: true }, Date.now());
    return;
  }
  if (scenario === 'stall') {
    let received = 0;
    let stalledAfter = 0;
    req.on('data', (chunk) => {
      received += chunk.length;
      if (received >= MB && !stalledAfter) {
        stalledAfter = received;
        req.pause();
      }
    });
    stalled.set(run, req);
    req.on('end', () => record(run, { endpoint, stalledAfter, received, complete: true }));
    res.on('close', () => record(run, { endpoint, stalledAfter, received, closed: true }));
    return;
  }
  if (scenario === 'slow') {
    const started = Date.now();
    const size = await readPaced(req, 8 * MB);
    record(run, { endpoint, size, seconds: (Date.now() - started) / 1000 });
    sendJson(res, 200, { ok: true, fileId: `srv-slow-${size}` }, now);
    return;
  }
  const raw = await readAll(req);
  const seen = { endpoint, ...describe(req, raw) };
  record(run, seen);

  switch (scenario) {
    case 'hang':
      return; // never answers; the connector's timeout ends it
    case '413':
      sendHtml(res, 413, '413 Request Entity Too Large');
      return;
    case '500':
      sendHtml(res, 500, '500 Internal Server Error');
      return;
    case 'r307':
      res.writeHead(307, { Location: `/ok/${run}/${endpoint}` });
      res.end();
      return;
    case 'r302':
      res.writeHead(302, { Location: '/login.html' });
      res.end();
      return;
    default: {
      const [status, body] =
        endpoint === 'proofs'
          ? [200, seen.file ? { ok: true, fileId: `srv-${seen.file.filename}` } : { ok: false, reason: 'rejected', message: 'no file' }]
          : documentedAnswer(endpoint, seen.body ?? {}, now);
      sendJson(res, status, scenario.startsWith('bodytime') ? { ...body, serverTime: now } : body, now);
    }
  }
}

/** web-test-runner plugin: starts the server with the test run; the page reads its origin at /__real-server__. */
export function realServer() {
  let server;
  let origin = '';
  return {
    name: 'verikit-real-server',
    async serverStart() {
      server = createServer((req, res) => {
        handle(req, res).catch((error) => {
          if (!res.headersSent) sendHtml(res, 500, String(error));
        });
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${server.address().port}`;
    },
    async serverStop() {
      server?.closeAllConnections();
      await new Promise((resolve) => server?.close(resolve) ?? resolve());
    },
    serve(context) {
      if (context.path === '/__real-server__') return { body: JSON.stringify({ origin }), type: 'json' };
    },
  };
}
