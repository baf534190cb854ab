import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, userEvent, waitFor } from 'storybook/test';
import 'verikit/recovery-codes';
import { demoRecoveryCodes } from '../demo/mock-backend.js';
import { fromManifest, shadowQuery, waitForState, type ManifestArgs } from './story-helpers.js';

const { args, argTypes, template } = fromManifest('vk-recovery-codes');

/**
 * Backup codes the backend made, shown once: copy, download as `.txt`, print, and a required
 * "I have saved these codes" tick before Continue. "Get new codes" asks the mock backend for a new
 * set after a confirm step. The same codes verify once in `<vk-code-input channel="recovery">`.
 */
const meta: Meta<ManifestArgs> = {
  title: 'Elements/Recovery codes',
  component: 'vk-recovery-codes',
  args: { ...args, issuer: 'Example Exchange', codes: [...demoRecoveryCodes] },
  argTypes,
  render: (storyArgs) => template(storyArgs),
};
export default meta;

type Story = StoryObj<ManifestArgs>;

/** Eight codes from the backend, grouped `ABCD-EFGH`. */
export const Codes: Story = {};

/** Nothing to show yet: "Get new codes" asks the backend for a set. */
export const Empty: Story = { args: { codes: [] } };

/** "Get new codes" first asks: the old codes stop working. */
export const ConfirmNewCodes: Story = {
  play: async ({ canvasElement }) => {
    const codes = canvasElement.querySelector('vk-recovery-codes');
    await userEvent.click(await shadowQuery(codes, '[part~="regenerate"]'));
    await waitForState(codes, 'confirming');
  },
};

/** Continue without the tick: the message, and focus on the box. */
export const TickRequired: Story = {
  play: async ({ canvasElement }) => {
    const codes = canvasElement.querySelector('vk-recovery-codes');
    await userEvent.click(await shadowQuery(codes, '[part~="continue"]'));
    await shadowQuery(codes, '[part~="error"]');
  },
};

/** Get new codes from the backend, tick "I have saved these codes", Continue: the codes are gone. */
export const NewCodesSaved: Story = {
  play: async ({ canvasElement }) => {
    const codes = canvasElement.querySelector('vk-recovery-codes');
    const first = (await shadowQuery(codes, '[part~="code"] [aria-hidden="true"]')).textContent;
    await userEvent.click(await shadowQuery(codes, '[part~="regenerate"]'));
    await userEvent.click(await shadowQuery(codes, '[part~="confirm-regenerate"]'));
    await waitFor(async () => expect(codes?.shadowRoot?.querySelector('[part~="code"] [aria-hidden="true"]')?.textContent).not.toBe(first), { timeout: 8000 });
    await userEvent.click(await shadowQuery(codes, 'input[data-saved]'));
    await userEvent.click(await shadowQuery(codes, '[part~="continue"]'));
    await waitForState(codes, 'saved');
    await shadowQuery(codes, '[part~="done"]');
  },
};
