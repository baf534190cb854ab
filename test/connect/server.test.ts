/**
 * `connectHttp()` against a real Node `http` server on 127.0.0.1 (test/connect/real-server.mjs,
 * started by web-test-runner), on another origin than the page, as a partner's API often is: every
 * row of the README's event table, then 413, a 500 HTML page, redirects, a stalled upload, a slow
 * upload that must finish, a hanging request, a host Content-Type header, an event answered first
 * by the host, and the server's clock (Date header, serverTime) with the device ±20 min and ±1 h off.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { SystemClock } from '../../src/core/clock.js';
import { dispatchRequest, type AnswerSchema, type RequestOutcome } from '../../src/core/events.js';
import { connectHttp, VkHttpError, type ConnectHttpOptions } from '../../src/connect/http.js';
import { codeRequestAnswerSchema, codeSubmitAnswerSchema } from '../../src/elements/code-input/code-input.answers.js';
import '../../src/elements/code-input/vk-code-input.js';
import type { VkCodeInput } from '../../src/elements/code-input/vk-code-input.js';
import '../../src/elements/proof-uploader/vk-proof-uploader.js';
import type { VkProofUploader } from '../../src/elements/proof-uploader/vk-proof-uploader.js';
import { proofUploadAnswerSchema } from '../../src/elements/proof-uploader/proof-uploader.schema.js';
import '../../src/elements/provider/vk-provider.js';
import type { VkProvider } from '../../src/elements/provider/vk-provider.js';
import { answersSubmitResultSchema } from '../../src/elements/questionnaire/questionnaire.schema.js';
import { accountLookupAnswerSchema, newContactAnswerSchema, resetSubmitAnswerSchema } from '../../src/elements/reset-flow/reset-flow.schema.js';
import { resetConfirmAnswerSchema } from '../../src/elements/reset-picker/reset-picker.schema.js';
import { totpSecretAnswerSchema, totpVerifyAnswerSchema } from '../../src/elements/totp-setup/totp-setup.schema.js';
import { regenerateAnswerSchema } from '../../src/elements/recovery-codes/recovery-codes.answers.js';
import { handoffCreateAnswerSchema, handoffFinishAnswerSchema, handoffOpenAnswerSchema, handoffStatusAnswerSchema } from '../../src/elements/proof-uploader/proof-handoff.schema.js';
import { recordConsole } from '../helpers.js';

/** What the server received (see real-server.mjs). */
interface Seen {
  endpoint: string;
  method?: string;
  contentType?: string;
  accept?: string;
  xTest?: string;
  body?: unknown;
  file?: { filename: string; type: string; size: number };
  size?: number;
  seconds?: number;
  stalledAfter?: number;
  received?: number;
  closed?: boolean;
}

const MINUTE = 60_000;
let origin = '';
let runs = 0;
/** A base URL for one test: its scenario, and a run id of its own for the server's log. */
function server(scenario: string): { baseUrl: string; log: () => Promise<Seen[]> } {
  const run = `r${String(Date.now())}-${String(++runs)}`;
  return {
    baseUrl: `${origin}/${scenario}/${run}`,
    log: async () => (await fetch(`${origin}/__log/${run}`)).json() as Promise<Seen[]>,
  };
}

const pdf = (name: string, size = 0): File => new File(['%PDF-1.7\n', new Uint8Array(size)], name, { type: 'application/pdf' });

/** Dispatches a request as an element does (core's dispatchRequest) from `target`, validated with the element's schema. */
function ask<Result>(target: EventTarget, eventName: string, schema: AnswerSchema<Result>, fields: Record<string, unknown>, clock?: SystemClock): Promise<RequestOutcome<Result>> {
  return dispatchRequest(target, eventName, schema, (respond, signal) => new CustomEvent(eventName, { detail: { ...fields, respond, signal }, bubbles: true, composed: true }), {
    ...(clock ? { clock } : {}),
  });
}

