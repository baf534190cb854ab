import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import 'verikit/provider';
import 'verikit/code-input';
import { ManualClock } from '../src/core/clock.js';
import { codeChannels, maxCodeLength, minCodeLength, type VkCodeChannel } from '../src/elements/code-input/code-input.types.js';
import { currentTotpCode, demoDestinations } from '../demo/mock-backend.js';
import { codeFromInbox, minutesFromNow, shadowQuery, storyClock, typeCode, waitForState } from './story-helpers.js';

interface CodeInputArgs {
  channel: VkCodeChannel;
  length: number;
  alphanumeric: boolean;
  manualSubmit: boolean;
  purpose: string;
  maskedDestination: string;
  expiresAt: number | undefined;
  resendAt: number | undefined;
  lockedUntil: number | undefined;
  period: number;
  label: string;
  value: string;
  name: string;
  required: boolean;
  disabled: boolean;
}

const epochControl = { control: 'date' } as const;

/**
 * One code field for e-mail, SMS or authenticator codes: "Get code" with resend cooldown,
 * 15-minute validity, the 30-second authenticator window, wrong / expired / locked states.
 * Every request is answered by the mock backend; sent codes appear in the inbox beside it.
 */
const meta: Meta<CodeInputArgs> = {
  title: 'Elements/Code input',
  component: 'vk-code-input',
  args: {
    channel: 'email',
    length: 6,
    alphanumeric: false,
    manualSubmit: false,
    purpose: 'current-email',
    maskedDestination: '',
    expiresAt: undefined,
    resendAt: undefined,
    lockedUntil: undefined,
    period: 30,
    label: '',
    value: '',
    name: 'code',
    required: false,
    disabled: false,
  },
  argTypes: {
    channel: { control: 'inline-radio', options: [...codeChannels] },
    length: { control: { type: 'number', min: minCodeLength, max: maxCodeLength } },
    manualSubmit: { name: 'manual-submit' },
    maskedDestination: { name: 'masked-destination' },
    expiresAt: { ...epochControl, name: 'expires-at' },
    resendAt: { ...epochControl, name: 'resend-at' },
    lockedUntil: { ...epochControl, name: 'locked-until' },
    period: { control: { type: 'number', min: 15, max: 120 } },
  },
  render: (args) => html`
    <vk-code-input
      channel=${args.channel}
      length=${args.length}
      ?alphanumeric=${args.alphanumeric}
      ?manual-submit=${args.manualSubmit}
      purpose=${args.purpose}
      masked-destination=${args.maskedDestination}
      expires-at=${ifDefined(args.expiresAt)}
      resend-at=${ifDefined(args.resendAt)}
      locked-until=${ifDefined(args.lockedUntil)}
      period=${args.period}
      label=${args.label}
      .value=${args.value}
      name=${args.name}
      ?required=${args.required}
      ?disabled=${args.disabled}
    ></vk-code-input>
  `,
};
export default meta;

type Story = StoryObj<CodeInputArgs>;

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
  args: { expiresAt: minutesFromNow(15), resendAt: minutesFromNow(1), maskedDestination: demoDestinations.email },
};

/** An SMS was just sent: "Resend" waits for its countdown. */
export const SmsResendCooldown: Story = {
  args: { channel: 'sms', purpose: 'current-phone', expiresAt: minutesFromNow(15), resendAt: minutesFromNow(0.75), maskedDestination: demoDestinations.sms },
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
export const AuthenticatorEightDigitsManual: Story = { args: { channel: 'totp', purpose: 'totp', length: 8, manualSubmit: true } };

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
export const Locked: Story = { args: { lockedUntil: minutesFromNow(120) } };

/** Time runs out (a story clock jumps 15 minutes): the code is expired and "Get code" is offered again. */
export const Expired: Story = {
  args: { maskedDestination: demoDestinations.email },
  render: (args, context) => {
    const clock = new ManualClock(Date.now());
    const story = meta.render?.({ ...args, expiresAt: clock.now() + 15 * 60_000, resendAt: clock.now() + 60_000 }, context);
    return html`<vk-provider .clock=${clock}>${story}</vk-provider>`;
  },
  play: async ({ canvasElement }) => {
    const codeInput = canvasElement.querySelector('vk-code-input');
    await waitForState(codeInput, 'sent');
    // A tick comes at each whole second, so go one second past the deadline.
    storyClock(canvasElement).advance(15 * 60_000 + 1000);
    await waitForState(codeInput, 'expired');
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
