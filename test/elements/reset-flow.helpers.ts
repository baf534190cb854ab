/** Shared setup of the `<vk-reset-flow>` test files: a fake host, mounting, and what a user does. */
import { aTimeout, fixture, html } from '@open-wc/testing';
import { ManualClock } from '../../src/core/clock.js';
import { transition, type FlowEvent, type FlowState } from '../../src/elements/reset-flow/reset-flow.machine.js';
import '../../src/elements/provider/vk-provider.js';
import '../../src/elements/reset-flow/vk-reset-flow.js';
import type { VkResetFlow } from '../../src/elements/reset-flow/vk-reset-flow.js';
// The code input loads its answers' checks on the first answer; loaded here, so that first answer
// cannot outlast settle()'s fixed wait on a busy machine (it did, now and then).
import '../../src/elements/code-input/code-input.answers.js';
import '../helpers.js';


export const T0 = Date.UTC(2026, 10, 23, 12, 0, 0);
export const HOUR = 3_600_000;

export function run(state: FlowState, ...events: FlowEvent[]): FlowState {
  return events.reduce(transition, state);
}

export function query<T extends Element = HTMLElement>(root: Element | ShadowRoot | null | undefined, selector: string): T {
  const found = root?.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/** The visible step's section. */
export function currentStep(flow: VkResetFlow): HTMLElement {
  return query(shadow(flow), '[part~="step"]:not([hidden])');
}

export function inStep<T extends Element = HTMLElement>(flow: VkResetFlow, selector: string): T {
  return query<T>(currentStep(flow), selector);
}

export function heading(flow: VkResetFlow): string {
  return inStep(flow, '[part~="heading"]').textContent.trim();
}

/** Lets requests resolve and every element re-render. */
export async function settle(flow: VkResetFlow): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await aTimeout(5);
    await flow.updateComplete;
  }
}

/** Over a real HTTP round trip: settles until `ready()` holds (at most ~5 s), so a loaded machine cannot fail the test. */
export async function settleUntil(flow: VkResetFlow, ready: () => boolean): Promise<void> {
  for (let i = 0; i < 250 && !safely(ready); i++) await settle(flow);
}

