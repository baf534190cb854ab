import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/code-input/vk-code-input.js';
import { answerFromResponse, connectHttp, httpEndpoints, requestBody, VkHttpError } from '../../src/connect/http.js';

interface Sent {
  answer: Promise<unknown>;
  controller: AbortController;
}

/** The answer without the `serverTime` the connector adds from the `Date` header (test/connect/server.test.ts checks it). */
function withoutServerTime(answer: unknown): unknown {
  if (typeof answer !== 'object' || answer === null || !('serverTime' in answer)) return answer;
  const { serverTime, ...rest } = answer as Record<string, unknown>;
  expect(serverTime, 'serverTime from the Date header').to.be.a('number');
  return rest;
}

/** Dispatches a request event the way an element does, and captures what the connector answers (without its serverTime). */
function send(root: EventTarget, eventName: string, fields: Record<string, unknown>, controller = new AbortController()): Sent {
  let answer: Promise<unknown> = Promise.reject(new Error('nobody answered'));
  answer.catch(() => undefined);
  const detail = {
    ...fields,
    signal: controller.signal,
    respond: (result: unknown) => {
      answer = Promise.resolve(result).then(withoutServerTime);
    },
  };
  root.dispatchEvent(new CustomEvent(eventName, { detail, bubbles: true, composed: true }));
  return { answer, controller };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the answer to be a rejected promise');
}

