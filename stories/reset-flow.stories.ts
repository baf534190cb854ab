import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html } from 'lit';
import 'verikit/reset-flow';
import { translate } from '../src/core/i18n.js';
import type { ResetFlowAccount } from '../src/elements/reset-flow/reset-flow.schema.js';
import { demoMessages } from '../demo/demo.messages.js';
import { demoAccount, demoFactors, demoQuestions } from '../demo/fixtures.js';
import { codeFromInbox, fromManifest, shadowQuery, typeCode, waitForState, type ManifestArgs } from './story-helpers.js';

const { args, argTypes, template } = fromManifest('vk-reset-flow');

/** The signed-in account of the logged-in journeys (logged-out ones learn it from `vk-account-lookup`). */
const signedInAccount: ResetFlowAccount = {
  factors: demoFactors,
  loggedIn: true,
  uid: demoAccount.uid,
  email: demoAccount.email,
  phone: demoAccount.phone,
  kycLevel: 'basic',
};

const demoText = (key: keyof typeof demoMessages): string => translate(demoMessages, key, undefined, { locale: document.documentElement.lang || 'en' });

/** A host's own step in one of the flow's slots (here one button that reports it passed). */
const hostStep = (slot: string, title: keyof typeof demoMessages, pass: keyof typeof demoMessages, passedEvent: string) => html`
  <div slot=${slot}>
    <p>${demoText(title)}</p>
    <button type="button" @click=${(event: Event) => event.currentTarget?.dispatchEvent(new CustomEvent(passedEvent, { bubbles: true, composed: true }))}>
      ${demoText(pass)}
    </button>
  </div>
`;

/** What a host puts in the flow's slots: its own face scan and human check. */
const hostSteps = html`
  ${hostStep('face-scan', 'demo.faceScan.title', 'demo.faceScan.pass', 'vk-face-scan-complete')}
  ${hostStep('human-check', 'demo.humanCheck.title', 'demo.humanCheck.pass', 'vk-human-check-complete')}
`;

/**
 * The whole journey in one element, composed of the other verikit elements. Their request
 * events bubble out unchanged, so the one mock backend around the story answers all of them:
 * any e-mail finds the demo account; codes arrive in the inbox; the questionnaire's right
 * answers are in the Questionnaire docs.
 */
const meta: Meta<ManifestArgs> = {
  title: 'Journeys/Reset flow',
  component: 'vk-reset-flow',
  args: { ...args, questions: demoQuestions, 'country-code': '+44' },
  argTypes,
  render: (storyArgs) => template(storyArgs, hostSteps),
};
export default meta;

type Story = StoryObj<ManifestArgs>;

/** MEXC, logged out: account → lost items → verify the rest → questionnaire → proofs → new contact → ID and video → submit → under review. */
export const MexcLoggedOut: Story = {
  play: async ({ canvasElement }) => {
    const flow = canvasElement.querySelector('vk-reset-flow');
    await waitFor(() => expect(flow?.step).toBe('account'));
    await shadowQuery(flow, '[part~="flow"]');
  },
};

/** CoinEx: reset instructions and agreement → e-mail and password → e-mail code → 3 rounds of questions, or documents → submit → under review. */
export const CoinexQuestionsFirst: Story = {
  args: { journey: 'coinexQuestionsFirst' },
  play: async ({ canvasElement }) => {
    const flow = canvasElement.querySelector('vk-reset-flow');
    await waitFor(() => expect(flow?.step).toBe('agreement'));
    await userEvent.click(await shadowQuery(flow, 'input[name="agreement"]'));
    await userEvent.click(await shadowQuery(flow, '[part~="step-agreement"] form [part~="action"]'));
    await waitFor(() => expect(flow?.step, 'e-mail and password after the agreement').toBe('account'));
  },
};

/** Logged in, change a bound phone: current e-mail and SMS codes → new number → human check → code to the new number → done. */
export const LoggedInChangePhone: Story = {
  args: { journey: 'loggedInChangePhone', account: signedInAccount },
  play: async ({ canvasElement }) => {
    const flow = canvasElement.querySelector('vk-reset-flow');
    /** Asks for a code, reads it in the inbox and types it, as the user does. */
    const verifyCode = async (channel: 'email' | 'sms', purpose: string) => {
      const codeInput = await shadowQuery(flow, `vk-code-input[purpose="${purpose}"]`);
      await userEvent.click(await shadowQuery(codeInput, '[part~="get-code"]'));
      await typeCode(codeInput, await codeFromInbox(canvasElement, channel, purpose));
      await waitForState(codeInput, 'success');
    };
    /** The flow moves on by itself once a step is complete; where it does not, press Next. */
    const reach = async (step: string) => {
      await waitFor(async () => {
        const next = flow?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="next"]:not([disabled])');
        if (flow?.step !== step && next) await userEvent.click(next);
        await expect(flow?.step).toBe(step);
      }, { timeout: 8000 });
    };
    await waitFor(() => expect(flow?.step).toBe('verify'));
    await verifyCode('email', 'current-email');
    await verifyCode('sms', 'current-phone');
    await reach('new-contact');
    await userEvent.type(await shadowQuery(flow, 'input[name="phone"]'), '7700 900999');
    await userEvent.click(await shadowQuery(flow, 'form [part~="action"]'));
    const humanCheck = canvasElement.querySelector('[slot="human-check"]');
    await waitFor(() => expect(humanCheck?.assignedSlot, 'the human check is shown').toBeTruthy(), { timeout: 8000 });
    const passHumanCheck = humanCheck?.querySelector('button');
    if (passHumanCheck) await userEvent.click(passHumanCheck);
    await verifyCode('sms', 'new-phone');
    await reach('submit');
    await userEvent.click(await shadowQuery(flow, 'input[name="terms"]'));
    await userEvent.click(await shadowQuery(flow, 'form [part~="action"]'));
    await waitFor(() => expect(flow?.step).toBe('done'), { timeout: 8000 });
  },
};

/** Logged in, change e-mail: codes to the current and the new address. */
export const LoggedInChangeEmail: Story = { args: { journey: 'loggedInChangeEmail', account: signedInAccount } };

/** Progress kept in sessionStorage (never codes, secrets or files) and restored after a reload. */
export const WithDraft: Story = { args: { 'save-draft': true, 'draft-key': 'storybook-demo' } };
