/**
 * What the `<vk-code-input>` test files share: mounting under a provider with a manual clock, the
 * user's ways in (typing, paste, autofill, keys) and reading what the element shows.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ManualClock } from '../../src/core/clock.js';
import type { Message } from '../../src/core/i18n.js';
import '../../src/elements/provider/vk-provider.js';
import type { VkProvider } from '../../src/elements/provider/vk-provider.js';
import '../../src/elements/code-input/vk-code-input.js';
import type { VkCodeInput } from '../../src/elements/code-input/vk-code-input.js';
import { nextEvent, recordConsole, settle as settleElement, START } from '../helpers.js';

export { START };

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export type Props = Partial<
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

export interface MountOptions {
  start?: number;
  locale?: string;
  messages?: Readonly<Record<string, Message>>;
}

export async function mount(props: Props = {}, options: MountOptions = {}) {
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

export function part<T extends Element = HTMLElement>(el: VkCodeInput, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <vk-code-input>`);
  return found;
}
export const query = (el: VkCodeInput, selector: string) => el.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
/** Opens "Didn't receive the code?" as a user does, and waits for its content (downloaded on first opening) to render. */
export async function openHelp(el: VkCodeInput): Promise<void> {
  const details = part<HTMLDetailsElement>(el, '[part="help"]');
  const toggled = nextEvent(details, 'toggle');
  part(el, '[part="help-summary"]').click();
  await toggled;
  await waitUntil(() => query(el, '[part="help-list"]'), 'the help tips never rendered', { timeout: 5000 });
  await el.updateComplete;
}
export const inputOf = (el: VkCodeInput) => part<HTMLInputElement>(el, 'input');
export const statusOf = (el: VkCodeInput) => part(el, '[part="status"]').textContent.trim();
export const announced = (el: VkCodeInput) => part(el, '[role="status"]').textContent.trim();
export const slotTexts = (el: VkCodeInput) => [...(el.shadowRoot?.querySelectorAll('[part~="slot"]') ?? [])].map((slot) => slot.textContent);
export const activeSlots = (el: VkCodeInput) =>
  [...(el.shadowRoot?.querySelectorAll('[part~="slot"]') ?? [])].flatMap((slot, index) => (slot.matches('[part~="slot-active"]') ? [index] : []));
export const hasState = (el: VkCodeInput, name: string) => el.matches(`:state(${name})`);
export const text = (node: Element | null) => node?.textContent.replace(/\s+/g, ' ').trim() ?? '';

export async function paste(el: VkCodeInput, clipboard: string) {
  const data = new DataTransfer();
  data.setData('text/plain', clipboard);
  inputOf(el).dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
  await el.updateComplete;
}

/** What the browser does for an SMS / Keychain one-time-code autofill. */
export async function autofill(el: VkCodeInput, filled: string) {
  const input = inputOf(el);
  input.value = filled;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText' }));
  await el.updateComplete;
}

export async function type(el: VkCodeInput, keys: string) {
  el.focus();
  await sendKeys({ type: keys });
  await el.updateComplete;
}

export async function press(el: VkCodeInput, key: string) {
  await sendKeys({ press: key });
  await settle(el);
}

/**
 * Answers the next request of that name: a `VkCodeSubmitAnswer` / `VkCodeRequestAnswer`, a promise
 * of one, or anything else (the bad-answer tests).
 */
export function answerNext(el: VkCodeInput, name: 'vk-code-submit' | 'vk-code-request', answer: unknown): void {
  el.addEventListener(name, (event) => event.detail.respond(answer as never), { once: true });
}

/** Answers the next request of that name with a promise the test settles later. */
export function answerLater<Answer>(el: VkCodeInput, name: 'vk-code-submit' | 'vk-code-request') {
  let settleAnswer: (answer: Answer) => void = () => undefined;
  const answer = new Promise<Answer>((resolve) => (settleAnswer = resolve));
  answerNext(el, name, answer);
  return (value: Answer) => settleAnswer(value);
}

/**
 * Lets a host answer (a settled promise) travel through validation and render: the answers' schemas
 * come through a dynamic import, which settles in a task, so this waits a few (the shared `settle`).
 */
export async function settle(el: VkCodeInput) {
  await settleElement(el);
}

/** Runs `run` with `console[method]` recorded (one line per call) instead of printed; restores it even on failure. */
export async function recordingConsole(method: 'error' | 'warn', run: () => Promise<unknown>): Promise<string[]> {
  const { calls } = await recordConsole(method, run);
  return calls.map((args) => args.map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : String(arg))).join(' '));
}

/** Sends a code: the host answers with a 15-minute validity and a 60-second resend cooldown. */
export async function sendCode(el: VkCodeInput, clock: ManualClock, extra: { maskedDestination?: string } = {}) {
  answerNext(el, 'vk-code-request', { ok: true, expiresAt: clock.now() + 15 * MINUTE, resendAt: clock.now() + MINUTE, ...extra });
  part(el, '[part="get-code"]').click();
  await settle(el);
}

// The element imports its answers' schemas on its first request in a page, which settles only after
// a few tasks on a busy machine: one answered request before the tests, so each test's answers go
// through validation in the ticks `settle` waits.
before(async () => {
  const { el } = await mount({ channel: 'totp' });
  answerNext(el, 'vk-code-submit', { ok: true });
  await paste(el, '123456');
  await waitUntil(() => hasState(el, 'success'), 'the first answer was never validated', { timeout: 5000 });
  el.remove();
});

