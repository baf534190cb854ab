import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, userEvent, waitFor } from 'storybook/test';
import 'verikit/questionnaire';
import { demoQuestions, demoWrongAnswers, type DemoQuestion } from '../demo/fixtures.js';
import { demoRightAnswers } from '../demo/mock-backend.js';
import { fromManifest, shadowQuery, type ManifestArgs } from './story-helpers.js';

const { args, argTypes, template } = fromManifest('vk-questionnaire');

/** Questions of one type from the demo questionnaire. */
const ofType = (type: DemoQuestion['type']): DemoQuestion[] => demoQuestions.filter((question) => question.type === type);

/**
 * Account questions the host grades (the right answers live only in the mock backend):
 * 3 rounds, then only documents remain. Right answers: BTC/USDT; BTC and USDT; `blue-otter`;
 * `0x52908400098527886E0F7030069857D2E4169EE7`; any amount.
 */
const meta: Meta<ManifestArgs> = {
  title: 'Elements/Questionnaire',
  component: 'vk-questionnaire',
  args: { ...args, questions: demoQuestions, value: {} },
  argTypes,
  render: (storyArgs) => template(storyArgs),
};
export default meta;

type Story = StoryObj<ManifestArgs>;

/** Every question type on one page, three graded rounds. */
export const AccountQuestionnaire: Story = {};

export const SingleChoice: Story = { args: { questions: ofType('single') } };
export const MultipleChoice: Story = { args: { questions: ofType('multiple') } };
export const FreeText: Story = { args: { questions: ofType('text') } };
export const CryptoAddress: Story = { args: { questions: ofType('address') } };
export const AmountRange: Story = { args: { questions: ofType('amount') } };

/** "I don't remember" picked where the host allows it. */
export const DontRemember: Story = { args: { value: { 'recent-trade': { dontRemember: true }, 'anti-phishing': { dontRemember: true } } } };

/** The last graded attempt. */
export const LastAttempt: Story = { args: { 'attempts-left': 1, value: demoWrongAnswers } };

/** No attempts left: only documents remain. */
export const DocumentsFallback: Story = { args: { 'attempts-left': 0 } };

/** The right answers, submitted: accepted at once. */
export const AnsweredRight: Story = {
  args: { value: demoRightAnswers },
  play: async ({ canvasElement }) => {
    const questionnaire = canvasElement.querySelector('vk-questionnaire');
    await userEvent.click(await shadowQuery(questionnaire, '[part~="submit"]'));
    await shadowQuery(questionnaire, '[part~="result"]');
    await waitFor(() => expect(questionnaire?.shadowRoot?.querySelector('[part~="documents"]')).toBeNull());
  },
};

/** Three wrong rounds: the questionnaire hands over to documents (`vk-questionnaire-fallback`). */
export const WrongThreeTimesToDocuments: Story = {
  args: { value: demoWrongAnswers },
  play: async ({ canvasElement }) => {
    const questionnaire = canvasElement.querySelector('vk-questionnaire');
    for (const left of [2, 1]) {
      await userEvent.click(await shadowQuery(questionnaire, '[part~="submit"]'));
      await waitFor(() => expect(questionnaire?.attemptsLeft).toBe(left), { timeout: 8000 });
    }
    let fellBack = false;
    questionnaire?.addEventListener('vk-questionnaire-fallback', () => (fellBack = true));
    await userEvent.click(await shadowQuery(questionnaire, '[part~="submit"]'));
    await shadowQuery(questionnaire, '[part~="result"] [part~="documents"]');
    await waitFor(() => expect(fellBack).toBe(true));
  },
};
