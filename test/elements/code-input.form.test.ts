import { expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VkCodeInput } from '../../src/elements/code-input/vk-code-input.js';
import { nextEvent } from '../helpers.js';
import { runFormControlSuite } from '../suites/form-control.suite.js';
import { inputOf, MINUTE, mount, part, paste, press, settle, slotTexts, START, type } from './code-input.fixtures.js';

describe('<vk-code-input> in a form', () => {
  describe('form', () => {
    it('submits its value under name, validates required and length, and resets', async () => {
      // fixtureSync: fixture() waits for an animation frame for a plain root, and frames pause in a background page.
      const form = fixtureSync<HTMLFormElement>(html`<form><vk-code-input name="otp" required manual-submit></vk-code-input></form>`);
      const el = form.querySelector('vk-code-input');
      if (!el) throw new Error('no element');
      await el.updateComplete;
      expect(el.form).to.equal(form);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal('Enter the verification code.');
      expect(form.checkValidity()).to.equal(false);
      await paste(el, '123');
      expect(el.validity.tooShort).to.equal(true);
      expect(el.validationMessage).to.equal('Enter all 6 characters of the code.');
      await paste(el, '456');
      expect(el.checkValidity()).to.equal(true);
      expect(new FormData(form).get('otp')).to.equal('123456');
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(inputOf(el).value).to.equal('');
      expect(el.validity.valueMissing).to.equal(true);
    });

    it('keeps the slots and the validation message in step with later changes', async () => {
      const { el, provider } = await mount({ manualSubmit: true, required: true });
      expect(slotTexts(el)).to.deep.equal(['', '', '', '', '', '']);
      await paste(el, '12345');
      expect(slotTexts(el)).to.deep.equal(['1', '2', '3', '4', '5', '']);
      expect(el.validationMessage).to.equal('Enter all 6 characters of the code.');

      el.length = 4;
      await el.updateComplete;
      expect(el.value).to.equal('1234');
      expect(slotTexts(el)).to.deep.equal(['1', '2', '3', '4']);
      expect(el.checkValidity()).to.equal(true);

      el.value = '';
      el.length = 8;
      await el.updateComplete;
      expect(slotTexts(el)).to.deep.equal(['', '', '', '', '', '', '', '']);
      expect(el.shadowRoot?.querySelectorAll('[part~="slot-filled"]')).to.have.length(0);
      expect(el.validationMessage).to.equal('Enter the verification code.');

      provider.messages = { 'code.required': 'Saisissez le code.' };
      await provider.updateComplete;
      await el.updateComplete;
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal('Saisissez le code.');
    });

    it('submits on Enter in the field only, not on Enter on a button', async () => {
      const { el } = await mount({ manualSubmit: true });
      await paste(el, '123456');
      const submits: string[] = [];
      const requests: string[] = [];
      el.addEventListener('vk-code-submit', (event) => {
        submits.push(event.detail.code);
        event.detail.respond({ ok: true });
      });
      el.addEventListener('vk-code-request', (event) => {
        requests.push(event.detail.channel);
        event.detail.respond({ ok: true, expiresAt: START + 15 * MINUTE, resendAt: START + MINUTE });
      });
      part(el, '[part="get-code"]').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      // Enter on "Get code" is that button's click, not the field's submit.
      expect(requests).to.deep.equal(['email']);
      expect(submits).to.deep.equal([]);
      el.focus();
      await press(el, 'Enter');
      expect(submits).to.deep.equal(['123456']);
    });

    it('is disabled by a disabled fieldset', async () => {
      const form = fixtureSync<HTMLFormElement>(html`<form><fieldset disabled><vk-code-input></vk-code-input></fieldset></form>`);
      const el = form.querySelector('vk-code-input');
      if (!el) throw new Error('no element');
      await el.updateComplete;
      expect(el.disabled).to.equal(true);
      expect(inputOf(el).disabled).to.equal(true);
    });

    it('re-dispatches change out of the shadow root', async () => {
      const { el } = await mount({ manualSubmit: true });
      const changed = nextEvent(el, 'change');
      await type(el, '12');
      inputOf(el).blur();
      await changed;
      expect(el.value).to.equal('12');
    });
  });
});

runFormControlSuite('<vk-code-input>', {
  tag: 'vk-code-input',
  validValue: '123456',
  fill: async (control, value) => {
    const el = control as unknown as VkCodeInput;
    el.manualSubmit = true; // the form's part only: no check by the host
    await paste(el, value);
  },
});

