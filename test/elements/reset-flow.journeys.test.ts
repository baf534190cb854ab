/**
 * Issue 15: every help-centre journey as the exchanges run it: frozen accounts refused everywhere,
 * everything lost (MEXC resets, OKX migrates), CoinEx's immediate reset, OKX's face scan after the
 * codes, the restriction and its exact end, the account lock, support on every refusal.
 */
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { journeys } from '../../src/elements/reset-flow/journeys.js';
import { VkFaceScanCompleteEvent, type ResetSummary, type VkAccountUnlockEvent, type VkResetFlowCompleteDetail } from '../../src/elements/reset-flow/reset-flow.events.js';
import { initialState, transition } from '../../src/elements/reset-flow/reset-flow.machine.js';
import { presetNames } from '../../src/elements/reset-flow/reset-flow.types.js';
import type { VkResetFlow } from '../../src/elements/reset-flow/vk-reset-flow.js';
import { recordConsole } from '../helpers.js';
import {
  HOUR,
  T0,
  acceptTermsAndSubmit,
  chooseAnswer,
  click,
  clickNext,
  currentStep,
  enterCode,
  fillInput,
  heading,
  inStep,
  loggedOutAccount,
  query,
  questions,
  settle,
  settleUntil,
  setup,
  shadow,
  submitAnswers,
  submitContact,
  upload,
  withHost,
} from './reset-flow.helpers.js';

/** The exact moment format of the end steps (reset-flow.ts `momentFormat`). */
const moment = (epoch: number) => new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(epoch);
const signedIn = { ...loggedOutAccount, loggedIn: true, phone: '+44 7700 900123' };
const purposes = (flow: VkResetFlow) => [...currentStep(flow).querySelectorAll('vk-code-input')].map((input) => input.getAttribute('purpose'));
const faceScanPasses = (flow: VkResetFlow) => query(flow, '#scan').dispatchEvent(new VkFaceScanCompleteEvent());
/** Dispatches from inside the flow what a child's element would (e.g. the recovery code input, verified). */
const verified = (input: Element, purpose: string) =>
  input.dispatchEvent(new CustomEvent('vk-code-verified', { detail: { channel: purpose === 'recovery' ? 'recovery' : 'email', purpose }, bubbles: true, composed: true }));

async function lookUp(flow: VkResetFlow, password?: string): Promise<void> {
  fillInput(inStep(flow, 'input[name="identifier"]'), 'jane@mail.com');
  if (password !== undefined) fillInput(inStep(flow, 'input[name="password"]'), password);
  click(inStep(flow, 'form [part~="action"]'));
  await settle(flow);
}

async function pick(flow: VkResetFlow, kinds: string[], button = 'confirm'): Promise<void> {
  const picker = shadow(inStep(flow, 'vk-reset-picker'));
  for (const kind of kinds) click(query(picker, `input[data-factor="${kind}"]`));
  await settle(flow);
  const agreement = picker.querySelector<HTMLInputElement>('input[data-agreement]');
  if (agreement && !agreement.checked) click(agreement);
  await settle(flow);
  click(query(picker, `[part~="${button}"]`));
  await settle(flow);
}

