/** `<vk-recovery-codes>` and the proof uploader's hand-off requests under arbitrary answers (issue 14; see harness.ts). */
import { html } from '@open-wc/testing';
import type { ManualClock } from '../../src/core/clock.js';
import { mount as mountWithProvider } from '../helpers.js';
import '../../src/elements/recovery-codes/vk-recovery-codes.js';
import type { VkRecoveryCodes } from '../../src/elements/recovery-codes/vk-recovery-codes.js';
import { regenerateAnswerSchema } from '../../src/elements/recovery-codes/recovery-codes.answers.js';
import type { VkProofUploader } from '../../src/elements/proof-uploader/proof-uploader.js';
import { handoffCreateAnswerSchema, handoffOpenAnswerSchema, handoffStatusAnswerSchema } from '../../src/elements/proof-uploader/proof-handoff.schema.js';
import { handoffUrl, idFront, phoneFile, pretendVisible, restoreVisibility, screenshots, video } from '../elements/proof-handoff.fixtures.js';
import { flush, runAnswerProperty, type Mounted } from './harness.js';

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

// ——— the proof uploader's hand-off ———

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const handedOff = [video, idFront, screenshots];
/** A file the user added on this computer, in a slot that is not handed off. */
const ownFile = phoneFile(screenshots.id, 'srv-own', 'screen.png', 'image/png');
/** What the user added on this computer (the screenshots slot is never handed off). */
const addedHere = (el: VkProofUploader) => [...(el.shadowRoot?.querySelectorAll(`[data-slot-id="${screenshots.id}"] [part~="file-name"]`) ?? [])].map((name) => name.textContent);

/**
 * Answers the link's status polls "waiting" unless the property's own listener answers, so a live link
 * never leaves a poll unanswered (a clock tick from the harness's `serverTimeOffset = 0` may poll).
 */
function answerPolls(el: VkProofUploader): void {
  el.addEventListener('vk-handoff-status', (event) => event.detail.respondIfUnanswered(() => ({ ok: true, state: 'waiting' })));
}

/** Presses "Continue on your phone" and answers with a link valid for a month (the property moves the clock 10 s a case). */
async function startLink(el: VkProofUploader, now: number): Promise<void> {
  if (!has(el.shadowRoot, '[part~="handoff-start"]')) return;
  el.addEventListener('vk-handoff-create', (event) => event.detail.respond({ ok: true, url: handoffUrl, expiresAt: now + 30 * DAY, handoffId: 'h-1' }), { once: true });
  click(el, '[part~="handoff-start"]');
  await flush(el);
}
const live = (el: VkProofUploader) => has(el.shadowRoot, '[part~="handoff-link"]');
const poll = '.handoff-poll > .feedback-row >';

const TOKEN = 'Zq3xY8';
const opening = '[part~="handoff"] > .feedback-row >';

/** Each desktop uploader's clock (a trigger gets only the element). */
const clocks = new WeakMap<VkProofUploader, ManualClock>();

