import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html } from 'lit';
import 'verikit/reset-flow';
import { translate } from '../src/core/i18n.js';
import type { ResetFlowAccount } from '../src/elements/reset-flow/reset-flow.schema.js';
import type { StepKind } from '../src/elements/reset-flow/reset-flow.types.js';
import { demoMessages } from '../demo/demo.messages.js';
import { demoAccount, demoFactors, demoQuestions } from '../demo/fixtures.js';
import { demoRightAnswers } from '../demo/mock-backend.js';
import { codeFromInbox, fromManifest, shadowQuery, storyBackend, typeCode, waitForState, type ManifestArgs } from './story-helpers.js';

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

const PATIENCE_MS = 8000;
/** A real 1×1 PNG and an MP4 whose `ftyp` box is all the uploader checks: what a user would pick. */
const png = () => new File([Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0))], 'proof.png', { type: 'image/png' });
const ascii = (text: string) => new TextEncoder().encode(text);
const mp4 = () => new File([new Uint8Array([0, 0, 0, 0x18]), ascii('ftypisom'), new Uint8Array([0, 0, 2, 0]), ascii('isomiso2'), new Uint8Array(64)], 'video.mp4', { type: 'video/mp4' });

/** What a user does in a journey, on the mock backend around the story. */
function walk(canvasElement: HTMLElement) {
  const flow = canvasElement.querySelector('vk-reset-flow');
  const here = <T extends Element = HTMLElement>(selector: string) => shadowQuery<T>(flow, `[part~="step"]:not([hidden]) ${selector}`);
  const press = async (selector: string) => userEvent.click(await here(selector));
  const picker = async (selector: string) => shadowQuery(await here('vk-reset-picker'), selector);
  const uploader = () => here<HTMLElement & { addFiles(slotId: string, files: File[]): Promise<void> }>('vk-proof-uploader');
  return {
    flow,
    /** The flow moves on by itself once a step is complete; where it does not, press Next. */
    reach: async (step: StepKind) => {
      await waitFor(
        async () => {
          const next = flow?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="next"]:not([aria-disabled="true"])');
          if (flow?.step !== step && next) await userEvent.click(next);
          await expect(flow?.step).toBe(step);
        },
        { timeout: PATIENCE_MS },
      );
    },
    press,
    type: async (name: string, text: string) => userEvent.type(await here(`input[name="${name}"]`), text),
    lookUp: async (identifier: string, password?: string) => {
      await userEvent.type(await here('input[name="identifier"]'), identifier);
      if (password !== undefined) await userEvent.type(await here('input[name="password"]'), password);
      await press('form [part~="action"]');
    },
    pick: async (kinds: string[], button = 'confirm') => {
      for (const kind of kinds) await userEvent.click(await picker(`input[data-factor="${kind}"]`));
      if (button === 'confirm') await userEvent.click(await picker('input[data-agreement]'));
      await userEvent.click(await picker(`[part~="${button}"]`));
    },
    /** Asks for a code, reads it in the inbox and types it, as the user does. */
    code: async (channel: 'email' | 'sms', purpose: string) => {
      const codeInput = await here(`vk-code-input[purpose="${purpose}"]`);
      await userEvent.click(await shadowQuery(codeInput, '[part~="get-code"]'));
      await typeCode(codeInput, await codeFromInbox(canvasElement, channel, purpose));
      await waitForState(codeInput, 'success');
    },
    authenticator: async () => {
      const codeInput = await here('vk-code-input[purpose="totp"]');
      await typeCode(codeInput, storyBackend(canvasElement).totpCode(Date.now()));
      await waitForState(codeInput, 'success');
    },
    /** The host's face scan in its slot passes. */
    faceScan: async () => {
      const slotted = canvasElement.querySelector('[slot="face-scan"] button');
      await waitFor(() => expect(slotted?.parentElement?.assignedSlot, 'the face scan is shown').toBeTruthy(), { timeout: PATIENCE_MS });
      if (slotted) await userEvent.click(slotted);
    },
    /** Answers the questionnaire (the demo account's answers) and sends them. */
    answer: async () => {
      const questionnaire = await here<HTMLElement & { value: unknown }>('vk-questionnaire');
      questionnaire.value = demoRightAnswers;
      await userEvent.click(await shadowQuery(questionnaire, '[part~="submit"]'));
    },
    upload: async (slotId: string, file: File, idType?: string) => {
      const element = await uploader();
      if (idType) await userEvent.selectOptions(await shadowQuery<HTMLSelectElement>(element, `[data-slot-id="${slotId}"] select`), idType);
      await element.addFiles(slotId, [file]);
    },
    submit: async () => {
      await press('input[name="terms"]');
      await press('form [part~="action"]');
    },
  };
}

/**
 * Every help-centre journey in one element, composed of the other verikit elements (docs/journeys.md).
 * Their request events bubble out unchanged, so the one mock backend around the story answers all of
 * them: any e-mail finds the demo account (`nokyc@…`, `trader@…`, `advanced@…`, `frozen@…` find the
 * other kinds); codes arrive in the inbox; the questionnaire's right answers are in the Questionnaire docs.
 * Each story's play function walks its journey to its end.
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

/** MEXC, logged out, everything lost [001]: all three reset together → the information questionnaire → proofs (those a non-KYC account cannot have optional) → a new e-mail → ID and video with the statement → under review. */
export const MexcLoggedOut: Story = {
  play: async ({ canvasElement }) => {
    const user = walk(canvasElement);
    await user.reach('account');
    await user.lookUp('nokyc@example.com');
    await user.reach('pick');
    await user.pick(['email', 'phone', 'totp']);
    await user.reach('questionnaire');
    await user.answer();
    await user.reach('proofs');
    await user.upload('notification-records', png());
    await user.reach('new-contact');
    await user.type('email', 'jane.new@example.com');
    await user.press('form [part~="action"]');
    await user.code('email', 'new-email');
    await user.reach('identity');
    await user.upload('id-front', png(), 'passport');
    await user.upload('verification-video', mp4());
    await user.reach('submit');
    await user.submit();
    await user.reach('review');
  },
};

