import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import 'verikit/totp-setup';
import { buildOtpauthUri } from '../src/totp/otpauth.js';
import { TOTP_SETUP_STATES, type VkTotpSetupState } from '../src/elements/totp-setup/totp-setup.types.js';
import { DEMO_TOTP_SECRET } from '../demo/mock-backend.js';
import { demoAccount } from '../demo/fixtures.js';
import { minutesFromNow, shadowQuery, storyBackend, typeCode } from './story-helpers.js';

interface TotpSetupArgs {
  uri: string;
  state: VkTotpSetupState;
  generate: boolean;
  issuer: string;
  account: string;
  serverTime: number | undefined;
  replacing: boolean;
  withdrawalHoldHours: number;
}

const issuer = 'Example Exchange';
/** The Key URI a server would make for the demo account (the mock backend checks codes against it). */
const demoUri = buildOtpauthUri({ secret: DEMO_TOTP_SECRET, issuer, account: demoAccount.email });

/**
 * Link an authenticator app: scan the QR (or type the key), then confirm with a current code,
 * checked by the mock backend with otplib. The inbox shows the demo app's current code.
 */
const meta: Meta<TotpSetupArgs> = {
  title: 'Elements/Authenticator setup',
  component: 'vk-totp-setup',
  args: {
    uri: demoUri,
    state: 'setup',
    generate: false,
    issuer,
    account: demoAccount.email,
    serverTime: undefined,
    replacing: false,
    withdrawalHoldHours: 24,
  },
  argTypes: {
    uri: { control: 'text', description: 'The server-made `otpauth://` Key URI (write-only property)' },
    state: { control: 'inline-radio', options: [...TOTP_SETUP_STATES] },
    serverTime: { control: 'date', name: 'server-time' },
    withdrawalHoldHours: { control: { type: 'number', min: 0, max: 72 }, name: 'withdrawal-hold-hours' },
  },
  render: (args) => html`
    <vk-totp-setup
      .uri=${args.generate ? '' : args.uri}
      state=${args.state}
      ?generate=${args.generate}
      issuer=${args.issuer}
      account=${args.account}
      server-time=${ifDefined(args.serverTime)}
      ?replacing=${args.replacing}
      withdrawal-hold-hours=${args.withdrawalHoldHours}
    ></vk-totp-setup>
  `,
};
export default meta;

type Story = StoryObj<TotpSetupArgs>;

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
  args: { serverTime: minutesFromNow(2) },
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
