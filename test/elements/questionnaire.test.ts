import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetUnansweredWarnings } from '../../src/core/events.js';
import { isolate } from '../../src/core/i18n.js';
import '../../src/elements/provider/vk-provider.js';
import type { AnswersSubmitResult, Question } from '../../src/elements/questionnaire/questionnaire.schema.js';
import { looksWrongForNetwork } from '../../src/elements/questionnaire/questionnaire.address.js';
import type { VkAnswersChangeDetail, VkAnswersSubmitEvent } from '../../src/elements/questionnaire/questionnaire.events.js';
import { VkQuestionnaire } from '../../src/elements/questionnaire/vk-questionnaire.js';
import { nextEvent, recordConsole } from '../helpers.js';
import { runBadDataSuite } from '../suites/bad-data.suite.js';
import { runHostRequestSuite } from '../suites/host-request.suite.js';

const questions: Question[] = [
  {
    id: 'trade',
    type: 'single',
    prompt: 'Which coin did you trade most recently?',
    options: [
      { id: 'btc', label: 'BTC' },
      { id: 'eth', label: 'ETH' },
      { id: 'sol', label: 'SOL' },
    ],
    allowDontRemember: true,
  },
  {
    id: 'holdings',
    type: 'multiple',
    prompt: 'Which assets do you hold?',
    options: [
      { id: 'usdt', label: 'USDT' },
      { id: 'btc', label: 'BTC' },
      { id: 'doge', label: 'DOGE' },
    ],
  },
  { id: 'phishing', type: 'text', prompt: 'What is your anti-phishing code?', allowDontRemember: true },
  { id: 'address', type: 'address', prompt: 'An address you often withdrew to', network: 'TRC20', asset: 'USDT' },
  { id: 'balance', type: 'amount', prompt: 'Roughly how much USDT do you hold?', min: 0, max: 1_000_000, unit: 'USDT' },
];

/** Sets a property as a host's untyped code (or a framework binding) may: anything at all. */
function assign(element: VkQuestionnaire, property: 'questions' | 'value', value: unknown): void {
  (element as unknown as Record<string, unknown>)[property] = value;
}

const tronAddress = 'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE';
const completeAnswers = {
  trade: { choice: 'eth' },
  holdings: { choices: ['usdt', 'btc'] },
  phishing: { text: 'blue-fox' },
  address: { text: tronAddress },
  balance: { min: 100, max: 500 },
};

async function setup(attemptsLeft?: number): Promise<VkQuestionnaire> {
  const element = await fixture<VkQuestionnaire>(
    attemptsLeft === undefined
      ? html`<vk-questionnaire .questions=${questions}></vk-questionnaire>`
      : html`<vk-questionnaire .questions=${questions} attempts-left=${attemptsLeft}></vk-questionnaire>`,
  );
  await element.updateComplete;
  return element;
}

function shadow(element: VkQuestionnaire): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

function part(element: VkQuestionnaire, name: string): HTMLElement | null {
  return shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
}

function textOf(root: ParentNode | null, selector: string): string {
  return root?.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
}

function question(element: VkQuestionnaire, index: number): HTMLFieldSetElement {
  const fieldset = shadow(element).querySelector<HTMLFieldSetElement>(`fieldset[data-index="${index}"]`);
  if (!fieldset) throw new Error(`no question ${index}`);
  return fieldset;
}

function input(element: VkQuestionnaire, index: number, selector = 'input'): HTMLInputElement {
  const found = question(element, index).querySelector<HTMLInputElement>(selector);
  if (!found) throw new Error(`no ${selector} in question ${index}`);
  return found;
}

async function typeInto(element: VkQuestionnaire, field: HTMLInputElement, text: string): Promise<void> {
  field.focus();
  field.select();
  await sendKeys({ type: text });
  await element.updateComplete;
}

async function submit(element: VkQuestionnaire): Promise<VkAnswersSubmitEvent> {
  const request = nextEvent(element, 'vk-answers-submit');
  part(element, 'submit')?.click();
  return request;
}

async function settle(element: VkQuestionnaire): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
}

async function answerAll(element: VkQuestionnaire): Promise<void> {
  element.value = completeAnswers;
  await element.updateComplete;
}