describe('<vk-reset-flow> journeys of issue 15', () => {
  afterEach(() => sessionStorage.clear());

  describe('frozen accounts are refused in every journey, before any code is requested', () => {
    for (const preset of presetNames) {
      it(`${preset}: refused with the host's reason and "Contact support"`, async () => {
        await withHost(
          async (host, clock) => {
            const startsLoggedOut = initialState(journeys[preset]).step === 'account' || journeys[preset].steps[0] === 'agreement';
            const account = startsLoggedOut ? undefined : { ...signedIn, frozen: true, frozenReason: 'You froze this account on 2 Jan.' };
            const { flow } = await setup(() => html`<vk-reset-flow journey=${preset} .account=${account}></vk-reset-flow>`, clock);
            if (flow.step === 'agreement') {
              click(inStep(flow, 'input[name="agreement"]'));
              click(inStep(flow, 'form [part~="action"]'));
              await settle(flow);
            }
            if (flow.step === 'account') await lookUp(flow, journeys[preset].askPassword ? 'pw' : undefined);
            expect(flow.step).to.equal('refused');
            expect(heading(flow)).to.equal('Reset not possible');
            expect(inStep(flow, '[part~="intro"]').textContent).to.contain('You froze this account on 2 Jan.');
            expect(host.of('vk-code-request'), 'no code requested').to.have.length(0);
            expect(shadow(flow).querySelector('[part~="nav"]'), 'no way back into the journey').to.equal(null);
            const support = oneEvent(flow, 'vk-support-request');
            click(inStep(flow, '[part~="support"]'));
            expect((await support).detail).to.deep.equal({ journey: preset, step: 'refused', reason: 'frozen' });
            await expect(flow).to.be.accessible();
          },
          { 'vk-account-lookup': () => ({ ok: true, account: { ...loggedOutAccount, frozen: true, frozenReason: 'You froze this account on 2 Jan.' } }) },
        );
      });
    }

    it('a host that freezes the account mid-journey sends the user to the refusal', async () => {
      const { flow } = await setup(() => html`<vk-reset-flow journey="loggedInChangePhone" .account=${signedIn}></vk-reset-flow>`);
      expect(flow.step).to.equal('verify');
      flow.account = { ...signedIn, factors: [...signedIn.factors], frozen: true };
      await settle(flow);
      expect(flow.step).to.equal('refused');
      expect(inStep(flow, '[part~="intro"]').textContent).to.contain('This account is frozen');
    });
  });

  describe('MEXC, everything lost while logged out [001 step 2]', () => {
    it('resets all three: the information questionnaire, proofs (fiat optional), a new phone, the statement in clear, under review with the exact end of the restriction', async () => {
      const account = { ...loggedOutAccount, phone: '+44 7700 900123', hasFiatHistory: false };
      await withHost(
        async (host, clock) => {
          const { flow } = await setup(() => html`<vk-reset-flow journey="mexcLoggedOut" country-code="+44" .questions=${questions}></vk-reset-flow>`, clock);
          expect(inStep(flow, '[part~="password-note"]').textContent, 'reset the items before Forgot password').to.contain('Reset your security items first');
          expect(inStep(flow, '[part~="password-note"]').textContent).to.contain('withdrawals and fiat trading are blocked for 24 hours');
          await lookUp(flow);
          const picker = inStep(flow, 'vk-reset-picker');
          expect(picker.getAttribute('all-lost')).to.equal('reset');
          await pick(flow, ['email', 'phone', 'totp']);
          expect(host.of('vk-reset-items-confirm')[0]).to.deep.include({ lost: ['email', 'phone', 'totp'], toVerify: [], route: 'reset' });
          expect(flow.step, 'nothing left to verify: on to the questionnaire').to.equal('questionnaire');

          // Collected, not graded: no attempts, no documents path.
          const questionnaire = inStep(flow, 'vk-questionnaire');
          expect(questionnaire.hasAttribute('collect')).to.equal(true);
          expect(shadow(questionnaire).querySelector('[part~="documents"]')).to.equal(null);
          expect(shadow(questionnaire).querySelector('[part~="attempts"]')).to.equal(null);
          await chooseAnswer(flow, 'eth');
          await submitAnswers(flow);
          expect(host.of('vk-answers-submit')[0]).to.include({ collect: true });
          expect(flow.step).to.equal('proofs');

          // No fiat history: that category is optional, the others are required.
          const badges = [...shadow(inStep(flow, 'vk-proof-uploader')).querySelectorAll('[part="slot"]')].map((slot) => [
            slot.getAttribute('data-slot-id'),
            slot.querySelector('[part="badge"]')?.textContent.trim(),
          ]);
          expect(badges).to.deep.equal([
            ['source-of-funds', 'Required'],
            ['destination-of-funds', 'Required'],
            ['notification-records', 'Required'],
            ['fiat-transactions', 'Optional'],
            ['other-proof', 'Optional'],
          ]);
          for (const slot of ['source-of-funds', 'destination-of-funds', 'notification-records']) await upload(flow, slot);
          await clickNext(flow);

          // The user chooses a phone as the new contact.
          expect(flow.step).to.equal('new-contact');
          expect(inStep(flow, '[part~="contact-choice"]').textContent).to.contain('Which contact');
          click(inStep(flow, 'input[name="contact-kind"][value="phone"]'));
          await settle(flow);
          await submitContact(flow, { phone: '7700 900999' });
          expect(host.of('vk-new-contact-submit')[0]).to.include({ kind: 'phone', value: '+447700900999' });
          await enterCode(flow, 'new-phone', '123456');
          await settleUntil(flow, () => flow.step === 'identity');
          expect(flow.step).to.equal('identity');

          // The statement repeats the account's data in clear, the server's date, the reason from the lost items.
          const statement = shadow(inStep(flow, 'vk-proof-uploader')).querySelector('.statement-text')?.textContent;
          expect(statement).to.equal('UID: 12345678\nE-mail: jane@mail.com\nPhone: +44 7700 900123\nDate: November 23, 2026\nReason: Reset e-mail, phone, and authenticator app');
          expect(JSON.stringify(statement)).to.not.contain('•');
          await expect(flow).to.be.accessible();
        },
        { 'vk-account-lookup': () => ({ ok: true, account }) },
      );
    }).timeout(20_000);

    it('an advanced-KYC face scan finalises the reset: straight to the submission, then "reset at once" with Back to log in', async () => {
      await withHost(async (host, clock) => {
        const account = { ...signedIn, kycLevel: 'advanced' as const };
        const { flow } = await setup(
          () => html`<vk-reset-flow journey="mexcLoggedOut" .account=${account} .questions=${questions}><div slot="face-scan" id="scan">Host face scan</div></vk-reset-flow>`,
          clock,
        );
        await pick(flow, ['totp'], 'alternative');
        expect(flow.step).to.equal('verify');
        faceScanPasses(flow);
        await settle(flow);
        expect(flow.step, 'no questionnaire, proofs, contact or identity after it').to.equal('submit');
        expect(inStep(flow, '[part~="notice"]').textContent, 'the restriction before the user commits').to.contain('withdrawals and fiat trading are blocked for 24 hours');
        const completed = oneEvent(flow, 'vk-reset-flow-complete');
        await acceptTermsAndSubmit(flow);
        expect((host.of('vk-reset-submit')[0]?.['summary'] as ResetSummary).faceScan).to.equal(true);
        const detail = (await completed).detail as VkResetFlowCompleteDetail;
        expect(detail.outcome).to.equal('reset');
        expect(detail.restrictedUntil).to.equal(T0 + 24 * HOUR);
        expect(flow.step).to.equal('reset');
        expect(heading(flow)).to.equal('Reset complete');
        expect(inStep(flow, '[part~="reset-items"]').textContent).to.contain('authenticator app');
        const back = oneEvent(flow, 'vk-login-return');
        click(inStep(flow, '[part~="login"]'));
        expect((await back).detail).to.deep.equal({ journey: 'mexcLoggedOut' });
        await expect(flow).to.be.accessible();
      });
    });
  });

  describe('CoinEx [002]', () => {
    it('every answer right resets the item at once: no submission, "Back to log in", the exact end of the restriction', async () => {
      await withHost(async (host, clock) => {
        const { flow } = await setup(() => html`<vk-reset-flow .journey=${{ ...journeys.coinexQuestionsFirst, lost: ['phone'] }} .questions=${questions}></vk-reset-flow>`, clock);
        click(inStep(flow, 'input[name="agreement"]'));
        click(inStep(flow, 'form [part~="action"]'));
        await settle(flow);
        await lookUp(flow, 'hunter2');
        await enterCode(flow, 'current-email', '123456');
        await settleUntil(flow, () => flow.step === 'questionnaire');
        expect(flow.step).to.equal('questionnaire');
        expect(currentStep(flow).querySelector('vk-questionnaire'), 'the reminder first').to.equal(null);
        expect(inStep(flow, '[part~="instructions"]').textContent).to.contain('the item is reset at once');
        click(inStep(flow, '[part~="action"]'));
        await settle(flow);
        const completed = oneEvent(flow, 'vk-reset-flow-complete');
        await chooseAnswer(flow, 'btc');
        await submitAnswers(flow);
        const detail = (await completed).detail as VkResetFlowCompleteDetail;
        expect(detail.outcome).to.equal('reset');
        expect(detail.summary).to.include({ journey: 'coinexQuestionsFirst', questionnaire: 'accepted' });
        expect(host.of('vk-reset-submit'), 'reset at once: nothing to submit').to.have.length(0);
        expect(flow.step).to.equal('reset');
        expect(inStep(flow, '[part~="reset-items"]').textContent).to.equal('Reset: phone');
        expect(inStep(flow, '[part~="notice"]').textContent).to.equal(`For your security, withdrawals are blocked for 24 hours, until ${moment(T0 + 24 * HOUR)}.`);
        expect(inStep(flow, '[part~="login"]').textContent.trim()).to.equal('Back to log in');
        await expect(flow).to.be.accessible();
      });
    }).timeout(20_000);

    const documentsOnly = { ...journeys.coinexQuestionsFirst, id: 'coinexDocuments', steps: ['documents', 'submit', 'review'] as const };
    const slotIds = async (account: object, locale = 'en') => {
      const { flow } = await setup(() => html`<vk-reset-flow lang=${locale} .journey=${documentsOnly} .account=${account}></vk-reset-flow>`);
      const uploader = shadow(inStep(flow, 'vk-proof-uploader'));
      return { ids: [...uploader.querySelectorAll('[part="slot"]')].map((slot) => slot.getAttribute('data-slot-id')), uploader };
    };

    it('documents depend on the account: KYC a selfie with the fixed phrase verbatim, non-KYC the e-mails, plus the counterparty with transfers', async () => {
      const kyc = await slotIds({ ...signedIn, kycLevel: 'basic' });
      expect(kyc.ids).to.deep.equal(['selfie-statement']);
      expect(kyc.uploader.querySelector('.statement-text')?.textContent).to.equal('Apply to reset Mobile on CoinEx\nNovember 23, 2026');
      expect((await slotIds({ ...signedIn, kycLevel: 'none' })).ids).to.deep.equal(['historical-email']);
      const trader = await slotIds({ ...signedIn, kycLevel: 'none', hasTransfers: true });
      expect(trader.ids).to.deep.equal(['historical-email', 'counterparty-transaction']);
      expect(trader.uploader.textContent).to.contain('block explorer are not accepted');
    });
  });

  describe('OKX [003, 004]', () => {
    it('logged in: codes for the factors still available, then the face scan (it adds to them), then the new phone → done', async () => {
      await withHost(async (_host, clock) => {
        const { flow } = await setup(
          () => html`<vk-reset-flow journey="okxLoggedIn" country-code="+44" .account=${{ ...signedIn, kycLevel: 'advanced' }}><div slot="face-scan" id="scan">Host face scan</div></vk-reset-flow>`,
          clock,
        );
        const picker = inStep(flow, 'vk-reset-picker');
        expect(picker.getAttribute('kyc-level'), 'no face scan instead of the codes').to.equal('none');
        await pick(flow, ['phone']);
        expect(purposes(flow)).to.deep.equal(['current-email', 'totp']);
        expect(currentStep(flow).querySelector('slot[name="face-scan"]'), 'the face scan comes after the codes').to.equal(null);
        await enterCode(flow, 'current-email', '123456');
        await enterCode(flow, 'totp', '123456');
        await settleUntil(flow, () => currentStep(flow).querySelector('slot[name="face-scan"]') !== null);
        expect(flow.step).to.equal('verify');
        expect(inStep<HTMLSlotElement>(flow, 'slot[name="face-scan"]').assignedElements()).to.have.length(1);
        faceScanPasses(flow);
        await settle(flow);
        expect(flow.step).to.equal('new-contact');
        await submitContact(flow, { phone: '7700 900999' });
        await enterCode(flow, 'new-phone', '123456');
        expect(inStep(flow, '[part~="notice"]').textContent).to.contain('withdrawals and C2C selling are blocked for 24 hours');
        await acceptTermsAndSubmit(flow);
        expect(flow.step).to.equal('done');
      });
    }).timeout(20_000);

    it('logged in with the authenticator lost: a new one is linked through the host\'s <vk-totp-setup> slot', async () => {
      await withHost(async (_host, clock) => {
        const { flow } = await setup(
          () => html`<vk-reset-flow journey="okxLoggedIn" .account=${signedIn}>
            <div slot="face-scan" id="scan">Host face scan</div>
            <div slot="totp-setup" id="totp">Host authenticator setup</div>
          </vk-reset-flow>`,
          clock,
        );
        await pick(flow, ['totp']);
        await enterCode(flow, 'current-email', '123456');
        await enterCode(flow, 'current-phone', '123456');
        await settleUntil(flow, () => currentStep(flow).querySelector('slot[name="face-scan"]') !== null);
        faceScanPasses(flow);
        await settle(flow);
        expect(flow.step).to.equal('new-contact');
        expect(inStep<HTMLSlotElement>(flow, 'slot[name="totp-setup"]').assignedElements().map((el) => el.id)).to.deep.equal(['totp']);
        query(flow, '#totp').dispatchEvent(new CustomEvent('vk-totp-linked', { detail: {}, bubbles: true, composed: true }));
        await settle(flow);
        expect(flow.step).to.equal('submit');
      });
    }).timeout(20_000);

    it('logged out with neither phone nor e-mail: the migration step with the face scan, a new contact, under review', async () => {
      await withHost(async (host, clock) => {
        const { flow } = await setup(() => html`<vk-reset-flow journey="okxLoggedOut"><div slot="face-scan" id="scan">Host face scan</div></vk-reset-flow>`, clock);
        await lookUp(flow, 'pw');
        const picker = shadow(inStep(flow, 'vk-reset-picker'));
        for (const kind of ['email', 'phone']) click(query(picker, `input[data-factor="${kind}"]`));
        await settle(flow);
        click(query(picker, '[part~="alternative"]'));
        await settle(flow);
        expect(flow.step).to.equal('migration');
        expect(heading(flow)).to.equal('Move to a new account');
        expect(inStep(flow, '[part~="intro"]').textContent).to.contain('create a new account');
        expect(inStep<HTMLSlotElement>(flow, 'slot[name="face-scan"]').assignedElements()).to.have.length(1);
        expect(shadow(flow).querySelector('[part~="next"]'), 'the face scan first').to.equal(null);
        await expect(flow).to.be.accessible();
        faceScanPasses(flow);
        await settle(flow);
        expect(flow.step).to.equal('new-contact');
        await submitContact(flow, { email: 'new@example.com' });
        await enterCode(flow, 'new-email', '123456');
        await acceptTermsAndSubmit(flow);
        const summary = host.of('vk-reset-submit')[0]?.['summary'] as ResetSummary;
        expect(summary).to.deep.include({ migration: true, lost: ['email', 'phone'], faceScan: true });
        expect(flow.step).to.equal('review');
      });
    }).timeout(20_000);

    it('change e-mail: the new address, its code and the current address\'s code in one form', async () => {
      await withHost(async (_host, clock) => {
        const { flow } = await setup(() => html`<vk-reset-flow journey="okxChangeEmail" .account=${signedIn}></vk-reset-flow>`, clock);
        expect(flow.step).to.equal('new-contact');
        expect(purposes(flow)).to.deep.equal(['current-email']);
        expect(currentStep(flow).querySelector('input[name="email"]')).to.not.equal(null);
        expect(inStep(flow, '[part~="notice"]').textContent, 'the restriction before the new contact is sent').to.contain('withdrawals and C2C selling');
        await submitContact(flow, { email: 'new@example.com' });
        expect(purposes(flow)).to.deep.equal(['new-email', 'current-email']);
        await enterCode(flow, 'new-email', '123456');
        await settleUntil(flow, () => flow.step === 'new-contact');
        expect(flow.step, 'the current address still to verify').to.equal('new-contact');
        await enterCode(flow, 'current-email', '123456');
        await settleUntil(flow, () => flow.step === 'submit');
        expect(flow.step).to.equal('submit');
      });
    });
  });

  describe('the account step is locked [000 §1.3]', () => {
    it('shows until when, a live countdown, Forgot password / Reset security verification and support; unlocks on time', async () => {
      await withHost(
        async (_host, clock) => {
          const { flow } = await setup(() => html`<vk-reset-flow journey="okxLoggedOut"></vk-reset-flow>`, clock);
          await lookUp(flow, 'pw');
          expect(inStep(flow, '[part~="lock"]').textContent).to.contain('locked until');
          expect(inStep(flow, '[part~="lock-timer"]').textContent).to.equal('Unlocks in 2:00:00');
          clock.advance(61_000);
          await settle(flow);
          expect(inStep(flow, '[part~="lock-timer"]').textContent).to.equal('Unlocks in 1:58:59');
          const unlock = oneEvent<VkAccountUnlockEvent>(flow, 'vk-account-unlock');
          click(inStep(flow, '[part~="forgot-password"]'));
          expect((await unlock).detail).to.deep.equal({ journey: 'okxLoggedOut', via: 'forgot-password' });
          const reset = oneEvent<VkAccountUnlockEvent>(flow, 'vk-account-unlock');
          click(inStep(flow, '[part~="reset-verification"]'));
          expect((await reset).detail.via).to.equal('reset-verification');
          const support = oneEvent(flow, 'vk-support-request');
          click(inStep(flow, '[part~="support"]'));
          expect((await support).detail).to.deep.equal({ journey: 'okxLoggedOut', step: 'account', reason: 'locked' });
          await expect(flow).to.be.accessible();
          clock.advance(2 * HOUR);
          await settle(flow);
          expect(currentStep(flow).querySelector('[part~="lock"]')).to.equal(null);
          expect(query(shadow(flow), '[part~="status"]').textContent).to.contain('The account is unlocked');
        },
        { 'vk-account-lookup': () => ({ ok: false, reason: 'locked', lockedUntil: T0 + 2 * HOUR }) },
      );
    });
  });

  describe('support and the restriction', () => {
    it('a refused submission offers support with the journey, the step and the reason', async () => {
      await withHost(
        async (_host, clock) => {
          const { flow } = await setup(() => html`<vk-reset-flow .journey=${{ id: 'submitOnly', steps: ['submit', 'review'] }}></vk-reset-flow>`, clock);
          await acceptTermsAndSubmit(flow);
          expect(inStep(flow, '[part~="error"]').textContent).to.contain('Your request was refused.');
          const support = oneEvent(flow, 'vk-support-request');
          click(inStep(flow, '[part~="support"]'));
          expect((await support).detail).to.deep.equal({ journey: 'submitOnly', step: 'submit', reason: 'refused' });
        },
        { 'vk-reset-submit': () => ({ ok: false, reason: 'refused' }) },
      );
    });

    it('a locked code offers support', async () => {
      await withHost(
        async (_host, clock) => {
          const { flow } = await setup(() => html`<vk-reset-flow journey="loggedInChangeEmail" .account=${signedIn}></vk-reset-flow>`, clock);
          expect(currentStep(flow).querySelector('[part~="support"]')).to.equal(null);
          await enterCode(flow, 'current-email', '000000');
          const support = oneEvent(flow, 'vk-support-request');
          click(inStep(flow, '[part~="support"]'));
          expect((await support).detail).to.deep.include({ step: 'verify', reason: 'locked' });
        },
        { 'vk-code-submit': () => ({ ok: false, reason: 'locked', lockedUntil: T0 + 2 * HOUR }) },
      );
    });

    it('the end says when the restriction lifts: the host\'s time when it gives one', async () => {
      await withHost(
        async (_host, clock) => {
          const { flow } = await setup(() => html`<vk-reset-flow .journey=${{ id: 'submitOnly', steps: ['submit', 'done'], restriction: { hours: 48, items: ['withdrawals', 'p2p'] } }}></vk-reset-flow>`, clock);
          expect(inStep(flow, '[part~="notice"]').textContent).to.equal('For your security, withdrawals and P2P trading are blocked for 48 hours.');
          await acceptTermsAndSubmit(flow);
          expect(inStep(flow, '[part~="notice"]').textContent).to.equal(`For your security, withdrawals and P2P trading are blocked for 48 hours, until ${moment(T0 + 50 * HOUR)}.`);
        },
        { 'vk-reset-submit': () => ({ ok: true, restrictedUntil: T0 + 50 * HOUR }) },
      );
    });
  });

  describe('the handwritten statement', () => {
    it('never copies masked or missing data: a developer error, the slot says what is missing, support is offered', async () => {
      const account = { ...signedIn, phone: '+44 ••• 123', uid: undefined };
      const journey = { id: 'identityOnly', steps: ['identity', 'submit', 'review'] as const };
      const { calls, result: flow } = await recordConsole('error', async () => (await setup(() => html`<vk-reset-flow .journey=${journey} .account=${account}></vk-reset-flow>`)).flow);
      expect(String(calls[0]?.[0])).to.contain('uid is missing').and.contain('phone is masked');
      const statement = shadow(inStep(flow, 'vk-proof-uploader')).querySelector('.statement-text')?.textContent ?? '';
      expect(statement).to.contain('UID: [missing: reload the page or contact support]').and.contain('Phone: [missing');
      expect(statement).to.not.contain('•');
      const support = oneEvent(flow, 'vk-support-request');
      click(inStep(flow, '[part~="support"]'));
      expect((await support).detail).to.deep.equal({ journey: 'identityOnly', step: 'identity', reason: 'missing-data' });
    });

    it('a reload shows the same statement: its date is the server\'s day when it was first shown', async () => {
      await withHost(async (_host, clock) => {
        const journey = { id: 'statementDraft', steps: ['questionnaire', 'identity', 'submit', 'review'] as const };
        const first = await setup(() => html`<vk-reset-flow save-draft .journey=${journey} .account=${signedIn} .questions=${questions}></vk-reset-flow>`, clock);
        await chooseAnswer(first.flow, 'btc');
        await submitAnswers(first.flow);
        const text = () => shadow(inStep(first.flow, 'vk-proof-uploader')).querySelector('.statement-text')?.textContent;
        expect(text()).to.contain('Date: November 23, 2026');
        first.flow.parentElement?.remove();
        clock.advance(30 * HOUR);
        const second = await setup(() => html`<vk-reset-flow save-draft .journey=${journey} .account=${signedIn} .questions=${questions}></vk-reset-flow>`, clock);
        expect(second.flow.step).to.equal('identity');
        expect(shadow(inStep(second.flow, 'vk-proof-uploader')).querySelector('.statement-text')?.textContent).to.contain('Date: November 23, 2026');
      });
    });
  });

  describe('recovery codes', () => {
    it('"Use a recovery code instead": one alphanumeric code replaces the codes still to verify', async () => {
      const { flow } = await setup(() => html`<vk-reset-flow journey="loggedInChangePhone" .account=${{ ...signedIn, hasRecoveryCodes: true, recoveryCodeLength: 12 }}></vk-reset-flow>`);
      expect(purposes(flow)).to.deep.equal(['current-email', 'current-phone']);
      const { calls } = await recordConsole('error', async () => {
        click(inStep(flow, '[part~="recovery"]'));
        await settle(flow);
      });
      const input = inStep(flow, 'vk-code-input[purpose="recovery"]');
      expect([input.hasAttribute('alphanumeric'), input.getAttribute('length')]).to.deep.equal([true, '12']);
      expect(calls).to.have.length(0);
      expect(input.getAttribute('channel')).to.equal('recovery');
      expect(inStep(flow, '[part~="recovery"]').textContent.trim()).to.equal('Use verification codes instead');
      verified(input, 'recovery');
      await settle(flow);
      expect(flow.step).to.equal('new-contact');
    });

    it('is not offered without recovery codes', () => {
      const state = [{ type: 'code-verified', purpose: 'recovery' } as const].reduce(transition, initialState(journeys.loggedInChangeEmail, { loggedIn: true }));
      expect(state.step, 'the machine accepts it whenever the host verified one').to.equal('new-contact');
    });
  });

  describe('the handwritten phrase stays verbatim in every locale', () => {
    it('CoinEx\'s phrase in French is still "Apply to reset Mobile on CoinEx"; the instructions around it are translated', async () => {
      const journey = { ...journeys.coinexQuestionsFirst, id: 'coinexFr', steps: ['documents', 'submit', 'review'] as const };
      const provider = await setup(() => html`<vk-reset-flow .journey=${journey} .account=${{ ...signedIn, kycLevel: 'basic' }}></vk-reset-flow>`);
      provider.flow.closest('vk-provider')?.setAttribute('locale', 'fr');
      await settle(provider.flow);
      // The French catalog is a network import: wait for it by what the user sees, not by a count of renders (which flaked under load).
      await waitUntil(() => shadow(inStep(provider.flow, 'vk-proof-uploader')).textContent.includes('Écrivez'), 'the French instructions show', { timeout: 10_000 });
      await settle(provider.flow);
      const uploader = shadow(inStep(provider.flow, 'vk-proof-uploader'));
      expect(uploader.querySelector('figcaption')?.textContent).to.not.contain('Write this by hand');
      expect(uploader.querySelector('.statement-text')?.textContent).to.equal('Apply to reset Mobile on CoinEx\n23 novembre 2026');
    });
  });
});
