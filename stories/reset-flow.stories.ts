import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, waitFor } from 'storybook/test';
import { html } from 'lit';
import 'verikit/reset-flow';
import { translate } from '../src/core/i18n.js';
import { presetNames, type PresetName } from '../src/elements/reset-flow/reset-flow.types.js';
import type { ResetFlowAccount } from '../src/elements/reset-flow/reset-flow.schema.js';
import { demoMessages } from '../demo/demo.messages.js';
import { demoAccount, demoFactors, demoQuestions } from '../demo/fixtures.js';
import { shadowQuery } from './story-helpers.js';

interface ResetFlowArgs {
  journey: PresetName;
  account: ResetFlowAccount | undefined;
  saveDraft: boolean;
  draftKey: string;
  countryCode: string;
}

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

/** What a host puts in the flow's slots: its own face scan and human check (here, one button each). */
const hostSteps = html`
  <div slot="face-scan">
    <p>${demoText('demo.faceScan.title')}</p>
    <button type="button" @click=${(event: Event) => event.currentTarget?.dispatchEvent(new CustomEvent('vk-face-scan-complete', { bubbles: true, composed: true }))}>
      ${demoText('demo.faceScan.pass')}
    </button>
  </div>
  <div slot="human-check">
    <p>${demoText('demo.humanCheck.title')}</p>
    <button type="button" @click=${(event: Event) => event.currentTarget?.dispatchEvent(new CustomEvent('vk-human-check-complete', { bubbles: true, composed: true }))}>
      ${demoText('demo.humanCheck.pass')}
    </button>
  </div>
`;

/**
 * The whole journey in one element, composed of the other verikit elements. Their request
 * events bubble out unchanged, so the one mock backend around the story answers all of them:
 * any e-mail finds the demo account; codes arrive in the inbox; the questionnaire's right
 * answers are in the Questionnaire docs.
 */
const meta: Meta<ResetFlowArgs> = {
  title: 'Journeys/Reset flow',
  component: 'vk-reset-flow',
  args: { journey: 'mexcLoggedOut', account: undefined, saveDraft: false, draftKey: '', countryCode: '+44' },
  argTypes: {
    journey: { control: 'select', options: [...presetNames], description: 'A preset name, or a journey config object (property)' },
    account: { control: 'object', description: 'The account as the host knows it (logged-in journeys)' },
    saveDraft: { name: 'save-draft', description: 'Keep non-secret progress in sessionStorage' },
    draftKey: { name: 'draft-key' },
    countryCode: { name: 'country-code' },
  },
  render: (args) => html`
    <vk-reset-flow
      journey=${args.journey}
      .account=${args.account}
      .questions=${demoQuestions}
      ?save-draft=${args.saveDraft}
      draft-key=${args.draftKey}
      country-code=${args.countryCode}
    >
      ${hostSteps}
    </vk-reset-flow>
  `,
};
export default meta;

type Story = StoryObj<ResetFlowArgs>;

/** MEXC, logged out: account → lost items → verify the rest → questionnaire → proofs → new contact → ID and video → submit → under review. */
export const MexcLoggedOut: Story = {
  play: async ({ canvasElement }) => {
    const flow = canvasElement.querySelector('vk-reset-flow');
    await waitFor(() => expect(flow?.step).toBe('account'));
    await shadowQuery(flow, '[part~="flow"]');
  },
};

/** CoinEx: e-mail and password → instructions and agreement → e-mail code → 3 rounds of questions, or documents → submit. */
export const CoinexQuestionsFirst: Story = { args: { journey: 'coinexQuestionsFirst' } };

/** Logged in, change a bound phone: current e-mail and SMS codes → new number → human check → code to the new number. */
export const LoggedInChangePhone: Story = {
  args: { journey: 'loggedInChangePhone', account: signedInAccount },
  play: async ({ canvasElement }) => {
    const flow = canvasElement.querySelector('vk-reset-flow');
    await waitFor(() => expect(flow?.step).toBe('verify'));
  },
};

/** Logged in, change e-mail: codes to the current and the new address. */
export const LoggedInChangeEmail: Story = { args: { journey: 'loggedInChangeEmail', account: signedInAccount } };

/** Progress kept in sessionStorage (never codes, secrets or files) and restored after a reload. */
export const WithDraft: Story = { args: { saveDraft: true, draftKey: 'storybook-demo' } };
