/** `<vk-code-input channel="recovery">`: one of the account's recovery codes (saved from `<vk-recovery-codes>`). */
import { expect } from '@open-wc/testing';
import type { VkCodeSubmitEvent } from '../../src/elements/code-input/code-input.events.js';
import { answerNext, hasState, inputOf, mount, openHelp, part, paste, query, recordingConsole, settle, slotTexts, statusOf, text, type } from './code-input.fixtures.js';

const groupsOf = (el: HTMLElement) =>
  [...(el.shadowRoot?.querySelectorAll('[part="slots"] .group') ?? [])].map((group) => [...group.querySelectorAll('[part~="slot"]')].map((slot) => slot.textContent));

describe('<vk-code-input channel="recovery">', () => {
  it('asks for a recovery code: its own label and hint, letters allowed, no "Get code" and no timer', async () => {
    const { el } = await mount({ channel: 'recovery', purpose: 'recovery', length: 8 });
    expect(text(part(el, '[part="label"]'))).to.equal('Recovery code');
    expect(text(part(el, '#hint'))).to.equal('Enter one of your 8-character recovery codes. Dashes and spaces do not matter.');
    expect(query(el, '[part~="get-code"]')).to.equal(null);
    expect(query(el, '[part~="timer"]')).to.equal(null);
    const input = inputOf(el);
    expect(input.inputMode).to.equal('text');
    expect(input.getAttribute('autocapitalize')).to.equal('characters');
    expect(input.hasAttribute('pattern')).to.equal(false);
    let requests = 0;
    el.addEventListener('vk-code-request', () => (requests += 1));
    await el.requestCode();
    expect(requests, 'nothing to send').to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('draws the slots in groups of four (fives for 10 or 15 characters)', async () => {
    const twelve = await mount({ channel: 'recovery', length: 12 });
    expect(groupsOf(twelve.el).map((group) => group.length)).to.deep.equal([4, 4, 4]);
    const ten = await mount({ channel: 'recovery', length: 10 });
    expect(groupsOf(ten.el).map((group) => group.length)).to.deep.equal([5, 5]);
    const email = await mount({ channel: 'email' });
    expect(groupsOf(email.el), 'other channels draw one row').to.deep.equal([]);
  });

  it('takes a pasted code with dashes, spaces and lower case, and submits it upper-cased without them', async () => {
    const { el } = await mount({ channel: 'recovery', purpose: 'recovery', length: 8 });
    const submit = new Promise<VkCodeSubmitEvent>((resolve) => el.addEventListener('vk-code-submit', resolve, { once: true }));
    await paste(el, ' k7mp-2qxr ');
    const { detail } = await submit;
    expect(detail.code).to.equal('K7MP2QXR');
    expect(detail.channel).to.equal('recovery');
    expect(detail.purpose).to.equal('recovery');
    expect(groupsOf(el)).to.deep.equal([
      ['K', '7', 'M', 'P'],
      ['2', 'Q', 'X', 'R'],
    ]);
    detail.respond({ ok: true });
    await settle(el);
    expect(hasState(el, 'success')).to.equal(true);
    expect(statusOf(el)).to.equal('Code verified.');
  });

  it('typing skips dashes and spaces; a wrong code shows the attempts left', async () => {
    const { el } = await mount({ channel: 'recovery', length: 8 });
    answerNext(el, 'vk-code-submit', { ok: false, reason: 'wrong-code', attemptsLeft: 4 });
    await type(el, 'h3tv-9wnc');
    await settle(el);
    expect(el.value).to.equal('H3TV9WNC');
    expect(hasState(el, 'wrong')).to.equal(true);
    expect(statusOf(el)).to.equal('Wrong code. 4 attempts left.');
    await expect(el).to.be.accessible();
  });

  it('accepts the length from the host up to 16 characters, and fits a 320px phone', async () => {
    const { el, provider } = await mount({ channel: 'recovery', length: 16 });
    provider.style.display = 'block';
    provider.style.width = '320px';
    await settle(el);
    expect(slotTexts(el)).to.have.length(16);
    expect(part(el, '[part="field"]').getBoundingClientRect().width).to.be.at.most(320);
    for (const slot of el.shadowRoot?.querySelectorAll('[part~="slot"]') ?? []) expect(slot.getBoundingClientRect().height).to.be.at.least(44);
    const errors = await recordingConsole('error', async () => {
      el.length = 17;
      await el.updateComplete;
    });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('from 4 to 16');
    expect(el.length).to.equal(16);
  });

  it('helps a user who cannot find the codes', async () => {
    const { el } = await mount({ channel: 'recovery' });
    expect(text(part(el, '[part="help-summary"]'))).to.equal("Can't find your codes?");
    await openHelp(el);
    const tips = text(part(el, '[part="help-list"]'));
    expect(tips).to.contain('password manager').and.to.contain('only once');
    expect(query(el, '[part="help"] [part="reset-verification"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says it in the user’s language (Japanese)', async () => {
    const { el } = await mount({ channel: 'recovery', length: 8 }, { locale: 'ja', messages: {} });
    const ja = (await import('../../src/locales/ja.js')).default;
    const { registerMessages } = await import('../../src/core/i18n.js');
    registerMessages('ja', ja);
    await settle(el);
    expect(text(part(el, '[part="label"]'))).to.equal(ja['code.label.recovery']);
  });
});
