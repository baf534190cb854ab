import { expect } from '@open-wc/testing';
import type { VkCodeRequestAnswer, VkCodeSubmitAnswer } from '../../src/elements/code-input/code-input.events.js';
import type { VkCodeInput } from '../../src/elements/code-input/vk-code-input.js';
import { requestMessages } from '../../src/core/request.messages.js';
import { nextEvent } from '../helpers.js';
import { runHostRequestSuite } from '../suites/host-request.suite.js';
import {
  announced,
  answerLater,
  answerNext,
  hasState,
  HOUR,
  inputOf,
  MINUTE,
  mount,
  openHelp,
  part,
  paste,
  press,
  query,
  recordingConsole,
  sendCode,
  settle,
  START,
  statusOf,
  text,
  type,
} from './code-input.fixtures.js';

describe('<vk-code-input> requests and timers', () => {
  describe('submitting', () => {
    it('auto-submits a complete code and shows success', async () => {
      const { el } = await mount({ channel: 'sms', purpose: 'new-phone' });
      const respond = answerLater<VkCodeSubmitAnswer>(el, 'vk-code-submit');
      const submit = nextEvent(el, 'vk-code-submit');
      const verified = nextEvent(el, 'vk-code-verified');
      await paste(el, '123456');
      const request = await submit;
      expect(request.detail).to.include({ code: '123456', channel: 'sms', purpose: 'new-phone' });
      expect(request.detail.signal.aborted).to.equal(false);
      expect(statusOf(el)).to.equal('Checking the code…');
      expect(hasState(el, 'pending')).to.equal(true);
      respond({ ok: true });
      expect((await verified).detail).to.deep.equal({ channel: 'sms', purpose: 'new-phone' });
      await el.updateComplete;
      expect(hasState(el, 'success')).to.equal(true);
      expect(hasState(el, 'pending')).to.equal(false);
      expect(statusOf(el)).to.equal('Code verified.');
      expect(inputOf(el).readOnly).to.equal(true);
      expect(query(el, '[part="get-code"]')).to.equal(null);
    });

    it('shows a wrong code with attempts left and keeps it selected for retyping', async () => {
      const { el } = await mount();
      answerNext(el, 'vk-code-submit', { ok: false, reason: 'wrong-code', attemptsLeft: 3 });
      await type(el, '654321');
      await settle(el);
      expect(statusOf(el)).to.equal('Wrong code. 3 attempts left.');
      expect(announced(el)).to.equal('Wrong code. 3 attempts left.');
      expect(hasState(el, 'wrong')).to.equal(true);
      const input = inputOf(el);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(el.value).to.equal('654321');
      expect(el.shadowRoot?.activeElement).to.equal(input);
      expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, 6]);

      answerNext(el, 'vk-code-submit', { ok: false, reason: 'wrong-code', attemptsLeft: 1 });
      await type(el, '111111');
      await settle(el);
      expect(el.value).to.equal('111111');
      expect(statusOf(el)).to.equal('Wrong code. 1 attempt left.');
    });

    it('locks with a live "unlocks in" countdown, offers the help links, then unlocks', async () => {
      const { el, clock } = await mount({ purpose: 'login' });
      answerNext(el, 'vk-code-submit', { ok: false, reason: 'locked', lockedUntil: START + 2 * HOUR });
      const lock = nextEvent(el, 'vk-code-lock');
      await paste(el, '123456');
      expect((await lock).detail).to.deep.equal({ channel: 'email', purpose: 'login', lockedUntil: START + 2 * HOUR });
      await settle(el);
      expect(hasState(el, 'locked')).to.equal(true);
      expect(announced(el)).to.equal('Too many attempts. Try again in 2 hours.');
      expect(statusOf(el)).to.match(/^Verification is locked until /);
      expect(text(query(el, '[part~="lock-timer"]'))).to.equal('Unlocks in 2:00:00');
      expect(inputOf(el).readOnly).to.equal(true);
      expect(part(el, '[part="get-code"]').getAttribute('aria-disabled')).to.equal('true');

      clock.advance(61_000);
      await el.updateComplete;
      expect(text(query(el, '[part~="lock-timer"]'))).to.equal('Unlocks in 1:58:59');

      const forgot = nextEvent(el, 'vk-password-forgot');
      part(el, '[part="lock"] [part="forgot-password"]').click();
      expect((await forgot).detail).to.deep.equal({ channel: 'email', purpose: 'login' });
      const reset = nextEvent(el, 'vk-verification-reset');
      part(el, '[part="lock"] [part="reset-verification"]').click();
      expect((await reset).detail).to.deep.equal({ channel: 'email', purpose: 'login' });

      clock.advance(2 * HOUR);
      await el.updateComplete;
      expect(hasState(el, 'locked')).to.equal(false);
      expect(announced(el)).to.equal('You can try again now.');
      expect(inputOf(el).readOnly).to.equal(false);
      expect(query(el, '[part="lock"]')).to.equal(null);
    });

    it('reports a malformed answer as a developer error naming the event and field, and keeps the code', async () => {
      const { el } = await mount();
      answerNext(el, 'vk-code-submit', { ok: false, reason: 'wrong-code', attemptsLeft: 'three' });
      const errors = await recordingConsole('error', async () => {
        await paste(el, '123456');
        await settle(el);
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('vk-code-submit');
      expect(errors[0]).to.contain('field "attemptsLeft"');
      expect(statusOf(el)).to.equal('Verification error, please try again.');
      expect(el.value).to.equal('123456');
    });

    it('shows a retryable network error for a rejected promise and retries with the same code', async () => {
      const { el } = await mount();
      answerNext(el, 'vk-code-submit', Promise.reject(new TypeError('Failed to fetch')));
      await paste(el, '123456');
      await settle(el);
      expect(statusOf(el)).to.equal('Could not reach the server. Check your connection and try again.');
      expect(el.value).to.equal('123456');
      const retried = nextEvent(el, 'vk-code-submit');
      answerNext(el, 'vk-code-submit', { ok: true });
      part(el, '[part="retry"]').click();
      expect((await retried).detail.code).to.equal('123456');
      await settle(el);
      expect(hasState(el, 'success')).to.equal(true);
      expect(query(el, '[part="retry"]')).to.equal(null);
    });

    it("shows the host's error message", async () => {
      const { el } = await mount();
      answerNext(el, 'vk-code-submit', { ok: false, reason: 'error', message: 'Verification error, code 42' });
      await paste(el, '123456');
      await settle(el);
      expect(statusOf(el)).to.equal('Verification error, code 42');
      expect(part(el, '[part="status"]').dataset['tone']).to.equal('danger');
      await expect(el).to.be.accessible();
    });

    it('marks the code expired when the host says so and offers a new one', async () => {
      const { el, clock } = await mount();
      await sendCode(el, clock);
      answerNext(el, 'vk-code-submit', { ok: false, reason: 'expired' });
      const expire = nextEvent(el, 'vk-code-expire');
      await paste(el, '123456');
      expect((await expire).detail).to.deep.equal({ channel: 'email', purpose: '', expiresAt: START + 15 * MINUTE });
      await settle(el);
      expect(hasState(el, 'expired')).to.equal(true);
      expect(hasState(el, 'sent')).to.equal(false);
      expect(statusOf(el)).to.equal('This code has expired. Get a new code.');
      expect(text(part(el, '[part="get-code"]'))).to.match(/^Resend code/);
    });

    it('waits visibly when nobody answers, warns once, and lets the user try again', async () => {
      const { el } = await mount();
      const signals: AbortSignal[] = [];
      el.addEventListener('vk-code-submit', (event) => signals.push(event.detail.signal));
      const warnings = await recordingConsole('warn', async () => {
        await paste(el, '123456');
        await settle(el);
        expect(statusOf(el)).to.equal(requestMessages['request.waiting']);
        expect(hasState(el, 'pending')).to.equal(true);
        await expect(el).to.be.accessible();
        part(el, '[part="retry"]').click();
        await settle(el);
      });
      expect(warnings.filter((call) => call.includes('nobody answered vk-code-submit'))).to.have.length(1);
      expect(signals).to.have.length(2);
      expect(signals[0]?.aborted).to.equal(true);
      expect(signals[1]?.aborted).to.equal(false);
      expect(el.value).to.equal('123456');
    });

    it('aborts a pending check when the user changes the code', async () => {
      const { el } = await mount();
      let signal: AbortSignal | undefined;
      el.addEventListener('vk-code-submit', (event) => {
        signal = event.detail.signal;
        event.detail.respond(new Promise(() => undefined));
      });
      await paste(el, '123456');
      expect(signal?.aborted).to.equal(false);
      el.focus();
      await press(el, 'Backspace');
      expect(el.value).to.equal('12345');
      expect(signal?.aborted).to.equal(true);
      expect(hasState(el, 'pending')).to.equal(false);
    });

    it('waits for Verify with manual-submit', async () => {
      const { el } = await mount({ manualSubmit: true });
      let submitted = 0;
      el.addEventListener('vk-code-submit', (event) => {
        submitted++;
        event.detail.respond({ ok: true });
      });
      const verify = part(el, '[part="verify"]');
      expect(verify.getAttribute('aria-disabled')).to.equal('true');
      await expect(el).to.be.accessible();
      await paste(el, '123456');
      expect(submitted).to.equal(0);
      expect(verify.getAttribute('aria-disabled')).to.equal('false');
      verify.click();
      await settle(el);
      expect(submitted).to.equal(1);
      expect(hasState(el, 'success')).to.equal(true);
    });
  });

  describe('getting a code', () => {
    it('requests a code, shows where it went, the validity and the resend cooldown', async () => {
      const { el, clock } = await mount({ channel: 'email', purpose: 'current-email' });
      const getCode = part(el, '[part="get-code"]');
      expect(text(getCode)).to.equal('Get code');
      const respond = answerLater<VkCodeRequestAnswer>(el, 'vk-code-request');
      const request = nextEvent(el, 'vk-code-request');
      const sent = nextEvent(el, 'vk-code-sent');
      getCode.click();
      const { detail } = await request;
      expect(detail).to.include({ channel: 'email', purpose: 'current-email' });
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Sending the code…');
      expect(getCode.getAttribute('aria-disabled')).to.equal('true');
      respond({ ok: true, expiresAt: START + 15 * MINUTE, resendAt: START + MINUTE, maskedDestination: 'j•••@mail.com' });
      expect((await sent).detail).to.deep.equal({
        channel: 'email',
        purpose: 'current-email',
        expiresAt: START + 15 * MINUTE,
        resendAt: START + MINUTE,
        maskedDestination: 'j•••@mail.com',
      });
      await settle(el);
      // Said once, on the destination line (issue 18): the status line does not repeat it.
      expect(statusOf(el)).to.equal('');
      expect(text(query(el, '[part="destination"]'))).to.equal('Code sent to \u2068j•••@mail.com\u2069');
      expect(text(query(el, '[part~="expiry-timer"]'))).to.equal('Code expires in 15:00');
      expect(text(getCode)).to.equal('Resend code in 1:00');
      expect(getCode.getAttribute('aria-disabled')).to.equal('true');
      expect(hasState(el, 'sent')).to.equal(true);
      expect(el.shadowRoot?.activeElement).to.equal(inputOf(el));
      expect(clock.listenerCount).to.be.greaterThan(0);
    });

    it('expires at exactly 15:00 and offers a new code', async () => {
      const { el, clock } = await mount();
      await sendCode(el, clock);
      const expired: number[] = [];
      el.addEventListener('vk-code-expire', (event) => expired.push(event.detail.expiresAt));
      clock.advance(15 * MINUTE - 1000);
      await el.updateComplete;
      expect(text(query(el, '[part~="expiry-timer"]'))).to.equal('Code expires in 0:01');
      expect(hasState(el, 'expired')).to.equal(false);
      clock.advance(999);
      await el.updateComplete;
      expect(expired).to.deep.equal([]);
      clock.advance(1);
      await el.updateComplete;
      expect(expired).to.deep.equal([START + 15 * MINUTE]);
      expect(hasState(el, 'expired')).to.equal(true);
      expect(statusOf(el)).to.equal('This code has expired. Get a new code.');
      expect(announced(el)).to.equal('This code has expired. Get a new code.');
      expect(inputOf(el).getAttribute('aria-invalid')).to.equal('true');
      expect(query(el, '[part~="expiry-timer"]')).to.equal(null);
      const getCode = part(el, '[part="get-code"]');
      expect(text(getCode)).to.equal('Resend code');
      expect(getCode.getAttribute('aria-disabled')).to.equal('false');

      // Typing the old code does not submit an expired code.
      let submitted = false;
      el.addEventListener('vk-code-submit', () => (submitted = true));
      await paste(el, '123456');
      expect(submitted).to.equal(false);

      clock.advance(HOUR);
      expect(expired).to.have.length(1);
      await sendCode(el, clock);
      expect(hasState(el, 'expired')).to.equal(false);
    });

    it('keeps "Resend" unavailable until the cooldown ends', async () => {
      const { el, clock } = await mount();
      await sendCode(el, clock);
      let requests = 0;
      el.addEventListener('vk-code-request', (event) => {
        requests++;
        event.detail.respond({ ok: true, expiresAt: clock.now() + 15 * MINUTE, resendAt: clock.now() + MINUTE });
      });
      const getCode = part(el, '[part="get-code"]');
      getCode.click();
      clock.advance(59_000);
      await el.updateComplete;
      expect(text(getCode)).to.equal('Resend code in 0:01');
      getCode.click();
      expect(requests).to.equal(0);
      clock.advance(1000);
      await el.updateComplete;
      expect(text(getCode)).to.equal('Resend code');
      expect(getCode.getAttribute('aria-disabled')).to.equal('false');
      getCode.click();
      expect(requests).to.equal(1);
    });

    it('expires once after a background jump past the deadline', async () => {
      const { el, clock } = await mount();
      await sendCode(el, clock);
      const expired: number[] = [];
      el.addEventListener('vk-code-expire', (event) => expired.push(event.detail.expiresAt));
      clock.jump(40 * MINUTE);
      await el.updateComplete;
      clock.jump(MINUTE);
      await el.updateComplete;
      expect(expired).to.deep.equal([START + 15 * MINUTE]);
      expect(hasState(el, 'expired')).to.equal(true);
      expect(announced(el)).to.equal('This code has expired. Get a new code.');
    });

    it('shows rate limiting with the host retry time', async () => {
      const { el, clock } = await mount();
      answerNext(el, 'vk-code-request', { ok: false, reason: 'rate-limited', retryAt: START + 5 * MINUTE });
      part(el, '[part="get-code"]').click();
      await settle(el);
      expect(statusOf(el)).to.equal('Too many requests. You can ask for a new code in 5 minutes.');
      expect(text(part(el, '[part="get-code"]'))).to.equal('Get code in 5:00');
      await expect(el).to.be.accessible();
      clock.advance(5 * MINUTE);
      await el.updateComplete;
      expect(part(el, '[part="get-code"]').getAttribute('aria-disabled')).to.equal('false');
      expect(statusOf(el)).to.equal('');
    });

    it('locks when the host refuses to send', async () => {
      const { el } = await mount();
      answerNext(el, 'vk-code-request', { ok: false, reason: 'locked', lockedUntil: START + 24 * HOUR });
      part(el, '[part="get-code"]').click();
      await settle(el);
      expect(hasState(el, 'locked')).to.equal(true);
      expect(announced(el)).to.equal('Too many attempts. Try again in 24 hours.');
      expect(text(query(el, '[part~="lock-timer"]'))).to.equal('Unlocks in 24:00:00');
    });

    it('reports a malformed answer and an expiresAt in the past as developer errors', async () => {
      const { el } = await mount();
      const errors = await recordingConsole('error', async () => {
        answerNext(el, 'vk-code-request', { ok: true, expiresAt: 'soon', resendAt: START });
        part(el, '[part="get-code"]').click();
        await settle(el);
        expect(statusOf(el)).to.equal('Verification error, please try again.');
        answerNext(el, 'vk-code-request', { ok: true, expiresAt: Math.floor(START / 1000) + 900, resendAt: START });
        part(el, '[part="get-code"]').click();
        await settle(el);
      });
      expect(errors[0]).to.contain('vk-code-request');
      expect(errors[0]).to.contain('field "expiresAt"');
      expect(errors[1]).to.match(/vk-code-request: respond\(\) got field "expiresAt" \d+, which is in the past/);
      expect(errors[1]).to.contain('looks like seconds');
      expect(hasState(el, 'sent')).to.equal(false);
      expect(statusOf(el)).to.equal('Verification error, please try again.');
    });

    it('refuses a time in an answer that a Date cannot hold, as its properties do', async () => {
      const { el } = await mount();
      const errors = await recordingConsole('error', async () => {
        answerNext(el, 'vk-code-submit', { ok: false, reason: 'locked', lockedUntil: 9e15 });
        await paste(el, '123456');
        await settle(el);
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('vk-code-submit');
      expect(errors[0]).to.contain('field "lockedUntil"');
      expect(hasState(el, 'locked')).to.equal(false);
      expect(statusOf(el)).to.equal('Verification error, please try again.');
    });

    it('offers to retry a request that failed to fetch', async () => {
      const { el, clock } = await mount();
      answerNext(el, 'vk-code-request', Promise.reject(new TypeError('Failed to fetch')));
      part(el, '[part="get-code"]').click();
      await settle(el);
      expect(statusOf(el)).to.equal('Could not reach the server. Check your connection and try again.');
      answerNext(el, 'vk-code-request', { ok: true, expiresAt: clock.now() + 15 * MINUTE, resendAt: clock.now() + MINUTE });
      part(el, '[part="retry"]').click();
      await settle(el);
      expect(hasState(el, 'sent')).to.equal(true);
      expect(query(el, '[part="retry"]')).to.equal(null);
    });

    it('honours expiresAt, resendAt and lockedUntil set by a host that sent the code itself', async () => {
      const { el } = await mount({ expiresAt: START + 10 * MINUTE, resendAt: START + 30_000, maskedDestination: '+1 ••• 42' });
      expect(text(query(el, '[part~="expiry-timer"]'))).to.equal('Code expires in 10:00');
      expect(text(query(el, '[part="destination"]'))).to.equal('Code sent to \u2068+1 ••• 42\u2069');
      expect(text(part(el, '[part="get-code"]'))).to.equal('Resend code in 0:30');

      el.lockedUntil = START + HOUR;
      await el.updateComplete;
      expect(hasState(el, 'locked')).to.equal(true);

      const errors = await recordingConsole('error', async () => {
        el.expiresAt = START - 1000;
        await el.updateComplete;
      });
      expect(errors[0]).to.match(/<vk-code-input> property "expiresAt" is in the past/);
      expect(hasState(el, 'expired')).to.equal(true);
    });
  });

  describe('authenticator window', () => {
    it('shows the 30-second window aligned to the epoch, resetting exactly at :00 and :30', async () => {
      const { el, clock } = await mount({ channel: 'totp' }, { start: START + 17_000 });
      expect(query(el, '[part="get-code"]')).to.equal(null);
      expect(inputOf(el).labels?.[0]?.textContent.trim()).to.equal('Authenticator app code');
      const timer = () => text(query(el, '[part~="window-timer"]'));
      const bar = () => part<HTMLProgressElement>(el, '[part="window"]');
      expect(timer()).to.equal('Current code changes in 0:13');
      clock.advance(12_000);
      await el.updateComplete;
      expect(timer()).to.equal('Current code changes in 0:01');
      clock.advance(999);
      await el.updateComplete;
      expect(timer()).to.equal('Current code changes in 0:01');
      clock.advance(1); // :30 exactly
      await el.updateComplete;
      expect(timer()).to.equal('Current code changes in 0:30');
      expect(bar().value).to.equal(30);
      expect(bar().max).to.equal(30);
      clock.advance(30_000); // :00 exactly
      await el.updateComplete;
      expect(timer()).to.equal('Current code changes in 0:30');
      clock.jump(10 * MINUTE + 5_000);
      await el.updateComplete;
      expect(timer()).to.equal('Current code changes in 0:25');
      await expect(el).to.be.accessible();
    });

    it('honours a custom period and the TOTP help', async () => {
      const { el } = await mount({ channel: 'totp', period: 60 }, { start: START + 45_000 });
      expect(text(query(el, '[part~="window-timer"]'))).to.equal('Current code changes in 0:15');
      expect(text(part(el, '[part="help-summary"]'))).to.equal('Code not working?');
      expect(query(el, '[part="help-list"]'), 'tips render only once opened').to.equal(null);
      await openHelp(el);
      expect(text(part(el, '[part="help-list"]'))).to.contain('each code is valid for 60 seconds');
    });
  });
});

runHostRequestSuite<VkCodeInput>('<vk-code-input> getting a code', {
  mount: async () => (await mount({ channel: 'email', value: '12' })).el,
  eventName: 'vk-code-request',
  trigger: (el) => part(el, '[part="get-code"]').click(),
  answer: { ok: true, expiresAt: START + 15 * MINUTE, resendAt: START + MINUTE },
  expectAnswered: (el) => {
    expect(hasState(el, 'sent')).to.equal(true);
    expect(statusOf(el)).to.equal('We sent you a code.');
  },
  userInput: (el) => el.value,
  feedback: statusOf,
});

runHostRequestSuite<VkCodeInput>('<vk-code-input> checking the code', {
  // A code the host put in is not checked by itself; pasting a whole code is (even the same one).
  mount: async () => (await mount({ channel: 'sms', value: '123456' })).el,
  eventName: 'vk-code-submit',
  trigger: (el) => paste(el, '123456'),
  answer: { ok: true },
  expectAnswered: (el) => {
    expect(hasState(el, 'success')).to.equal(true);
    expect(statusOf(el)).to.equal('Code verified.');
  },
  userInput: (el) => el.value,
  feedback: statusOf,
});

