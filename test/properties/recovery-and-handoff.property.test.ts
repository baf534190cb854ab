/** `<vk-recovery-codes>` and the proof uploader's hand-off requests under arbitrary answers (issue 14; see harness.ts). */
import { html } from '@open-wc/testing';
import { mount as mountWithProvider } from '../helpers.js';
import '../../src/elements/recovery-codes/vk-recovery-codes.js';
import type { VkRecoveryCodes } from '../../src/elements/recovery-codes/vk-recovery-codes.js';
import { regenerateAnswerSchema } from '../../src/elements/recovery-codes/recovery-codes.answers.js';
import { runAnswerProperty, type Mounted } from './harness.js';

const text = (root: ParentNode | null | undefined, selector: string): string =>
  [...(root?.querySelectorAll(selector) ?? [])]
    .filter((node) => !node.closest('[hidden]'))
    .map((node) => node.textContent.replace(/\s+/g, ' ').trim())
    .join(' ')
    .trim();
const has = (root: ParentNode | null | undefined, selector: string): boolean =>
  [...(root?.querySelectorAll(selector) ?? [])].some((node) => !node.closest('[hidden]'));

// ——— recovery codes: "Get new codes", confirmed ———

const CODES = ['K7MP-2QXR', 'H3TV-9WNC', 'B4ZD-8FJS', 'R6YA-5EGU'];
const NEW_CODES = ['P3XK-7RNV', 'A9FM-2WHC', 'Z5TB-6KQD', 'E4JR-8SYG'];
const shownCodes = (el: VkRecoveryCodes) => [...(el.shadowRoot?.querySelectorAll('[part~="code"] [aria-hidden="true"]') ?? [])].map((node) => node.textContent.trim());
const tick = (el: VkRecoveryCodes) => el.shadowRoot?.querySelector<HTMLInputElement>('input[data-saved]') ?? null;
const click = (el: Element, selector: string) => el.shadowRoot?.querySelector<HTMLElement>(selector)?.click();

describe('recovery codes and the hand-off under arbitrary answers', () => {
  runAnswerProperty<VkRecoveryCodes>({
    name: '<vk-recovery-codes> getting new codes',
    eventName: 'vk-recovery-codes-regenerate',
    schema: regenerateAnswerSchema,
    samples: () => [{ ok: true, codes: NEW_CODES }, { ok: false, reason: 'error', message: 'Try later.' }, { ok: false, reason: 'error' }],
    mount: async (): Promise<Mounted<VkRecoveryCodes>> =>
      mountWithProvider<VkRecoveryCodes>(html`<vk-recovery-codes .codes=${CODES} issuer="Example Exchange"></vk-recovery-codes>`, 'vk-recovery-codes'),
    // New codes shown: the host's first set again. Either way the user has ticked "I have saved these codes".
    prepare: async ({ el }) => {
      if (shownCodes(el).join() !== CODES.join()) el.codes = [...CODES];
      await el.updateComplete;
      const box = tick(el);
      if (box && !box.checked) box.click();
      await el.updateComplete;
    },
    // "Get new codes", then "Yes, get new codes" on the confirm step.
    trigger: async (el) => {
      click(el, '[part~="regenerate"]');
      await el.updateComplete;
      click(el, '[part~="confirm-regenerate"]');
    },
    input: (el) => ({ codes: shownCodes(el), saved: tick(el)?.checked ?? null }),
    busy: (el) => has(el.shadowRoot, '[part~="cancel"]'),
    says: (el) => text(el.shadowRoot, '[part~="feedback"]'),
    canAskAgain: (el) => has(el.shadowRoot, '[part~="retry"]') || has(el.shadowRoot, '[part~="regenerate"]:not([aria-disabled="true"])'),
    movedOn: (el) => shownCodes(el).join() !== CODES.join(),
  });
});

