import { aTimeout, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VkCodeInput } from '../../src/elements/code-input/vk-code-input.js';
import type { VkCodeSubmitAnswer } from '../../src/elements/code-input/code-input.events.js';
import { normalizeCode } from '../../src/elements/code-input/code-field.js';
import { nextEvent } from '../helpers.js';
import { runBadDataSuite } from '../suites/bad-data.suite.js';
import {
  activeSlots,
  announced,
  answerLater,
  answerNext,
  autofill,
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
  slotTexts,
  START,
  statusOf,
  text,
  type,
} from './code-input.fixtures.js';

// The requests (getting a code, submitting it), the timers and the host-request contract are in
// code-input.requests.test.ts; the form participation in code-input.form.test.ts.
describe('<vk-code-input>', () => {
  describe('accessibility', () => {
    it('is one labelled one-time-code input drawn as hidden slots', async () => {
      const { el } = await mount();
      const input = inputOf(el);
      expect(el.shadowRoot?.querySelectorAll('input')).to.have.length(1);
      expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
      expect(input.getAttribute('inputmode')).to.equal('numeric');
      expect(input.labels?.[0]?.textContent.trim()).to.equal('E-mail verification code');
      expect(input.getAttribute('aria-describedby')).to.equal('hint status');
      expect(part(el, '#hint').textContent.trim()).to.equal('Enter the 6-digit code.');
      expect(part(el, '[part="slots"]').getAttribute('aria-hidden')).to.equal('true');
      expect(slotTexts(el)).to.deep.equal(['', '', '', '', '', '']);
      await expect(el).to.be.accessible();
    });

    it('is axe-clean in the sent, pending, wrong, success, expired, locked and network states', async () => {
      const { el, clock } = await mount({ maskedDestination: 'j•••@mail.com' });
      await sendCode(el, clock);
      expect(hasState(el, 'sent')).to.equal(true);
      await expect(el).to.be.accessible();

      const respondLater = answerLater<VkCodeSubmitAnswer>(el, 'vk-code-submit');
      await paste(el, '111111');
      expect(hasState(el, 'pending')).to.equal(true);
      await expect(el).to.be.accessible();

      respondLater({ ok: false, reason: 'wrong-code', attemptsLeft: 2 });
      await settle(el);
      expect(hasState(el, 'wrong')).to.equal(true);
      await expect(el).to.be.accessible();

      answerNext(el, 'vk-code-submit', Promise.reject(new TypeError('Failed to fetch')));
      await paste(el, '222222');
      await settle(el);
      expect(statusOf(el)).to.equal('Could not reach the server. Check your connection and try again.');
      await expect(el).to.be.accessible();

      answerNext(el, 'vk-code-submit', { ok: false, reason: 'locked', lockedUntil: clock.now() + 2 * HOUR });
      part(el, '[part="retry"]').click();
      await settle(el);
      expect(hasState(el, 'locked')).to.equal(true);
      await expect(el).to.be.accessible();

      clock.advance(2 * HOUR);
      await el.updateComplete;
      clock.advance(15 * MINUTE);
      await el.updateComplete;
      expect(hasState(el, 'expired')).to.equal(true);
      await expect(el).to.be.accessible();

      await sendCode(el, clock);
      answerNext(el, 'vk-code-submit', { ok: true });
      await paste(el, '333333');
      await settle(el);
      expect(hasState(el, 'success')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('announces thresholds politely, not every second', async () => {
      const { el, clock } = await mount();
      await sendCode(el, clock);
      expect(announced(el)).to.equal('We sent you a code.');
      expect(part(el, '[role="status"]').getAttribute('aria-live')).to.equal(null); // role=status is polite by itself
      clock.advance(13 * MINUTE);
      await el.updateComplete;
      expect(announced(el)).to.equal('We sent you a code.');
      expect(text(query(el, '[part~="expiry-timer"]'))).to.equal('Code expires in 2:00');
      expect(query(el, '[part~="expiry-timer"]')?.getAttribute('aria-hidden')).to.equal('true');
      clock.advance(MINUTE);
      await el.updateComplete;
      expect(announced(el)).to.equal('The code expires in 1 minute.');
      clock.advance(30_000);
      await el.updateComplete;
      expect(announced(el)).to.equal('The code expires in 1 minute.');
    });
  });

  describe('properties', () => {
    it('draws `length` slots, and keeps the last valid length when one is out of 4–16 (one developer error each)', async () => {
      const eight = await mount({ length: 8 });
      expect(slotTexts(eight.el)).to.have.length(8);

      const errors = await recordingConsole('error', async () => {
        const tooLong = await mount({ length: 99, purpose: 'login' });
        expect(slotTexts(tooLong.el), 'the default length, never replaced').to.have.length(6);
        eight.el.length = 2;
        await eight.el.updateComplete;
        expect(eight.el.length).to.equal(8);
        expect(slotTexts(eight.el)).to.have.length(8);
      });
      expect(errors).to.have.length(2);
      expect(errors[0]).to.match(/VkDeveloperError: verikit: <vk-code-input> property "length" is invalid — must be a whole number from 4 to 16/);
      expect(errors[0]).to.contain('keeping 6');
      expect(errors[1]).to.contain('keeping 8');
    });

    it('rejects an unknown channel with a developer error and keeps the last valid one', async () => {
      let mounted: Awaited<ReturnType<typeof mount>> | undefined;
      const errors = await recordingConsole('error', async () => {
        mounted = await mount({ channel: 'voice' as VkCodeInput['channel'] });
      });
      if (!mounted) throw new Error('not mounted');
      const { el } = mounted;
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/<vk-code-input> property "channel" is invalid — must be one of email, sms, totp/);
      expect(el.channel).to.equal('email');
      expect(query(el, '[part="get-code"]')).to.not.equal(null);
    });

    it('uses the host label and shows the masked destination', async () => {
      const { el } = await mount({ label: 'Code sent to your new e-mail', maskedDestination: 'n•••@mail.com' });
      expect(inputOf(el).labels?.[0]?.textContent.trim()).to.equal('Code sent to your new e-mail');
      expect(text(query(el, '[part="destination"]'))).to.equal("We'll send the code to \u2068n•••@mail.com\u2069");
    });

    it('normalises a value set by the host and does not submit it', async () => {
      const { el } = await mount();
      let submitted = false;
      el.addEventListener('vk-code-submit', () => (submitted = true));
      el.value = '12 34-56 78';
      await el.updateComplete;
      expect(el.value).to.equal('123456');
      expect(inputOf(el).value).to.equal('123456');
      expect(slotTexts(el)).to.deep.equal(['1', '2', '3', '4', '5', '6']);
      expect(submitted).to.equal(false);
    });

    it('accepts letters with `alphanumeric`, upper-cased', async () => {
      const { el } = await mount({ alphanumeric: true, manualSubmit: true });
      expect(inputOf(el).getAttribute('inputmode')).to.equal('text');
      await paste(el, 'ab-12 cd');
      expect(el.value).to.equal('AB12CD');
    });
  });

  describe('keyboard and paste', () => {
    it('folds every paste form into the code', async () => {
      expect(normalizeCode('١٢٣ ۴۵۶', false)).to.equal('123456');
      const forms: [pasted: string, expected: string][] = [
        ['123456', '123456'],
        ['123 456', '123456'],
        ['123-456', '123456'],
        ['１２３４５６', '123456'],
        ['１２３\u3000４５６', '123456'],
        ['Your code is: 123456.', '123456'],
        [' 12345678 ', '123456'],
        ['\t123\n456\r\n', '123456'],
      ];
      for (const [pasted, expected] of forms) {
        const { el } = await mount({ manualSubmit: true });
        const change = nextEvent(el, 'vk-code-change');
        await paste(el, pasted);
        const { detail } = await change;
        expect(el.value, JSON.stringify(pasted)).to.equal(expected);
        expect(inputOf(el).value).to.equal(expected);
        expect(detail).to.include({ value: expected, complete: true, channel: 'email', purpose: '' });
      }
    });

    it('takes an autofilled code, including separators and full-width digits', async () => {
      const { el } = await mount({ manualSubmit: true });
      const inputEvents: string[] = [];
      el.addEventListener('input', () => inputEvents.push(el.value));
      await autofill(el, '１２３ ４５６');
      expect(el.value).to.equal('123456');
      expect(inputEvents).to.deep.equal(['123456']);
    });

    it('pastes a fragment at the caret and ignores a paste with no code in it', async () => {
      const { el } = await mount({ manualSubmit: true });
      await paste(el, 'no digits here');
      expect(el.value).to.equal('');
      await paste(el, '12');
      await paste(el, '3-4');
      expect(el.value).to.equal('1234');
      expect(el.validity.tooShort).to.equal(true);
    });

    it('types digits, drops other keys, and fills the slots', async () => {
      const { el } = await mount({ manualSubmit: true });
      const changes: string[] = [];
      el.addEventListener('vk-code-change', (event) => changes.push(event.detail.value));
      await type(el, '12a3');
      expect(el.value).to.equal('123');
      expect(changes).to.deep.equal(['1', '12', '123']);
      expect(slotTexts(el)).to.deep.equal(['1', '2', '3', '', '', '']);
      expect(activeSlots(el)).to.deep.equal([3]);
    });

    it('edits with Backspace, arrows, Home/End, select-all, and overwrites in a full code', async () => {
      const { el } = await mount({ manualSubmit: true });
      await type(el, '123456');
      expect(activeSlots(el)).to.deep.equal([5]);
      await press(el, 'Backspace');
      expect(el.value).to.equal('12345');
      await press(el, 'Home');
      expect(activeSlots(el)).to.deep.equal([0]);
      await press(el, 'ArrowRight');
      expect(activeSlots(el)).to.deep.equal([1]);
      await press(el, 'End');
      expect(activeSlots(el)).to.deep.equal([5]);
      await type(el, '6');
      expect(el.value).to.equal('123456');
      // A full code: typing over a slot replaces it instead of pushing the rest out.
      await press(el, 'Home');
      await press(el, 'ArrowRight');
      await type(el, '9');
      expect(el.value).to.equal('193456');
      expect(inputOf(el).selectionStart).to.equal(2);
      await sendKeys({ down: 'Control' });
      await press(el, 'a');
      await sendKeys({ up: 'Control' });
      expect(activeSlots(el)).to.deep.equal([0, 1, 2, 3, 4, 5]);
      await type(el, '7');
      expect(el.value).to.equal('7');
    });

    it('submits on Enter with manual-submit, and says when the code is incomplete', async () => {
      const { el } = await mount({ manualSubmit: true });
      let submitted = '';
      el.addEventListener('vk-code-submit', (event) => {
        submitted = event.detail.code;
        event.detail.respond({ ok: true });
      });
      await type(el, '1234');
      await press(el, 'Enter');
      expect(submitted).to.equal('');
      expect(statusOf(el)).to.equal('Enter all 6 characters of the code.');
      await type(el, '56');
      expect(submitted).to.equal('');
      await press(el, 'Enter');
      expect(submitted).to.equal('123456');
    });
  });

  describe('methods', () => {
    it('focus() reaches the real input, clear() forgets the code and the verdict, requestCode() asks the host', async () => {
      const { el, clock } = await mount();
      el.focus();
      expect(el.shadowRoot?.activeElement).to.equal(inputOf(el));
      answerNext(el, 'vk-code-submit', { ok: false, reason: 'wrong-code' });
      await paste(el, '123456');
      await settle(el);
      expect(hasState(el, 'wrong')).to.equal(true);
      el.clear();
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(inputOf(el).value).to.equal('');
      expect(hasState(el, 'wrong')).to.equal(false);
      expect(statusOf(el)).to.equal('');

      answerNext(el, 'vk-code-request', { ok: true, expiresAt: clock.now() + 15 * MINUTE, resendAt: clock.now() + MINUTE });
      await el.requestCode();
      expect(hasState(el, 'sent')).to.equal(true);
    });

    it('does nothing while disabled, and requestCode() does nothing for an authenticator', async () => {
      const { el } = await mount();
      let requests = 0;
      el.addEventListener('vk-code-request', () => requests++);
      el.disabled = true;
      await el.updateComplete;
      expect(inputOf(el).disabled).to.equal(true);
      expect(part<HTMLButtonElement>(el, '[part="get-code"]').disabled).to.equal(true);
      await el.requestCode();
      el.disabled = false;
      el.channel = 'totp';
      await el.updateComplete;
      await el.requestCode();
      expect(requests).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('layout', () => {
    it('keeps the code left-to-right inside a right-to-left page', async () => {
      const { el } = await mount({ manualSubmit: true }, { locale: 'ar' });
      await paste(el, '123456');
      expect(getComputedStyle(el).direction).to.equal('rtl');
      const slots = [...(el.shadowRoot?.querySelectorAll('[part~="slot"]') ?? [])];
      expect(getComputedStyle(part(el, '[part="slots"]')).direction).to.equal('ltr');
      const [first, last] = [slots[0]?.getBoundingClientRect().left ?? 0, slots[5]?.getBoundingClientRect().left ?? 0];
      expect(first).to.be.below(last);
      expect(slots[0]?.textContent).to.equal('1');
      await expect(el).to.be.accessible();
    });

    it('gives every control a 44px touch target and fits a 320px phone', async () => {
      const { el, provider } = await mount({ manualSubmit: true, length: 10 });
      provider.style.display = 'block';
      provider.style.width = '320px';
      await openHelp(el);
      const targets = ['[part="field"]', '[part~="slot"]', '[part="get-code"]', '[part="verify"]', '[part="help-summary"]', '[part="forgot-password"]'];
      for (const selector of targets) expect(part(el, selector).getBoundingClientRect().height, selector).to.be.at.least(44);
      expect(part(el, '[part="field"]').getBoundingClientRect().width).to.be.at.most(320);
    });
  });

  describe('help', () => {
    it('gives per-channel tips and the two help links', async () => {
      const email = await mount({ channel: 'email', purpose: 'login' });
      await openHelp(email.el);
      const tips = text(part(email.el, '[part="help-list"]'));
      for (const tip of ['spam', 'e-mail address linked', 'mailbox works', 'countdown', 'safe-senders', 'Hide My Email']) expect(tips).to.contain(tip);
      expect(text(part(email.el, '[part="help-summary"]'))).to.equal("Didn't receive the code?");
      const forgot = nextEvent(email.el, 'vk-password-forgot');
      part(email.el, '[part="help"] [part="forgot-password"]').click();
      expect((await forgot).detail).to.deep.equal({ channel: 'email', purpose: 'login' });

      await expect(email.el).to.be.accessible();

      const sms = await mount({ channel: 'sms' });
      await openHelp(sms.el);
      const smsTips = text(part(sms.el, '[part="help-list"]'));
      for (const tip of ['signal', 'phone number', 'carriers block']) expect(smsTips).to.contain(tip);
    });
  });

  describe('hygiene', () => {
    it('keeps the typed code and a pending answer when moved in the DOM', async () => {
      const { el, provider } = await mount();
      let respond: (answer: VkCodeSubmitAnswer) => void = () => undefined;
      let signal: AbortSignal | undefined;
      el.addEventListener('vk-code-submit', (event) => {
        signal = event.detail.signal;
        event.detail.respond(new Promise<VkCodeSubmitAnswer>((resolve) => (respond = resolve)));
      });
      await paste(el, '123456');
      const elsewhere = document.createElement('div');
      provider.append(elsewhere);
      elsewhere.append(el);
      await settle(el);
      expect(signal?.aborted).to.equal(false);
      expect(inputOf(el).value).to.equal('123456');
      el.requestUpdate();
      await el.updateComplete;
      expect(slotTexts(el).join('')).to.equal('123456');
      const verified = nextEvent(el, 'vk-code-verified');
      respond({ ok: true });
      await verified;
    });

    it('aborts a pending request when removed, and leaves no clock subscription', async () => {
      const { el, clock } = await mount({ channel: 'email' });
      await sendCode(el, clock);
      let signal: AbortSignal | undefined;
      el.addEventListener('vk-code-submit', (event) => {
        signal = event.detail.signal;
        event.detail.respond(new Promise(() => undefined));
      });
      await paste(el, '123456');
      expect(clock.listenerCount).to.be.greaterThan(0);
      el.remove();
      // A move reconnects within the same task; only then is it a removal.
      await aTimeout(20);
      expect(signal?.aborted).to.equal(true);
      expect(clock.listenerCount).to.equal(0);
    });

    it('takes message overrides and plurals from the provider locale', async () => {
      const { el } = await mount(
        {},
        { locale: 'fr', messages: { 'code.getCode': 'Recevoir un code', 'code.attemptsLeft': { one: '{count} essai restant', other: '{count} essais restants' } } },
      );
      expect(text(part(el, '[part="get-code"]'))).to.equal('Recevoir un code');
      answerNext(el, 'vk-code-submit', { ok: false, reason: 'wrong-code', attemptsLeft: 0 });
      await paste(el, '123456');
      await settle(el);
      expect(statusOf(el)).to.equal('0 essai restant'); // French: 0 takes the singular
    });
  });
});

runBadDataSuite<VkCodeInput>('<vk-code-input>', {
  mount: async () => (await mount()).el,
  properties: {
    channel: [{ value: 'voice', mentions: 'email, sms, totp' }, { value: null }],
    length: [{ value: 99, mentions: 'from 4 to 16' }, { value: 2 }, { value: 6.5 }, { value: Number.NaN }],
    period: [{ value: 0, mentions: 'whole number' }, { value: -30 }, { value: 1.5 }, { value: '30' }],
    expiresAt: [{ value: 'soon', mentions: 'epoch milliseconds' }, { value: -1 }, { value: Number.POSITIVE_INFINITY }, { value: 9e15, mentions: 'Date' }],
    resendAt: [{ value: Number.NaN }, { value: '2026-01-15' }],
    lockedUntil: [{ value: { until: START } }, { value: -5 }],
    value: [{ value: 123456, mentions: 'leading zeros' }, { value: ['1', '2'] }],
    purpose: [{ value: { name: 'login' }, mentions: 'string' }],
    maskedDestination: [{ value: 42 }],
    label: [{ value: ['Code'] }],
  },
});
