/**
 * SMS autofill through WebOTP (`navigator.credentials.get({ otp })`), with `navigator.credentials`
 * and `OTPCredential` stubbed: the browser's half (the SMS, the user's tap) is what the stub plays.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { VkCodeInput } from '../../src/elements/code-input/vk-code-input.js';
import { recordConsole } from '../helpers.js';
import { answerNext, hasState, inputOf, MINUTE, mount, part, sendCode, settle, statusOf, type } from './code-input.fixtures.js';

interface OtpCall {
  options: { otp?: { transport?: string[] }; signal?: AbortSignal };
  resolve: (credential: { code: string } | null) => void;
  reject: (error: unknown) => void;
}

/** Stubs WebOTP: `OTPCredential` exists and `navigator.credentials.get` records each call. */
function stubWebOtp(): { calls: OtpCall[]; restore: () => void } {
  const calls: OtpCall[] = [];
  const otp = Object.getOwnPropertyDescriptor(window, 'OTPCredential');
  // Only its presence matters (the element feature-detects `'OTPCredential' in window`).
  Object.defineProperty(window, 'OTPCredential', { configurable: true, writable: true, value: {} });
  const get = (options: OtpCall['options']) =>
    new Promise<{ code: string } | null>((resolve, reject) => {
      calls.push({ options, resolve, reject });
      options.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
    });
  Object.defineProperty(navigator, 'credentials', { configurable: true, value: { get } });
  return {
    calls,
    restore: () => {
      Reflect.deleteProperty(navigator, 'credentials');
      if (otp) Object.defineProperty(window, 'OTPCredential', otp);
      else Reflect.deleteProperty(window, 'OTPCredential');
    },
  };
}

/** A browser without WebOTP (Firefox, Safari, desktop without it): no `OTPCredential`. */
function withoutWebOtp(): { gets: () => number; restore: () => void } {
  const otp = Object.getOwnPropertyDescriptor(window, 'OTPCredential');
  Reflect.deleteProperty(window, 'OTPCredential');
  let gets = 0;
  Object.defineProperty(navigator, 'credentials', { configurable: true, value: { get: () => ((gets += 1), new Promise(() => undefined)) } });
  return {
    gets: () => gets,
    restore: () => {
      Reflect.deleteProperty(navigator, 'credentials');
      if (otp) Object.defineProperty(window, 'OTPCredential', otp);
    },
  };
}

async function smsCodeSent(props: Partial<Pick<VkCodeInput, 'manualSubmit' | 'purpose'>> = {}) {
  const mounted = await mount({ channel: 'sms', purpose: 'current-phone', ...props });
  await sendCode(mounted.el, mounted.clock);
  return mounted;
}

const otpModuleFetched = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/src/elements/code-input/code-input.webotp'));

