import { expect, html } from '@open-wc/testing';
import { ManualClock } from '../../src/core/clock.js';
import { connectHttp } from '../../src/connect/http.js';
import type { ResetSummary } from '../../src/elements/reset-flow/reset-flow.events.js';
import type { JourneyConfig } from '../../src/elements/reset-flow/reset-flow.machine.js';
import type { VkResetFlow } from '../../src/elements/reset-flow/vk-reset-flow.js';
import '../helpers.js';
import {
  T0,
  acceptTermsAndSubmit,
  clickBack,
  clickNext,
  click,
  currentStep,
  enterCode,
  getCode,
  heading,
  inStep,
  loggedOutAccount,
  oneImageSlot,
  query,
  settle,
  settleUntil,
  setup,
  shadow,
  submitContact,
  withHost,
} from './reset-flow.helpers.js';

describe('<vk-reset-flow> requests and host data', () => {
  afterEach(() => sessionStorage.clear());

  describe('submit failures', () => {
    async function toSubmitStep(clock: ManualClock): Promise<VkResetFlow> {
      const account = { ...loggedOutAccount, loggedIn: true };
      const { flow } = await setup(() => html`<vk-reset-flow journey="loggedInChangeEmail" .account=${account}></vk-reset-flow>`, clock);
      await enterCode(flow, 'current-email', '123456');
      await submitContact(flow, { email: 'new@example.com' });
      await enterCode(flow, 'new-email', '123456');
      expect(flow.step).to.equal('submit');
      return flow;
    }

    it('keeps everything after a network failure and lets the user retry', async () => {
      let attempt = 0;
      const submit = () => (++attempt === 1 ? Promise.reject(new TypeError('Failed to fetch')) : { ok: true });
      await withHost(async (host, clock) => {
        const flow = await toSubmitStep(clock);
        await acceptTermsAndSubmit(flow);
        expect(flow.step).to.equal('submit');
        expect(inStep(flow, '[part~="error"]').textContent).to.contain('could not reach the server');
        expect(inStep<HTMLInputElement>(flow, 'input[name="terms"]').checked, 'terms still ticked').to.equal(true);
        expect(inStep(flow, '[part~="summary"]').textContent).to.contain('n•••@example.com');
        expect(inStep<HTMLButtonElement>(flow, 'form [part~="action"]').disabled).to.equal(false);
        await expect(flow).to.be.accessible();
        await clickBack(flow);
        expect(flow.step, 'Back still works after a failure').to.equal('new-contact');
        expect(inStep(flow, 'vk-code-input').getAttribute('masked-destination')).to.equal('n•••@example.com');
        await clickNext(flow);
        click(inStep(flow, 'form [part~="action"]'));
        await settle(flow);
        expect(host.of('vk-reset-submit')).to.have.length(2);
        expect(host.of('vk-reset-submit')[1]?.['summary']).to.deep.equal(host.of('vk-reset-submit')[0]?.['summary']);
        expect(flow.step).to.equal('done');
      }, { 'vk-reset-submit': submit });
    }).timeout(20_000);

    it('shows a refusal with the host message, and a waiting state when nobody answers', async () => {
      let attempt = 0;
      const submit = () => (++attempt === 1 ? { ok: false, reason: 'refused', message: 'Call support.' } : undefined);
      await withHost(async (_host, clock) => {
        const flow = await toSubmitStep(clock);
        await acceptTermsAndSubmit(flow);
        expect(inStep(flow, '[part~="error"]').textContent).to.contain('Your request was refused. Call support.');
        click(inStep(flow, 'form [part~="action"]'));
        await settle(flow);
        expect(inStep(flow, '[part~="feedback"]').textContent).to.contain('Still waiting');
        expect(inStep<HTMLButtonElement>(flow, 'form [part~="action"]').disabled, 'retry stays possible').to.equal(false);
        expect(inStep(flow, '[part~="cancel"]').textContent.trim()).to.equal('Cancel');
        await expect(flow).to.be.accessible();
      }, { 'vk-reset-submit': submit });
    }).timeout(20_000);

    it('never leaves the user stuck on an answer that never comes: Cancel brings back Back and Submit', async () => {
      let attempt = 0;
      const submit = () => (++attempt === 1 ? new Promise(() => undefined) : { ok: true });
      await withHost(async (host, clock) => {
        const flow = await toSubmitStep(clock);
        await acceptTermsAndSubmit(flow);
        expect(inStep(flow, '[part~="feedback"]').textContent).to.contain('Submitting your request');
        expect(inStep<HTMLButtonElement>(flow, 'form [part~="action"]').disabled).to.equal(true);
        expect(shadow(flow).querySelector('[part~="back"]'), 'no Back while submitting').to.equal(null);
        await expect(flow).to.be.accessible();

        click(inStep(flow, '[part~="cancel"]'));
        await settle(flow);
        const signal = host.of('vk-reset-submit')[0]?.['signal'] as AbortSignal;
        expect(signal.aborted, 'the host learns the user gave up').to.equal(true);
        expect(currentStep(flow).querySelector('[part~="cancel"]')).to.equal(null);
        expect(inStep(flow, '[part~="feedback"]').textContent).to.contain('Request cancelled');
        const action = inStep<HTMLButtonElement>(flow, 'form [part~="action"]');
        expect(action.disabled).to.equal(false);
        expect(shadow(flow).activeElement, 'focus on Submit').to.equal(action);
        expect(inStep<HTMLInputElement>(flow, 'input[name="terms"]').checked, 'terms still ticked').to.equal(true);
        expect(query(shadow(flow), '[part~="back"]')).to.not.equal(null);
        await expect(flow).to.be.accessible();

        click(action);
        await settle(flow);
        expect(host.of('vk-reset-submit')).to.have.length(2);
        expect(flow.step).to.equal('done');
      }, { 'vk-reset-submit': submit });
    }).timeout(20_000);
  });

  describe('host data', () => {
    let errors: unknown[] = [];
    const originalError = console.error;
    beforeEach(() => {
      errors = [];
      console.error = (...args: unknown[]) => errors.push(args[0]);
    });
    afterEach(() => {
      console.error = originalError;
    });

    // The contract (issue 13): a bad journey or account is reported once, the last valid value is kept
    // (at first the default preset) and the flow keeps rendering; it used to render nothing.
    it('names an unknown preset, keeps the default journey and stays usable', async () => {
      const { flow } = await setup(() => html`<vk-reset-flow journey="binance"></vk-reset-flow>`);
      expect(errors).to.have.length(1);
      expect(String(errors[0])).to.contain('<vk-reset-flow> property "journey" is invalid').and.contain('"binance"').and.contain('mexcLoggedOut');
      expect(flow.journey).to.equal('mexcLoggedOut');
      expect(flow.step).to.equal('account');
      expect(heading(flow)).to.equal('Your account');
    });

    it('names the bad field of a journey config and of the account, and keeps the last valid ones', async () => {
      const bad = { id: 'mine', steps: ['verify', 'submit'], verify: ['email'] } as unknown as JourneyConfig;
      const { flow } = await setup(() => html`<vk-reset-flow .journey=${bad}></vk-reset-flow>`);
      expect(String(errors[0])).to.contain('<vk-reset-flow> property "journey" is invalid').and.contain('field "steps"').and.contain('must end with');
      expect(flow.step, 'the default journey').to.equal('account');
      errors = [];
      const second = await setup(() => html`<vk-reset-flow journey="loggedInChangeEmail" .account=${{ factors: [{ kind: 'fax', bound: true }] }}></vk-reset-flow>`);
      expect(String(errors[0])).to.contain('<vk-reset-flow> property "account" is invalid').and.contain('field "factors.0.kind"');
      expect(second.flow.account).to.equal(undefined);
      expect(second.flow.step, 'the journey still renders').to.equal('verify');
    });

    it('shows the files the host already has, so a reloaded upload step is complete', async () => {
      await withHost(async (host, clock) => {
      const journey: JourneyConfig = { id: 'proofs-only', steps: ['proofs', 'submit', 'review'] };
      const uploaded = [
        { slotId: 'funds', fileId: 'h-1', name: 'bank.jpg', size: 2048, type: 'image/jpeg' },
        { slotId: 'elsewhere', fileId: 'h-2', name: 'other.jpg', size: 10, type: 'image/jpeg' },
      ];
      const { flow } = await setup(() => html`<vk-reset-flow .journey=${journey} .proofSlots=${oneImageSlot('funds')} .uploaded=${uploaded}></vk-reset-flow>`, clock);
      expect(inStep(flow, 'vk-proof-uploader').shadowRoot?.textContent).to.contain('bank.jpg').and.not.contain('other.jpg');
      await clickNext(flow);
      await acceptTermsAndSubmit(flow);
      expect((host.of('vk-reset-submit')[0]?.['summary'] as ResetSummary).files).to.deep.equal({ proofs: { funds: ['h-1'] } });
      });
    });

    it('starts afresh, with new children, when the host sets another journey', async () => {
      await withHost(async (_host, clock) => {
        const account = { ...loggedOutAccount, loggedIn: true };
        const { flow } = await setup(() => html`<vk-reset-flow journey="loggedInChangePhone" .account=${account}></vk-reset-flow>`, clock);
        await enterCode(flow, 'current-email', '123456');
        const before = inStep(flow, 'vk-code-input[purpose="current-email"]');
        flow.journey = 'loggedInChangeEmail';
        await settle(flow);
        expect(flow.step).to.equal('verify');
        const after = inStep<HTMLElement & { value: string }>(flow, 'vk-code-input[purpose="current-email"]');
        expect(after).to.not.equal(before);
        expect(after.value).to.equal('');
        expect(currentStep(flow).querySelector('[part~="verified"]')).to.equal(null);
      });
    });

    it('runs a host-defined journey', async () => {
      await withHost(async (host, clock) => {
      const custom: JourneyConfig = { id: 'totp-only', steps: ['verify', 'submit', 'review'], verify: ['totp'], lost: ['phone'] };
      const { flow } = await setup(() => html`<vk-reset-flow .journey=${custom} .account=${{ ...loggedOutAccount, loggedIn: true }}></vk-reset-flow>`, clock);
      expect(inStep(flow, 'vk-code-input').getAttribute('channel')).to.equal('totp');
      await enterCode(flow, 'totp', '123456');
      expect(inStep(flow, '[part~="summary"]').textContent.replace(/\s+/g, ' '), 'the item the host page chose').to.contain('Items to reset Phone');
      await acceptTermsAndSubmit(flow);
      expect(flow.step).to.equal('review');
      const summary = host.of('vk-reset-submit')[0]?.['summary'] as ResetSummary;
      expect(summary.questionnaire).to.equal('skipped');
      expect(summary.lost).to.deep.equal(['phone']);
      });
    });
  });

  describe('with connectHttp against the test server', () => {
    it('runs a change of e-mail end to end and maps server errors to visible states', async () => {
      // The server stamps codes with its own clock.
      const clock = new ManualClock(Date.now());
      const account = { factors: loggedOutAccount.factors, loggedIn: true };
      const { flow } = await setup(() => html`<vk-reset-flow journey="loggedInChangeEmail" .account=${account}></vk-reset-flow>`, clock);
      const disconnect = connectHttp(document, { baseUrl: '/api/ok' });
      try {
        await getCode(flow, 'current-email');
        const codeInput = inStep(flow, 'vk-code-input');
        await settleUntil(flow, () => (shadow(codeInput).textContent).includes('j•••@mail.com'));
        expect(shadow(codeInput).textContent).to.contain('j•••@mail.com');
        await enterCode(flow, 'current-email', '000000');
        await settleUntil(flow, () => query(shadow(codeInput), '[part~="status"]').textContent.includes('4'));
        expect(query(shadow(codeInput), '[part~="status"]').textContent, 'wrong code from the server').to.match(/4/);
        await enterCode(flow, 'current-email', '123456');
        await settleUntil(flow, () => flow.step === 'new-contact');
        expect(flow.step).to.equal('new-contact');

        // The server says it is the same address (the host gave no current value to compare with).
        await submitContact(flow, { email: 'jane@mail.com' });
        await settleUntil(flow, () => Boolean(currentStep(flow).querySelector('[part~="error"]')));
        expect(inStep(flow, '[part~="error"]').textContent).to.contain('current contact');
        await submitContact(flow, { email: 'new@example.com' });
        await settleUntil(flow, () => inStep(flow, 'vk-code-input').getAttribute('masked-destination') === 'n•••@example.com');
        expect(inStep(flow, 'vk-code-input').getAttribute('masked-destination')).to.equal('n•••@example.com');
        await enterCode(flow, 'new-email', '123456');
        await settleUntil(flow, () => flow.step === 'submit');
        expect(flow.step).to.equal('submit');
        await acceptTermsAndSubmit(flow);
        await settleUntil(flow, () => flow.step === 'done');
        expect(flow.step).to.equal('done');
      } finally {
        disconnect();
      }
    }).timeout(20_000);

    for (const [baseUrl, options, text] of [
      ['/api/500', {}, 'could not be submitted'],
      ['/api/refuse', {}, 'Support must review this'],
      ['/api/slow', { timeoutMs: 100 }, 'could not reach the server'],
    ] as const) {
      it(`shows ${baseUrl} on submit as "${text}" and keeps the step`, async () => {
        const clock = new ManualClock(T0);
        const journey: JourneyConfig = { id: 'submit-only', steps: ['submit', 'review'] };
        const { flow } = await setup(() => html`<vk-reset-flow .journey=${journey}></vk-reset-flow>`, clock);
        const disconnect = connectHttp(document, { baseUrl, ...options });
        try {
          await acceptTermsAndSubmit(flow);
          for (let i = 0; i < 20 && !currentStep(flow).querySelector('[part~="error"]'); i++) await settle(flow);
          expect(inStep(flow, '[part~="error"]').textContent).to.contain(text);
          expect(flow.step).to.equal('submit');
          await expect(flow).to.be.accessible();
        } finally {
          disconnect();
        }
      });
    }
  });
});