/** The raw answer the connector hands over (serverTime and all), for a request dispatched without core. */
function rawAnswer(root: EventTarget, eventName: string, fields: Record<string, unknown>): Promise<unknown> {
  let answer: Promise<unknown> = Promise.reject(new Error('nobody answered'));
  answer.catch(() => undefined);
  const detail = { ...fields, signal: new AbortController().signal, respond: (result: unknown) => ((answer = Promise.resolve(result)), true) };
  root.dispatchEvent(new CustomEvent(eventName, { detail, bubbles: true, composed: true }));
  return answer;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

const answered = <Result>(outcome: RequestOutcome<Result>): Result => {
  if (outcome.kind !== 'answered') throw new Error(`expected an answer, got ${outcome.kind}: ${outcome.kind === 'aborted' ? '' : String(outcome.error)}`);
  return outcome.result;
};

describe('connectHttp against a real HTTP server (another origin)', () => {
  let root: HTMLDivElement;
  let disconnect: () => void = () => undefined;
  const connect = (options: ConnectHttpOptions) => (disconnect = connectHttp(root, options));

  before(async () => {
    ({ origin } = (await (await fetch('/__real-server__')).json()) as { origin: string });
    expect(origin).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    disconnect();
    root.remove();
  });

  describe("every row of the README's event table", () => {
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const rows: [eventName: string, path: string, fields: Record<string, unknown>, schema: AnswerSchema<unknown>, expected: (answer: Record<string, unknown>) => void][] = [
      ['vk-account-lookup', 'account/lookup', { identifier: 'jane@mail.com', password: 'hunter2' }, accountLookupAnswerSchema, (a) => expect(a['ok']).to.equal(true)],
      ['vk-code-request', 'code/request', { channel: 'email', purpose: 'current-email' }, codeRequestAnswerSchema, (a) => expect(a).to.include({ ok: true, maskedDestination: 'j•••@mail.com' })],
      ['vk-code-submit', 'code/verify', { code: '123456', channel: 'sms', purpose: 'current-phone' }, codeSubmitAnswerSchema, (a) => expect(a).to.deep.equal({ ok: true })],
      ['vk-reset-items-confirm', 'reset/items', { lost: ['totp'], toVerify: ['email'], route: 'reset' }, resetConfirmAnswerSchema, (a) => expect(a).to.deep.equal({ ok: true })],
      ['vk-answers-submit', 'questionnaire/answers', { answers: { q1: { choice: 'a' } } }, answersSubmitResultSchema, (a) => expect(a).to.deep.equal({ ok: false, attemptsLeft: 2, wrong: ['q1'] })],
      [
        'vk-totp-secret-generate',
        'totp/secret',
        { issuer: 'ACME', account: 'jo@example.com', secret, uri: `otpauth://totp/ACME:jo%40example.com?secret=${secret}&issuer=ACME`, algorithm: 'SHA1', digits: 6, period: 30 },
        totpSecretAnswerSchema,
        (a) => expect(a).to.deep.equal({ ok: true }),
      ],
      ['vk-totp-verify', 'totp/verify', { code: '123456', purpose: 'link' }, totpVerifyAnswerSchema, (a) => expect(a).to.deep.equal({ ok: true })],
      ['vk-new-contact-submit', 'contact/new', { kind: 'email', value: 'new@example.com' }, newContactAnswerSchema, (a) => expect(a).to.deep.equal({ ok: true, masked: 'n•••@example.com' })],
      ['vk-reset-submit', 'reset/submit', { summary: { journey: 'mexcLoggedOut', lost: ['totp'], verified: ['email'] } }, resetSubmitAnswerSchema, (a) => expect(a['ok']).to.equal(true)],
      ['vk-recovery-codes-regenerate', 'recovery-codes/regenerate', {}, regenerateAnswerSchema, (a) => expect(a['codes']).to.have.length(4)],
      ['vk-handoff-create', 'handoff/create', { slots: ['video'] }, handoffCreateAnswerSchema, (a) => expect(a).to.include({ ok: true, handoffId: 'h-1' })],
      ['vk-handoff-status', 'handoff/status', { handoffId: 'h-1', slots: ['video'] }, handoffStatusAnswerSchema, (a) => expect(a).to.deep.equal({ ok: true, state: 'connected', files: [] })],
      ['vk-handoff-open', 'handoff/open', { token: 'Zq3xY8' }, handoffOpenAnswerSchema, (a) => expect(a).to.deep.equal({ ok: true, slots: ['video'] })],
      ['vk-handoff-finish', 'handoff/finish', { token: 'Zq3xY8' }, handoffFinishAnswerSchema, (a) => expect(a).to.deep.equal({ ok: true })],
    ];
    for (const [eventName, path, fields, schema, expected] of rows) {
      it(`${eventName} → POST /${path}, the detail as JSON, an answer the element accepts`, async () => {
        const { baseUrl, log } = server('ok');
        connect({ baseUrl, headers: { 'X-Test': 'row' } });
        expected(answered(await ask(root, eventName, schema, fields)) as Record<string, unknown>);
        const [seen, ...more] = await log();
        expect(more).to.deep.equal([]);
        expect(seen).to.include({ endpoint: path, method: 'POST', contentType: 'application/json', accept: 'application/json', xTest: 'row' });
        expect(seen?.body).to.deep.equal(fields);
      });
    }

    it('vk-proof-upload → multipart POST /proofs: the part named by verikit with the sniffed type, the user\'s name as data in meta', async () => {
      const { baseUrl, log } = server('ok');
      connect({ baseUrl });
      const hostile = '../../etc/\u202efdp.exe\\x.pdf';
      const file = new File(['%PDF-1.7\n'], hostile, { type: 'application/x-msdownload' });
      const fields = { slotId: 'docs', fileId: 'proof-1a-xyz', kind: 'pdf', mime: 'application/pdf', file, onProgress: () => undefined };
      expect(answered(await ask(root, 'vk-proof-upload', proofUploadAnswerSchema, fields))).to.deep.equal({ ok: true, fileId: 'srv-proof-1a-xyz.pdf' });
      const [seen] = await log();
      expect(seen?.contentType).to.match(/^multipart\/form-data; boundary=/);
      expect(seen?.file).to.deep.equal({ filename: 'proof-1a-xyz.pdf', type: 'application/pdf', size: file.size });
      expect(seen?.body).to.deep.equal({ slotId: 'docs', fileId: 'proof-1a-xyz', kind: 'pdf', mime: 'application/pdf', name: hostile });
    });
  });

  describe('what goes wrong on the way', () => {
    it("413 on an upload: { ok: false, reason: 'too-large' }, a final state of its own in the uploader", async () => {
      const { baseUrl } = server('413');
      const provider = await fixture<VkProvider>(html`<vk-provider><vk-proof-uploader .slots=${[{ id: 'docs', title: 'Documents', accept: ['pdf'] }]}></vk-proof-uploader></vk-provider>`);
      const uploader = provider.querySelector<VkProofUploader>('vk-proof-uploader');
      if (!uploader) throw new Error('no uploader');
      disconnect = connectHttp(uploader, { baseUrl });
      await uploader.addFiles('docs', [pdf('scan.pdf', 200_000)]);
      const status = () => uploader.shadowRoot?.querySelector<HTMLElement>('[part~="file-status"]');
      for (let i = 0; i < 200 && status()?.dataset['kind'] !== 'too-large'; i++) await new Promise((resolve) => setTimeout(resolve, 25));
      expect(status()?.dataset['kind']).to.equal('too-large');
      expect(status()?.textContent).to.equal('This file is too large for the server. Remove it and choose a smaller one.');
      expect(uploader.shadowRoot?.querySelector('[data-action="retry"]')).to.equal(null);
    });

    it('a 500 HTML page: { ok: false, reason: "error" } and a warning naming the URL and status', async () => {
      const { baseUrl } = server('500');
      connect({ baseUrl });
      const { result, calls } = await recordConsole('warn', () => ask(root, 'vk-code-request', codeRequestAnswerSchema, { channel: 'email' }));
      expect(answered(result)).to.deep.equal({ ok: false, reason: 'error' });
      expect(String(calls[0]?.[0])).to.contain(`${baseUrl}/code/request answered HTTP 500 without a JSON body`);
    });

    it('a 307 redirect is followed, the body sent again (JSON and upload)', async () => {
      const { baseUrl, log } = server('r307');
      connect({ baseUrl });
      expect(answered(await ask(root, 'vk-code-submit', codeSubmitAnswerSchema, { code: '123456' }))).to.deep.equal({ ok: true });
      const upload = await ask(root, 'vk-proof-upload', proofUploadAnswerSchema, { slotId: 's', fileId: 'p2', kind: 'pdf', mime: 'application/pdf', file: pdf('a.pdf', 50_000) });
      expect(answered(upload)).to.deep.equal({ ok: true, fileId: 'srv-p2.pdf' });
      const seen = await log();
      expect(seen.map((entry) => entry.endpoint)).to.deep.equal(['code/verify', 'code/verify', 'proofs', 'proofs']);
      expect(seen[1]?.body).to.deep.equal({ code: '123456' });
      expect(seen[3]?.file?.size).to.equal(50_000 + 9);
    });

    it('a 302 to a login page (an expired session): the error state, never the login page as an answer', async () => {
      const { baseUrl } = server('r302');
      connect({ baseUrl });
      const { result } = await recordConsole('warn', () => ask(root, 'vk-reset-submit', resetSubmitAnswerSchema, { summary: {} }));
      expect(answered(result)).to.deep.equal({ ok: false, reason: 'error' });
    });

    it('a hanging request times out (timeoutMs) with a VkHttpError', async () => {
      const { baseUrl, log } = server('hang');
      connect({ baseUrl, timeoutMs: 400 });
      const started = performance.now();
      const outcome = await ask(root, 'vk-account-lookup', accountLookupAnswerSchema, { identifier: 'jane' });
      expect(outcome.kind).to.equal('rejected');
      const error = outcome.kind === 'rejected' ? outcome.error : undefined;
      expect(error).to.be.instanceOf(VkHttpError);
      expect((error as VkHttpError).kind).to.equal('timeout');
      expect(performance.now() - started).to.be.within(350, 3000);
      expect(await log()).to.have.length(1);
    });

    it('a stalled upload fails once nothing has moved for uploadStallTimeoutMs', async function () {
      this.timeout(30_000);
      const { baseUrl, log } = server('stall');
      connect({ baseUrl, uploadStallTimeoutMs: 1500 });
      const started = performance.now();
      const error = await rejection(rawAnswer(root, 'vk-proof-upload', { fileId: 'big', mime: 'application/pdf', file: pdf('big.pdf', 32 * 1024 * 1024) }));
      expect(error).to.be.instanceOf(VkHttpError);
      expect((error as VkHttpError).kind).to.equal('timeout');
      expect((error as VkHttpError).message).to.equal('stalled');
      expect(performance.now() - started).to.be.within(1400, 15_000);
      // The server reads on: the connection is already gone, far short of the whole file.
      await fetch(`${origin}/__resume/${baseUrl.split('/').at(-1) ?? ''}`);
      for (let i = 0; i < 100 && (await log()).length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      const [seen] = await log();
      expect(seen?.closed, 'the connector let go of the connection').to.equal(true);
      expect(seen?.stalledAfter).to.be.at.least(1024 * 1024);
      expect(seen?.received).to.be.below(32 * 1024 * 1024);
    });

    it('a slow upload that takes longer than the stall limit finishes, with progress all the way', async function () {
      this.timeout(40_000);
      const { baseUrl, log } = server('slow');
      connect({ baseUrl, uploadStallTimeoutMs: 3000 });
      const progress: number[] = [];
      const size = 48 * 1024 * 1024;
      const started = performance.now();
      const result = await rawAnswer(root, 'vk-proof-upload', { fileId: 'video', mime: 'application/pdf', file: pdf('video.pdf', size), onProgress: (fraction: number) => progress.push(fraction) });
      const seconds = (performance.now() - started) / 1000;
      expect(result).to.include({ ok: true });
      expect(seconds, 'longer than the stall limit in total').to.be.above(3);
      const [seen] = await log();
      expect(seen?.seconds).to.be.above(3);
      expect(progress.length).to.be.greaterThan(10);
      expect(progress.at(-1)).to.equal(1);
      expect(progress.every((fraction, index) => index === 0 || fraction >= (progress[index - 1] ?? 0))).to.equal(true);
    });

    it("a host's Content-Type header never replaces the connector's (multipart boundary, JSON)", async () => {
      const { baseUrl, log } = server('ok');
      connect({ baseUrl, headers: { 'Content-Type': 'application/json', 'content-type': 'text/plain', 'X-Test': 'global' } });
      const upload = await ask(root, 'vk-proof-upload', proofUploadAnswerSchema, { slotId: 's', fileId: 'p3', kind: 'pdf', mime: 'application/pdf', file: pdf('a.pdf', 1000) });
      expect(answered(upload)).to.deep.equal({ ok: true, fileId: 'srv-p3.pdf' });
      expect(answered(await ask(root, 'vk-code-submit', codeSubmitAnswerSchema, { code: '123456' }))).to.deep.equal({ ok: true });
      const [multipart, json] = await log();
      expect(multipart?.contentType).to.match(/^multipart\/form-data; boundary=/);
      expect(multipart?.xTest).to.equal('global');
      expect(multipart?.file?.size).to.equal(1009);
      expect(json?.contentType).to.equal('application/json');
    });
  });

  describe('never double-posts', () => {
    it('a host listener added after connectHttp on the same node that answers synchronously wins: nothing is sent', async () => {
      const { baseUrl, log } = server('ok');
      connect({ baseUrl });
      root.addEventListener('vk-code-submit', (event) => event.detail.respond({ ok: false, reason: 'wrong-code', attemptsLeft: 1 }));
      const { result, calls } = await recordConsole('warn', () => ask(root, 'vk-code-submit', codeSubmitAnswerSchema, { code: '123456' }));
      expect(answered(result)).to.deep.equal({ ok: false, reason: 'wrong-code', attemptsLeft: 1 });
      expect(calls, 'no "more than once", no "nobody answered"').to.deep.equal([]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await log(), 'the server saw nothing').to.deep.equal([]);
    });

    it('an event the host already answered is left alone; a host answering later loses to the connector', async () => {
      const { baseUrl, log } = server('ok');
      root.addEventListener('vk-code-submit', (event) => event.detail.respond({ ok: true }));
      connect({ baseUrl });
      expect(answered(await ask(root, 'vk-code-submit', codeSubmitAnswerSchema, { code: '000000' }))).to.deep.equal({ ok: true });
      const child = root.appendChild(document.createElement('span'));
      let late: boolean | undefined;
      root.addEventListener('vk-code-request', (event) => void Promise.resolve().then(() => (late = event.detail.respond({ ok: false, reason: 'error' }))));
      const { result } = await recordConsole('warn', () => ask(child, 'vk-code-request', codeRequestAnswerSchema, { channel: 'email' }));
      expect(answered(result)).to.include({ ok: true });
      expect(late, "the host's late respond() is refused").to.equal(false);
      expect((await log()).map((entry) => entry.endpoint)).to.deep.equal(['code/request']);
    });
  });

  describe("the server's clock", () => {
    async function codeInputOn(scenario: string): Promise<{ el: VkCodeInput; clock: SystemClock }> {
      const clock = new SystemClock();
      const provider = await fixture<VkProvider>(html`<vk-provider .clock=${clock}><vk-code-input channel="email"></vk-code-input></vk-provider>`);
      const el = provider.querySelector<VkCodeInput>('vk-code-input');
      if (!el) throw new Error('no code input');
      disconnect = connectHttp(el, { baseUrl: server(scenario).baseUrl });
      el.shadowRoot?.querySelector<HTMLElement>('[part="get-code"]')?.click();
      const timer = () => el.shadowRoot?.querySelector('[part~="expiry-timer"]')?.textContent ?? '';
      for (let i = 0; i < 200 && !timer(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
      return { el, clock };
    }
    const shows = (el: VkCodeInput) => el.shadowRoot?.querySelector('[part~="expiry-timer"]')?.textContent.trim();

    for (const [name, skew] of [
      ['20 minutes behind', -20 * MINUTE],
      ['20 minutes ahead', 20 * MINUTE],
      ['an hour behind', -60 * MINUTE],
      ['an hour ahead', 60 * MINUTE],
    ] as const) {
      it(`server ${name} of the device (its Date header): a fresh 15-minute code shows ~15:00`, async () => {
        const sign = skew < 0 ? '-' : '+';
        const { el, clock } = await codeInputOn(`skew${sign}${String(Math.abs(skew))}`);
        expect(clock.serverTimeOffset).to.be.within(skew - 2000, skew + 2000);
        expect(shows(el)).to.be.oneOf(['Code expires in 14:59', 'Code expires in 15:00', 'Code expires in 15:01']);
      });
    }

    it("an answer's own serverTime wins over the Date header (milliseconds, not seconds)", async () => {
      const { el, clock } = await codeInputOn(`bodytime-${String(60 * MINUTE)}`);
      expect(clock.serverTimeOffset).to.be.within(-60 * MINUTE - 500, -60 * MINUTE + 50);
      expect(shows(el)).to.be.oneOf(['Code expires in 14:59', 'Code expires in 15:00']);
    });

    it('the Date header reaches the page only if the API exposes it (Access-Control-Expose-Headers: Date)', async () => {
      const exposed = server('ok');
      connect({ baseUrl: exposed.baseUrl });
      const withDate = (await rawAnswer(root, 'vk-code-submit', { code: '123456' })) as Record<string, unknown>;
      expect(withDate['serverTime']).to.be.a('number');
      expect(Math.abs(Number(withDate['serverTime']) - Date.now())).to.be.below(2000);
      disconnect();
      connect({ baseUrl: server('noexpose').baseUrl });
      const withoutDate = (await rawAnswer(root, 'vk-code-submit', { code: '123456' })) as Record<string, unknown>;
      expect(withoutDate).to.deep.equal({ ok: true });
    });
  });
});
