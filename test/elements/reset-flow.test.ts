import { expect, fixture, html } from '@open-wc/testing';
import { VkFaceScanCompleteEvent, VkHumanCheckCompleteEvent, type ResetSummary } from '../../src/elements/reset-flow/reset-flow.events.js';
import { journeys } from '../../src/elements/reset-flow/journeys.js';
import type { JourneyConfig } from '../../src/elements/reset-flow/reset-flow.machine.js';
import type { VkResetFlow } from '../../src/elements/reset-flow/vk-reset-flow.js';
import { nextEvent } from '../helpers.js';
import {
  T0,
  HOUR,
  acceptTermsAndSubmit,
  chooseAnswer,
  click,
  clickBack,
  clickNext,
  currentStep,
  enterCode,
  fillInput,
  getCode,
  heading,
  inStep,
  loggedOutAccount,
  oneImageSlot,
  pickLost,
  query,
  questions,
  settle,
  setup,
  shadow,
  submitAnswers,
  submitContact,
  upload,
  withHost,
} from './reset-flow.helpers.js';

describe('<vk-reset-flow> journeys', () => {
  afterEach(() => sessionStorage.clear());

  describe('MEXC logged out, end to end with a fake host', () => {
    it('goes account → pick → verify → questionnaire → proofs → new contact → identity → submit → under review', async () => {
      await withHost(async (host, clock) => {
      const { flow, steps } = await setup(
        () => html`<vk-reset-flow
          journey="mexcLoggedOut"
          .questions=${questions}
          .proofSlots=${oneImageSlot('funds')}
          .identitySlots=${oneImageSlot('id')}
        ></vk-reset-flow>`,
        clock,
      );
      expect(flow.getAttribute('step')).to.equal('account');
      expect(heading(flow)).to.equal('Your account');
      expect(query(shadow(flow), '[part~="position"]').textContent).to.contain('Step 1 of 9');
      await expect(flow).to.be.accessible();

      // Account: empty → message, then the lookup.
      click(inStep(flow, 'form [part~="action"]'));
      await settle(flow);
      expect(inStep(flow, '[part~="error"]').textContent).to.contain('Enter your e-mail');
      fillInput(inStep<HTMLInputElement>(flow, 'input[name="identifier"]'), 'jane@mail.com');
      click(inStep(flow, 'form [part~="action"]'));
      await settle(flow);
      expect(host.of('vk-account-lookup')[0]?.['identifier']).to.equal('jane@mail.com');
      expect(flow.step).to.equal('pick');
      expect(steps[0]).to.deep.equal({ from: 'account', to: 'pick', index: 1, total: 9 });
      expect(shadow(flow).activeElement?.id, 'focus on the new heading').to.equal('heading-pick');
      expect(query(shadow(flow), '[part~="status"]').textContent).to.contain('Step 2 of 9: Items to reset');
      expect(query(shadow(flow), '[aria-current="step"]').textContent.trim()).to.equal('Items to reset');
      await expect(flow).to.be.accessible();

      // Pick: authenticator lost → verify e-mail and phone.
      await pickLost(flow, ['totp']);
      expect(host.of('vk-reset-items-confirm')[0]).to.include({ route: 'reset' });
      expect(flow.step).to.equal('verify');
      const purposes = [...currentStep(flow).querySelectorAll('vk-code-input')].map((input) => input.getAttribute('purpose'));
      expect(purposes).to.deep.equal(['current-email', 'current-phone']);
      await expect(flow).to.be.accessible();
      await getCode(flow, 'current-email');
      await getCode(flow, 'current-phone');
      expect(host.of('vk-code-request').map((detail) => detail['purpose'])).to.deep.equal(['current-email', 'current-phone']);
      await enterCode(flow, 'current-email', '123456');
      expect(flow.step, 'one code is not enough').to.equal('verify');
      expect(shadow(flow).querySelector('[part~="next"]'), 'no way past the codes').to.equal(null);
      await enterCode(flow, 'current-phone', '123456');
      expect(flow.step).to.equal('questionnaire');
      await expect(flow).to.be.accessible();

      // Questionnaire accepted → supplementary proofs.
      await chooseAnswer(flow, 'btc');
      await submitAnswers(flow);
      expect(host.of('vk-answers-submit')[0]?.['answers']).to.deep.equal({ q1: { choice: 'btc' } });
      expect(flow.step).to.equal('proofs');
      expect(query<HTMLButtonElement>(shadow(flow), '[part~="next"]').getAttribute('aria-disabled')).to.equal('true');
      await upload(flow, 'funds');
      expect(query<HTMLButtonElement>(shadow(flow), '[part~="next"]').getAttribute('aria-disabled')).to.equal('false');
      await expect(flow).to.be.accessible();
      await clickNext(flow);

      // New contact: must differ from the current e-mail, then gets its own code.
      expect(flow.step).to.equal('new-contact');
      await expect(flow).to.be.accessible();
      await submitContact(flow, { email: ' Jane@Mail.com ' });
      expect(inStep(flow, '[part~="error"]').textContent).to.contain('current contact');
      expect(host.of('vk-new-contact-submit'), 'refused before asking the host').to.have.length(0);
      await submitContact(flow, { email: 'new@example.com' });
      expect(host.of('vk-new-contact-submit')[0]).to.include({ kind: 'email', value: 'new@example.com' });
      expect(inStep(flow, 'vk-code-input').getAttribute('masked-destination')).to.equal('n•••@example.com');
      await getCode(flow, 'new-email');
      await enterCode(flow, 'new-email', '123456');
      expect(flow.step).to.equal('identity');

      await expect(flow).to.be.accessible();
      await upload(flow, 'id');
      await clickNext(flow);
      expect(flow.step).to.equal('submit');
      await expect(flow).to.be.accessible();

      // Submit: terms first.
      click(inStep(flow, 'form [part~="action"]'));
      await settle(flow);
      expect(inStep(flow, '[part~="error"]').textContent).to.contain('Accept the terms');
      expect(host.of('vk-reset-submit')).to.have.length(0);
      const completed = nextEvent(flow, 'vk-reset-flow-complete');
      await acceptTermsAndSubmit(flow);
      const summary = host.of('vk-reset-submit')[0]?.['summary'] as ResetSummary;
      expect(summary).to.deep.equal({
        journey: 'mexcLoggedOut',
        lost: ['totp'],
        verified: ['current-email', 'current-phone', 'new-email'],
        faceScan: false,
        questionnaire: 'accepted',
        files: { proofs: { funds: ['host-funds'] }, identity: { id: ['host-id'] } },
        newContact: { kind: 'email', masked: 'n•••@example.com' },
      });
      expect(JSON.stringify(summary)).to.not.contain('123456');
      expect((await completed).detail.reviewEta).to.equal(T0 + 24 * HOUR);

      expect(flow.step).to.equal('review');
      expect(flow.getAttribute('step')).to.equal('review');
      expect(heading(flow)).to.equal('Under review');
      expect(inStep(flow, '[part~="notice"]').textContent).to.contain('withdrawals').and.contain('24 hours');
      expect(shadow(flow).querySelector('[part~="nav"]'), 'no way back from under review').to.equal(null);
      await expect(flow).to.be.accessible();
      });
    }).timeout(20_000);

    it('lets the children’s request events bubble out unchanged to one document listener', async () => {
      await withHost(async (host, clock) => {
      const { flow } = await setup(() => html`<vk-reset-flow journey="loggedInChangeEmail" .account=${{ ...loggedOutAccount, loggedIn: true }}></vk-reset-flow>`, clock);
      await getCode(flow, 'current-email');
      const [request] = host.seen.filter((entry) => entry.type === 'vk-code-request');
      expect(request?.detail).to.include({ channel: 'email', purpose: 'current-email' });
      expect(typeof request?.detail['respond']).to.equal('function');
      });
    });

    it('offers the host face scan instead of codes to an advanced-KYC account', async () => {
      await withHost(async (_host, clock) => {
      const { flow } = await setup(
        // `faceScan: true`: instead of the codes; MEXC's own finalises the reset (reset-flow.journeys.test.ts).
        () => html`<vk-reset-flow .journey=${{ ...journeys.mexcLoggedOut, faceScan: true }} .account=${{ ...loggedOutAccount, loggedIn: true, kycLevel: 'advanced' }} .questions=${questions}>
          <div slot="face-scan" id="scan">Host face scan</div>
        </vk-reset-flow>`,
        clock,
      );
      expect(flow.step).to.equal('pick');
      const picker = shadow(inStep(flow, 'vk-reset-picker'));
      click(query(picker, 'input[data-factor="totp"]'));
      click(query(picker, 'input[data-agreement]'));
      await settle(flow);
      click(query(picker, '[part~="alternative"]'));
      await settle(flow);
      expect(flow.step).to.equal('verify');
      expect(currentStep(flow).querySelector('vk-code-input'), 'no codes').to.equal(null);
      const slot = inStep<HTMLSlotElement>(flow, 'slot[name="face-scan"]');
      expect(slot.assignedElements().map((el) => el.id)).to.deep.equal(['scan']);
      await expect(flow).to.be.accessible();
      query(flow, '#scan').dispatchEvent(new VkFaceScanCompleteEvent());
      await settle(flow);
      expect(flow.step).to.equal('questionnaire');
      });
    });
  });

  describe('CoinEx questions first', () => {
    it('instructions + agreement → e-mail + password → e-mail code → 3 failed rounds leave only documents → under review', async () => {
      let attemptsLeft = 3;
      await withHost(async (host, clock) => {
      const { flow, steps } = await setup(
        () => html`<vk-reset-flow journey="coinexQuestionsFirst" .questions=${questions} .documentSlots=${oneImageSlot('selfie')}></vk-reset-flow>`,
        clock,
      );
      expect(flow.step, 'the reset instructions come first').to.equal('agreement');
      expect(heading(flow)).to.equal('Reset instructions');
      expect(inStep(flow, '[part~="instructions"]').textContent).to.contain('upload documents');
      // Issue 15: the restriction in CoinEx's words ("withdrawal will be suspended for 24 hours", 002), no longer the generic list.
      expect(inStep(flow, '[part~="notice"]').textContent).to.contain('withdrawals are blocked for 24 hours');
      expect(shadow(flow).querySelector('[part~="back"]'), 'nothing before the first step').to.equal(null);
      await expect(flow).to.be.accessible();
      click(inStep(flow, 'form [part~="action"]'));
      await settle(flow);
      expect(flow.step, 'the agreement is required').to.equal('agreement');
      expect(inStep(flow, '[part~="error"]').textContent).to.contain('Tick the box');
      expect(shadow(flow).activeElement?.getAttribute('name')).to.equal('agreement');
      await expect(flow).to.be.accessible();
      click(inStep(flow, 'input[name="agreement"]'));
      click(inStep(flow, 'form [part~="action"]'));
      await settle(flow);
      expect(flow.step).to.equal('account');
      expect(steps[0]).to.deep.equal({ from: 'agreement', to: 'account', index: 1, total: 6 });
      await clickBack(flow);
      expect(inStep<HTMLInputElement>(flow, 'input[name="agreement"]').checked, 'Back keeps the agreement').to.equal(true);
      await clickNext(flow);
      expect(flow.step).to.equal('account');
      expect(inStep(flow, 'input[name="password"]').getAttribute('type')).to.equal('password');
      fillInput(inStep<HTMLInputElement>(flow, 'input[name="identifier"]'), 'jane@mail.com');
      click(inStep(flow, 'form [part~="action"]'));
      await settle(flow);
      expect(inStep(flow, '[part~="error"]').textContent).to.contain('password');
      fillInput(inStep<HTMLInputElement>(flow, 'input[name="password"]'), 'hunter2');
      click(inStep(flow, 'form [part~="action"]'));
      await settle(flow);
      expect(host.of('vk-account-lookup')[0]).to.include({ identifier: 'jane@mail.com', password: 'hunter2' });

      expect(flow.step).to.equal('verify');
      expect([...currentStep(flow).querySelectorAll('vk-code-input')].map((input) => input.getAttribute('purpose')), 'only the e-mail code').to.deep.equal(['current-email']);
      await getCode(flow, 'current-email');
      await enterCode(flow, 'current-email', '111111');
      expect(flow.step, 'wrong code keeps the user here').to.equal('verify');
      await enterCode(flow, 'current-email', '123456');
      expect(flow.step).to.equal('questionnaire');
      expect(steps.at(-1)?.total, 'documents not counted yet').to.equal(6);
      // CoinEx's reminder comes before the questions (issue 15): "Start now".
      expect(inStep(flow, '[part~="instructions"]').textContent).to.contain('one or more correct answers');
      click(inStep(flow, '[part~="action"]'));
      await settle(flow);

      for (let round = 0; round < 3; round++) {
        await chooseAnswer(flow, round % 2 ? 'btc' : 'eth');
        await submitAnswers(flow);
      }
      expect(host.of('vk-answers-submit')).to.have.length(3);
      expect(flow.step, 'the third failed round leads to documents').to.equal('documents');
      expect(steps.at(-1)).to.deep.equal({ from: 'questionnaire', to: 'documents', index: 4, total: 7 });
      await expect(flow).to.be.accessible();

      await upload(flow, 'selfie');
      await clickBack(flow);
      expect(flow.step).to.equal('questionnaire');
      await clickNext(flow);
      expect(flow.step).to.equal('documents');
      expect(inStep(flow, 'vk-proof-uploader').shadowRoot?.textContent, 'the uploaded file is still listed').to.contain('photo.jpg');
      await clickNext(flow);
      await acceptTermsAndSubmit(flow);
      const summary = host.of('vk-reset-submit')[0]?.['summary'] as ResetSummary;
      expect(summary.questionnaire).to.equal('fallback');
      expect(summary.files).to.deep.equal({ documents: { selfie: ['host-selfie'] } });
      expect(JSON.stringify(summary)).to.not.contain('hunter2');
      expect(flow.step).to.equal('review');
      expect(currentStep(flow).textContent, 'rebind soon').to.contain('bind your security items again as soon as possible');
      }, { 'vk-answers-submit': () => ({ ok: false, attemptsLeft: --attemptsLeft, wrong: ['q1'] }) });
    }).timeout(20_000);
  });

  describe('logged-in change of phone', () => {
    it('current e-mail + SMS codes → new number (not the current one) → human check → code to the new number → done', async () => {
      await withHost(async (host, clock) => {
      const account = { ...loggedOutAccount, loggedIn: true, phone: '+44 7700 900123' };
      const { flow } = await setup(
        () => html`<vk-reset-flow journey="loggedInChangePhone" country-code="+44" .account=${account}>
          <button slot="human-check" id="captcha" type="button">I am human</button>
        </vk-reset-flow>`,
        clock,
      );
      expect(flow.step).to.equal('verify');
      expect(query(shadow(flow), '[part~="position"]').textContent).to.contain('Step 1 of 4');
      expect(shadow(flow).querySelector('[part~="back"]'), 'nothing to go back to').to.equal(null);
      await enterCode(flow, 'current-email', '123456');
      await enterCode(flow, 'current-phone', '123456');
      expect(flow.step).to.equal('new-contact');
      expect(inStep<HTMLInputElement>(flow, 'input[name="country"]').value).to.equal('+44');
      await expect(flow).to.be.accessible();

      await submitContact(flow, { phone: 'abc' });
      expect(inStep(flow, '[part~="error"]').textContent).to.contain('digits only');
      await submitContact(flow, { phone: '7700 900123' });
      expect(inStep(flow, '[part~="error"]').textContent).to.contain('current contact');
      await submitContact(flow, { phone: '7700 900999' });
      expect(host.of('vk-new-contact-submit')[0]).to.include({ kind: 'phone', value: '+447700900999' });
      expect(currentStep(flow).querySelector('vk-code-input'), 'code waits for the human check').to.equal(null);
      expect(inStep<HTMLSlotElement>(flow, 'slot[name="human-check"]').assignedElements()).to.have.length(1);
      await expect(flow).to.be.accessible();
      query(flow, '#captcha').dispatchEvent(new VkHumanCheckCompleteEvent());
      await settle(flow);
      await getCode(flow, 'new-phone');
      expect(host.of('vk-code-request').at(-1)).to.include({ channel: 'sms', purpose: 'new-phone' });
      await enterCode(flow, 'new-phone', '123456');
      expect(flow.step).to.equal('submit');
      await acceptTermsAndSubmit(flow);
      expect(flow.step).to.equal('done');
      expect(heading(flow)).to.equal('Done');
      await expect(flow).to.be.accessible();
      });
    }).timeout(20_000);
  });

  describe('layout', () => {
    it('keeps every control of a step at least 44px tall on a 320px phone, also right-to-left', async () => {
      await withHost(async (_host, clock) => {
        const account = { ...loggedOutAccount, loggedIn: true };
        const provider = await fixture<HTMLElement>(
          html`<vk-provider .clock=${clock} locale="ar" style="--vk-transition-duration: 0ms"
            ><vk-reset-flow style="width: 320px" journey="loggedInChangeEmail" .account=${account}></vk-reset-flow
          ></vk-provider>`,
        );
        const flow = query<VkResetFlow>(provider, 'vk-reset-flow');
        await settle(flow);
        await enterCode(flow, 'current-email', '123456');
        await submitContact(flow, { email: 'new@example.com' });
        const controls = [...shadow(flow).querySelectorAll<HTMLElement>('[part~="step"]:not([hidden]) button, [part~="nav"] button')];
        expect(controls.map((control) => control.getAttribute('part'))).to.include.members(['change', 'back']);
        for (const control of controls) expect(control.getBoundingClientRect().height, control.getAttribute('part') ?? '').to.be.at.least(44);
        expect(getComputedStyle(flow).direction).to.equal('rtl');
        expect(flow.getBoundingClientRect().width).to.equal(320);
      });
    });

    it('gives the agreement row and its button 44px touch targets on a 320px phone', async () => {
      const { flow } = await setup(() => html`<vk-reset-flow style="width: 320px" journey="coinexQuestionsFirst"></vk-reset-flow>`);
      for (const selector of ['[part~="agreement"]', 'form [part~="action"]']) {
        expect(inStep(flow, selector).getBoundingClientRect().height, selector).to.be.at.least(44);
      }
    });
  });

  describe('back and forward', () => {
    it('keeps codes, answers and the new contact across Back and Next', async () => {
      await withHost(async (_host, clock) => {
      const account = { ...loggedOutAccount, loggedIn: true };
      const { flow, steps } = await setup(
        () => html`<vk-reset-flow journey="mexcLoggedOut" .account=${account} .questions=${questions} .proofSlots=${oneImageSlot('funds')}></vk-reset-flow>`,
        clock,
      );
      await pickLost(flow, ['phone', 'totp']);
      await enterCode(flow, 'current-email', '123456');
      expect(flow.step).to.equal('questionnaire');
      await chooseAnswer(flow, 'eth');

      await clickBack(flow);
      expect(flow.step).to.equal('verify');
      expect(steps.at(-1)).to.include({ from: 'questionnaire', to: 'verify' });
      expect(shadow(flow).activeElement?.id).to.equal('heading-verify');
      const codeInput = inStep<HTMLElement & { value: string }>(flow, 'vk-code-input');
      expect(codeInput.value).to.equal('123456');
      expect(inStep(flow, '[part~="verified"]').textContent).to.contain('E-mail: verified');
      await clickBack(flow);
      expect(flow.step).to.equal('pick');
      expect(inStep<HTMLElement & { value: string[] }>(flow, 'vk-reset-picker').value).to.deep.equal(['phone', 'totp']);

      await clickNext(flow);
      await clickNext(flow);
      expect(flow.step).to.equal('questionnaire');
      expect(query<HTMLInputElement>(shadow(inStep(flow, 'vk-questionnaire')), 'input[value="eth"]').checked).to.equal(true);
      await submitAnswers(flow);
      await upload(flow, 'funds');
      await clickNext(flow);
      expect(flow.step).to.equal('new-contact');
      // The lost phone is the contact to replace.
      fillInput(inStep<HTMLInputElement>(flow, 'input[name="phone"]'), '7700 900555');
      await clickBack(flow);
      expect(flow.step).to.equal('proofs');
      expect(inStep(flow, 'vk-proof-uploader').shadowRoot?.textContent).to.contain('photo.jpg');
      await clickNext(flow);
      expect(inStep<HTMLInputElement>(flow, 'input[name="phone"]').value).to.equal('7700 900555');
      });
    }).timeout(20_000);
  });

  describe('changing the lost items after going Back', () => {
    it('reopens the accepted picker for editing, re-confirms, and keeps the codes that still apply', async () => {
      await withHost(async (host, clock) => {
        const account = { ...loggedOutAccount, loggedIn: true };
        const { flow } = await setup(() => html`<vk-reset-flow journey="mexcLoggedOut" .account=${account} .questions=${questions}></vk-reset-flow>`, clock);
        await pickLost(flow, ['totp']);
        expect(flow.step).to.equal('verify');
        await enterCode(flow, 'current-email', '123456');
        expect(flow.step, 'the phone is still to verify').to.equal('verify');

        await clickBack(flow);
        expect(flow.step).to.equal('pick');
        const picker = shadow(inStep(flow, 'vk-reset-picker'));
        expect(picker.querySelector('[part~="result"]'), 'no "accepted" panel').to.equal(null);
        const phone = query<HTMLInputElement>(picker, 'input[data-factor="phone"]');
        expect(phone.disabled).to.equal(false);
        expect(query<HTMLInputElement>(picker, 'input[data-factor="totp"]').checked, 'the same picks').to.equal(true);
        await expect(flow).to.be.accessible();

        click(phone);
        await settle(flow);
        expect(shadow(flow).querySelector('[part~="next"]'), 'a changed pick must be confirmed first').to.equal(null);
        click(query(picker, '[part~="confirm"]'));
        await settle(flow);
        expect(host.of('vk-reset-items-confirm')).to.have.length(2);
        expect(host.of('vk-reset-items-confirm')[1]).to.deep.include({ lost: ['phone', 'totp'], toVerify: ['email'] });
        expect(flow.step).to.equal('verify');
        expect([...currentStep(flow).querySelectorAll('vk-code-input')].map((input) => input.getAttribute('purpose'))).to.deep.equal(['current-email']);
        expect(inStep(flow, '[part~="verified"]').textContent).to.contain('E-mail: verified');
        await clickNext(flow);
        expect(flow.step).to.equal('questionnaire');
      });
    }).timeout(20_000);
  });

  describe('draft', () => {
    /** Account with password, then the picker: a draft must restore the picks but never the password. */
    const passwordThenPick: JourneyConfig = { id: 'passwordThenPick', steps: ['account', 'pick', 'verify', 'questionnaire', 'submit', 'review'], askPassword: true };

    it('saves only non-secret progress and restores it after a reload', async () => {
      await withHost(async (_host, clock) => {
      const first = await setup(
        () => html`<vk-reset-flow .journey=${passwordThenPick} save-draft draft-key="session-42" draft-answers .questions=${questions}></vk-reset-flow>`,
        clock,
      );
      fillInput(inStep<HTMLInputElement>(first.flow, 'input[name="identifier"]'), 'jane@mail.com');
      fillInput(inStep<HTMLInputElement>(first.flow, 'input[name="password"]'), 'hunter2');
      click(inStep(first.flow, 'form [part~="action"]'));
      await settle(first.flow);
      await pickLost(first.flow, ['totp']);
      await enterCode(first.flow, 'current-email', '123456');
      await enterCode(first.flow, 'current-phone', '654321');
      await enterCode(first.flow, 'current-phone', '123456');
      expect(first.flow.step).to.equal('questionnaire');
      await chooseAnswer(first.flow, 'eth');

      const stored = sessionStorage.getItem('verikit:reset-flow:session-42') ?? '';
      const draft = JSON.parse(stored) as Record<string, unknown>;
      expect(draft).to.include({ step: 'questionnaire', journey: 'passwordThenPick', questionnaire: 'pending' });
      expect(draft['lost']).to.deep.equal(['totp']);
      expect(draft['answers']).to.deep.equal({ q1: { choice: 'eth' } });
      for (const secret of ['123456', '654321', 'hunter2', 'jane@mail.com']) expect(stored, secret).to.not.contain(secret);
      first.flow.parentElement?.remove();

      const second = await setup(
        () => html`<vk-reset-flow .journey=${passwordThenPick} save-draft draft-key="session-42" draft-answers .questions=${questions}></vk-reset-flow>`,
        clock,
      );
      expect(second.flow.step).to.equal('questionnaire');
      expect(query<HTMLInputElement>(shadow(inStep(second.flow, 'vk-questionnaire')), 'input[value="eth"]').checked).to.equal(true);
      await clickBack(second.flow);
      expect(second.flow.step).to.equal('verify');
      expect(inStep(second.flow, '[part~="verified"]').textContent).to.contain('verified');
      await clickBack(second.flow);
      expect(second.flow.step).to.equal('pick');
      expect(inStep<HTMLElement & { value: string[] }>(second.flow, 'vk-reset-picker').value).to.deep.equal(['totp']);

      const other = await setup(() => html`<vk-reset-flow .journey=${passwordThenPick} .questions=${questions}></vk-reset-flow>`, clock);
      expect(other.flow.step, 'no draft without save-draft').to.equal('account');
      });
    }).timeout(20_000);

    it('clears the draft once the host accepted the reset', async () => {
      await withHost(async (_host, clock) => {
      const account = { ...loggedOutAccount, loggedIn: true };
      const { flow } = await setup(() => html`<vk-reset-flow journey="loggedInChangeEmail" save-draft .account=${account}></vk-reset-flow>`, clock);
      await enterCode(flow, 'current-email', '123456');
      expect(sessionStorage.getItem('verikit:reset-flow:loggedInChangeEmail')).to.contain('"step":"new-contact"');
      await submitContact(flow, { email: 'new@example.com' });
      await enterCode(flow, 'new-email', '123456');
      await acceptTermsAndSubmit(flow);
      expect(flow.step).to.equal('done');
      expect(sessionStorage.getItem('verikit:reset-flow:loggedInChangeEmail')).to.equal(null);
      });
    }).timeout(20_000);
  });
});
