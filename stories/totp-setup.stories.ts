import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, userEvent, waitFor } from 'storybook/test';
import 'verikit/totp-setup';
import { buildOtpauthUri } from '../src/totp/otpauth.js';
import { DEMO_TOTP_SECRET } from '../demo/mock-backend.js';
import { demoAccount } from '../demo/fixtures.js';
import { fromManifest, minutesFromNow, shadowQuery, storyBackend, typeCode, type ManifestArgs } from './story-helpers.js';

const { args, argTypes, template } = fromManifest('vk-totp-setup');

const issuer = 'Example Exchange';
/** The Key URI a server would make for the demo account (the mock backend checks codes against it). */
const demoUri = buildOtpauthUri({ secret: DEMO_TOTP_SECRET, issuer, account: demoAccount.email });

/**
 * Link an authenticator app: scan the QR (or type the key), then confirm with a current code,
 * checked by the mock backend with otplib. The inbox shows the demo app's current code.
 */
const meta: Meta<ManifestArgs> = {
  title: 'Elements/Authenticator setup',
  component: 'vk-totp-setup',
  args: { ...args, uri: demoUri, issuer, account: demoAccount.email },
  argTypes,
  // With `generate`, the element makes the secret itself: no server-made URI.
  render: (storyArgs) => template({ ...storyArgs, uri: storyArgs['generate'] === true ? '' : storyArgs['uri'] }),
};
export default meta;

type Story = StoryObj<ManifestArgs>;

/** Scan the QR code, or copy the key grouped by four. */
export const Scan: Story = {};

/** Scan, go on, type the app's current code (from the inbox): linked. */
export const ConfirmAndLink: Story = {
  play: async ({ canvasElement }) => {
    const setup = canvasElement.querySelector('vk-totp-setup');
    let linked = false;
    setup?.addEventListener('vk-totp-linked', () => (linked = true));
    await userEvent.click(await shadowQuery(setup, '[part~="next-button"]'));
    const codeInput = await shadowQuery(setup, 'vk-code-input');
    await typeCode(codeInput, storyBackend(canvasElement).totpCode(Date.now()));
    await waitFor(() => expect(linked).toBe(true), { timeout: 8000 });
  },
};

/** The device clock is 2 minutes behind the server: a warning before codes come out wrong. */
export const ClockSkewWarning: Story = {
  args: { 'server-time': minutesFromNow(2) },
  play: async ({ canvasElement }) => {
    await shadowQuery(canvasElement.querySelector('vk-totp-setup'), '[part~="skew-warning"]');
  },
};

/** Replacing an authenticator: withdrawals are held for 24 hours. */
export const Replacing: Story = { args: { replacing: true } };

/** The secret made in this browser and handed to the host once (`vk-totp-secret-generate`). */
export const GeneratedInBrowser: Story = { args: { generate: true } };

/** Already linked, with unlink and reset. */
export const Linked: Story = { args: { state: 'linked' } };

/** The user confirms unlinking with a current code. */
export const Unlinking: Story = { args: { state: 'unlinking' } };

/** An authenticator reset under review (about one business day). */
export const PendingReview: Story = { args: { state: 'pending-review' } };
