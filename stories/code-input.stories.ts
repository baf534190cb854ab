import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html } from 'lit';
import 'verikit/provider';
import 'verikit/code-input';
import { ManualClock } from '../src/core/clock.js';
import { currentTotpCode, demoDestinations } from '../demo/mock-backend.js';
import { codeFromInbox, fromManifest, minutesFromNow, shadowQuery, storyBackend, storyClock, typeCode, waitForState, type ManifestArgs } from './story-helpers.js';

const { args, argTypes, template } = fromManifest('vk-code-input');

/**
 * One code field for e-mail, SMS or authenticator codes: "Get code" with resend cooldown,
 * 15-minute validity, the 30-second authenticator window, wrong / expired / locked states.
 * Every request is answered by the mock backend; sent codes appear in the inbox beside it.
 */
const meta: Meta<ManifestArgs> = {
  title: 'Elements/Code input',
  component: 'vk-code-input',
  args: { ...args, purpose: 'current-email', name: 'code' },
  argTypes,
  render: (storyArgs) => template(storyArgs),
};
export default meta;

type Story = StoryObj<ManifestArgs>;

/** Before anything is sent: "Get code". */
export const EmailGetCode: Story = {};

/** Press "Get code", read the code in the inbox, type it: verified. */
export const EmailCodeVerified: Story = {
  play: async ({ canvasElement }) => {
    const codeInput = canvasElement.querySelector('vk-code-input');
    await userEvent.click(await shadowQuery(codeInput, '[part~="get-code"]'));
    await typeCode(codeInput, await codeFromInbox(canvasElement, 'email', 'current-email'));
    await waitForState(codeInput, 'success');
  },
};

/** A code was sent by e-mail: valid for 15 minutes, resend after the cooldown. */
export const EmailCodeSent: Story = {
  args: { 'expires-at': minutesFromNow(15), 'resend-at': minutesFromNow(1), 'masked-destination': demoDestinations.email },
};

/** An SMS was just sent: "Resend" waits for its countdown. */
export const SmsResendCooldown: Story = {
  args: { channel: 'sms', purpose: 'current-phone', 'expires-at': minutesFromNow(15), 'resend-at': minutesFromNow(0.75), 'masked-destination': demoDestinations.sms },
};

/** Authenticator app: no "Get code", a 30-second window aligned to :00 and :30. The inbox shows the demo app's code. */
export const AuthenticatorWindow: Story = { args: { channel: 'totp', purpose: 'totp' } };

/** Type the authenticator's current code (from the inbox panel): verified by a real TOTP check. */
export const AuthenticatorVerified: Story = {
  args: { channel: 'totp', purpose: 'totp' },
  play: async ({ canvasElement }) => {
    const codeInput = canvasElement.querySelector('vk-code-input');
    await typeCode(codeInput, currentTotpCode(Date.now()));
    await waitForState(codeInput, 'success');
  },
};

/** Eight-digit authenticator with manual Verify button. */
export const AuthenticatorEightDigitsManual: Story = { args: { channel: 'totp', purpose: 'totp', length: 8, 'manual-submit': true } };

/** A wrong code: the host says how many attempts are left; the code stays selected for retyping. */
export const WrongCodeAttemptsLeft: Story = {
  play: async ({ canvasElement }) => {
    const codeInput = canvasElement.querySelector('vk-code-input');
    await userEvent.click(await shadowQuery(codeInput, '[part~="get-code"]'));
    const sent = await codeFromInbox(canvasElement, 'email', 'current-email');
    await typeCode(codeInput, wrongCodeFor(sent));
    await waitForState(codeInput, 'wrong');
  },
};

/** Five wrong authenticator codes in a row: locked for 2 hours, with the unlock countdown. */
export const FiveWrongCodesLock: Story = {
  args: { channel: 'totp', purpose: 'totp' },
  play: async ({ canvasElement }) => {
    const codeInput = canvasElement.querySelector('vk-code-input');
    let submits = 0;
    codeInput?.addEventListener('vk-code-submit', () => (submits += 1));
    for (let attempt = 1; attempt <= 5; attempt++) {
      await typeCode(codeInput, wrongCodeFor(currentTotpCode(Date.now())));
      await waitFor(() => expect(submits).toBe(attempt));
      await waitFor(() => expect(codeInput?.matches(':state(pending)')).toBe(false), { timeout: 8000 });
    }
    await waitForState(codeInput, 'locked');
    await shadowQuery(codeInput, '[part~="lock-timer"]');
  },
};

/** Locked by the host: unlocks in 2 hours, with "Forgot password?" and "Reset security verification". */
export const Locked: Story = { args: { 'locked-until': minutesFromNow(120) } };

/** Time runs out (a story clock jumps 15 minutes): the code is expired and "Get code" is offered again. */
export const Expired: Story = {
  args: { 'masked-destination': demoDestinations.email },
  render: (storyArgs) => {
    const clock = new ManualClock(Date.now());
    return html`<vk-provider .clock=${clock}>${template({ ...storyArgs, 'expires-at': clock.now() + 15 * 60_000, 'resend-at': clock.now() + 60_000 })}</vk-provider>`;
  },
  play: async ({ canvasElement }) => {
    const codeInput = canvasElement.querySelector('vk-code-input');
    await waitForState(codeInput, 'sent');
    // A tick comes at each whole second, so go one second past the deadline.
    storyClock(canvasElement).advance(15 * 60_000 + 1000);
    await waitForState(codeInput, 'expired');
  },
};

/** A recovery code (saved from `<vk-recovery-codes>`): letters and digits in groups, dashes and spaces ignored. Typed from the demo account's codes: verified once. */
export const RecoveryCode: Story = {
  args: { channel: 'recovery', purpose: 'recovery', length: 8 },
  play: async ({ canvasElement }) => {
    const codeInput = canvasElement.querySelector('vk-code-input');
    const [code] = storyBackend(canvasElement).recoveryCodes;
    await typeCode(codeInput, (code ?? '').toLowerCase());
    await waitForState(codeInput, 'success');
  },
};

/** Letters and digits (some hosts send alphanumeric codes). */
export const Alphanumeric: Story = { args: { alphanumeric: true, length: 8 } };

/** Disabled, e.g. inside a `<fieldset disabled>`. */
export const Disabled: Story = { args: { disabled: true } };

/** A code certainly different from `code` (same length). */
function wrongCodeFor(code: string): string {
  return code.replace(/\d/g, (digit) => String((Number(digit) + 5) % 10));
}
