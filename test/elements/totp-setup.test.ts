import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ManualClock } from '../../src/core/clock.js';
import { isolate } from '../../src/core/i18n.js';
import type { VkCodeInput } from '../../src/elements/code-input/vk-code-input.js';
import '../../src/elements/provider/vk-provider.js';
import '../../src/elements/totp-setup/vk-totp-setup.js';
import type { VkTotpSetup } from '../../src/elements/totp-setup/vk-totp-setup.js';
import type { VkTotpSecretGenerateEvent, VkTotpVerifyAnswer, VkTotpVerifyEvent } from '../../src/elements/totp-setup/totp-setup.events.js';
import { buildOtpauthUri, parseOtpauthUri } from '../../src/totp/otpauth.js';
import { totpCode, verifyTotp } from '../../src/totp/verify.js';
import { nextEvent, part as find, partOrFail, recordConsole, settle } from '../helpers.js';
import { decodeQrSvg } from '../qr-decode.js';
import { runBadDataSuite } from '../suites/bad-data.suite.js';
import { runHostRequestSuite } from '../suites/host-request.suite.js';

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const key = { secret, issuer: 'ACME Exchange', account: 'jo+1@example.com' };
const uri = buildOtpauthUri(key);
/** The app's entry as the element names it: bidi-isolated (FSI/PDI), so it keeps its order in a right-to-left sentence. */
const label = isolate('ACME Exchange:jo+1@example.com');
const start = 1_700_000_010_000;

const eventNames = ['vk-totp-verify', 'vk-totp-secret-generate', 'vk-totp-linked', 'vk-totp-unlinked', 'vk-totp-reset', 'vk-code-submit'];

/** Every verikit event that reaches the document, for payload and secrecy checks. */
function recordEvents(): { events: CustomEvent[]; stop: () => void } {
  const events: CustomEvent[] = [];
  const record = (event: Event) => events.push(event as CustomEvent);
  for (const name of eventNames) document.addEventListener(name, record);
  return { events, stop: () => eventNames.forEach((name) => document.removeEventListener(name, record)) };
}

function detailText(event: CustomEvent): string {
  return JSON.stringify(event.detail, (_key, value: unknown) => (typeof value === 'function' || value instanceof AbortSignal ? undefined : value));
}

async function render(options: { clock?: ManualClock; withUri?: boolean } = {}, template = html`<vk-totp-setup></vk-totp-setup>`): Promise<VkTotpSetup> {
  const clock = options.clock ?? new ManualClock(start);
  const provider = await fixture(html`<vk-provider .clock=${clock}>${template}</vk-provider>`);
  const el = provider.querySelector('vk-totp-setup');
  if (!el) throw new Error('no <vk-totp-setup>');
  if (options.withUri !== false) el.uri = uri;
  await el.updateComplete;
  return el;
}

function part<T extends Element = HTMLElement>(el: VkTotpSetup, name: string): T {
  const found = [...(el.shadowRoot?.querySelectorAll<T>(`[part~="${name}"]`) ?? [])].find((node) => !node.closest('[hidden]'));
  if (!found) throw new Error(`no visible part "${name}"`);
  return found;
}

function hasPart(el: VkTotpSetup, name: string): boolean {
  return [...(el.shadowRoot?.querySelectorAll(`[part~="${name}"]`) ?? [])].some((node) => !node.closest('[hidden]'));
}

function visibleText(el: VkTotpSetup): string {
  return [...(el.shadowRoot?.querySelectorAll('h2, p, summary, button, [role="status"]') ?? [])]
    .filter((node) => !node.closest('[hidden]'))
    .map((node) => node.textContent.replace(/\s+/g, ' ').trim())
    .join(' | ');
}

/** Plays the inner `<vk-code-input>`: submits a code and resolves with the answer it receives. */
function submitCode(el: VkTotpSetup, code: string): { answer: Promise<VkTotpVerifyAnswer>; submitEvent: CustomEvent } {
  const input = part(el, 'code-input');
  let respond: (answer: VkTotpVerifyAnswer) => void = () => undefined;
  const answer = new Promise<VkTotpVerifyAnswer>((resolve) => {
    respond = resolve;
  });
  const submitEvent = new CustomEvent('vk-code-submit', {
    detail: {
      code,
      channel: 'totp',
      purpose: input.getAttribute('purpose'),
      respond: (value: VkTotpVerifyAnswer | PromiseLike<VkTotpVerifyAnswer>) => void Promise.resolve(value).then(respond),
      signal: new AbortController().signal,
    },
    bubbles: true,
    composed: true,
  });
  input.dispatchEvent(submitEvent);
  return { answer, submitEvent };
}

