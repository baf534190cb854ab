/** `<vk-reset-flow>`'s own three requests under arbitrary answers (issue 14; see harness.ts). */
import { html } from '@open-wc/testing';
import type { JourneyConfig } from '../../src/elements/reset-flow/reset-flow.machine.js';
import { accountLookupAnswerSchema, newContactAnswerSchema, resetSubmitAnswerSchema } from '../../src/elements/reset-flow/reset-flow.schema.js';
import type { VkResetFlow } from '../../src/elements/reset-flow/vk-reset-flow.js';
import { loggedOutAccount, setup } from '../elements/reset-flow.helpers.js';
import { flush, runAnswerProperty, type Mounted } from './harness.js';

const HOUR = 3_600_000;
const signedIn = { ...loggedOutAccount, loggedIn: true };

const step = (flow: VkResetFlow): HTMLElement | null => flow.shadowRoot?.querySelector<HTMLElement>('[part~="step"]:not([hidden])') ?? null;
const inStep = <T extends Element = HTMLElement>(flow: VkResetFlow, selector: string): T | null => step(flow)?.querySelector<T>(selector) ?? null;
const text = (flow: VkResetFlow, selector: string): string =>
  [...(step(flow)?.querySelectorAll(selector) ?? [])].map((node) => node.textContent.replace(/\s+/g, ' ').trim()).join(' ').trim();
const valueOf = (flow: VkResetFlow, name: string): string | null => inStep<HTMLInputElement>(flow, `input[name="${name}"]`)?.value ?? null;

function fill(flow: VkResetFlow, name: string, value: string): void {
  const input = inStep<HTMLInputElement>(flow, `input[name="${name}"]`);
  if (!input) return;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function flowAt(journey: JourneyConfig, account?: typeof signedIn): Promise<Mounted<VkResetFlow>> {
  const { flow, clock } = await setup(() => html`<vk-reset-flow .journey=${journey} .account=${account}></vk-reset-flow>`);
  return { el: flow, clock };
}

const common = {
  trigger: (flow: VkResetFlow) => inStep(flow, 'form [part~="action"]')?.click(),
  busy: (flow: VkResetFlow) => inStep(flow, '[part~="cancel"]') !== null,
  says: (flow: VkResetFlow) => text(flow, '[part~="feedback"], [part~="error"]'),
  canAskAgain: (flow: VkResetFlow) => inStep(flow, '[part~="retry"]') !== null || inStep(flow, 'form [part~="action"]') !== null,
};

const lookupJourney: JourneyConfig = { id: 'lookup', steps: ['account', 'submit', 'review'], askPassword: true };
const contactJourney: JourneyConfig = { id: 'contact', steps: ['new-contact', 'submit', 'done'], newContact: 'email' };
const submitJourney: JourneyConfig = { id: 'submit-only', steps: ['submit', 'review'] };

describe('<vk-reset-flow> under arbitrary answers', () => {
  runAnswerProperty<VkResetFlow>({
    name: '<vk-reset-flow> account lookup',
    eventName: 'vk-account-lookup',
    schema: accountLookupAnswerSchema,
    samples: () => [
      { ok: true, account: loggedOutAccount },
      { ok: false, reason: 'not-found' },
      { ok: false, reason: 'wrong-password', message: 'Check it.' },
      { ok: false, reason: 'locked' },
      { ok: false, reason: 'error', message: 'Try later.' },
    ],
    mount: async () => {
      const mounted = await flowAt(lookupJourney);
      fill(mounted.el, 'identifier', 'jane@mail.com');
      fill(mounted.el, 'password', 'hunter2');
      return mounted;
    },
    // Found: back to the account step, with what the user typed.
    prepare: async ({ el }) => {
      if (el.step === 'account') return;
      el.back();
      await flush(el);
      fill(el, 'identifier', 'jane@mail.com');
      fill(el, 'password', 'hunter2');
    },
    input: (flow) => [valueOf(flow, 'identifier'), valueOf(flow, 'password')],
    movedOn: (flow) => flow.step !== 'account',
    ...common,
  });

  runAnswerProperty<VkResetFlow>({
    name: '<vk-reset-flow> new contact',
    eventName: 'vk-new-contact-submit',
    schema: newContactAnswerSchema,
    samples: () => [
      { ok: true, masked: 'n•••@example.com' },
      { ok: false, reason: 'same-contact' },
      { ok: false, reason: 'invalid' },
      { ok: false, reason: 'taken', message: 'Ask support.' },
      { ok: false, reason: 'error', message: 'Try later.' },
    ],
    mount: async () => {
      const mounted = await flowAt(contactJourney, signedIn);
      fill(mounted.el, 'email', 'new@example.com');
      return mounted;
    },
    // Recorded: "Change" goes back to the form.
    prepare: async ({ el }) => {
      const change = inStep(el, '[part~="change"]');
      if (!change) return;
      change.click();
      await flush(el);
      fill(el, 'email', 'new@example.com');
    },
    input: (flow) => valueOf(flow, 'email'),
    movedOn: (flow) => inStep(flow, 'vk-code-input') !== null || flow.step !== 'new-contact',
    ...common,
  });

  runAnswerProperty<VkResetFlow>({
    name: '<vk-reset-flow> submit',
    eventName: 'vk-reset-submit',
    schema: resetSubmitAnswerSchema,
    samples: (now) => [{ ok: true, reviewEta: now + 24 * HOUR }, { ok: true }, { ok: false, reason: 'refused', message: 'Support must review this.' }, { ok: false, reason: 'error' }],
    mount: async () => {
      const mounted = await flowAt(submitJourney);
      inStep(mounted.el, 'input[name="terms"]')?.click();
      await flush(mounted.el);
      return mounted;
    },
    // Submitted: the same journey again, from the start.
    prepare: async ({ el }) => {
      if (el.step === 'submit') return;
      el.journey = { ...submitJourney };
      await flush(el);
      inStep(el, 'input[name="terms"]')?.click();
      await flush(el);
    },
    input: (flow) => inStep<HTMLInputElement>(flow, 'input[name="terms"]')?.checked ?? null,
    movedOn: (flow) => flow.step !== 'submit',
    ...common,
  });
});
