/**
 * What the hand-off tests share: a scripted host that records every hand-off request (with the
 * clock's time) and answers the ones it has an answer for, mounting the desktop and phone sides,
 * the page's visibility, and stepping a `ManualClock` second by second like a foreground tab.
 */
import { html, waitUntil } from '@open-wc/testing';
import type { ManualClock } from '../../src/core/clock.js';
import type { RequestDetail } from '../../src/core/events.js';
import '../../src/elements/proof-uploader/vk-proof-uploader.js';
import type { VkProofUploader } from '../../src/elements/proof-uploader/proof-uploader.js';
import type { ProofSlot } from '../../src/elements/proof-uploader/proof-uploader.schema.js';
import { idFrontSlot, selfieWithStatementSlot, verificationVideoSlot } from '../../src/elements/proof-uploader/proof-presets.js';
import { mount, part, settle, START } from '../helpers.js';

export const handoffEvents = ['vk-handoff-create', 'vk-handoff-status', 'vk-handoff-cancel', 'vk-handoff-open', 'vk-handoff-finish', 'vk-proof-upload'] as const;
export type HandoffEventName = (typeof handoffEvents)[number];

export interface Call {
  detail: Record<string, unknown> & Partial<RequestDetail<unknown>>;
  /** Seconds since the test's start. */
  at: number;
}

export const video = verificationVideoSlot({ uid: '48213377', email: 'ana@example.com', phone: '+34 600 000 000', date: Date.UTC(2026, 0, 15), reason: 'Lost my phone' });
export const selfie = selfieWithStatementSlot({ platform: 'CoinEx', item: 'Mobile', date: Date.UTC(2026, 0, 15) });
export const idFront = idFrontSlot({ idTypes: ['passport', 'national-id'] });
export const screenshots: ProofSlot = { id: 'screens', title: 'Screenshots', accept: ['image'], maxFiles: 2 };
export const handoffUrl = 'https://id.example.com/continue/Zq3xY8';

/**
 * A host scripted by the test: every hand-off event (and upload) is recorded; a request whose name
 * has an entry in `answers` is answered with it at once, others are left for the test.
 */
export function scriptHost(clock: ManualClock) {
  const calls = Object.fromEntries(handoffEvents.map((name) => [name, [] as Call[]])) as Record<HandoffEventName, Call[]>;
  const answers: Partial<Record<HandoffEventName, (detail: Call['detail']) => unknown>> = {};
  const listeners = handoffEvents.map((name) => {
    const listener = (event: Event) => {
      if (!(event instanceof CustomEvent)) return;
      const detail = event.detail as Call['detail'];
      calls[name].push({ detail, at: (clock.now() - START) / 1000 });
      const answer = answers[name];
      if (answer && detail.respond) detail.respond(answer(detail));
    };
    document.addEventListener(name, listener);
    return () => document.removeEventListener(name, listener);
  });
  return {
    calls,
    answers,
    /** When each request of `name` was made, in seconds since the start. */
    times: (name: HandoffEventName) => calls[name].map((call) => call.at),
    stop: () => listeners.forEach((remove) => remove()),
  };
}
export type ScriptedHost = ReturnType<typeof scriptHost>;

/** The desktop side: `handoff="always"` unless said otherwise. */
export async function mountDesktop(slots: ProofSlot[] = [video, idFront, screenshots], handoff = 'always') {
  return mount<VkProofUploader>(html`<vk-proof-uploader handoff=${handoff} .slots=${slots}></vk-proof-uploader>`, 'vk-proof-uploader');
}

/** The phone side, given a token: it asks `vk-handoff-open` while it connects. */
export async function mountPhone(token: string, slots: ProofSlot[] = [video, idFront, screenshots]) {
  return mount<VkProofUploader>(html`<vk-proof-uploader handoff-token=${token} .slots=${slots}></vk-proof-uploader>`, 'vk-proof-uploader');
}

/** Moves the clock `seconds` forward one second at a time, letting each answer land, as a visible tab would. */
export async function advance(clock: ManualClock, el: Element, seconds: number): Promise<void> {
  for (let second = 0; second < seconds; second++) {
    clock.advance(1000);
    await settle(el);
  }
}

/** Pretends the page became hidden or visible (`document.visibilityState` and its event). */
export function setVisibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

/**
 * Pretends the page is visible without an event. Test files run in parallel tabs, and a background
 * tab is `hidden`: the desktop side (rightly) does not poll there.
 */
export function pretendVisible(): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
}

/** Back to the browser's own `visibilityState`. */
export function restoreVisibility(): void {
  Reflect.deleteProperty(document, 'visibilityState');
}

/** Presses "Continue on your phone" with the create answer scripted, and waits for the link (the hand-off code loads on demand). */
export async function startHandoff(el: VkProofUploader, host: ScriptedHost, clock: ManualClock, validMs = 10 * 60_000): Promise<void> {
  host.answers['vk-handoff-create'] ??= () => ({ ok: true, url: handoffUrl, expiresAt: clock.now() + validMs, handoffId: 'h-1' });
  part(el, 'handoff-start')?.click();
  await waitUntil(() => part(el, 'handoff-link'), 'no link shown', { timeout: 4000 });
  await settle(el);
}

/** A file the phone uploaded, in the `uploaded` shape. */
export const phoneFile = (slotId: string, fileId: string, name: string, type = 'video/mp4', choice?: string) => ({
  slotId,
  fileId,
  name,
  size: 2_400_000,
  type,
  ...(choice ? { choice } : {}),
});