/** Reads the rendered QR code back, as a phone's camera would. */
const decodeQr = (el: VkTotpSetup): Promise<string | undefined> => decodeQrSvg(partOrFail<SVGSVGElement>(el, 'qr'));

function stubClipboard(writeText: (text: string) => Promise<void>): () => void {
  const clipboard = navigator.clipboard;
  const original = Object.getOwnPropertyDescriptor(clipboard, 'writeText');
  Object.defineProperty(clipboard, 'writeText', { value: writeText, configurable: true, writable: true });
  return () => {
    if (original) Object.defineProperty(clipboard, 'writeText', original);
    else delete (clipboard as unknown as Record<string, unknown>)['writeText'];
  };
}

/** Adds a `generate` element (issuer and account set before it connects) and waits for its request. */
async function mountGenerating(issuer: string, account: string) {
  const provider = await fixture(html`<vk-provider .clock=${new ManualClock(start)}></vk-provider>`);
  const generated = nextEvent(provider, 'vk-totp-secret-generate');
  const el = document.createElement('vk-totp-setup');
  Object.assign(el, { generate: true, issuer, account });
  provider.append(el);
  const event = await generated;
  await el.updateComplete;
  return { el, provider, event };
}

/** The next request `el` dispatches, as a promise. */
function nextRequest<K extends 'vk-totp-secret-generate' | 'vk-totp-verify'>(el: Element, name: K): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) => el.addEventListener(name, (event) => resolve(event as GlobalEventHandlersEventMap[K]), { once: true }));
}

/** The real inner `<vk-code-input>` of the visible code step. */
function innerCodeInput(el: VkTotpSetup): VkCodeInput {
  return part<VkCodeInput>(el, 'code-input');
}

let typed = 0;
/** Types a new six-digit code into the inner code input, as a user does; complete, it submits. */
async function typeCode(el: VkTotpSetup): Promise<void> {
  const input = innerCodeInput(el);
  input.clear();
  await input.updateComplete;
  input.focus();
  await sendKeys({ type: String(123456 + typed++) });
}

/** What the code input shows about the last check: its feedback or status line. */
function innerFeedback(el: VkTotpSetup): string {
  const root = el.shadowRoot?.querySelector('vk-code-input')?.shadowRoot;
  const line = root?.querySelector('[part~="feedback"]') ?? root?.querySelector('[part~="status"]');
  return line?.textContent.replace(/\s+/g, ' ').trim() ?? '';
}

