import { expect, userEvent, waitFor } from 'storybook/test';
import { getStorybookHelpers, type StoryHelpers } from '@wc-toolkit/storybook-helpers';
import { ManualClock } from '../src/core/clock.js';
import type { MockBackend } from '../demo/mock-backend.js';

/**
 * A story's args: named as the element's API names them, attributes by attribute name
 * (`'expires-at'`), properties by property name (`factors`); css parts/states/properties and slots
 * as `@wc-toolkit/storybook-helpers` names them (`'input-part'`).
 */
export type ManifestArgs = Record<string, unknown>;

/**
 * The default args, the controls (argTypes) and the template of `tagName`, all built from
 * custom-elements.json by `@wc-toolkit/storybook-helpers`; the template binds attributes,
 * properties, css parts/properties and slots from the args, and logs every documented event in the
 * Actions panel. A property the manifest gives no default gets no arg: the helpers would set it to
 * '' and the element would log it as bad host data.
 */
export function fromManifest(tagName: string): StoryHelpers<HTMLElement> {
  const helpers = getStorybookHelpers<HTMLElement>(tagName);
  const args = Object.fromEntries(Object.entries(helpers.args).filter(([key, value]) => !(value === '' && helpers.argTypes[key]?.table?.category === 'properties')));
  return { ...helpers, args };
}

/** How long a play function waits for the mock backend (300 ms latency, 3 s when "slow"). */
const PATIENCE_MS = 8000;

/** Waits for an element inside `host`'s shadow root (elements render asynchronously). */
export async function shadowQuery<T extends Element>(host: Element | null, selector: string, timeout = PATIENCE_MS): Promise<T> {
  const query = () => host?.shadowRoot?.querySelector<T>(selector) ?? null;
  await waitFor(async () => expect(query(), `${selector} in <${host?.localName ?? 'missing'}>`).toBeTruthy(), { timeout });
  const found = query();
  if (!found) throw new Error(`verikit story: ${selector} not found`);
  return found;
}

/** Waits until `element` shows the custom state, e.g. `success` for `:state(success)`. */
export async function waitForState(element: Element | null, state: string, timeout = PATIENCE_MS): Promise<void> {
  await waitFor(() => expect(element?.matches(`:state(${state})`), `<${element?.localName ?? 'missing'}> :state(${state})`).toBe(true), { timeout });
}

/** The mock backend the global decorator put around the story. */
export function storyBackend(canvasElement: HTMLElement): MockBackend {
  const wrapper = canvasElement.querySelector('demo-backend');
  if (!wrapper) throw new Error('verikit story: no <demo-backend> around the story');
  return wrapper.backend;
}

/** Waits for the mock backend to deliver a code on `channel`, as the user waits for the mail. */
export async function codeFromInbox(canvasElement: HTMLElement, channel: 'email' | 'sms', purpose?: string): Promise<string> {
  let code: string | undefined;
  await waitFor(
    async () => {
      code = storyBackend(canvasElement).latestCode(channel, purpose);
      await expect(code, `a code in the ${channel} inbox`).toBeTruthy();
    },
    { timeout: PATIENCE_MS },
  );
  return code ?? '';
}

/** Types a code into a `<vk-code-input>` the way a user does, replacing what is there. */
export async function typeCode(codeInput: Element | null, code: string): Promise<void> {
  const input = await shadowQuery<HTMLInputElement>(codeInput, 'input[part~="input"]');
  input.focus();
  input.select();
  await userEvent.type(input, code, { skipClick: true, initialSelectionStart: 0, initialSelectionEnd: input.value.length });
}

/** The `ManualClock` of the story's own `<vk-provider .clock=…>` (stories that drive time). */
export function storyClock(canvasElement: HTMLElement): ManualClock {
  const clock = [...canvasElement.querySelectorAll('vk-provider')].at(-1)?.clock;
  if (!(clock instanceof ManualClock)) throw new Error('verikit story: no ManualClock provider in the story');
  return clock;
}

/** Epoch ms `minutes` from now (story args are absolute times, like a host's). */
export const minutesFromNow = (minutes: number): number => Date.now() + minutes * 60_000;
