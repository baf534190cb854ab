import { expect, waitFor } from 'storybook/test';

/** Waits for an element inside `host`'s shadow root (elements render asynchronously). */
export async function shadowQuery<T extends Element>(host: Element | null, selector: string, timeout = 5000): Promise<T> {
  let found: T | null = null;
  await waitFor(
    () => {
      found = host?.shadowRoot?.querySelector<T>(selector) ?? null;
      expect(found, `${selector} in <${host?.localName ?? 'missing'}>`).toBeTruthy();
    },
    { timeout },
  );
  if (!found) throw new Error(`verikit story: ${selector} not found`);
  return found;
}
