import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ManualClock } from '../../src/core/clock.js';
import { resetUnansweredWarnings } from '../../src/core/events.js';
import type { Message } from '../../src/core/i18n.js';
import '../../src/elements/provider/vk-provider.js';
import type { VkProvider } from '../../src/elements/provider/vk-provider.js';
import '../../src/elements/code-input/vk-code-input.js';
import type { VkCodeInput } from '../../src/elements/code-input/vk-code-input.js';
import type { VkCodeRequestAnswer, VkCodeSubmitAnswer } from '../../src/elements/code-input/code-input.events.js';
import { normalizeCode } from '../../src/elements/code-input/code-input.js';

/** A whole minute (so also a multiple of 30 s since the epoch). */
const START = Date.UTC(2026, 0, 15, 12, 0, 0);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

type Props = Partial<
  Pick<
    VkCodeInput,
    | 'channel'
    | 'length'
    | 'alphanumeric'
    | 'manualSubmit'
    | 'purpose'
    | 'maskedDestination'
    | 'expiresAt'
    | 'resendAt'
    | 'lockedUntil'
    | 'period'
    | 'label'
    | 'value'
    | 'name'
    | 'required'
  >
>;

interface MountOptions {
  start?: number;
  locale?: string;
  messages?: Readonly<Record<string, Message>>;
}

async function mount(props: Props = {}, options: MountOptions = {}) {
  const clock = new ManualClock(options.start ?? START);
  const provider = await fixture<VkProvider>(
    html`<vk-provider style="--vk-transition-duration: 0s" .clock=${clock} locale=${options.locale ?? 'en'} .messages=${options.messages ?? {}}></vk-provider>`,
  );
  const el = document.createElement('vk-code-input');
  Object.assign(el, props);
  provider.append(el);
  await el.updateComplete;
  return { clock, el, provider };
}

