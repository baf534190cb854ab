/**
 * What every browser test shares: mounting an element under a `<vk-provider>` with a manual clock,
 * reading parts and announcements, recording the console, and failing any test during which Lit
 * issued a dev-mode warning (Spectrum's `testForLitDevWarnings` idea). Import it from every test file.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import { ManualClock } from '../src/core/clock.js';
import { resetUnansweredWarnings } from '../src/core/events.js';
import type { Message } from '../src/core/i18n.js';
import '../src/elements/provider/vk-provider.js';
import type { VkProvider } from '../src/elements/provider/vk-provider.js';

/** A whole minute (so also a multiple of 30 s since the epoch). */
export const START = Date.UTC(2026, 0, 15, 12, 0, 0);

export interface MountOptions {
  start?: number;
  locale?: string;
  messages?: Readonly<Record<string, Message>>;
}

export interface Mounted<E extends HTMLElement> {
  el: E;
  clock: ManualClock;
  provider: VkProvider;
}

/**
 * Renders `template` inside a `<vk-provider>` with a `ManualClock` (no button fades, so contrast
 * checks see settled colours) and returns the first element matching `selector`, updated.
 */
export async function mount<E extends HTMLElement>(template: TemplateResult, selector: string, options: MountOptions = {}): Promise<Mounted<E>> {
  const clock = new ManualClock(options.start ?? START);
  const provider = await fixture<VkProvider>(
    html`<vk-provider style="--vk-transition-duration: 0s" .clock=${clock} locale=${options.locale ?? 'en'} .messages=${options.messages ?? {}}
      >${template}</vk-provider
    >`,
  );
  const el = provider.querySelector<E>(selector);
  if (!el) throw new Error(`${selector} not rendered`);
  await settle(el);
  return { el, clock, provider };
}

/** Lets promises settle and the element finish updating (twice: an answer may schedule another update). */
export async function settle(el: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if ('updateComplete' in el) await (el as LitElement).updateComplete;
  }
}

/** The first node in the element's shadow root whose `part` list holds `name` (or matching a CSS selector starting with `[`, `.`, `#` or a tag). */
export function part<T extends Element = HTMLElement>(el: Element, name: string): T | null {
  const selector = /^[[.#a-z]/.test(name) && !/^[a-z][\w-]*$/.test(name) ? name : `[part~="${name}"]`;
  return el.shadowRoot?.querySelector<T>(selector) ?? null;
}

/** Like `part()`, but a missing node is a test failure. */
export function partOrFail<T extends Element = HTMLElement>(el: Element, name: string): T {
  const found = part<T>(el, name);
  if (!found) throw new Error(`no ${name} in <${el.localName}>`);
  return found;
}

/** Visible text of a part, whitespace collapsed ('' when absent). */
export function textOf(el: Element, name: string): string {
  return part(el, name)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
}

/** What the element's polite live region says now. */
export function announced(el: Element): string {
  return el.shadowRoot?.querySelector('[role="status"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
}

/** `oneEvent()` typed by the event's name: the elements declare their events in `GlobalEventHandlersEventMap`. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, name: K): Promise<GlobalEventHandlersEventMap[K]> {
  return oneEvent<GlobalEventHandlersEventMap[K]>(target, name);
}

/** Runs `run` with `console[method]` recorded instead of printed; restores it even on failure. */
export async function recordConsole<T>(method: 'error' | 'warn', run: () => T | Promise<T>): Promise<{ result: T; calls: unknown[][] }> {
  const calls: unknown[][] = [];
  const original = Object.getOwnPropertyDescriptor(console, method);
  console[method] = (...args: unknown[]) => {
    calls.push(args);
  };
  try {
    return { result: await run(), calls };
  } finally {
    if (original) Object.defineProperty(console, method, original);
  }
}

// --- Lit dev-mode warnings fail the test ---------------------------------------------------------

const litWarnings: string[] = [];
const originalWarn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  // Every Lit dev-mode warning links to lit.dev/msg; the "dev mode" notice itself is expected.
  if (text.includes('lit.dev/msg/') && !text.includes('lit.dev/msg/dev-mode')) litWarnings.push(text);
  originalWarn(...args);
};

beforeEach(() => {
  litWarnings.length = 0;
  resetUnansweredWarnings();
});

afterEach(function failOnLitWarnings() {
  const warnings = litWarnings.splice(0);
  expect(warnings, 'Lit dev-mode warnings during this test').to.deep.equal([]);
});