/** CoinEx [002]: instructions and agreement → e-mail and password → e-mail code → reminder, "Start now" → every answer right: reset at once, "Back to log in". */
export const CoinexQuestionsFirst: Story = {
  args: { journey: 'coinexQuestionsFirst' },
  play: async ({ canvasElement }) => {
    const user = walk(canvasElement);
    await user.reach('agreement');
    await user.press('input[name="agreement"]');
    await user.press('form [part~="action"]');
    await user.reach('account');
    await user.lookUp('jane.doe@example.com', 'correct horse');
    await user.reach('verify');
    await user.code('email', 'current-email');
    await user.reach('questionnaire');
    await user.press('[part~="action"]');
    await user.answer();
    await user.reach('reset');
  },
};

/** CoinEx, logged in, change a bound phone [002]: current e-mail and SMS codes → new number → human check → code to the new number → done. */
export const LoggedInChangePhone: Story = {
  args: { journey: 'loggedInChangePhone', account: signedInAccount },
  play: async ({ canvasElement }) => {
    const user = walk(canvasElement);
    await user.reach('verify');
    await user.code('email', 'current-email');
    await user.code('sms', 'current-phone');
    await user.reach('new-contact');
    await user.type('phone', '7700 900999');
    await user.press('form [part~="action"]');
    const humanCheck = canvasElement.querySelector('[slot="human-check"]');
    await waitFor(() => expect(humanCheck?.assignedSlot, 'the human check is shown').toBeTruthy(), { timeout: PATIENCE_MS });
    const passHumanCheck = humanCheck?.querySelector('button');
    if (passHumanCheck) await userEvent.click(passHumanCheck);
    await user.code('sms', 'new-phone');
    await user.reach('submit');
    await user.submit();
    await user.reach('done');
  },
};

/** MEXC, logged in, change an e-mail still in reach [000 §2.1.2]: the current address's code → the new address and its code → done. */
export const LoggedInChangeEmail: Story = {
  args: { journey: 'loggedInChangeEmail', account: signedInAccount },
  play: async ({ canvasElement }) => {
    const user = walk(canvasElement);
    await user.reach('verify');
    await user.code('email', 'current-email');
    await user.reach('new-contact');
    await user.type('email', 'jane.new@example.com');
    await user.press('form [part~="action"]');
    await user.code('email', 'new-email');
    await user.reach('submit');
    await user.submit();
    await user.reach('done');
  },
};

/** OKX, logged in [003 case 2]: the phone lost → e-mail and authenticator codes → then the face scan → the new number and its code → done. */
export const OkxLoggedIn: Story = {
  args: { journey: 'okxLoggedIn', account: signedInAccount },
  play: async ({ canvasElement }) => {
    const user = walk(canvasElement);
    await user.reach('pick');
    await user.pick(['phone']);
    await user.reach('verify');
    await user.code('email', 'current-email');
    await user.authenticator();
    await user.faceScan();
    await user.reach('new-contact');
    await user.type('phone', '7700 900999');
    await user.press('form [part~="action"]');
    await user.code('sms', 'new-phone');
    await user.reach('submit');
    await user.submit();
    await user.reach('done');
  },
};

/** OKX, logged out, neither phone nor e-mail [003 case 3]: credentials → "Start migration" → the migration step with its face scan → the new account's e-mail → under review. */
export const OkxLoggedOut: Story = {
  args: { journey: 'okxLoggedOut' },
  play: async ({ canvasElement }) => {
    const user = walk(canvasElement);
    await user.reach('account');
    await user.lookUp('jane.doe@example.com', 'correct horse');
    await user.reach('pick');
    await user.pick(['email', 'phone'], 'alternative');
    await user.reach('migration');
    await user.faceScan();
    await user.reach('new-contact');
    await user.type('email', 'jane.new@example.com');
    await user.press('form [part~="action"]');
    await user.code('email', 'new-email');
    await user.reach('submit');
    await user.submit();
    await user.reach('review');
  },
};

/** OKX, change e-mail [004]: the new address, its code and the current address's code in one form → done. */
export const OkxChangeEmail: Story = {
  args: { journey: 'okxChangeEmail', account: signedInAccount },
  play: async ({ canvasElement }) => {
    const user = walk(canvasElement);
    await user.reach('new-contact');
    await user.type('email', 'jane.new@example.com');
    await user.press('form [part~="action"]');
    await user.code('email', 'new-email');
    await user.code('email', 'current-email');
    await user.reach('submit');
    await user.submit();
    await user.reach('done');
  },
};

/** A self-frozen account is refused in every journey before any code is requested [003], with the reason and "Contact support". */
export const FrozenAccount: Story = {
  play: async ({ canvasElement }) => {
    const user = walk(canvasElement);
    await user.reach('account');
    await user.lookUp('frozen@example.com');
    await user.reach('refused');
    await expect(storyBackend(canvasElement).inbox, 'no code sent').toHaveLength(0);
  },
};

/** Progress kept in sessionStorage (never codes, secrets or files) and restored after a reload. */
export const WithDraft: Story = { args: { 'save-draft': true, 'draft-key': 'storybook-demo' } };
