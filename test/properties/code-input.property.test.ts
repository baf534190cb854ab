/** `<vk-code-input>`'s two requests under arbitrary answers (issue 14; see harness.ts). */
import { html } from '@open-wc/testing';
import '../helpers.js';
import { codeRequestAnswerSchema, codeSubmitAnswerSchema } from '../../src/elements/code-input/code-input.answers.js';
import type { VkCodeInput } from '../../src/elements/code-input/vk-code-input.js';
import '../../src/elements/code-input/vk-code-input.js';
import { mount as mountWithProvider } from '../helpers.js';
import { runAnswerProperty, type Mounted } from './harness.js';

const MINUTE = 60_000;
const shadowOf = (el: VkCodeInput) => el.shadowRoot;
const partOf = (el: VkCodeInput, selector: string) => shadowOf(el)?.querySelector<HTMLElement>(selector) ?? null;
const statusOf = (el: VkCodeInput) => partOf(el, '[part="status"]')?.textContent.trim() ?? '';

async function mount(props: Partial<VkCodeInput>): Promise<Mounted<VkCodeInput>> {
  const { el, clock } = await mountWithProvider<VkCodeInput>(html`<vk-code-input></vk-code-input>`, 'vk-code-input');
  Object.assign(el, props);
  await el.updateComplete;
  return { el, clock };
}

/** Pastes a whole code, as a user does (the element checks it at once). */
function paste(el: VkCodeInput, code: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', code);
  partOf(el, 'input')?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}

const common = {
  busy: (el: VkCodeInput) => partOf(el, '[part="cancel"]') !== null,
  says: statusOf,
  input: (el: VkCodeInput) => el.value,
  movedOn: () => false,
};

describe('<vk-code-input> under arbitrary answers', () => {
  runAnswerProperty<VkCodeInput>({
    name: '<vk-code-input> getting a code',
    eventName: 'vk-code-request',
    schema: codeRequestAnswerSchema,
    samples: (now) => [
      { ok: true, expiresAt: now + 15 * MINUTE, resendAt: now + MINUTE, maskedDestination: 'j•••@mail.com' },
      { ok: false, reason: 'rate-limited', retryAt: now + MINUTE },
      { ok: false, reason: 'locked', lockedUntil: now + 120 * MINUTE },
      { ok: false, reason: 'error', message: 'Try later.' },
    ],
    mount: () => mount({ channel: 'email', value: '12' }),
    // A sent code, a cooldown or a lock from the last case would keep "Get code" disabled.
    prepare: ({ el }) => {
      el.resendAt = undefined;
      el.lockedUntil = undefined;
      el.expiresAt = undefined;
    },
    trigger: (el) => partOf(el, '[part="get-code"]')?.click(),
    canAskAgain: (el) => partOf(el, '[part="retry"]') !== null || partOf(el, '[part="get-code"]') !== null,
    ...common,
  });

  runAnswerProperty<VkCodeInput>({
    name: '<vk-code-input> checking the code',
    eventName: 'vk-code-submit',
    schema: codeSubmitAnswerSchema,
    samples: (now) => [
      { ok: true },
      { ok: false, reason: 'wrong-code', attemptsLeft: 3 },
      { ok: false, reason: 'expired' },
      { ok: false, reason: 'locked', lockedUntil: now + 120 * MINUTE },
      { ok: false, reason: 'error', message: 'Try later.' },
    ],
    mount: () => mount({ channel: 'sms', value: '123456' }),
    prepare: ({ el }) => {
      el.lockedUntil = undefined;
      el.value = '123456';
    },
    trigger: (el) => paste(el, '123456'),
    canAskAgain: (el) => partOf(el, '[part="retry"]') !== null || !(shadowOf(el)?.querySelector('input')?.disabled ?? true),
    ...common,
  });
});