async function mountDesktop(): Promise<Mounted<VkProofUploader>> {
  const mounted = await mountWithProvider<VkProofUploader>(html`<vk-proof-uploader handoff="always" .slots=${handedOff} .uploaded=${[ownFile]}></vk-proof-uploader>`, 'vk-proof-uploader');
  answerPolls(mounted.el);
  clocks.set(mounted.el, mounted.clock);
  return mounted;
}

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

  // ——— the hand-off, desktop: "Continue on your phone" asks for a link ———

  describe('the proof uploader, continue on your phone', () => {
    // Test files run in parallel tabs and a background tab is hidden: the link's status polls (answered
    // "waiting" by `answerPolls`) then run as in a visible tab.
    before(pretendVisible);
    after(restoreVisibility);

    runAnswerProperty<VkProofUploader>({
      name: '<vk-proof-uploader handoff="always"> asking for a link',
      eventName: 'vk-handoff-create',
      schema: handoffCreateAnswerSchema,
      samples: (now) => [
        { ok: true, url: handoffUrl, expiresAt: now + 10 * MINUTE, handoffId: 'h-1' },
        { ok: true, url: handoffUrl, expiresAt: now + 10 * MINUTE },
        // Too long for a QR code (about 2,300 characters at most): the link alone.
        { ok: true, url: `${handoffUrl}?t=${'a'.repeat(3000)}`, expiresAt: now + 10 * MINUTE },
        { ok: false, reason: 'error', message: 'Try later.' },
        { ok: false, reason: 'error' },
      ],
      mount: mountDesktop,
      // A link shown (live or expired): back to uploading on this computer, where the offer is again.
      prepare: async ({ el }) => {
        click(el, '[part~="handoff-stop"]');
        await flush(el);
      },
      trigger: (el) => click(el, '[part~="handoff-start"]'),
      input: addedHere,
      busy: (el) => has(el.shadowRoot, '[part~="handoff"] > .feedback-row > [part~="cancel"]'),
      says: (el) => text(el.shadowRoot, '[part~="handoff"] > .feedback-row > [part~="feedback"], [part~="handoff-status"]'),
      canAskAgain: (el) => has(el.shadowRoot, '[part~="handoff"] > .feedback-row > [part~="retry"], [part~="handoff-start"], [part~="handoff-new"]'),
      movedOn: (el) => has(el.shadowRoot, '[part~="handoff-status"]'),
    });
  
    runAnswerProperty<VkProofUploader>({
      name: '<vk-proof-uploader> (desktop) polling where the phone is',
      eventName: 'vk-handoff-status',
      schema: handoffStatusAnswerSchema,
      samples: () => [
        { ok: true, state: 'waiting', files: [] },
        { ok: true, state: 'connected' },
        { ok: true, state: 'connected', files: [phoneFile(video.id, 'srv-phone-1', 'me.mp4')] },
        { ok: true, state: 'done' },
        { ok: true, state: 'expired' },
        { ok: false, reason: 'error', message: 'Try later.' },
        { ok: false, reason: 'error' },
      ],
      mount: async () => {
        const mounted = await mountDesktop();
        await startLink(mounted.el, mounted.clock.now());
        return mounted;
      },
      // The phone done or the link expired: back to this computer and a new link (while a camera slot is left).
      prepare: async ({ el, clock }) => {
        if (live(el)) return;
        click(el, '[part~="handoff-stop"]');
        await flush(el);
        await startLink(el, clock.now());
      },
      // The next poll is due within 10 s (the back-off's longest wait).
      trigger: (el) => clocks.get(el)?.advance(10_000),
      input: addedHere,
      busy: (el) => has(el.shadowRoot, `${poll} [part~="cancel"]`),
      says: (el) => text(el.shadowRoot, `${poll} [part~="feedback"], [part~="handoff-status"]:not([data-phase="waiting"]):not([data-phase="connected"])`),
      // While the link is live the clock asks again; after an error, Try again does too.
      canAskAgain: (el) => has(el.shadowRoot, `${poll} [part~="retry"]`) || live(el),
      movedOn: (el) => has(el.shadowRoot, '[part~="handoff-status"][data-phase="done"], [part~="handoff-status"][data-phase="expired"]'),
    });
  });

  // ——— the hand-off, phone: the link opened with its token ———

  runAnswerProperty<VkProofUploader>({
    name: '<vk-proof-uploader handoff-token> opening the link',
    eventName: 'vk-handoff-open',
    schema: handoffOpenAnswerSchema,
    samples: () => [
      { ok: true, slots: [video.id], files: [] },
      // A slot the phone's uploader does not have: a developer error, and the others still open.
      { ok: true, slots: [video.id, 'no-such-slot'] },
      { ok: true, slots: [video.id, idFront.id], files: [phoneFile(video.id, 'srv-phone-1', 'me.mp4')] },
      { ok: false, reason: 'expired' },
      { ok: false, reason: 'used' },
      { ok: false, reason: 'error', message: 'Try later.' },
      { ok: false, reason: 'error' },
    ],
    // Without its token yet: the property gives it, so the phone asks with the property's listener on.
    mount: () => mountWithProvider<VkProofUploader>(html`<vk-proof-uploader .slots=${handedOff}></vk-proof-uploader>`, 'vk-proof-uploader'),
    // Opened, refused or failed: forget the token; the trigger gives it again, which opens the link afresh.
    prepare: async ({ el }) => {
      el.handoffToken = undefined;
      await flush(el);
    },
    trigger: (el) => {
      el.handoffToken = TOKEN;
    },
    // Nothing is entered on the phone before its link opens.
    input: () => null,
    busy: (el) => has(el.shadowRoot, `${opening} [part~="cancel"]`),
    says: (el) => text(el.shadowRoot, `${opening} [part~="feedback"], [part~="handoff-status"]`),
    canAskAgain: (el) => has(el.shadowRoot, `${opening} [part~="retry"]`),
    movedOn: (el) => has(el.shadowRoot, '[part~="handoff-status"]'),
  });
});
