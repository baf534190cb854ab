/** `<vk-reset-picker>` and `<vk-questionnaire>` under arbitrary answers (issue 14; see harness.ts). */
import { fixture, html } from '@open-wc/testing';
import { mount as mountWithProvider } from '../helpers.js';
import '../../src/elements/questionnaire/vk-questionnaire.js';
import type { VkQuestionnaire } from '../../src/elements/questionnaire/vk-questionnaire.js';
import { answersSubmitResultSchema, type Question } from '../../src/elements/questionnaire/questionnaire.schema.js';
import '../../src/elements/reset-picker/vk-reset-picker.js';
import type { VkResetPicker } from '../../src/elements/reset-picker/vk-reset-picker.js';
import { resetConfirmAnswerSchema } from '../../src/elements/reset-picker/reset-picker.schema.js';
import { ManualClock } from '../../src/core/clock.js';
import { START } from '../helpers.js';
import { runAnswerProperty } from './harness.js';

const text = (root: ParentNode | null | undefined, selector: string): string =>
  [...(root?.querySelectorAll(selector) ?? [])].map((node) => node.textContent.replace(/\s+/g, ' ').trim()).join(' ').trim();
const has = (el: Element, selector: string): boolean => el.shadowRoot?.querySelector(selector) !== null;

const agreement = (picker: VkResetPicker) => picker.shadowRoot?.querySelector<HTMLInputElement>('input[data-agreement]') ?? null;

const questions: Question[] = [
  { id: 'trade', type: 'single', prompt: 'Which coin did you trade most recently?', options: [{ id: 'btc', label: 'BTC' }, { id: 'eth', label: 'ETH' }], allowDontRemember: true },
  { id: 'phishing', type: 'text', prompt: 'What is your anti-phishing code?' },
];

describe('request forms under arbitrary answers', () => {
  runAnswerProperty<VkResetPicker>({
    name: '<vk-reset-picker>',
    eventName: 'vk-reset-items-confirm',
    schema: resetConfirmAnswerSchema,
    samples: () => [{ ok: true }, { ok: false, reason: 'refused', message: 'Support must review this.' }, { ok: false, reason: 'error', message: 'Try later.' }],
    mount: async () => {
      const mounted = await mountWithProvider<VkResetPicker>(
        html`<vk-reset-picker .factors=${[{ kind: 'email', bound: true, masked: 'j•••@mail.com' }, { kind: 'phone', bound: true, masked: '+44 ••• 789' }]}></vk-reset-picker>`,
        'vk-reset-picker',
      );
      mounted.el.value = ['phone'];
      await mounted.el.updateComplete;
      agreement(mounted.el)?.click();
      await mounted.el.updateComplete;
      return mounted;
    },
    // "Request accepted" offers to change the choice; a refusal is final (a fresh element then).
    prepare: ({ el }) => el.edit(),
    trigger: (el) => el.shadowRoot?.querySelector<HTMLElement>('[part~="confirm"]')?.click(),
    input: (el) => ({ lost: el.value, agreed: agreement(el)?.checked ?? null }),
    busy: (el) => has(el, '[part~="cancel"]'),
    says: (el) => text(el.shadowRoot, '[part~="feedback"], [part~="result"]'),
    canAskAgain: (el) => has(el, '[part~="retry"]') || has(el, '[part~="confirm"]'),
    movedOn: (el) => has(el, '[part~="result"]'),
  });

  runAnswerProperty<VkQuestionnaire>({
    name: '<vk-questionnaire>',
    eventName: 'vk-answers-submit',
    schema: answersSubmitResultSchema,
    samples: () => [{ ok: true }, { ok: false, attemptsLeft: 2 }, { ok: false, attemptsLeft: 1, wrong: ['trade'] }, { ok: false, reason: 'error', message: 'Try later.' }],
    mount: async () => {
      const clock = new ManualClock(START);
      const el = await fixture<VkQuestionnaire>(html`<vk-questionnaire .questions=${questions}></vk-questionnaire>`);
      el.style.setProperty('--vk-transition-duration', '0s');
      el.value = { trade: { choice: 'eth' }, phishing: { text: 'blue-fox' } };
      await el.updateComplete;
      return { el, clock };
    },
    // Attempts running out hands over to documents: give them back, so the form asks again.
    prepare: ({ el }) => {
      el.attemptsLeft = 3;
    },
    trigger: (el) => el.shadowRoot?.querySelector<HTMLElement>('[part~="submit"]')?.click(),
    input: (el) => el.value,
    busy: (el) => has(el, '[part~="cancel"]'),
    says: (el) => text(el.shadowRoot, '[part~="feedback"], [part~="result"], [part~="summary"]'),
    canAskAgain: (el) => has(el, '[part~="retry"]') || has(el, '[part~="submit"]'),
    movedOn: (el) => has(el, '[part~="result"]'),
  });
});
