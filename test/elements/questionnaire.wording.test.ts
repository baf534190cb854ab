/**
 * Host text in a right-to-left page (issue 18): English questions and options inside an Arabic
 * page keep their own direction and punctuation; the host's asset, network and unit names are
 * isolated inside the element's own sentences.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { isolate, registerMessages } from '../../src/core/i18n.js';
import '../../src/elements/provider/vk-provider.js';
import type { Question } from '../../src/elements/questionnaire/questionnaire.schema.js';
import type { VkQuestionnaire } from '../../src/elements/questionnaire/vk-questionnaire.js';
import '../../src/elements/questionnaire/vk-questionnaire.js';
import ar from '../../src/locales/ar.js';
import '../helpers.js';

const questions: Question[] = [
  { id: 'trade', type: 'single', prompt: 'Which coin did you trade most (last 30 days)?', options: [{ id: 'btc', label: 'BTC (Bitcoin)' }, { id: 'eth', label: 'ETH (Ether)' }] },
  { id: 'address', type: 'address', prompt: 'An address you often withdrew to?', network: 'TRC20', asset: 'USDT' },
  { id: 'balance', type: 'amount', prompt: 'Roughly how much do you hold?', min: 0, max: 1000, unit: 'USDT' },
];

before(() => registerMessages('ar', ar));

describe('<vk-questionnaire> in a right-to-left page', () => {
  it('isolates prompts and options, and the host\'s names inside its own hints', async () => {
    const provider = await fixture(html`<vk-provider locale="ar"><vk-questionnaire .questions=${questions}></vk-questionnaire></vk-provider>`);
    const element = provider.querySelector<VkQuestionnaire>('vk-questionnaire');
    if (!element?.shadowRoot) throw new Error('no <vk-questionnaire>');
    await element.updateComplete;
    const root = element.shadowRoot;
    expect(getComputedStyle(element).direction).to.equal('rtl');
    const prompts = [...root.querySelectorAll('[part="prompt"]')];
    expect(prompts.map((prompt) => prompt.getAttribute('dir'))).to.deep.equal(['auto', 'auto', 'auto']);
    expect(prompts.every((prompt) => prompt.matches(':dir(ltr)')), 'an English question reads left to right, "?" at its end').to.equal(true);
    const options = [...root.querySelectorAll('[part="option"] span')];
    expect(options.map((option) => option.getAttribute('dir'))).to.deep.equal(['auto', 'auto']);
    expect(options.every((option) => option.matches(':dir(ltr)'))).to.equal(true);
    const hints = [...root.querySelectorAll('[part="question-hint"]')].map((hint) => hint.textContent);
    expect(hints.join(' ')).to.contain(isolate('USDT')).and.contain(isolate('TRC20'));
  });
});
