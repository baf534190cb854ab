import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, userEvent, waitFor } from 'storybook/test';
import 'verikit/reset-picker';
import { demoFactors, demoFactorsWithoutAuthenticator } from '../demo/fixtures.js';
import { fromManifest, shadowQuery, type ManifestArgs } from './story-helpers.js';

const { args, argTypes, template } = fromManifest('vk-reset-picker');

/**
 * The user ticks the security items they can no longer use; the picker shows what they will
 * verify next and routes the special cases (migration, frozen account, face scan).
 */
const meta: Meta<ManifestArgs> = {
  title: 'Elements/Reset picker',
  component: 'vk-reset-picker',
  args: { ...args, factors: demoFactors, value: [] },
  argTypes,
  render: (storyArgs) => template(storyArgs),
};
export default meta;

type Story = StoryObj<ManifestArgs>;

/** Logged out, nothing ticked yet. */
export const LoggedOut: Story = {};

/** Lost the authenticator: e-mail and phone are verified next. */
export const LostAuthenticator: Story = { args: { value: ['totp'] } };

/** Lost phone and authenticator at once (several items may be ticked). */
export const LostSeveral: Story = { args: { value: ['phone', 'totp'] } };

/** Logged out with neither e-mail nor phone: a reset cannot sign in, so the migration path. */
export const MigrationPath: Story = { args: { value: ['email', 'phone'] } };

/** A self-frozen account cannot reset anything. */
export const Frozen: Story = { args: { frozen: true, 'frozen-reason': 'You froze this account on 12 May from the app.' } };

/** Advanced KYC: a face scan may replace the verification codes. */
export const FaceScanOffered: Story = { args: { 'kyc-level': 'advanced', value: ['phone'] } };

/** The account has recovery codes: "Use a recovery code" instead of the lost authenticator (`vk-recovery-code-choose`). */
export const RecoveryCodeOffered: Story = { args: { 'has-recovery-codes': true, value: ['totp'] } };

/** Logged in (Security → Phone → Change → Reset); no authenticator bound. */
export const LoggedIn: Story = { args: { 'logged-in': true, factors: demoFactorsWithoutAuthenticator, value: ['phone'] } };

/** Tick the lost authenticator, agree and confirm: the mock backend accepts the reset. */
export const ConfirmAccepted: Story = {
  play: async ({ canvasElement }) => {
    const picker = canvasElement.querySelector('vk-reset-picker');
    const checkbox = await shadowQuery<HTMLInputElement>(picker, 'input[data-factor="totp"]');
    await userEvent.click(checkbox);
    const agreement = await shadowQuery<HTMLInputElement>(picker, 'input[data-agreement]');
    await userEvent.click(agreement);
    await userEvent.click(await shadowQuery<HTMLButtonElement>(picker, '[part~="confirm"]'));
    await waitFor(() => expect(picker?.shadowRoot?.querySelector('[part~="result"]')).toBeTruthy(), { timeout: 5000 });
  },
};