describe('<vk-totp-setup>', () => {
  describe('QR code and manual key', () => {
    it('shows the Key URI as an accessible QR code that decodes back to the exact URI', async () => {
      const el = await render();
      const svg = part<SVGSVGElement>(el, 'qr');
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('aria-label')).to.equal(`QR code that adds ${label} to your authenticator app`);
      expect(svg.getAttribute('shape-rendering')).to.equal('crispEdges');
      expect(svg.querySelectorAll('path')).to.have.length(1);
      expect(await decodeQr(el)).to.equal(uri);
      expect(part(el, 'label-advice').textContent).to.contain(`“${label}”`);
      await expect(el).to.be.accessible();
    });

    it('builds the URI from totpConfig, with non-default parameters', async () => {
      const el = await render({ withUri: false });
      el.totpConfig = { ...key, algorithm: 'SHA256', digits: 8, period: 60 };
      await el.updateComplete;
      const decoded = await decodeQr(el);
      expect(decoded).to.equal(`otpauth://totp/ACME%20Exchange:jo%2B1%40example.com?secret=${secret}&issuer=ACME%20Exchange&algorithm=SHA256&digits=8&period=60`);
      expect(parseOtpauthUri(decoded ?? '').digits).to.equal(8);
    });

    it('keeps the secret out of attributes and property reads', async () => {
      const el = await render();
      expect(el.uri).to.equal('');
      expect(el.totpConfig).to.equal(undefined);
      for (const node of [el, ...(el.shadowRoot?.querySelectorAll('*') ?? [])]) {
        if (node.getAttribute('part') === 'qr' || node.tagName === 'path') continue; // the drawing is the QR code itself
        for (const name of node.getAttributeNames()) expect(node.getAttribute(name), `${node.tagName} ${name}`).not.to.contain(secret);
      }
    });

    // The setters used to throw; the bad-data policy (core/host-data.ts) reports instead and keeps the last valid key.
    it('reports bad key data once each, naming the element and the field but never the secret, and keeps the last valid key', async () => {
      const el = await render();
      const { calls } = await recordConsole('error', async () => {
        expect(() => (el.uri = 'otpauth://totp/ACME:jo?secret=JBSWY3DPEHPK3PXP1111&issuer=ACME')).not.to.throw();
        expect(() => (el.totpConfig = { ...key, digits: 5 })).not.to.throw();
        expect(() => (el.totpConfig = { ...key, account: '' })).not.to.throw();
        await el.updateComplete;
      });
      const reports = calls.map((call) => String(call[0]));
      expect(reports).to.have.length(3);
      expect(reports[0]).to.match(/<vk-totp-setup> property "uri" is invalid — field "secret": must be base32/);
      expect(reports[1]).to.match(/<vk-totp-setup> property "totpConfig" is invalid — field "digits": must be 6, 7 or 8/);
      expect(reports[2]).to.match(/<vk-totp-setup> property "totpConfig" is invalid — field "account": must not be empty/);
      for (const report of reports) expect(report, 'no secret in the console').not.to.contain('JBSWY3DPEHPK3PXP');
      expect(await decodeQr(el), 'the last valid key is kept').to.equal(uri);
    });

    it('shows the manual key in groups of four and copies it, with a visible confirmation', async () => {
      const el = await render();
      part<HTMLDetailsElement>(el, 'manual').open = true;
      expect([...part(el, 'key').querySelectorAll('span')].map((span) => span.textContent)).to.deep.equal(secret.match(/.{4}/g));
      const copied: string[] = [];
      const restore = stubClipboard((text) => {
      copied.push(text);
      return Promise.resolve();
    });
      try {
        part(el, 'copy-button').click();
        await aTimeout(0);
        await el.updateComplete;
      } finally {
        restore();
      }
      expect(copied).to.deep.equal([secret]);
      expect(part(el, 'copy-status').textContent).to.equal('Key copied.');
      await expect(el).to.be.accessible();
    });

    it('falls back to selecting the key when the clipboard is denied', async () => {
      const el = await render();
      part<HTMLDetailsElement>(el, 'manual').open = true;
      const restore = stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      try {
        part(el, 'copy-button').click();
        await aTimeout(0);
        await el.updateComplete;
      } finally {
        restore();
      }
      expect(part(el, 'copy-status').textContent).to.contain('did not allow copying');
      expect(document.getSelection()?.toString().replace(/\s/g, '')).to.equal(secret);
      await expect(el).to.be.accessible();
    });
  });

  describe('clock skew', () => {
    it('warns only when the device clock is off by more than one period', async () => {
      const el = await render();
      el.serverTime = start - 29_000;
      await el.updateComplete;
      expect(hasPart(el, 'skew-warning')).to.equal(false);
      el.serverTime = start - 31_000;
      await el.updateComplete;
      expect(part(el, 'skew-warning').textContent).to.match(/clock is 31 seconds ahead/);
      el.serverTime = start + 120_000;
      await el.updateComplete;
      expect(part(el, 'skew-warning').textContent).to.match(/clock is 2 minutes behind/);
      await expect(el).to.be.accessible();
    });
  });

  describe('code confirmation', () => {
    it('goes to the code step, asks the host through vk-totp-verify and fires vk-totp-linked', async () => {
      const clock = new ManualClock(start);
      const { events, stop } = recordEvents();
      const el = await render({ clock });
      part(el, 'next-button').click();
      await el.updateComplete;
      expect(el.shadowRoot?.activeElement?.textContent).to.equal('Enter the code from your app');
      const input = part(el, 'code-input');
      expect([input.getAttribute('channel'), input.getAttribute('length'), input.getAttribute('period'), input.getAttribute('purpose')]).to.deep.equal(['totp', '6', '30', 'link']);
      await expect(el).to.be.accessible();

      // The host checks the code with the exported helper, at the element's clock time.
      el.addEventListener('vk-totp-verify', (event) => {
        event.detail.respond(verifyTotp({ secret, token: event.detail.code, at: clock.now() }).valid ? { ok: true } : { ok: false, reason: 'wrong-code', attemptsLeft: 4 });
      });
      const linked = nextEvent(el, 'vk-totp-linked');
      const { answer, submitEvent } = submitCode(el, totpCode({ secret, at: clock.now() }));
      expect(await answer).to.deep.equal({ ok: true });
      expect((await linked).detail).to.deep.equal({ issuer: key.issuer, account: key.account });
      await el.updateComplete;
      stop();

      expect(el.state).to.equal('linked');
      expect(el.shadowRoot?.activeElement?.textContent).to.equal('Authenticator linked');
      expect(visibleText(el)).to.contain(`Its entry is “${label}”`);
      const verify = events.find((event) => event.type === 'vk-totp-verify');
      expect(verify?.detail).to.include({ purpose: 'link' });
      expect(events.includes(submitEvent), 'the inner vk-code-submit stays inside').to.equal(false);
      for (const event of events) expect(detailText(event), event.type).not.to.contain(secret);
      await expect(el).to.be.accessible();
    });

    it('works with the real <vk-code-input>: an autofilled code is checked by the host and links the app', async () => {
      const clock = new ManualClock(start);
      const el = await render({ clock });
      part(el, 'next-button').click();
      await el.updateComplete;
      const codeInput = part(el, 'code-input');
      const input = codeInput.shadowRoot?.querySelector<HTMLInputElement>('[part~="input"]');
      if (!input) throw new Error('no inner input');
      const codes: string[] = [];
      el.addEventListener('vk-totp-verify', (event) => {
        codes.push(event.detail.code);
        event.detail.respond(verifyTotp({ secret, token: event.detail.code, at: clock.now() }).valid ? { ok: true } : { ok: false, reason: 'wrong-code' });
      });
      const linked = nextEvent(el, 'vk-totp-linked');
      // What the browser does when an app or password manager fills a one-time code.
      input.value = totpCode({ secret, at: clock.now() - 30_000 });
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText' }));
      expect((await linked).detail).to.deep.equal({ issuer: key.issuer, account: key.account });
      expect(codes).to.deep.equal([input.value]);
      await el.updateComplete;
      expect(el.state).to.equal('linked');
    });

    for (const refusal of [{ ok: false, reason: 'wrong-code', attemptsLeft: 2 }, { ok: false, reason: 'expired' }] as const) {
      it(`passes "${refusal.reason}" back to the code input and stays on the code step`, async () => {
        const el = await render();
        part(el, 'next-button').click();
        await el.updateComplete;
        el.addEventListener('vk-totp-verify', (event) => event.detail.respond(refusal));
        const { answer } = submitCode(el, '000000');
        expect(await answer).to.deep.equal(refusal);
        await el.updateComplete;
        expect(el.state).to.equal('setup');
        expect(hasPart(el, 'code-input')).to.equal(true);
      });
    }

    it('turns a malformed answer into an error for the code input', async () => {
      const el = await render();
      part(el, 'next-button').click();
      await el.updateComplete;
      el.addEventListener('vk-totp-verify', (event) => event.detail.respond({ ok: 'yes' } as never));
      const errors: unknown[] = [];
      const originalError = console.error;
      console.error = (...args: unknown[]) => void errors.push(args[0]);
      try {
        expect(await submitCode(el, '123456').answer).to.deep.equal({ ok: false, reason: 'error' });
      } finally {
        console.error = originalError;
      }
      expect(String(errors[0])).to.match(/vk-totp-verify: respond\(\) got a malformed answer/);
    });

    it('shows a recoverable waiting state when nobody answers, and lets the user try again', async () => {
      const el = await render();
      part(el, 'next-button').click();
      await el.updateComplete;
      const { answer } = submitCode(el, '123456');
      await el.updateComplete;
      expect(part(el, 'feedback').textContent).to.contain('Still waiting for an answer');
      await expect(el).to.be.accessible();
      // Cancel hands the code input an error (with the cancelled text): the user may submit again.
      part(el, 'cancel').click();
      expect(await answer).to.include({ ok: false, reason: 'error' });
      await el.updateComplete;
      expect(hasPart(el, 'feedback')).to.equal(false);
    });

    it('goes back to the QR code without losing the step it was on', async () => {
      const el = await render();
      part(el, 'next-button').click();
      await el.updateComplete;
      const input = part(el, 'code-input');
      part(el, 'back-button').click();
      await el.updateComplete;
      expect(el.shadowRoot?.activeElement?.textContent).to.equal('Scan the QR code');
      part(el, 'next-button').click();
      await el.updateComplete;
      expect(part(el, 'code-input'), 'the same code input, with what the user typed').to.equal(input);
    });
  });

  describe('generated secret', () => {
    it('hands a browser-made secret to the host once, then shows its QR code', async () => {
      const { events, stop } = recordEvents();
      const { el, event } = await mountGenerating('ACME Exchange', 'jo@example.com');
      expect(hasPart(el, 'qr'), 'no QR code before the host stored the secret').to.equal(false);
      expect(event.detail.secret).to.match(/^[A-Z2-7]{32}$/);
      expect(parseOtpauthUri(event.detail.uri)).to.deep.equal({
        secret: event.detail.secret,
        issuer: 'ACME Exchange',
        account: 'jo@example.com',
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
      });
      expect(el.getAttributeNames().map((name) => el.getAttribute(name) ?? '').join(' ')).not.to.contain(event.detail.secret);
      event.detail.respond({ ok: true });
      await aTimeout(0);
      await el.updateComplete;
      expect(await decodeQr(el)).to.equal(event.detail.uri);
      stop();
      const carriers = events.filter((recorded) => detailText(recorded).includes(event.detail.secret)).map((recorded) => recorded.type);
      expect(carriers).to.deep.equal(['vk-totp-secret-generate']);
      await expect(el).to.be.accessible();
    });

    it('waits visibly when the host does not answer, and asks again on retry', async () => {
      const { el, provider, event: firstEvent } = await mountGenerating('ACME', 'jo');
      expect(part(el, 'feedback').textContent).to.contain('Still waiting');
      await expect(el).to.be.accessible();
      const second = nextEvent(provider, 'vk-totp-secret-generate');
      part(el, 'cancel').click();
      await el.updateComplete;
      part(el, 'retry').click();
      const secondEvent = await second;
      expect(firstEvent.detail.signal.aborted).to.equal(true);
      expect(secondEvent.detail.secret, 'the same pending secret is offered again').to.equal(firstEvent.detail.secret);
      // Without a message of the host's own (a message would be shown instead; see the host-request suite).
      secondEvent.detail.respond({ ok: false });
      await aTimeout(0);
      await el.updateComplete;
      expect(part(el, 'error').textContent).to.contain('We could not prepare your setup key.');
      await expect(el).to.be.accessible();
    });

    it('removed while generating and put back, it asks again (the same secret) instead of preparing forever', async () => {
      const { el, provider, event: firstEvent } = await mountGenerating('ACME', 'jo');
      firstEvent.detail.respond(new Promise(() => undefined));
      el.remove();
      await aTimeout(20);
      expect(firstEvent.detail.signal.aborted, 'a removal aborts').to.equal(true);
      const again = nextRequest(el, 'vk-totp-secret-generate');
      provider.append(el);
      const secondEvent = await again;
      expect(secondEvent.detail.secret).to.equal(firstEvent.detail.secret);
      secondEvent.detail.respond({ ok: true });
      await settle(el);
      expect(await decodeQr(el)).to.equal(secondEvent.detail.uri);
      expect(hasPart(el, 'preparing') || hasPart(el, 'feedback'), 'nothing left preparing').to.equal(false);
    });

    it('removed before it asked and put back, it asks then', async () => {
      const provider = await fixture(html`<vk-provider .clock=${new ManualClock(start)}></vk-provider>`);
      const el = document.createElement('vk-totp-setup');
      Object.assign(el, { generate: true, issuer: 'ACME', account: 'jo' });
      const requests: VkTotpSecretGenerateEvent[] = [];
      el.addEventListener('vk-totp-secret-generate', (event) => requests.push(event));
      provider.append(el);
      await el.updateComplete;
      el.remove();
      await aTimeout(50);
      expect(requests, 'nothing asked while detached').to.deep.equal([]);
      provider.append(el);
      const asked = await nextRequest(el, 'vk-totp-secret-generate');
      asked.detail.respond({ ok: true });
      await settle(el);
      expect(await decodeQr(el)).to.equal(asked.detail.uri);
    });
  });

  describe('linked, unlinking and review states', () => {
    it('offers new-phone guidance, unlink (confirmed by a code) and reset', async () => {
      const el = await render({ withUri: false }, html`<vk-totp-setup state="linked" issuer="ACME" account="jo@example.com"></vk-totp-setup>`);
      expect(visibleText(el)).to.contain(`Its entry is “${isolate('ACME:jo@example.com')}”`);
      part<HTMLDetailsElement>(el, 'new-phone').open = true;
      expect(part(el, 'new-phone').textContent).to.contain('Export accounts');
      await expect(el).to.be.accessible();

      const reset = nextEvent(el, 'vk-totp-reset');
      part(el, 'reset-button').click();
      expect((await reset).detail).to.deep.equal({ issuer: 'ACME', account: 'jo@example.com' });

      part(el, 'unlink-button').click();
      await el.updateComplete;
      expect(el.state).to.equal('unlinking');
      expect(el.shadowRoot?.activeElement?.textContent).to.equal('Unlink your authenticator');
      expect(part(el, 'notice').textContent).to.contain('paused for 24 hours');
      expect(part(el, 'code-input').getAttribute('purpose')).to.equal('unlink');
      await expect(el).to.be.accessible();

      const verify = nextEvent(el, 'vk-totp-verify');
      const unlinked = nextEvent(el, 'vk-totp-unlinked');
      const { answer } = submitCode(el, '123456');
      const verifyEvent: VkTotpVerifyEvent = await verify;
      expect(verifyEvent.detail).to.include({ code: '123456', purpose: 'unlink' });
      verifyEvent.detail.respond({ ok: true });
      expect(await answer).to.deep.equal({ ok: true });
      expect((await unlinked).detail).to.deep.equal({ issuer: 'ACME', account: 'jo@example.com' });
      await el.updateComplete;
      expect(el.state).to.equal('setup');
      expect(part(el, 'preparing').textContent).to.equal('Preparing your setup key…');
    });

    it('cancels unlinking back to the linked state', async () => {
      const el = await render({ withUri: false }, html`<vk-totp-setup state="unlinking"></vk-totp-setup>`);
      part(el, 'cancel-button').click();
      await el.updateComplete;
      expect(el.state).to.equal('linked');
      expect(visibleText(el)).to.contain('Your authenticator app is linked.');
    });

    it('explains a reset under review with the withdrawal hold', async () => {
      const el = await render({ withUri: false }, html`<vk-totp-setup state="pending-review" withdrawal-hold-hours="48"></vk-totp-setup>`);
      expect(part(el, 'heading').textContent).to.equal('Reset under review');
      expect(visibleText(el)).to.contain('about one business day');
      expect(part(el, 'notice').textContent).to.contain('paused for 48 hours');
      await expect(el).to.be.accessible();
    });

    it('shows the withdrawal notice during setup when replacing an authenticator', async () => {
      const el = await render({}, html`<vk-totp-setup replacing></vk-totp-setup>`);
      expect(part(el, 'notice').textContent).to.contain('paused for 24 hours after you change or reset your authenticator');
    });
  });

  describe('all three factors required (OKX [004])', () => {
    it('require-all-factors hides Unlink and says why; Reset stays', async () => {
      const el = await render({ withUri: false }, html`<vk-totp-setup state="linked" require-all-factors issuer="ACME" account="jo@example.com"></vk-totp-setup>`);
      expect(hasPart(el, 'unlink-button')).to.equal(false);
      expect(part(el, 'all-required').textContent).to.contain('cannot be unlinked');
      expect(hasPart(el, 'reset-button')).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('touch targets', () => {
    it('makes every button and disclosure at least 44px tall, in setup and linked states', async () => {
      const el = await render({}, html`<vk-totp-setup style="max-width: 320px"></vk-totp-setup>`);
      part<HTMLDetailsElement>(el, 'manual').open = true;
      const targets = () => [...(el.shadowRoot?.querySelectorAll('button, summary') ?? [])].filter((node) => !node.closest('[hidden]'));
      const short = () => targets().filter((node) => node.getBoundingClientRect().height < 44).map((node) => node.textContent.trim());
      expect(targets().length).to.be.greaterThan(2);
      expect(short()).to.deep.equal([]);
      el.state = 'linked';
      await el.updateComplete;
      expect(targets().length).to.equal(3);
      expect(short()).to.deep.equal([]);
    });
  });

  describe('translation', () => {
    it('takes every string from the catalog, with host overrides', async () => {
      const provider = await fixture(
        html`<vk-provider .clock=${new ManualClock(start)} .messages=${{ 'totp.scan.heading': 'Scanne den QR-Code', 'totp.qr.label': 'QR-Code für {label}' }}
          ><vk-totp-setup></vk-totp-setup
        ></vk-provider>`,
      );
      const el = provider.querySelector('vk-totp-setup');
      if (!el) throw new Error('no element');
      el.uri = uri;
      await el.updateComplete;
      expect(part(el, 'heading').textContent).to.equal('Scanne den QR-Code');
      expect(part(el, 'qr').getAttribute('aria-label')).to.equal(`QR-Code für ${label}`);
    });
  });
});

/** An element on its code step, ready for a code. */
async function mountOnCodeStep(): Promise<VkTotpSetup> {
  const el = await render();
  el.style.setProperty('--vk-transition-duration', '0s');
  part(el, 'next-button').click();
  await settle(el);
  return el;
}

runHostRequestSuite('<vk-totp-setup>', {
  mount: mountOnCodeStep,
  eventName: 'vk-totp-verify',
  trigger: (el) => typeCode(el),
  answer: { ok: true },
  expectAnswered: (el) => {
    expect(el.state).to.equal('linked');
  },
  // The user stays on the code step, whatever the host answers.
  userInput: (el) => ({ state: el.state, onCodeStep: hasPart(el, 'code-input') }),
  // Our own line shows while our host has not answered; the outcome (errors with Try again) is the code input's.
  feedback: (el) => (find(el, 'feedback')?.textContent.trim() ?? '') || innerFeedback(el),
  retryControl: (el) => innerCodeInput(el).shadowRoot?.querySelector<HTMLElement>('[part~="retry"]') ?? null,
});

runHostRequestSuite('<vk-totp-setup generate>', {
  mount: async () => {
    const el = await render({ withUri: false }, html`<vk-totp-setup issuer="ACME" account="jo@example.com"></vk-totp-setup>`);
    el.style.setProperty('--vk-transition-duration', '0s');
    return el;
  },
  eventName: 'vk-totp-secret-generate',
  // Turning `generate` on asks; once on, asking again is the user's Try again (after Cancel, if still waiting).
  trigger: async (el) => {
    const asked = nextRequest(el, 'vk-totp-secret-generate');
    if (!el.generate) {
      el.generate = true;
    } else {
      find(el, 'cancel')?.click();
      await el.updateComplete;
      find(el, 'retry')?.click();
    }
    await asked;
  },
  answer: { ok: true },
  hostError: { ok: false, message: 'Host says no.' },
  expectAnswered: (el) => {
    expect(hasPart(el, 'qr'), 'the QR code of the stored key').to.equal(true);
  },
  userInput: (el) => ({ state: el.state, issuer: el.issuer, account: el.account }),
  asksWhenConnected: true,
});

runBadDataSuite('<vk-totp-setup>', {
  mount: () => render(),
  properties: {
    state: [{ value: 'deleted', mentions: 'pending-review' }, { value: null }],
    issuer: [{ value: 'ACME:EU', mentions: 'colon' }, { value: 42 }],
    account: [{ value: 'jo:1', mentions: 'colon' }, { value: undefined }],
    serverTime: [{ value: -1 }, { value: 'now' }, { value: Number.POSITIVE_INFINITY }],
    withdrawalHoldHours: [{ value: -1 }, { value: 1.5 }, { value: Number.NaN }],
    uri: [{ value: 'otpauth://totp/ACME:jo?secret=JBSWY3DPEHPK3PXP1111&issuer=ACME', mentions: 'secret' }, { value: 'https://example.com' }, { value: 42 }],
    totpConfig: [{ value: { ...key, digits: 5 }, mentions: 'digits' }, { value: { ...key, issuer: 'A:B' }, mentions: 'issuer' }, { value: 'nope' }],
  },
});