export function safely(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

export function click(el: Element): void {
  (el as HTMLElement).click();
}

export function fillInput(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export async function enterCode(flow: VkResetFlow, purpose: string, code: string): Promise<void> {
  const codeInput = inStep(flow, `vk-code-input[purpose="${purpose}"]`);
  fillInput(query<HTMLInputElement>(shadow(codeInput), 'input[part~="input"]'), code);
  await settle(flow);
}

export async function getCode(flow: VkResetFlow, purpose: string): Promise<void> {
  click(query(shadow(inStep(flow, `vk-code-input[purpose="${purpose}"]`)), '[part~="get-code"]'));
  await settle(flow);
}

export async function pickLost(flow: VkResetFlow, kinds: string[]): Promise<void> {
  const picker = shadow(inStep(flow, 'vk-reset-picker'));
  for (const kind of kinds) click(query(picker, `input[data-factor="${kind}"]`));
  await settle(flow);
  click(query(picker, 'input[data-agreement]'));
  await settle(flow);
  click(query(picker, '[part~="confirm"]'));
  await settle(flow);
}

export async function chooseAnswer(flow: VkResetFlow, optionId: string): Promise<void> {
  click(query(shadow(inStep(flow, 'vk-questionnaire')), `input[value="${optionId}"]`));
  await settle(flow);
}

export async function submitAnswers(flow: VkResetFlow): Promise<void> {
  click(query(shadow(inStep(flow, 'vk-questionnaire')), '[part~="submit"]'));
  await settle(flow);
}

export function jpeg(name = 'photo.jpg'): File {
  const bytes = new Uint8Array(64);
  bytes.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
  return new File([bytes], name, { type: 'image/jpeg' });
}

export async function upload(flow: VkResetFlow, slotId: string, file = jpeg()): Promise<void> {
  const uploader = inStep<HTMLElement & { addFiles(slotId: string, files: File[]): Promise<void> }>(flow, 'vk-proof-uploader');
  await uploader.addFiles(slotId, [file]);
  await settle(flow);
}

export async function clickNext(flow: VkResetFlow): Promise<void> {
  click(query(shadow(flow), '[part~="next"]'));
  await settle(flow);
}

export async function clickBack(flow: VkResetFlow): Promise<void> {
  click(query(shadow(flow), '[part~="back"]'));
  await settle(flow);
}

export async function submitContact(flow: VkResetFlow, fields: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(fields)) fillInput(inStep<HTMLInputElement>(flow, `input[name="${name}"]`), value);
  click(inStep(flow, 'form [part~="action"]'));
  await settle(flow);
}

export async function acceptTermsAndSubmit(flow: VkResetFlow): Promise<void> {
  const terms = inStep<HTMLInputElement>(flow, 'input[name="terms"]');
  if (!terms.checked) click(terms);
  await settle(flow);
  click(inStep(flow, 'form [part~="action"]'));
  await settle(flow);
}

export const oneImageSlot = (id: string) => [{ id, title: `Photo ${id}`, accept: ['image' as const], maxFiles: 1, required: true }];

export const questions = [
  {
    id: 'q1',
    type: 'single',
    prompt: 'Which coin did you deposit last?',
    options: [
      { id: 'btc', label: 'BTC' },
      { id: 'eth', label: 'ETH' },
    ],
  },
];

export const loggedOutAccount = {
  factors: [
    { kind: 'email', bound: true, masked: 'j•••@mail.com' },
    { kind: 'phone', bound: true, masked: '+44 ••• 123' },
    { kind: 'totp', bound: true },
  ],
  email: 'jane@mail.com',
  uid: '12345678',
} as const;

export interface Recorded {
  type: string;
  detail: Record<string, unknown>;
}

export type Answerer = (detail: Record<string, unknown>) => unknown;

export const requestEvents = [
  'vk-account-lookup',
  'vk-reset-items-confirm',
  'vk-code-request',
  'vk-code-submit',
  'vk-answers-submit',
  'vk-proof-upload',
  'vk-new-contact-submit',
  'vk-reset-submit',
] as const;

/** A host that answers every request event reaching `root`, like a real backend would. */
export function fakeHost(root: EventTarget, clock: ManualClock, overrides: Partial<Record<(typeof requestEvents)[number], Answerer>> = {}) {
  const seen: Recorded[] = [];
  const defaults: Record<(typeof requestEvents)[number], Answerer> = {
    'vk-account-lookup': () => ({ ok: true, account: loggedOutAccount }),
    'vk-reset-items-confirm': () => ({ ok: true }),
    'vk-code-request': () => ({ ok: true, expiresAt: clock.now() + 15 * 60_000, resendAt: clock.now() + 60_000 }),
    'vk-code-submit': (detail) => (detail['code'] === '123456' ? { ok: true } : { ok: false, reason: 'wrong-code', attemptsLeft: 4 }),
    'vk-answers-submit': () => ({ ok: true }),
    'vk-proof-upload': (detail) => ({ ok: true, fileId: `host-${String(detail['slotId'])}` }),
    'vk-new-contact-submit': () => ({ ok: true }),
    'vk-reset-submit': () => ({ ok: true, reviewEta: clock.now() + 24 * HOUR }),
  };
  const listeners = requestEvents.map((type) => {
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<Record<string, unknown> & { respond: (answer: unknown) => void }>).detail;
      seen.push({ type, detail });
      const answer = (overrides[type] ?? defaults[type])(detail);
      if (answer !== undefined) detail.respond(answer);
    };
    root.addEventListener(type, listener);
    return [type, listener] as const;
  });
  return {
    seen,
    of: (type: string) => seen.filter((entry) => entry.type === type).map((entry) => entry.detail),
    stop: () => listeners.forEach(([type, listener]) => root.removeEventListener(type, listener)),
  };
}

/** Runs a test with a fake host answering on the document, and a manual clock at T0. */
export async function withHost(
  test: (host: ReturnType<typeof fakeHost>, clock: ManualClock) => Promise<void>,
  overrides: Parameters<typeof fakeHost>[2] = {},
): Promise<void> {
  const clock = new ManualClock(T0);
  const host = fakeHost(document, clock, overrides);
  try {
    await test(host, clock);
  } finally {
    host.stop();
  }
}

export interface Setup {
  flow: VkResetFlow;
  clock: ManualClock;
  steps: { from: string; to: string; index: number; total: number }[];
}

export async function setup(template: (clock: ManualClock) => ReturnType<typeof html>, clock = new ManualClock(T0)): Promise<Setup> {
  const provider = await fixture<HTMLElement>(html`<vk-provider .clock=${clock} style="--vk-transition-duration: 0ms">${template(clock)}</vk-provider>`);
  const flow = query<VkResetFlow>(provider, 'vk-reset-flow');
  const steps: Setup['steps'] = [];
  flow.addEventListener('vk-step-change', (event) => steps.push(event.detail));
  await settle(flow);
  return { flow, clock, steps };
}

