/**
 * Issue 18, the journey as a user walks it: every step clear, honest and finishable. One section
 * per item of the issue that lives in <vk-reset-flow> (the partner page's own walk is
 * test/storybook/partner-page.suite.mjs).
 */
import { expect, html } from '@open-wc/testing';
import type { JourneyConfig } from '../../src/elements/reset-flow/reset-flow.machine.js';
import type { VkResetFlow } from '../../src/elements/reset-flow/vk-reset-flow.js';
import { nextEvent, recordConsole } from '../helpers.js';
import {
  T0,
  acceptTermsAndSubmit,
  chooseAnswer,
  click,
  clickBack,
  clickNext,
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

const account = { ...loggedOutAccount, loggedIn: true, phone: '+44 7700 900123', uid: '12345678' };
const newPhoneJourney: JourneyConfig = { id: 'newPhone', steps: ['new-contact', 'submit', 'done'], newContact: 'phone' };

/** Focus inside the flow's shadow root (the child element itself when focus is inside a child). */
const focused = (flow: VkResetFlow) => shadow(flow).activeElement;
/** Whether `element` has the focus (a boolean: a failing comparison of two elements is slow to print). */
const hasFocus = (flow: VkResetFlow, element: Element) => focused(flow) === element;

describe('<vk-reset-flow> walked as a user (issue 18)', () => {
  afterEach(() => sessionStorage.clear());

  describe('1. the new contact’s code destination', () => {
    it('shows the contact entered, never a host mask that disagrees with it (one developer warning each time)', async () => {
      await withHost(
        async (_host, clock) => {
          const { flow } = await setup(() => html`<vk-reset-flow .journey=${newPhoneJourney} country-code="+44" .account=${account}></vk-reset-flow>`, clock);
          const contact = await recordConsole('warn', () => submitContact(flow, { phone: '7700 900999' }));
          expect(contact.calls, 'the contact answer names the lost phone').to.have.length(1);
          expect(String(contact.calls[0]?.[0])).to.contain('vk-new-contact-submit').and.contain('•••• ••• 321');
          const codeInput = inStep<HTMLElement & { maskedDestination: string }>(flow, 'vk-code-input[purpose="new-phone"]');
          // Nothing is sent yet: the label names the code, it does not say it was sent.
          expect(codeInput.getAttribute('label')).to.equal('Code for the new phone number');
          expect(codeInput.getAttribute('masked-destination')).to.equal('+44 ••• 999');
          expect(inStep(flow, '[part~="intro"]').textContent).to.contain('+44 ••• 999');

          const sent = await recordConsole('warn', () => getCode(flow, 'new-phone'));
          expect(sent.calls, 'the code answer names the lost phone too').to.have.length(1);
          expect(String(sent.calls[0]?.[0])).to.contain('maskedDestination').and.contain('new-phone');
          expect(codeInput.maskedDestination).to.equal('+44 ••• 999');
          await settle(flow);
          const destination = query(shadow(codeInput), '[part~="destination"]').textContent;
          expect(destination).to.contain('999').and.not.contain('321');
        },
        {
          'vk-new-contact-submit': () => ({ ok: true, masked: '+44 •••• ••• 321' }),
          'vk-code-request': () => ({ ok: true, expiresAt: T0 + 900_000, resendAt: T0 + 60_000, maskedDestination: '+44 ••• 321' }),
        },
      );
    });

    it('keeps a host mask that fits the contact entered, without a warning', async () => {
      await withHost(
        async (_host, clock) => {
          const { flow } = await setup(() => html`<vk-reset-flow .journey=${newPhoneJourney} country-code="+44" .account=${account}></vk-reset-flow>`, clock);
          const logged = await recordConsole('warn', async () => {
            await submitContact(flow, { phone: '7700 900999' });
            await getCode(flow, 'new-phone');
          });
          expect(logged.calls).to.have.length(0);
          expect(inStep(flow, 'vk-code-input').getAttribute('masked-destination')).to.equal('+44 •••• ••• 999');
        },
        { 'vk-new-contact-submit': () => ({ ok: true, masked: '+44 •••• ••• 999' }) },
      );
    });
  });

  describe('2 and 5. failing the questions leads to documents, and says so', () => {
    const coinex = () =>
      html`<vk-reset-flow journey="coinexQuestionsFirst" .account=${{ ...account, questionnaire: 'graded' }} .questions=${questions} .documentSlots=${oneImageSlot('selfie')}></vk-reset-flow>`;

    it('no attempts left: the documents step says the questions were not passed and that a step was added; the review says so too', async () => {
      let attemptsLeft = 3;
      await withHost(
        async (_host, clock) => {
          const { flow } = await setup(coinex, clock);
          click(inStep(flow, 'input[name="agreement"]'));
          click(inStep(flow, 'form [part~="action"]'));
          await settle(flow);
          await enterCode(flow, 'current-email', '123456');
          click(inStep(flow, '[part~="action"]')); // "Start now"
          await settle(flow);
          for (let round = 0; round < 3; round++) {
            await chooseAnswer(flow, 'eth');
            await submitAnswers(flow);
          }
          expect(flow.step).to.equal('documents');
          const notice = inStep(flow, '[part~="fallback"]');
          expect(notice.textContent).to.contain('did not pass').and.contain('no attempts are left').and.contain('This adds one step');
          expect(notice.getBoundingClientRect().height, 'visible').to.be.greaterThan(0);
          expect(query(shadow(flow), '[part~="position"]').textContent, 'the new total is on screen next to it').to.contain('of 6');
          await upload(flow, 'selfie');
          await clickNext(flow);
          const summary = inStep(flow, '[part~="summary"]').textContent;
          expect(summary).to.contain('Not passed: documents sent instead');
          expect(summary).to.not.contain('Documents instead');
        },
        { 'vk-answers-submit': () => ({ ok: false, attemptsLeft: --attemptsLeft }) },
      );
    }).timeout(20_000);

    it('documents chosen by the user: said as the user’s choice, on the step and in the review', async () => {
      await withHost(async (_host, clock) => {
        const { flow } = await setup(coinex, clock);
        click(inStep(flow, 'input[name="agreement"]'));
        click(inStep(flow, 'form [part~="action"]'));
        await settle(flow);
        await enterCode(flow, 'current-email', '123456');
        click(inStep(flow, '[part~="action"]'));
        await settle(flow);
        click(query(shadow(inStep(flow, 'vk-questionnaire')), '[part~="documents"]'));
        await settle(flow);
        expect(flow.step).to.equal('documents');
        expect(inStep(flow, '[part~="fallback"]').textContent).to.contain('You chose to upload documents').and.contain('This adds one step');
        await upload(flow, 'selfie');
        await clickNext(flow);
        expect(inStep(flow, '[part~="summary"]').textContent).to.contain('Documents sent instead, as you chose');
      });
    }).timeout(20_000);
  });

  describe('3. a blocked Next says what is missing, visibly, and takes the focus there on a press', () => {
    const idSlot = [
      {
        id: 'id-front',
        title: 'ID photo',
        accept: ['image' as const],
        maxFiles: 1,
        required: true,
        choice: { label: 'ID type', options: [{ value: 'passport', label: 'Passport' }] },
      },
    ];

    it('uploads missing, then the ID type: the reason under the uploader, an error and the focus on a press; Next gets the focus once done', async () => {
      await withHost(async (host, clock) => {
        const journey: JourneyConfig = { id: 'docs', steps: ['documents', 'submit', 'review'] };
        const { flow } = await setup(() => html`<vk-reset-flow .journey=${journey} .account=${account} .documentSlots=${idSlot}></vk-reset-flow>`, clock);
        const next = query<HTMLButtonElement>(shadow(flow), '[part~="next"]');
        const hint = () => query(shadow(flow), '#next-hint');
        expect(next.getAttribute('aria-disabled')).to.equal('true');
        expect(next.disabled, 'pressable: validate on submit').to.equal(false);
        expect(next.getAttribute('aria-describedby')).to.equal('next-hint');
        expect(hint().textContent).to.contain('Add a file to each required section.').and.contain('Choose from the list above the files');
        expect(hint().getBoundingClientRect().height, 'visible, not only for screen readers').to.be.greaterThan(0);
        expect(hint().getAttribute('part')).to.equal('next-missing');

        click(next);
        await settle(flow);
        expect(flow.step).to.equal('documents');
        expect(hint().getAttribute('part')).to.equal('next-missing error');
        expect(focused(flow)?.id, 'focus on what is missing').to.equal('next-hint');
        expect(query(shadow(flow), '[part~="status"]').textContent).to.contain('Add a file');

        await upload(flow, 'id-front');
        expect(hint().textContent, 'only the ID type is left').to.not.contain('Add a file');
        expect(hint().textContent).to.contain('Choose from the list above the files');
        const select = query<HTMLSelectElement>(shadow(inStep(flow, 'vk-proof-uploader')), 'select[part~="choice"]');
        select.focus();
        select.value = 'passport';
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await settle(flow);
        expect(next.getAttribute('aria-disabled')).to.equal('false');
        expect(shadow(flow).querySelector('#next-hint')).to.equal(null);
        expect(hasFocus(flow, next), 'the uploads are done: Next is the next thing to do').to.equal(true);
        await clickNext(flow);
        expect(flow.step).to.equal('submit');
        expect(host.of('vk-reset-submit')).to.have.length(0);
      });
    }).timeout(20_000);

    it('the terms unticked: Submit says so next to the box and focuses it', async () => {
      await withHost(async (host, clock) => {
        const journey: JourneyConfig = { id: 'terms', steps: ['submit', 'review'] };
        const { flow } = await setup(() => html`<vk-reset-flow .journey=${journey} .account=${account}></vk-reset-flow>`, clock);
        click(inStep(flow, 'form [part~="action"]'));
        await settle(flow);
        expect(inStep(flow, '#submit-feedback').textContent).to.contain('Accept the terms');
        expect(inStep(flow, 'input[name="terms"]').getAttribute('aria-describedby')).to.equal('submit-feedback');
        expect(focused(flow)?.getAttribute('name')).to.equal('terms');
        expect(host.of('vk-reset-submit')).to.have.length(0);
      });
    });
    // The agreement unticked: reset-flow.test.ts "instructions + agreement → …" (error "Tick the box", focus on the box).
  });

  describe('4. phone validation names the real problem, on the field at fault', () => {
    it('too short (with the digits expected), digits only, the country code: only that field is red and focused', async () => {
      await withHost(async (host, clock) => {
        const { flow } = await setup(() => html`<vk-reset-flow .journey=${newPhoneJourney} country-code="+44" .account=${account}></vk-reset-flow>`, clock);
        const field = (name: string) => inStep<HTMLInputElement>(flow, `input[name="${name}"]`);
        await submitContact(flow, { phone: '123' });
        expect(inStep(flow, '[part~="error"]').textContent).to.contain('too short').and.contain('10');
        expect(field('phone').getAttribute('aria-invalid')).to.equal('true');
        expect(field('country').getAttribute('aria-invalid'), 'the country code is fine').to.equal('false');
        expect(hasFocus(flow, field('phone'))).to.equal(true);

        await submitContact(flow, { phone: '77OO 9OO999' });
        expect(inStep(flow, '[part~="error"]').textContent).to.contain('digits only');

        fillInput(field('country'), 'UK');
        await submitContact(flow, { phone: '7700 900999' });
        expect(inStep(flow, '[part~="error"]').textContent).to.contain('country code');
        expect(field('country').getAttribute('aria-invalid')).to.equal('true');
        expect(field('phone').getAttribute('aria-invalid')).to.equal('false');
        expect(hasFocus(flow, field('country'))).to.equal(true);
        expect(host.of('vk-new-contact-submit'), 'nothing asked of the host').to.have.length(0);
      });
    });
  });

  describe('6. the reference number', () => {
    it('is shown at the end, and passed on in vk-reset-flow-complete, when the submit answer carries one', async () => {
      await withHost(
        async (_host, clock) => {
          const journey: JourneyConfig = { id: 'ref', steps: ['submit', 'review'] };
          const { flow } = await setup(() => html`<vk-reset-flow .journey=${journey} .account=${account}></vk-reset-flow>`, clock);
          const completed = nextEvent(flow, 'vk-reset-flow-complete');
          await acceptTermsAndSubmit(flow);
          expect(flow.step).to.equal('review');
          expect(inStep(flow, '[part~="reference"]').textContent).to.contain('Reference number:').and.contain('RST-2026-0042');
          expect((await completed).detail.reference).to.equal('RST-2026-0042');
        },
        { 'vk-reset-submit': () => ({ ok: true, reference: 'RST-2026-0042' }) },
      );
    });

    it('is left out when the answer has none', async () => {
      await withHost(async (_host, clock) => {
        const journey: JourneyConfig = { id: 'ref', steps: ['submit', 'review'] };
        const { flow } = await setup(() => html`<vk-reset-flow .journey=${journey} .account=${account}></vk-reset-flow>`, clock);
        await acceptTermsAndSubmit(flow);
        expect(flow.step).to.equal('review');
        expect(shadow(flow).querySelector('[part~="reference"]')).to.equal(null);
      });
    });
  });

  describe('7. the same document is not asked twice', () => {
    it('an ID front given with the documents is not asked on Identity; the e-mails’ screenshots stand for the notification records', async () => {
      await withHost(async (host, clock) => {
        const journey: JourneyConfig = { id: 'allUploads', steps: ['documents', 'proofs', 'identity', 'submit', 'review'] };
        const documents = [...oneImageSlot('id-front'), ...oneImageSlot('historical-email')];
        const { flow } = await setup(
          () => html`<vk-reset-flow .journey=${journey} .account=${{ ...account, email: 'jane@mail.com' }} .documentSlots=${documents}></vk-reset-flow>`,
          clock,
        );
        const slotIds = () => inStep<HTMLElement & { slots: { id: string }[] }>(flow, 'vk-proof-uploader').slots.map((slot) => slot.id);
        await upload(flow, 'id-front');
        await upload(flow, 'historical-email');
        await clickNext(flow);
        expect(flow.step).to.equal('proofs');
        expect(slotIds()).to.include('source-of-funds').and.not.include('notification-records');
        for (const id of ['source-of-funds', 'destination-of-funds', 'fiat-transactions']) await upload(flow, id);
        await clickNext(flow);
        expect(flow.step).to.equal('identity');
        expect(slotIds()).to.deep.equal(['verification-video']);
        expect(host.of('vk-proof-upload').filter((detail) => detail['slotId'] === 'id-front'), 'uploaded once').to.have.length(1);
      });
    }).timeout(20_000);
  });

  describe('8. focus after automatic moves', () => {
    it('a heading focused after an automatic step change has no ring unless the user moves with the keyboard', async () => {
      await withHost(async (_host, clock) => {
        const { flow } = await setup(() => html`<vk-reset-flow journey="loggedInChangeEmail" .account=${account}></vk-reset-flow>`, clock);
        await enterCode(flow, 'current-email', '123456');
        expect(flow.step).to.equal('new-contact');
        const title = inStep(flow, '[part~="heading"]');
        expect(hasFocus(flow, title)).to.equal(true);
        expect(title.hasAttribute('data-focus-ring')).to.equal(false);
        expect(getComputedStyle(title).outlineStyle, 'no ring after a tap or typing').to.equal('none');

        // Now a keyboard user: Tab, then the step changes by itself.
        flow.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true }));
        await clickBack(flow);
        expect(heading(flow)).to.equal('Verify your remaining items');
        expect(inStep(flow, '[part~="heading"]').hasAttribute('data-focus-ring'), 'a keyboard user sees where focus went').to.equal(true);
        flow.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
        await clickNext(flow);
        expect(inStep(flow, '[part~="heading"]').hasAttribute('data-focus-ring')).to.equal(false);
      });
    });

    it('after "Use this contact" the new contact’s code field has the focus, never the page body', async () => {
      await withHost(async (_host, clock) => {
        const { flow } = await setup(() => html`<vk-reset-flow .journey=${newPhoneJourney} country-code="+44" .account=${account}></vk-reset-flow>`, clock);
        await submitContact(flow, { phone: '7700 900999' });
        expect(focused(flow)?.getAttribute('purpose')).to.equal('new-phone');
        expect(document.activeElement === document.body).to.equal(false);
      });
    });

    it('after one code is accepted, the next code field has the focus', async () => {
      await withHost(async (_host, clock) => {
        const { flow } = await setup(() => html`<vk-reset-flow journey="mexcLoggedOut" .account=${account} .questions=${questions}></vk-reset-flow>`, clock);
        await pickLost(flow, ['totp']);
        await enterCode(flow, 'current-email', '123456');
        expect(flow.step).to.equal('verify');
        expect(focused(flow)?.getAttribute('purpose')).to.equal('current-phone');
      });
    });
    // After the uploads: "3. … Next gets the focus once done" above.
  });

  describe('9. the verify step on a first visit and after Back', () => {
    it('moves on by itself once every code is accepted; come back to it and it offers Next; re-confirming the same items offers Next too', async () => {
      await withHost(async (_host, clock) => {
        const { flow } = await setup(() => html`<vk-reset-flow journey="mexcLoggedOut" .account=${account} .questions=${questions}></vk-reset-flow>`, clock);
        await pickLost(flow, ['phone', 'totp']);
        await enterCode(flow, 'current-email', '123456');
        expect(flow.step, 'first visit: on by itself').to.equal('questionnaire');

        await clickBack(flow);
        expect(flow.step).to.equal('verify');
        expect(inStep(flow, '[part~="verified"]').textContent).to.contain('E-mail: verified');
        const next = query<HTMLButtonElement>(shadow(flow), '[part~="next"]');
        expect(next.getAttribute('aria-disabled'), 'after Back: Next, ready').to.equal('false');
        await clickNext(flow);
        expect(flow.step).to.equal('questionnaire');

        await clickBack(flow);
        await clickBack(flow);
        expect(flow.step).to.equal('pick');
        click(query(shadow(inStep(flow, 'vk-reset-picker')), '[part~="confirm"]'));
        await settle(flow);
        expect(flow.step).to.equal('verify');
        expect(query<HTMLButtonElement>(shadow(flow), '[part~="next"]').getAttribute('aria-disabled')).to.equal('false');
        await clickNext(flow);
        expect(flow.step).to.equal('questionnaire');
      });
    }).timeout(20_000);
  });
});