describe('connectHttp', () => {
  let root: HTMLDivElement;
  let disconnect: () => void = () => undefined;

  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    disconnect();
    root.remove();
  });

  describe('endpoint mapping', () => {
    const cases: [string, Record<string, unknown>][] = [
      ['vk-account-lookup', { identifier: 'jane@mail.com' }],
      ['vk-code-request', { channel: 'email', purpose: 'current-email' }],
      ['vk-code-submit', { code: '123456', channel: 'sms', purpose: 'current-phone' }],
      ['vk-reset-items-confirm', { lost: ['totp'], toVerify: ['email'], route: 'reset' }],
      ['vk-answers-submit', { answers: { q1: { choice: 'a' } } }],
      ['vk-totp-verify', { code: '654321' }],
      ['vk-new-contact-submit', { kind: 'email', value: 'new@example.com' }],
      ['vk-reset-submit', { summary: { lost: ['totp'] } }],
      ['vk-recovery-codes-regenerate', {}],
      ['vk-handoff-create', { slots: ['video'] }],
      ['vk-handoff-status', { handoffId: 'h-1', slots: ['video'] }],
      ['vk-handoff-open', { token: 'Zq3xY8' }],
      ['vk-handoff-finish', { token: 'Zq3xY8' }],
    ];
    for (const [eventName, fields] of cases) {
      it(`${eventName} → POST ${httpEndpoints[eventName as keyof typeof httpEndpoints]} with the detail as JSON`, async () => {
        disconnect = connectHttp(root, { baseUrl: '/api/echo/', headers: { 'X-Test': 'yes' } });
        const result = (await send(root, eventName, fields).answer) as Record<string, unknown>;
        expect(result['method']).to.equal('POST');
        expect(result['path']).to.equal(`/api/echo${httpEndpoints[eventName as keyof typeof httpEndpoints]}`);
        expect(result['body']).to.deep.equal(fields);
        expect(result['headers']).to.deep.equal({ 'x-test': 'yes', 'content-type': 'application/json' });
      });
    }

    it('vk-proof-upload → multipart POST /proofs with the file (named by verikit) and the detail as "meta"', async () => {
      disconnect = connectHttp(root, { baseUrl: '/api/echo', headers: () => ({ 'X-Test': 'fresh' }) });
      const file = new File([new Uint8Array(1000)], 'id-front.jpg', { type: 'image/jpeg' });
      const result = (await send(root, 'vk-proof-upload', { slotId: 'id-front', fileId: 'c1', kind: 'image', mime: 'image/jpeg', file, onProgress: () => undefined })
        .answer) as Record<string, unknown>;
      expect(result['path']).to.equal('/api/echo/proofs');
      // The user's file name is data in "meta"; the part is named by verikit (issue 14).
      expect(result['body']).to.deep.equal({ slotId: 'id-front', fileId: 'c1', kind: 'image', mime: 'image/jpeg', name: 'id-front.jpg' });
      expect(result['file']).to.deep.equal({ name: 'c1.jpg', size: 1000 });
      expect(result['headers']).to.deep.equal({ 'x-test': 'fresh', 'content-type': 'multipart/form-data' });
    });

    it('vk-handoff-cancel (a notification) → POST /handoff/cancel once, answer ignored; nothing after disconnect', () => {
      const calls: [unknown, unknown][] = [];
      const recording: typeof fetch = (input, init) => {
        calls.push([input, init?.body]);
        return fetch(input, init);
      };
      disconnect = connectHttp(root, { baseUrl: '/api/echo', fetch: recording });
      root.dispatchEvent(new CustomEvent('vk-handoff-cancel', { detail: { handoffId: 'h-1' }, bubbles: true, composed: true }));
      expect(calls).to.deep.equal([['/api/echo/handoff/cancel', '{"handoffId":"h-1"}']]);
      disconnect();
      root.dispatchEvent(new CustomEvent('vk-handoff-cancel', { detail: { handoffId: 'h-2' }, bubbles: true, composed: true }));
      expect(calls).to.have.length(1);
    });

    it('passes the server answer through for the element to validate', async () => {
      disconnect = connectHttp(root, { baseUrl: '/api/ok' });
      expect(await send(root, 'vk-code-submit', { code: '000000', channel: 'email', purpose: 'current-email' }).answer).to.deep.equal({
        ok: false,
        reason: 'wrong-code',
        attemptsLeft: 4,
      });
    });

    it('ignores events without respond() and stops after disconnect', async () => {
      let fetched = 0;
      const countingFetch: typeof fetch = (...args) => ((fetched += 1), fetch(...args));
      disconnect = connectHttp(root, { baseUrl: '/api/ok', fetch: countingFetch });
      root.dispatchEvent(new CustomEvent('vk-code-submit', { detail: { code: '1' }, bubbles: true }));
      expect(fetched).to.equal(0);
      await send(root, 'vk-reset-items-confirm', { lost: [] }).answer;
      expect(fetched).to.equal(1);
      disconnect();
      const late = send(root, 'vk-reset-items-confirm', { lost: [] });
      expect(String(await rejection(late.answer))).to.contain('nobody answered');
      expect(fetched).to.equal(1);
    });
  });

  describe('errors', () => {
    it('maps a plain 500 to { ok: false, reason: "error" } and tells the developer', async () => {
      const warnings: unknown[] = [];
      const originalWarn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args[0]);
      disconnect = connectHttp(root, { baseUrl: '/api/500' });
      try {
        expect(await send(root, 'vk-reset-submit', { summary: {} }).answer).to.deep.equal({ ok: false, reason: 'error' });
      } finally {
        console.warn = originalWarn;
      }
      expect(String(warnings[0])).to.contain('/api/500/reset/submit answered HTTP 500');
    });

    it('maps a plain 500 on upload to { ok: false, reason: "error" }', async () => {
      disconnect = connectHttp(root, { baseUrl: '/api/500' });
      const file = new File([new Uint8Array(10)], 'a.png', { type: 'image/png' });
      expect(await send(root, 'vk-proof-upload', { slotId: 's', fileId: 'c5', kind: 'image', file }).answer).to.deep.equal({ ok: false, reason: 'error' });
    });

    it('passes a non-2xx JSON { ok: false } body through', async () => {
      disconnect = connectHttp(root, { baseUrl: '/api/refuse' });
      expect(await send(root, 'vk-reset-submit', { summary: {} }).answer).to.deep.equal({
        ok: false,
        reason: 'refused',
        message: 'Support must review this',
      });
    });

    it('maps a 2xx that is not JSON to an error answer', async () => {
      disconnect = connectHttp(root, { baseUrl: '/api/notjson' });
      expect(await send(root, 'vk-code-request', { channel: 'email' }).answer).to.deep.equal({ ok: false, reason: 'error' });
    });

    it('rejects with a timeout VkHttpError when the server is too slow', async () => {
      disconnect = connectHttp(root, { baseUrl: '/api/slow', timeoutMs: 150 });
      const started = performance.now();
      const error = await rejection(send(root, 'vk-code-request', { channel: 'email' }).answer);
      expect(error).to.be.instanceOf(VkHttpError);
      expect((error as VkHttpError).kind).to.equal('timeout');
      expect(performance.now() - started).to.be.below(2000);
    });

    it('rejects with a network VkHttpError when fetch fails', async () => {
      const failingFetch: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
      disconnect = connectHttp(root, { baseUrl: '/api/ok', fetch: failingFetch });
      const error = await rejection(send(root, 'vk-code-request', { channel: 'email' }).answer);
      expect((error as VkHttpError).kind).to.equal('network');
      expect((error as VkHttpError).message).to.equal('Failed to fetch');
    });

    it("aborts the fetch when the element's signal aborts", async () => {
      disconnect = connectHttp(root, { baseUrl: '/api/slow', timeoutMs: 10_000 });
      const started = performance.now();
      const sent = send(root, 'vk-reset-submit', { summary: {} });
      setTimeout(() => sent.controller.abort(), 50);
      const error = await rejection(sent.answer);
      expect((error as DOMException).name).to.equal('AbortError');
      expect(performance.now() - started).to.be.below(2000);
    });
  });

  describe('uploads', () => {
    it('reports upload progress up to 1 and answers with the host file id', async () => {
      disconnect = connectHttp(root, { baseUrl: '/api/ok' });
      const progress: number[] = [];
      const file = new File([new Uint8Array(4 * 1024 * 1024)], 'statement.pdf', { type: 'application/pdf' });
      const result = await send(root, 'vk-proof-upload', { slotId: 'source', fileId: 'c2', kind: 'pdf', mime: 'application/pdf', file, onProgress: (f: number) => progress.push(f) })
        .answer;
      // The server sees verikit's name for the part (the file id and the sniffed type's extension), not the user's.
      expect(result).to.deep.equal({ ok: true, fileId: `srv-${4 * 1024 * 1024}-c2.pdf` });
      expect(progress.length).to.be.greaterThan(0);
      expect(progress.at(-1)).to.equal(1);
      expect(progress.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= (progress[i - 1] ?? 0)))).to.equal(true);
    });

    it('aborts an upload when the signal aborts', async () => {
      disconnect = connectHttp(root, { baseUrl: '/api/slow' });
      const file = new File([new Uint8Array(10)], 'a.png', { type: 'image/png' });
      const sent = send(root, 'vk-proof-upload', { slotId: 's', fileId: 'c3', kind: 'image', file });
      setTimeout(() => sent.controller.abort(), 50);
      expect(((await rejection(sent.answer)) as DOMException).name).to.equal('AbortError');
    });

    it('times out an upload', async () => {
      disconnect = connectHttp(root, { baseUrl: '/api/slow', uploadStallTimeoutMs: 150 });
      const file = new File([new Uint8Array(10)], 'a.png', { type: 'image/png' });
      const error = await rejection(send(root, 'vk-proof-upload', { slotId: 's', fileId: 'c4', kind: 'image', file }).answer);
      expect((error as VkHttpError).kind).to.equal('timeout');
    });
  });

  describe('credentials (same origin)', () => {
    it("credentials: 'omit' keeps cookies off JSON calls; a same-origin upload (XMLHttpRequest) carries them anyway, as the README says", async () => {
      document.cookie = 'vk-test=1; path=/';
      try {
        disconnect = connectHttp(root, { baseUrl: '/api/echo', credentials: 'omit' });
        const json = (await send(root, 'vk-code-submit', { code: '123456' }).answer) as Record<string, unknown>;
        expect(json['cookie']).to.equal(false);
        const file = new File(['%PDF-1.7'], 'a.pdf', { type: 'application/pdf' });
        const upload = (await send(root, 'vk-proof-upload', { fileId: 'c9', mime: 'application/pdf', file }).answer) as Record<string, unknown>;
        expect(upload['cookie']).to.equal(true);
      } finally {
        document.cookie = 'vk-test=; path=/; max-age=0';
      }
    });
  });

  describe('helpers', () => {
    it('requestBody drops callbacks, signals and files', () => {
      const body = requestBody({
        a: 1,
        nested: { b: [1, 2] },
        respond: () => undefined,
        signal: new AbortController().signal,
        file: new File(['x'], 'x.txt'),
      });
      expect(body).to.deep.equal({ a: 1, nested: { b: [1, 2] } });
    });

    it('answerFromResponse keeps 2xx JSON and non-2xx { ok: false } JSON', () => {
      expect(answerFromResponse(200, '{"ok":true}')).to.deep.equal({ ok: true });
      expect(answerFromResponse(403, '{"ok":false,"reason":"locked","lockedUntil":5}')).to.deep.equal({ ok: false, reason: 'locked', lockedUntil: 5 });
      expect(answerFromResponse(403, '{"error":"nope"}')).to.deep.equal({ ok: false, reason: 'error' });
    });
  });

  describe("mapped into an element's visible state", () => {
    async function codeInputStatusAfterGetCode(baseUrl: string, timeoutMs?: number): Promise<string> {
      const codeInput = await fixture<HTMLElement>(html`<vk-code-input channel="email" purpose="current-email"></vk-code-input>`);
      const stop = connectHttp(codeInput, { baseUrl, ...(timeoutMs ? { timeoutMs } : {}) });
      try {
        codeInput.shadowRoot?.querySelector<HTMLButtonElement>('[part~="get-code"]')?.click();
        let text = '';
        // Up to 5 s: the element's first request in a page also downloads its answers' schemas.
        for (let i = 0; i < 200 && !/server|error|sent/i.test(text); i++) {
          await aTimeout(25);
          text = codeInput.shadowRoot?.querySelector('[part~="status"]')?.textContent ?? '';
        }
        return text;
      } finally {
        stop();
      }
    }

    it('a 500 shows the code input\'s verification error', async () => {
      expect(await codeInputStatusAfterGetCode('/api/500')).to.contain('Verification error, please try again.');
    });

    it('a timeout shows the code input\'s network error', async () => {
      expect(await codeInputStatusAfterGetCode('/api/slow', 100)).to.contain('Could not reach the server');
    });

    it('a sent code shows where it went', async () => {
      const codeInput = await fixture<HTMLElement>(html`<vk-code-input channel="email" purpose="current-email"></vk-code-input>`);
      const stop = connectHttp(codeInput, { baseUrl: '/api/ok' });
      try {
        codeInput.shadowRoot?.querySelector<HTMLButtonElement>('[part~="get-code"]')?.click();
        for (let i = 0; i < 200 && !codeInput.shadowRoot?.querySelector('[part~="destination"]'); i++) await aTimeout(25);
        expect(codeInput.shadowRoot?.querySelector('[part~="destination"]')?.textContent).to.contain('j•••@mail.com');
        await expect(codeInput).to.be.accessible();
      } finally {
        stop();
      }
    });
  });
});