function part<T extends Element = HTMLElement>(el: VkCodeInput, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <vk-code-input>`);
  return found;
}
const query = (el: VkCodeInput, selector: string) => el.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
/** Opens "Didn't receive the code?" as a user does, and waits for its content to render. */
async function openHelp(el: VkCodeInput): Promise<void> {
  const details = part<HTMLDetailsElement>(el, '[part="help"]');
  const toggled = oneEvent(details, 'toggle');
  part(el, '[part="help-summary"]').click();
  await toggled;
  await el.updateComplete;
}
const inputOf = (el: VkCodeInput) => part<HTMLInputElement>(el, 'input');
const statusOf = (el: VkCodeInput) => part(el, '[part="status"]').textContent?.trim() ?? '';
const announced = (el: VkCodeInput) => part(el, '[role="status"]').textContent?.trim() ?? '';
const slotTexts = (el: VkCodeInput) => [...(el.shadowRoot?.querySelectorAll('[part~="slot"]') ?? [])].map((slot) => slot.textContent ?? '');
const activeSlots = (el: VkCodeInput) =>
  [...(el.shadowRoot?.querySelectorAll('[part~="slot"]') ?? [])].flatMap((slot, index) => (slot.hasAttribute('data-active') ? [index] : []));
const hasState = (el: VkCodeInput, name: string) => el.matches(`:state(${name})`);
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function paste(el: VkCodeInput, clipboard: string) {
  const data = new DataTransfer();
  data.setData('text/plain', clipboard);
  inputOf(el).dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
  await el.updateComplete;
}

/** What the browser does for an SMS / Keychain one-time-code autofill. */
async function autofill(el: VkCodeInput, filled: string) {
  const input = inputOf(el);
  input.value = filled;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText' }));
  await el.updateComplete;
}

async function type(el: VkCodeInput, keys: string) {
  el.focus();
  await sendKeys({ type: keys });
  await el.updateComplete;
}

async function press(el: VkCodeInput, key: string) {
  await sendKeys({ press: key });
  await settle(el);
}

/** Answers the next request of that name. */
function answerNext(el: VkCodeInput, name: 'vk-code-submit', answer: VkCodeSubmitAnswer | Promise<VkCodeSubmitAnswer> | unknown): void;
function answerNext(el: VkCodeInput, name: 'vk-code-request', answer: VkCodeRequestAnswer | Promise<VkCodeRequestAnswer> | unknown): void;
function answerNext(el: VkCodeInput, name: 'vk-code-submit' | 'vk-code-request', answer: unknown): void {
  el.addEventListener(name, (event) => event.detail.respond(answer as never), { once: true });
}

/** Answers the next request of that name with a promise the test settles later. */
function answerLater<Answer>(el: VkCodeInput, name: 'vk-code-submit' | 'vk-code-request') {
  let settleAnswer: (answer: Answer) => void = () => undefined;
  const answer = new Promise<Answer>((resolve) => (settleAnswer = resolve));
  answerNext(el, name as 'vk-code-submit', answer);
  return (value: Answer) => settleAnswer(value);
}

/**
 * Lets a host answer (a settled promise) travel through validation and render. Microtasks only:
 * timers and animation frames are throttled in a test page that is not in front.
 */
async function settle(el: VkCodeInput) {
  for (let i = 0; i < 20; i++) await Promise.resolve();
  await el.updateComplete;
}

/** Runs `run` with `console[method]` recorded (one line per call) instead of printed; restores it even on failure. */
async function recordingConsole(method: 'error' | 'warn', run: () => Promise<unknown>): Promise<string[]> {
  const calls: string[] = [];
  const original = console[method];
  console[method] = (...args: unknown[]) => {
    calls.push(args.map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : String(arg))).join(' '));
  };
  try {
    await run();
  } finally {
    console[method] = original;
  }
  return calls;
}

/** Sends a code: the host answers with a 15-minute validity and a 60-second resend cooldown. */
async function sendCode(el: VkCodeInput, clock: ManualClock, extra: { maskedDestination?: string } = {}) {
  answerNext(el, 'vk-code-request', { ok: true, expiresAt: clock.now() + 15 * MINUTE, resendAt: clock.now() + MINUTE, ...extra });
  part(el, '[part="get-code"]').click();
  await settle(el);
}

describe('<vk-code-input>', () => {
  beforeEach(() => resetUnansweredWarnings());

  describe('accessibility', () => {
    it('is one labelled one-time-code input drawn as hidden slots', async () => {
      const { el } = await mount();
      const input = inputOf(el);
      expect(el.shadowRoot?.querySelectorAll('input')).to.have.length(1);
      expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
      expect(input.getAttribute('inputmode')).to.equal('numeric');
      expect(input.labels?.[0]?.textContent?.trim()).to.equal('Email verification code');
      expect(input.getAttribute('aria-describedby')).to.equal('hint status');
      expect(part(el, '#hint').textContent?.trim()).to.equal('Enter the 6-digit code.');
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
    it('draws `length` slots, and corrects a length out of 4–10 with a developer error', async () => {
      const eight = await mount({ length: 8 });
      expect(slotTexts(eight.el)).to.have.length(8);

      const errors = await recordingConsole('error', async () => {
        const tooLong = await mount({ length: 99, purpose: 'login' });
        expect(slotTexts(tooLong.el)).to.have.length(10);
        const tooShort = await mount({ length: 2 });
        expect(slotTexts(tooShort.el)).to.have.length(4);
      });
      expect(errors[0]).to.match(/VkDeveloperError: verikit: <vk-code-input purpose="login"> property "length" is invalid/);
      expect(errors[0]).to.contain('using 10');
      expect(errors[1]).to.contain('using 4');
    });

    it('rejects an unknown channel with a developer error and falls back to email', async () => {
      let mounted: Awaited<ReturnType<typeof mount>> | undefined;
      const errors = await recordingConsole('error', async () => {
        mounted = await mount({ channel: 'voice' as VkCodeInput['channel'] });
      });
      if (!mounted) throw new Error('not mounted');
      const { el } = mounted;
      expect(errors[0]).to.match(/<vk-code-input> property "channel" is invalid/);
      expect(query(el, '[part="get-code"]')).to.exist;
    });

    it('uses the host label and shows the masked destination', async () => {
      const { el } = await mount({ label: 'Code sent to your new e-mail', maskedDestination: 'n•••@mail.com' });
      expect(inputOf(el).labels?.[0]?.textContent?.trim()).to.equal('Code sent to your new e-mail');
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
      const forms: Array<[pasted: string, expected: string]> = [
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
        const change = oneEvent(el, 'vk-code-change');
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

  describe('submitting', () => {
    it('auto-submits a complete code and shows success', async () => {
      const { el } = await mount({ channel: 'sms', purpose: 'new-phone' });
      const respond = answerLater<VkCodeSubmitAnswer>(el, 'vk-code-submit');
      const submit = oneEvent(el, 'vk-code-submit');
      const verified = oneEvent(el, 'vk-code-verified');
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
      const lock = oneEvent(el, 'vk-code-lock');
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

      const forgot = oneEvent(el, 'vk-password-forgot');
      part(el, '[part="lock"] [part="forgot-password"]').click();
      expect((await forgot).detail).to.deep.equal({ channel: 'email', purpose: 'login' });
      const reset = oneEvent(el, 'vk-verification-reset');
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
      const retried = oneEvent(el, 'vk-code-submit');
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
      const expire = oneEvent(el, 'vk-code-expire');
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
        expect(statusOf(el)).to.equal('Still waiting for a response. You can try again.');
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
      const request = oneEvent(el, 'vk-code-request');
      const sent = oneEvent(el, 'vk-code-sent');
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
      expect(statusOf(el)).to.equal('Code sent to \u2068j•••@mail.com\u2069');
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
      expect(inputOf(el).labels?.[0]?.textContent?.trim()).to.equal('Authenticator app code');
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
      const forgot = oneEvent(email.el, 'vk-password-forgot');
      part(email.el, '[part="help"] [part="forgot-password"]').click();
      expect((await forgot).detail).to.deep.equal({ channel: 'email', purpose: 'login' });

      await expect(email.el).to.be.accessible();

      const sms = await mount({ channel: 'sms' });
      await openHelp(sms.el);
      const smsTips = text(part(sms.el, '[part="help-list"]'));
      for (const tip of ['signal', 'phone number', 'carriers block']) expect(smsTips).to.contain(tip);
    });
  });

  describe('form', () => {
    it('submits its value under name, validates required and length, and resets', async () => {
      // fixtureSync: fixture() waits for an animation frame for a plain root, and frames pause in a background page.
      const form = fixtureSync<HTMLFormElement>(html`<form><vk-code-input name="otp" required manual-submit></vk-code-input></form>`);
      const el = form.querySelector('vk-code-input');
      if (!el) throw new Error('no element');
      await el.updateComplete;
      expect(el.form).to.equal(form);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal('Enter the verification code.');
      expect(form.checkValidity()).to.equal(false);
      await paste(el, '123');
      expect(el.validity.tooShort).to.equal(true);
      expect(el.validationMessage).to.equal('Enter all 6 characters of the code.');
      await paste(el, '456');
      expect(el.checkValidity()).to.equal(true);
      expect(new FormData(form).get('otp')).to.equal('123456');
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(inputOf(el).value).to.equal('');
      expect(el.validity.valueMissing).to.equal(true);
    });

    it('keeps the slots and the validation message in step with later changes', async () => {
      const { el, provider } = await mount({ manualSubmit: true, required: true });
      expect(slotTexts(el)).to.deep.equal(['', '', '', '', '', '']);
      await paste(el, '12345');
      expect(slotTexts(el)).to.deep.equal(['1', '2', '3', '4', '5', '']);
      expect(el.validationMessage).to.equal('Enter all 6 characters of the code.');

      el.length = 4;
      await el.updateComplete;
      expect(el.value).to.equal('1234');
      expect(slotTexts(el)).to.deep.equal(['1', '2', '3', '4']);
      expect(el.checkValidity()).to.equal(true);

      el.value = '';
      el.length = 8;
      await el.updateComplete;
      expect(slotTexts(el)).to.deep.equal(['', '', '', '', '', '', '', '']);
      expect(el.shadowRoot?.querySelectorAll('[part~="slot-filled"]')).to.have.length(0);
      expect(el.validationMessage).to.equal('Enter the verification code.');

      provider.messages = { 'code.required': 'Saisissez le code.' };
      await provider.updateComplete;
      await el.updateComplete;
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal('Saisissez le code.');
    });

    it('submits on Enter in the field only, not on Enter on a button', async () => {
      const { el } = await mount({ manualSubmit: true });
      await paste(el, '123456');
      const submits: string[] = [];
      const requests: string[] = [];
      el.addEventListener('vk-code-submit', (event) => {
        submits.push(event.detail.code);
        event.detail.respond({ ok: true });
      });
      el.addEventListener('vk-code-request', (event) => {
        requests.push(event.detail.channel);
        event.detail.respond({ ok: true, expiresAt: START + 15 * MINUTE, resendAt: START + MINUTE });
      });
      part(el, '[part="get-code"]').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      // Enter on "Get code" is that button's click, not the field's submit.
      expect(requests).to.deep.equal(['email']);
      expect(submits).to.deep.equal([]);
      el.focus();
      await press(el, 'Enter');
      expect(submits).to.deep.equal(['123456']);
    });

    it('is disabled by a disabled fieldset', async () => {
      const form = fixtureSync<HTMLFormElement>(html`<form><fieldset disabled><vk-code-input></vk-code-input></fieldset></form>`);
      const el = form.querySelector('vk-code-input');
      if (!el) throw new Error('no element');
      await el.updateComplete;
      expect(el.disabled).to.equal(true);
      expect(inputOf(el).disabled).to.equal(true);
    });

    it('re-dispatches change out of the shadow root', async () => {
      const { el } = await mount({ manualSubmit: true });
      const changed = oneEvent(el, 'change');
      await type(el, '12');
      inputOf(el).blur();
      await changed;
      expect(el.value).to.equal('12');
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
      const verified = oneEvent(el, 'vk-code-verified');
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
      await Promise.resolve();
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