describe('<vk-questionnaire>', () => {
  beforeEach(() => resetUnansweredWarnings());

  describe('rendering', () => {
    it('shows every question numbered with progress, and is accessible', async () => {
      const element = await setup();
      const numbers = [...shadow(element).querySelectorAll('[part="question-number"]')].map((node) => node.textContent.trim());
      expect(numbers).to.deep.equal(['Question 1 of 5', 'Question 2 of 5', 'Question 3 of 5', 'Question 4 of 5', 'Question 5 of 5']);
      expect(textOf(shadow(element), '[part="progress"]')).to.equal('0 of 5 answered');
      expect(textOf(question(element, 1), '[part="question-hint"]')).to.equal('One or more answers may be correct. Tick all that apply.');
      expect(textOf(question(element, 3), '[part="question-hint"]')).to.equal(`Asset: ${isolate('USDT')} Network: ${isolate('TRC20')}`);
      expect(textOf(question(element, 4), '[part="question-hint"]')).to.contain(`Amounts in ${isolate('USDT')} Between 0 and 1,000,000`);
      expect(textOf(shadow(element), '[part="attempts"]')).to.equal('3 attempts left');
      await expect(element).to.be.accessible();
    });

    it('gives every choice, field and button a touch target of at least 44px', async () => {
      const element = await setup();
      const targets = shadow(element).querySelectorAll<HTMLElement>('[part="option"], [part="dont-remember"], [part="input"], [part="submit"], [part="documents"]');
      expect(targets.length).to.equal(14);
      for (const target of targets) expect(target.getBoundingClientRect().height, target.getAttribute('part') ?? '').to.be.at.least(44);
    });

    it('labels text fields with their question and choices with their option text', async () => {
      const element = await setup();
      const field = input(element, 2);
      expect(field.getAttribute('aria-labelledby')).to.equal('q2-legend');
      expect(textOf(shadow(element), '#q2-legend')).to.contain('What is your anti-phishing code?');
      expect(input(element, 0).closest('label')?.textContent.trim()).to.equal('BTC');
    });
  });

  describe('question types', () => {
    it('single choice: a radio group driven by click and arrow keys', async () => {
      const element = await setup();
      const changes: VkAnswersChangeDetail[] = [];
      element.addEventListener('vk-answers-change', (event) => changes.push(event.detail));
      input(element, 0).focus();
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      expect(changes.map((change) => change.answers['trade'])).to.deep.equal([{ choice: 'btc' }, { choice: 'eth' }]);
      expect(changes[1]?.questionId).to.equal('trade');
      expect(element.value).to.deep.equal({ trade: { choice: 'eth' } });
      expect(textOf(shadow(element), '[part="progress"]')).to.equal('1 of 5 answered');
    });

    it('multiple choice: one or more answers, reported in option order', async () => {
      const element = await setup();
      const boxes = question(element, 1).querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
      boxes[1]?.click();
      boxes[0]?.click();
      boxes[2]?.click();
      boxes[2]?.click();
      await element.updateComplete;
      expect(element.value).to.deep.equal({ holdings: { choices: ['usdt', 'btc'] } });
    });

    it('free text is trimmed; "I don\'t remember" disables the field but keeps what was typed', async () => {
      const element = await setup();
      await typeInto(element, input(element, 2), '  blue-fox ');
      expect(element.value['phishing']).to.deep.equal({ text: 'blue-fox' });
      input(element, 2, 'input[data-dont-remember]').click();
      await element.updateComplete;
      expect(element.value['phishing']).to.deep.equal({ dontRemember: true });
      expect(input(element, 2).disabled).to.equal(true);
      input(element, 2, 'input[data-dont-remember]').click();
      await element.updateComplete;
      expect(input(element, 2).value).to.equal('  blue-fox ');
      expect(element.value['phishing']).to.deep.equal({ text: 'blue-fox' });
      await expect(element).to.be.accessible();
    });

    it('"I don\'t remember" visibly clears the other answer (no greyed choice stays selected) and unticking brings it back', async () => {
      const element = await setup();
      const radios = () => [...question(element, 0).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      radios()[1]?.click();
      await element.updateComplete;
      expect(radios().map((radio) => radio.checked)).to.deep.equal([false, true, false]);
      input(element, 0, 'input[data-dont-remember]').click();
      await element.updateComplete;
      expect(element.value['trade']).to.deep.equal({ dontRemember: true });
      expect(radios().map((radio) => radio.checked), 'nothing stays selected').to.deep.equal([false, false, false]);
      expect(radios().every((radio) => radio.disabled)).to.equal(true);
      input(element, 0, 'input[data-dont-remember]').click();
      await element.updateComplete;
      expect(radios().map((radio) => radio.checked)).to.deep.equal([false, true, false]);
      expect(element.value['trade']).to.deep.equal({ choice: 'eth' });
    });

    it('host text (prompts, options) keeps its own direction inside a right-to-left page', async () => {
      const element = await setup();
      expect(question(element, 0).querySelector('[part="prompt"]')?.getAttribute('dir')).to.equal('auto');
      expect(question(element, 0).querySelector('[part="option"] span')?.getAttribute('dir')).to.equal('auto');
    });

    it('crypto address: a clearly worded check for a known network', async () => {
      const element = await setup();
      await typeInto(element, input(element, 3), 'me@mail.com');
      element.value = { ...completeAnswers, address: { text: 'me@mail.com' } };
      await element.updateComplete;
      part(element, 'submit')?.click();
      await element.updateComplete;
      expect(textOf(question(element, 3), '[part="question-error"]')).to.equal(`This does not look like a ${isolate('TRC20')} address. Check it, or paste it again.`);
      await typeInto(element, input(element, 3), tronAddress);
      expect(question(element, 3).querySelector('[part="question-error"]')).to.equal(null);
    });

    it('address shapes: BTC, EVM and TRON checked lightly; unknown networks never blocked', () => {
      expect(looksWrongForNetwork('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'BTC')).to.equal(false);
      expect(looksWrongForNetwork('1BoatSLRHtKNngkdXEeobR76b53LETtpyT', 'bitcoin')).to.equal(false);
      expect(looksWrongForNetwork('bc1QAR0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'BTC'), 'mixed-case bech32').to.equal(true);
      expect(looksWrongForNetwork('0x52908400098527886E0F7030069857D2E4169EE7', 'ERC-20')).to.equal(false);
      expect(looksWrongForNetwork('0x5290840009852788', 'ETH')).to.equal(true);
      expect(looksWrongForNetwork(tronAddress, 'Tron')).to.equal(false);
      expect(looksWrongForNetwork('0x52908400098527886E0F7030069857D2E4169EE7', 'TRC20')).to.equal(true);
      expect(looksWrongForNetwork('anything at all', 'NEWCHAIN')).to.equal(false);
      expect(looksWrongForNetwork('anything at all', undefined)).to.equal(false);
    });

    it('amount: one value is an exact amount, two make a range; comma decimals accepted', async () => {
      const element = await setup();
      const [from, to] = question(element, 4).querySelectorAll<HTMLInputElement>('input[part="input"]');
      if (!from || !to) throw new Error('amount fields missing');
      expect(from.closest('label')?.textContent.trim()).to.equal('From');
      await typeInto(element, from, '250');
      expect(element.value['balance']).to.deep.equal({ min: 250, max: 250 });
      await typeInto(element, to, '1000,5');
      expect(element.value['balance']).to.deep.equal({ min: 250, max: 1000.5 });
    });

    it('amount: explains a non-number, a reversed range and an amount out of bounds', async () => {
      const element = await setup();
      const [from, to] = question(element, 4).querySelectorAll<HTMLInputElement>('input[part="input"]');
      if (!from || !to) throw new Error('amount fields missing');
      const error = () => textOf(question(element, 4), '[part="question-error"]');
      await typeInto(element, from, 'lots');
      part(element, 'submit')?.click();
      await element.updateComplete;
      expect(error()).to.equal('Enter a number, for example 0.5.');
      await typeInto(element, from, '500');
      await typeInto(element, to, '100');
      expect(error()).to.equal('The "To" amount must not be less than the "From" amount.');
      await typeInto(element, to, '2000000');
      expect(error()).to.equal('Enter an amount in the allowed range (Between 0 and 1,000,000).');
      // 400 nines overflow to Infinity: not a number anyone can mean, and never sent or drafted as null.
      await typeInto(element, to, '9'.repeat(400));
      expect(error()).to.equal('Enter a number, for example 0.5.');
      expect((element.value as Record<string, unknown>)['balance']).to.equal(undefined);
      await expect(element).to.be.accessible();
    });

    it('amount: bounds read with the locale\'s digit grouping ("1,000,000" in English, "1 000 000" in French)', async () => {
      const element = await setup();
      expect(textOf(question(element, 4), '[part="question-hint"]')).to.contain('Between 0 and 1,000,000');
      const provider = await fixture(html`<vk-provider locale="fr"><vk-questionnaire .questions=${questions}></vk-questionnaire></vk-provider>`);
      const french = provider.querySelector('vk-questionnaire');
      if (!french) throw new Error('not rendered');
      const hint = () => textOf(question(french, 4), '[part="question-hint"]');
      await waitUntil(() => hint().includes('Entre'), 'the French catalog never arrived');
      // French groups thousands with a (narrow) no-break space; read the raw text, as textOf folds it into a plain space.
      expect(question(french, 4).querySelector('[part="question-hint"]')?.textContent).to.match(/Entre 0 et 1[\u00a0\u202f]000[\u00a0\u202f]000/);
    });

    it('an optional question may stay empty', async () => {
      const element = await fixture<VkQuestionnaire>(html`<vk-questionnaire
        .questions=${[{ id: 'nick', type: 'text', prompt: 'Your nickname', required: false }]}
      ></vk-questionnaire>`);
      expect(textOf(shadow(element), 'legend')).to.contain('Optional');
      const request = await submit(element);
      expect(request.detail.answers).to.deep.equal({});
    });
  });

  describe('validation', () => {
    it('submitting with gaps marks each question, sends nothing and focuses the first invalid one', async () => {
      const element = await setup();
      let requests = 0;
      element.addEventListener('vk-answers-submit', () => requests++);
      input(element, 0).click();
      part(element, 'submit')?.click();
      await element.updateComplete;
      await element.updateComplete;
      expect(requests).to.equal(0);
      const errors = [...shadow(element).querySelectorAll('[part="question-error"]')].map((node) => node.textContent.trim());
      expect(errors).to.deep.equal(['Choose at least one answer.', 'Enter an answer.', 'Enter an address.', 'Enter an amount.']);
      const holdings = question(element, 1);
      expect(holdings.getAttribute('aria-describedby')).to.equal('q1-hint q1-error');
      expect(input(element, 2).getAttribute('aria-invalid')).to.equal('true');
      expect(input(element, 2).getAttribute('aria-describedby')).to.equal('q2-error');
      expect(input(element, 0).getAttribute('aria-invalid')).to.equal('false');
      expect(shadow(element).activeElement).to.equal(holdings.querySelector('input'));
      await expect(element).to.be.accessible();
    });
  });

  describe('grading', () => {
    it('sends the answers (never any right answer) and, after ok, fires vk-answers-accepted', async () => {
      const element = await setup();
      await answerAll(element);
      const request = await submit(element);
      expect(request.detail.answers).to.deep.equal(completeAnswers);
      const accepted = nextEvent(element, 'vk-answers-accepted');
      request.detail.respond({ ok: true });
      await accepted;
      await element.updateComplete;
      expect(textOf(shadow(element), '[part="result"]')).to.equal('All answers are correct.');
      expect(shadow(element).activeElement).to.equal(part(element, 'result'));
      await expect(element).to.be.accessible();
    });

    it('collect (MEXC [001 step 4]): no attempts, no documents path; the request says so and the answers are recorded', async () => {
      const element = await setup();
      element.collect = true;
      await element.updateComplete;
      expect(part(element, 'attempts')).to.equal(null);
      expect(part(element, 'documents')).to.equal(null);
      await answerAll(element);
      const request = await submit(element);
      expect(request.detail.collect).to.equal(true);
      const accepted = nextEvent(element, 'vk-answers-accepted');
      request.detail.respond({ ok: true });
      await accepted;
      await element.updateComplete;
      expect(textOf(shadow(element), '[part="result"]')).to.equal('Your answers were recorded.');
      await expect(element).to.be.accessible();
    });

    it('a wrong round counts attempts down, marks the wrong questions, keeps answers and focuses the summary', async () => {
      const element = await setup();
      await answerAll(element);
      let grade: (result: AnswersSubmitResult) => void = () => undefined;
      element.addEventListener('vk-answers-submit', (event) => event.detail.respond(new Promise((resolve) => (grade = resolve))));
      part(element, 'submit')?.click();
      await element.updateComplete;
      expect(part(element, 'submit')?.getAttribute('aria-disabled')).to.equal('true');
      expect(textOf(shadow(element), '[part~="feedback"]')).to.equal('Checking your answers…');
      grade({ ok: false, attemptsLeft: 2, wrong: ['phishing', 'balance'] });
      await settle(element);
      expect(element.attemptsLeft).to.equal(2);
      expect(textOf(shadow(element), '[part="attempts"]')).to.equal('2 attempts left');
      expect(textOf(shadow(element), '[part="summary"]')).to.equal(
        'Not all answers are correct. You can try again (2 attempts left) or submit documents instead. 2 answers are marked below.',
      );
      expect(shadow(element).activeElement).to.equal(part(element, 'summary'));
      expect(textOf(question(element, 2), '[part="question-error"]')).to.equal('This answer does not match our records.');
      expect(question(element, 0).querySelector('[part="question-error"]')).to.equal(null);
      expect(element.value).to.deep.equal(completeAnswers);
      expect(input(element, 2).value).to.equal('blue-fox');
      await expect(element).to.be.accessible();
      await typeInto(element, input(element, 2), 'red-fox');
      expect(question(element, 2).querySelector('[part="question-error"]'), 'editing clears the mark').to.equal(null);
    });

    it('three wrong rounds end in the documents path (vk-questionnaire-fallback)', async () => {
      const element = await setup();
      await answerAll(element);
      for (const left of [2, 1]) {
        const request = await submit(element);
        request.detail.respond({ ok: false, attemptsLeft: left });
        await settle(element);
        expect(textOf(shadow(element), '[part="attempts"]')).to.equal(left === 1 ? '1 attempt left' : '2 attempts left');
      }
      const last = await submit(element);
      const fallback = nextEvent(element, 'vk-questionnaire-fallback');
      last.detail.respond({ ok: false, attemptsLeft: 0 });
      expect((await fallback).detail).to.deep.equal({ reason: 'attempts-exhausted' });
      await element.updateComplete;
      expect(part(element, 'form')).to.equal(null);
      expect(textOf(shadow(element), '[part="result"]')).to.contain('No attempts left');
      expect(shadow(element).activeElement).to.equal(part(element, 'result'));
      await expect(element).to.be.accessible();
      const again = nextEvent(element, 'vk-questionnaire-fallback');
      part(element, 'documents')?.click();
      expect((await again).detail.reason).to.equal('attempts-exhausted');
    });

    it('takes the attempts left from the host attribute; 0 shows the documents path at once', async () => {
      const element = await setup(1);
      expect(textOf(shadow(element), '[part="attempts"]')).to.equal('1 attempt left');
      element.setAttribute('attempts-left', '0');
      await element.updateComplete;
      expect(part(element, 'form')).to.equal(null);
      expect(textOf(shadow(element), '[part="result"]')).to.contain('You can still reset your security items by submitting documents');
    });

    it('rejects a nonsensical attempts-left with a developer error and keeps the previous value', async () => {
      const element = await setup(2);
      const { calls } = await recordConsole('error', async () => {
        element.setAttribute('attempts-left', 'many');
        await element.updateComplete;
      });
      expect(calls).to.have.length(1);
      expect(String(calls[0]?.[0])).to.contain('<vk-questionnaire> property "attemptsLeft" is invalid — must be a whole number');
      expect(textOf(shadow(element), '[part="attempts"]')).to.equal('2 attempts left');
    });

    it('the user may choose documents instead at any time', async () => {
      const element = await setup();
      const fallback = nextEvent(element, 'vk-questionnaire-fallback');
      part(element, 'documents')?.click();
      expect((await fallback).detail).to.deep.equal({ reason: 'user-choice' });
    });

    it('an error answer keeps the answers and the attempts, and the user can resubmit', async () => {
      const element = await setup();
      await answerAll(element);
      const first = await submit(element);
      first.detail.respond({ ok: false, reason: 'error', message: 'Failed to fetch' });
      await settle(element);
      expect(textOf(shadow(element), '[part~="feedback"]')).to.equal('Failed to fetch');
      expect(textOf(shadow(element), '[part="attempts"]')).to.equal('3 attempts left');
      expect(element.value).to.deep.equal(completeAnswers);
      const second = await submit(element);
      expect(second.detail.answers).to.deep.equal(completeAnswers);
    });

    it('a request nobody answers shows a visible waiting state; a retry supersedes it', async () => {
      const element = await setup();
      await answerAll(element);
      const first = await submit(element);
      await element.updateComplete;
      expect(textOf(shadow(element), '[part~="feedback"]')).to.equal('Still waiting for an answer. Check your connection, then try again.');
      expect(part(element, 'submit')?.getAttribute('aria-disabled')).to.equal('false');
      await submit(element);
      expect(first.detail.signal.aborted).to.equal(true);
    });

    it('Cancel stops waiting for an answer that never comes: aborts the request, keeps the answers, focuses submit', async () => {
      const element = await setup();
      // No fade on the submit button, so the contrast check sees its settled colours.
      element.style.setProperty('--vk-transition-duration', '0s');
      await answerAll(element);
      const request = nextEvent(element, 'vk-answers-submit');
      element.addEventListener('vk-answers-submit', (event) => event.detail.respond(new Promise<AnswersSubmitResult>(() => undefined)), { once: true });
      part(element, 'submit')?.click();
      const pending = await request;
      await element.updateComplete;
      expect(textOf(shadow(element), '[part~="feedback"]')).to.equal('Checking your answers…');
      expect(part(element, 'submit')?.getAttribute('aria-disabled')).to.equal('true');
      const cancel = part(element, 'cancel');
      expect(cancel?.textContent.trim()).to.equal('Cancel');
      expect(cancel?.getBoundingClientRect().height).to.be.at.least(44);
      await expect(element).to.be.accessible();
      cancel?.click();
      await element.updateComplete;
      expect(pending.detail.signal.aborted).to.equal(true);
      const cancelled = 'Request cancelled. Everything you entered is kept: try again when you are ready.';
      expect(textOf(shadow(element), '[part~="feedback"]')).to.equal(cancelled);
      expect(textOf(shadow(element), '[part="status"]')).to.equal(cancelled);
      expect(part(element, 'cancel')).to.equal(null);
      expect(part(element, 'submit')?.getAttribute('aria-disabled')).to.equal('false');
      expect(shadow(element).activeElement).to.equal(part(element, 'submit'));
      expect(element.value).to.deep.equal(completeAnswers);
      expect(textOf(shadow(element), '[part="attempts"]')).to.equal('3 attempts left');
      await expect(element).to.be.accessible();
      const again = await submit(element);
      expect(again.detail.answers).to.deep.equal(completeAnswers);
    });

    it('Cancel is offered in the waiting state too (nobody answered)', async () => {
      const element = await setup();
      await answerAll(element);
      const first = await submit(element);
      await element.updateComplete;
      expect(textOf(shadow(element), '[part~="feedback"]')).to.equal('Still waiting for an answer. Check your connection, then try again.');
      part(element, 'cancel')?.click();
      await element.updateComplete;
      expect(first.detail.signal.aborted).to.equal(true);
      expect(textOf(shadow(element), '[part~="feedback"]')).to.contain('Request cancelled.');
      expect(shadow(element).activeElement).to.equal(part(element, 'submit'));
    });

    it('a malformed host answer is a user-facing error and a developer error naming the field', async () => {
      const element = await setup();
      await answerAll(element);
      const request = await submit(element);
      const originalError = console.error;
      const logged: unknown[] = [];
      console.error = (...args: unknown[]) => logged.push(args[0]);
      try {
        request.detail.respond({ ok: false, attemptsLeft: -1 } as never);
        await settle(element);
      } finally {
        console.error = originalError;
      }
      expect(String(logged[0])).to.contain('vk-answers-submit').and.to.contain('attemptsLeft');
      expect(textOf(shadow(element), '[part~="feedback"]')).to.equal('Something went wrong. Your answers are kept; please try again.');
    });
  });

  describe('host data', () => {
    // The setters used to throw; the bad-data policy (core/host-data.ts) reports instead and keeps the last valid value.
    it('malformed questions: one developer error naming the question and the field, the last valid questions kept', async () => {
      const element = await setup();
      const problems: string[] = [];
      const set = async (value: unknown) => {
        const { calls } = await recordConsole('error', () => assign(element, 'questions', value));
        expect(calls, 'one developer error').to.have.length(1);
        problems.push(String(calls[0]?.[0]));
      };
      const bad = (patch: Record<string, unknown>) => set([questions[2], { ...questions[0], ...patch }]);
      await bad({ options: [{ id: 'only', label: 'Only' }] });
      await bad({ type: 'essay' });
      await bad({ prompt: 42 });
      await bad({ id: undefined });
      await bad({ options: [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }] });
      await bad({ id: 'phishing' });
      await set([{ id: 'x', type: 'amount', prompt: 'How much?', min: 10, max: 1 }]);
      const expected = [
        /<vk-questionnaire> property "questions" is invalid — item "trade", field "options": a single or multiple choice/,
        /item "trade", field "type"/,
        /item "trade", field "prompt".*expected string/,
        /item #2, field "id"/,
        /item "trade", field "options": option ids must be unique/,
        /item "phishing", field "id": used twice/,
        /item "x", field "max": must not be less than min/,
      ];
      expected.forEach((pattern, index) => expect(problems[index]).to.match(pattern));
      expect(element.questions, 'keeps the last valid questions').to.have.length(5);
      await element.updateComplete;
      expect(shadow(element).querySelectorAll('fieldset[data-index]'), 'still shows them').to.have.length(5);
    });

    it('restores answers through value and keeps them when the questions are set again', async () => {
      const element = await setup();
      await answerAll(element);
      expect(input(element, 0, 'input[value="eth"]').checked).to.equal(true);
      expect(input(element, 3).value).to.equal(tronAddress);
      element.questions = [...questions];
      await element.updateComplete;
      expect(element.value).to.deep.equal(completeAnswers);
      // Used to throw; now one developer error, and the answers stay as they were.
      const { calls } = await recordConsole('error', () => assign(element, 'value', { trade: { choice: 42 } }));
      expect(calls).to.have.length(1);
      expect(String(calls[0]?.[0])).to.match(/<vk-questionnaire> property "value" is invalid/);
      expect(element.value).to.deep.equal(completeAnswers);
    });

    it('lays out right to left under an RTL locale, keeping addresses and amounts left to right', async () => {
      const provider = await fixture(html`<vk-provider locale="ar"><vk-questionnaire .questions=${questions}></vk-questionnaire></vk-provider>`);
      const element = provider.querySelector('vk-questionnaire');
      if (!element) throw new Error('not rendered');
      await element.updateComplete;
      expect(getComputedStyle(element).direction).to.equal('rtl');
      expect(input(element, 3).dir).to.equal('ltr');
      expect(input(element, 4).dir).to.equal('ltr');
      const row = question(element, 0).querySelector('[part="option"]');
      const box = row?.querySelector('input')?.getBoundingClientRect();
      const label = row?.querySelector('span')?.getBoundingClientRect();
      expect(box && label && box.left > label.left, 'the radio sits at the inline start (right)').to.equal(true);
      await expect(element).to.be.accessible();
    });

    it('takes message overrides from the provider', async () => {
      const provider = await fixture(html`<vk-provider .messages=${{ 'questionnaire.submit': 'Check my answers' }}>
        <vk-questionnaire .questions=${questions}></vk-questionnaire>
      </vk-provider>`);
      const element = provider.querySelector('vk-questionnaire');
      if (!element) throw new Error('not rendered');
      await element.updateComplete;
      expect(textOf(shadow(element), '[part="submit"]')).to.equal('Check my answers');
    });
  });
});

runHostRequestSuite('<vk-questionnaire>', {
  mount: async () => {
    const element = await setup();
    element.style.setProperty('--vk-transition-duration', '0s');
    await answerAll(element);
    return element;
  },
  eventName: 'vk-answers-submit',
  trigger: (element) => part(element, 'submit')?.click(),
  answer: { ok: true },
  expectAnswered: (element) => {
    expect(textOf(shadow(element), '[part="result"]')).to.equal('All answers are correct.');
  },
  userInput: (element) => element.value,
});

runBadDataSuite('<vk-questionnaire>', {
  mount: () => setup(),
  properties: {
    questions: [
      { value: [{ ...questions[0], options: [{ id: 'only', label: 'Only' }] }], mentions: 'options' },
      { value: [questions[2], { ...questions[3], id: 'phishing' }], mentions: 'used twice' },
      { value: 'trade', mentions: 'array' },
      { value: null },
    ],
    value: [{ value: { trade: { choice: 42 } }, mentions: 'trade' }, { value: 'eth' }, { value: null }],
    attemptsLeft: [{ value: -1 }, { value: 1.5 }, { value: Number.NaN }, { value: '2' }],
  },
});
