// A small backend for the connector tests, mounted in web-test-runner as a koa middleware.
// Paths are /api/<mode>/<endpoint>; the mode makes the answers deterministic per test:
//   ok      the documented answers (see README "HTTP connector")
//   echo    { ok: true, path, body, headers } — what the connector sent
//   slow    waits 3 s, then answers like ok (for timeouts and aborts)
//   500     a plain-text 500
//   refuse  422 with JSON { ok: false, reason: 'refused', message: 'Support must review this' }
//   notjson 200 with an HTML body

const MAX_BODY = 32 * 1024 * 1024;

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Splits a multipart/form-data body into { name, filename?, type?, data } parts. */
export function parseMultipart(buffer, contentType) {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  if (!match) return [];
  const boundary = Buffer.from(`--${match[1] ?? match[2]}`);
  const parts = [];
  let start = buffer.indexOf(boundary);
  while (start !== -1) {
    const next = buffer.indexOf(boundary, start + boundary.length);
    if (next === -1) break;
    const part = buffer.subarray(start + boundary.length + 2, next - 2); // skip CRLF after boundary and before the next
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const head = part.subarray(0, headerEnd).toString('utf8');
      const name = /name="([^"]*)"/.exec(head)?.[1];
      const filename = /filename="([^"]*)"/.exec(head)?.[1];
      const type = /content-type:\s*([^\r\n]*)/i.exec(head)?.[1];
      parts.push({ name, filename, type, data: part.subarray(headerEnd + 4) });
    }
    start = next;
  }
  return parts;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The README's documented answer to a request at `endpoint` (e.g. `code/request`): [status, JSON]. */
export function answer(endpoint, body, now) {
  switch (endpoint) {
    case 'account/lookup':
      if (body.identifier === 'nobody@example.com') return [404, { ok: false, reason: 'not-found' }];
      return [
        200,
        {
          ok: true,
          account: {
            factors: [
              { kind: 'email', bound: true, masked: 'j•••@mail.com' },
              { kind: 'phone', bound: true, masked: '+44 ••• 789' },
              { kind: 'totp', bound: true },
            ],
            email: 'jane@mail.com',
            uid: '12345678',
          },
        },
      ];
    case 'code/request':
      return [200, { ok: true, expiresAt: now + 15 * 60_000, resendAt: now + 60_000, maskedDestination: 'j•••@mail.com' }];
    case 'code/verify':
    case 'totp/verify':
      return body.code === '123456' ? [200, { ok: true }] : [200, { ok: false, reason: 'wrong-code', attemptsLeft: 4 }];
    case 'reset/items':
    case 'totp/secret':
      return [200, { ok: true }];
    case 'questionnaire/answers':
      return [200, { ok: false, attemptsLeft: 2, wrong: Object.keys(body.answers ?? {}).slice(0, 1) }];
    case 'contact/new':
      return String(body.value).toLowerCase() === 'jane@mail.com'
        ? [409, { ok: false, reason: 'same-contact' }]
        : [200, { ok: true, masked: 'n•••@example.com' }];
    case 'reset/submit':
      return [200, { ok: true, reviewEta: now + 24 * 3600_000 }];
    case 'handoff/create':
      return [200, { ok: true, url: 'https://id.example.com/continue#t=Zq3xY8', expiresAt: now + 600_000, handoffId: 'h-1' }];
    case 'handoff/status':
      return [200, { ok: true, state: 'connected', files: [] }];
    case 'handoff/open':
      return [200, { ok: true, slots: ['video'] }];
    case 'handoff/finish':
    case 'handoff/cancel':
      return [200, { ok: true }];
    case 'recovery-codes/regenerate':
      return [200, { ok: true, codes: ['P3XK-7RNV', 'A9FM-2WHC', 'Z5TB-6KQD', 'E4JR-8SYG'] }];
    default:
      return [404, { ok: false, reason: 'error', message: `no endpoint ${endpoint}` }];
  }
}

/** koa middleware: everything under /api/ is answered here. */
export async function testApiServer(ctx, next) {
  const match = /^\/api\/(\w+)\/(.+)$/.exec(ctx.path);
  if (!match) return next();
  const [, mode, endpoint] = match;
  const raw = await readBody(ctx.req);
  const contentType = ctx.get('content-type');
  let body = {};
  let file;
  if (contentType.startsWith('multipart/form-data')) {
    const parts = parseMultipart(raw, contentType);
    const meta = parts.find((part) => part.name === 'meta');
    const filePart = parts.find((part) => part.name === 'file');
    body = meta ? JSON.parse(meta.data.toString('utf8')) : {};
    if (filePart) file = { name: filePart.filename, size: filePart.data.length };
  } else if (raw.length) {
    body = JSON.parse(raw.toString('utf8'));
  }

  if (mode === 'slow') await sleep(3000);
  ctx.set('Cache-Control', 'no-store');
  if (mode === '500') {
    ctx.status = 500;
    ctx.type = 'text/plain';
    ctx.body = 'Internal Server Error';
    return;
  }
  if (mode === 'notjson') {
    ctx.status = 200;
    ctx.type = 'text/html';
    ctx.body = '<html>maintenance</html>';
    return;
  }
  if (mode === 'refuse') {
    ctx.status = 422;
    ctx.body = { ok: false, reason: 'refused', message: 'Support must review this' };
    return;
  }
  if (mode === 'echo') {
    ctx.body = { ok: true, path: ctx.path, method: ctx.method, body, file, headers: { 'x-test': ctx.get('x-test'), 'content-type': contentType.split(';')[0] }, cookie: ctx.get('cookie').includes('vk-test=') };
    return;
  }
  if (endpoint === 'proofs') {
    ctx.body = file ? { ok: true, fileId: `srv-${file.size}-${file.name}` } : { ok: false, reason: 'rejected', message: 'no file' };
    return;
  }
  const [status, json] = answer(endpoint, body, Date.now());
  ctx.status = status;
  ctx.body = json;
}
