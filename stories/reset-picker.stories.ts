import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html } from 'lit';
import 'verikit/reset-picker';
import type { KycLevel } from '../src/elements/reset-picker/reset-picker.types.js';
import { kycLevels } from '../src/elements/reset-picker/reset-picker.types.js';
import { demoFactors, demoFactorsWithoutAuthenticator, type DemoFactor } from '../demo/fixtures.js';
import { shadowQuery } from './story-helpers.js';

interface PickerArgs {
  factors: DemoFactor[];
  value: DemoFactor['kind'][];
  frozen: boolean;
  frozenReason: string;
  loggedIn: boolean;
  kycLevel: KycLevel;
  restrictionHours: number;
}

/**
 * The user ticks the security items they can no longer use; the picker shows what they will
 * verify next and routes the special cases (migration, frozen account, face scan).
 */
const meta: Meta<PickerArgs> = {
  title: 'Elements/Reset picker',
  component: 'vk-reset-picker',
  args: {
    factors: demoFactors,
    value: [],
    frozen: false,
    frozenReason: '',
    loggedIn: false,
    kycLevel: 'none',
    restrictionHours: 24,
  },
  argTypes: {
    factors: { control: 'object', description: 'The account\'s items: `{ kind, bound, masked? }[]`' },
    value: { control: 'check', options: ['email', 'phone', 'totp'], description: 'The ticked (lost) items; set to restore a draft' },
    frozen: { control: 'boolean' },
    frozenReason: { control: 'text', name: 'frozen-reason' },
    loggedIn: { control: 'boolean', name: 'logged-in' },
    kycLevel: { control: 'inline-radio', options: [...kycLevels], name: 'kyc-level' },
    restrictionHours: { control: { type: 'number', min: 0, max: 72 }, name: 'restriction-hours' },
  },
  render: (args) => html`
    <vk-reset-picker
      .factors=${args.factors}
      .value=${args.value}
      ?frozen=${args.frozen}
      frozen-reason=${args.frozenReason}
      ?logged-in=${args.loggedIn}
      kyc-level=${args.kycLevel}
      restriction-hours=${args.restrictionHours}
    ></vk-reset-picker>
  `,
};
export default meta;

type Story = StoryObj<PickerArgs>;

/** Logged out, nothing ticked yet. */
export const LoggedOut: Story = {};

/** Lost the authenticator: e-mail and phone are verified next. */
export const LostAuthenticator: Story = { args: { value: ['totp'] } };

/** Lost phone and authenticator at once (several items may be ticked). */
export const LostSeveral: Story = { args: { value: ['phone', 'totp'] } };

/** Logged out with neither e-mail nor phone: a reset cannot sign in, so the migration path. */
export const MigrationPath: Story = { args: { value: ['email', 'phone'] } };

/** A self-frozen account cannot reset anything. */
export const Frozen: Story = { args: { frozen: true, frozenReason: 'You froze this account on 12 May from the app.' } };

/** Advanced KYC: a face scan may replace the verification codes. */
export const FaceScanOffered: Story = { args: { kycLevel: 'advanced', value: ['phone'] } };

/** Logged in (Security → Phone → Change → Reset); no authenticator bound. */
export const LoggedIn: Story = { args: { loggedIn: true, factors: demoFactorsWithoutAuthenticator, value: ['phone'] } };

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