describe('<vk-code-input> SMS autofill (WebOTP)', () => {
  // First in the file: the page has not loaded the WebOTP module yet.
  it('does nothing where WebOTP is missing: no call, no download, no error, autocomplete="one-time-code" stays', async () => {
    const browser = withoutWebOtp();
    try {
      const { calls: errors } = await recordConsole('error', async () => {
        const { calls: warnings } = await recordConsole('warn', async () => {
          const { el } = await smsCodeSent();
          await settle(el);
          expect(hasState(el, 'sent')).to.equal(true);
          expect(inputOf(el).autocomplete).to.equal('one-time-code');
        });
        expect(warnings).to.deep.equal([]);
      });
      expect(errors).to.deep.equal([]);
      expect(browser.gets()).to.equal(0);
      expect(otpModuleFetched(), 'the WebOTP module is never downloaded').to.equal(false);
    } finally {
      browser.restore();
    }
  });

  it('after an SMS was sent, asks for the code over SMS, fills it and submits it', async () => {
    const otp = stubWebOtp();
    try {
      const { el } = await smsCodeSent();
      await waitUntil(() => otp.calls.length === 1, 'navigator.credentials.get was never called');
      const [call] = otp.calls;
      expect(call?.options.otp).to.deep.equal({ transport: ['sms'] });
      expect(call?.options.signal).to.be.instanceOf(AbortSignal);
      const submitted = new Promise<string>((resolve) => el.addEventListener('vk-code-submit', (event) => {
        resolve(event.detail.code);
        event.detail.respond({ ok: true });
      }, { once: true }));
      call?.resolve({ code: '482913' });
      expect(await submitted).to.equal('482913');
      await settle(el);
      expect(el.value).to.equal('482913');
      expect(inputOf(el).value).to.equal('482913');
      expect(hasState(el, 'success')).to.equal(true);
      expect(otpModuleFetched()).to.equal(true);
    } finally {
      otp.restore();
    }
  });

  it('with manual-submit, fills the code and waits for Verify', async () => {
    const otp = stubWebOtp();
    try {
      const { el } = await smsCodeSent({ manualSubmit: true });
      await waitUntil(() => otp.calls.length === 1);
      let submits = 0;
      el.addEventListener('vk-code-submit', () => (submits += 1));
      otp.calls[0]?.resolve({ code: '482913' });
      await settle(el);
      expect(el.value).to.equal('482913');
      expect(submits).to.equal(0);
      expect(part(el, '[part="verify"]').getAttribute('aria-disabled')).to.equal('false');
    } finally {
      otp.restore();
    }
  });

  it('stops waiting when the user submits a code themselves', async () => {
    const otp = stubWebOtp();
    try {
      const { el } = await smsCodeSent();
      await waitUntil(() => otp.calls.length === 1);
      answerNext(el, 'vk-code-submit', { ok: true });
      await type(el, '123456');
      await settle(el);
      expect(otp.calls[0]?.options.signal?.aborted).to.equal(true);
      expect(hasState(el, 'success')).to.equal(true);
    } finally {
      otp.restore();
    }
  });

  it('stops waiting on a new request, and waits for the new SMS instead', async () => {
    const otp = stubWebOtp();
    try {
      const { el, clock } = await smsCodeSent();
      await waitUntil(() => otp.calls.length === 1);
      clock.advance(MINUTE + 1000);
      await settle(el);
      await sendCode(el, clock);
      expect(otp.calls[0]?.options.signal?.aborted, 'the first wait').to.equal(true);
      await waitUntil(() => otp.calls.length === 2, 'no wait for the new SMS');
      expect(otp.calls[1]?.options.signal?.aborted).to.equal(false);
      otp.calls[0]?.resolve({ code: '111111' }); // too late: ignored
      await settle(el);
      expect(el.value).to.equal('');
    } finally {
      otp.restore();
    }
  });

  it('stops waiting when the code expires', async () => {
    const otp = stubWebOtp();
    try {
      const { el, clock } = await smsCodeSent();
      await waitUntil(() => otp.calls.length === 1);
      clock.advance(15 * MINUTE + 1000);
      await settle(el);
      expect(hasState(el, 'expired')).to.equal(true);
      expect(otp.calls[0]?.options.signal?.aborted).to.equal(true);
    } finally {
      otp.restore();
    }
  });

  it('keeps waiting through a DOM move and stops when the element is removed', async () => {
    const otp = stubWebOtp();
    try {
      const { el, provider } = await smsCodeSent();
      await waitUntil(() => otp.calls.length === 1);
      const signal = otp.calls[0]?.options.signal;
      const elsewhere = document.createElement('div');
      document.body.append(elsewhere);
      elsewhere.append(el);
      provider.append(el);
      await new Promise((done) => setTimeout(done, 20));
      expect(signal?.aborted, 'a move is not a removal').to.equal(false);
      el.remove();
      await new Promise((done) => setTimeout(done, 20));
      expect(signal?.aborted, 'a removal aborts').to.equal(true);
      elsewhere.remove();
    } finally {
      otp.restore();
    }
  });

  it('shows nothing and logs nothing when the user dismisses the prompt (a rejection); typing still works', async () => {
    const otp = stubWebOtp();
    try {
      const { el } = await smsCodeSent();
      await waitUntil(() => otp.calls.length === 1);
      const before = statusOf(el);
      const { calls } = await recordConsole('error', async () => {
        otp.calls[0]?.reject(new DOMException('The user dismissed the prompt.', 'NotAllowedError'));
        await settle(el);
      });
      expect(calls).to.deep.equal([]);
      expect(statusOf(el)).to.equal(before);
      expect(el.value).to.equal('');
      answerNext(el, 'vk-code-submit', { ok: true });
      await type(el, '123456');
      await settle(el);
      expect(hasState(el, 'success')).to.equal(true);
    } finally {
      otp.restore();
    }
  });

  it('never asks for e-mail codes', async () => {
    const otp = stubWebOtp();
    try {
      const { el, clock } = await mount({ channel: 'email' });
      await sendCode(el, clock);
      await new Promise((done) => setTimeout(done, 50));
      expect(otp.calls).to.have.length(0);
    } finally {
      otp.restore();
    }
  });
});
