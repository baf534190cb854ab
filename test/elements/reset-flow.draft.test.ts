/**
 * Issue 14, Drafts: `<vk-reset-flow save-draft>` as a partner relies on it. A reload resumes at the
 * first step that is not complete (never later), nothing sensitive is stored unless the host opts
 * in, a stored draft is checked with the elements' own schemas, and a draft never outlives its
 * journey or its user.
 */
import { expect, html } from '@open-wc/testing';
import type { ResetSummary } from '../../src/elements/reset-flow/reset-flow.events.js';
import type { JourneyConfig } from '../../src/elements/reset-flow/reset-flow.machine.js';
import type { VkResetFlow } from '../../src/elements/reset-flow/vk-reset-flow.js';
import { recordConsole } from '../helpers.js';
import {
  T0,
  acceptTermsAndSubmit,
  chooseAnswer,
  click,
  enterCode,
  fillInput,
  inStep,
  loggedOutAccount,
  pickLost,
  query,
  questions,
  settle,
  setup,
  shadow,
  submitAnswers,
  submitContact,
  withHost,
} from './reset-flow.helpers.js';

const signedIn = { ...loggedOutAccount, loggedIn: true };
const storageKey = (key: string) => `verikit:reset-flow:${key}`;
const stored = (key: string) => sessionStorage.getItem(storageKey(key));

/** Every message a run logged through console.warn / console.error. */
async function consoleOf(run: () => Promise<void>): Promise<{ warnings: string[]; errors: string[] }> {
  let warnings: unknown[][] = [];
  const { calls } = await recordConsole('error', async () => {
    warnings = (await recordConsole('warn', run)).calls;
  });
  const text = (calls: unknown[][]) => calls.map((args) => args.map(String).join(' '));
  return { warnings: text(warnings), errors: text(calls) };
}

async function reload(flow: VkResetFlow, template: () => ReturnType<typeof html>, clock = undefined as Parameters<typeof setup>[1]): Promise<VkResetFlow> {
  flow.parentElement?.remove();
  return (await setup(template, clock)).flow;
}

afterEach(() => sessionStorage.clear());

describe('<vk-reset-flow> drafts', () => {
  describe('a reload resumes at the first step that is not complete, never later', () => {
    it('saved on submit, the new contact (not restored) is asked again, and the summary sent carries it', async () => {
      await withHost(async (host, clock) => {
        const template = () => html`<vk-reset-flow journey="loggedInChangeEmail" save-draft draft-key="s1" .account=${signedIn}></vk-reset-flow>`;
        const { flow } = await setup(template, clock);
        await enterCode(flow, 'current-email', '123456');
        await submitContact(flow, { email: 'new@example.com' });
        await enterCode(flow, 'new-email', '123456');
        expect(flow.step).to.equal('submit');
        expect(stored('s1')).to.contain('"step":"submit"');

        const second = await reload(flow, template, clock);
        expect(second.step, 'the new contact and its code are not restored').to.equal('new-contact');
        expect(inStep(second, 'input[name="email"]').getAttribute('value') ?? '', 'nor its address').to.equal('');
        expect(shadow(second).querySelector('[part~="back"]'), 'Back walks the steps restored').to.not.equal(null);
        await submitContact(second, { email: 'new@example.com' });
        await enterCode(second, 'new-email', '123456');
        expect(second.step).to.equal('submit');
        await acceptTermsAndSubmit(second);
        const summary = host.of('vk-reset-submit').at(-1)?.['summary'] as ResetSummary;
        expect(summary.newContact?.kind).to.equal('email');
        expect(summary.verified).to.include.members(['current-email', 'new-email']);
      });
    }).timeout(20_000);

    describe('a draft claiming a later step resumes where its facts stop', () => {
      const journey: JourneyConfig = { id: 'route', steps: ['agreement', 'pick', 'verify', 'questionnaire', 'new-contact', 'submit', 'review'], newContact: 'email' };
      const complete = {
        v: 1,
        journey: 'route',
        step: 'submit',
        history: ['agreement', 'pick', 'verify', 'questionnaire', 'new-contact'],
        loggedIn: true,
        accountKnown: true,
        agreed: true,
        lost: ['totp'],
        toVerify: ['email', 'phone'],
        itemsAccepted: true,
        faceScan: 'off',
        verified: ['current-email', 'current-phone', 'new-email'],
        questionnaire: 'accepted',
        picked: ['totp'],
      };
      const cases: [string, Record<string, unknown>, string][] = [
        ['agreement not given → agreement', { agreed: false }, 'agreement'],
        ['items not confirmed → pick', { itemsAccepted: false }, 'pick'],
        ['codes not all verified → verify', { verified: ['current-email'] }, 'verify'],
        ['questionnaire not passed → questionnaire', { questionnaire: 'pending' }, 'questionnaire'],
        ['everything else done → new-contact (its verification is never restored)', {}, 'new-contact'],
        ['never later than the step it was saved on', { step: 'verify' }, 'verify'],
      ];
      for (const [name, change, expected] of cases) {
        it(name, async () => {
          sessionStorage.setItem(storageKey('route'), JSON.stringify({ ...complete, ...change }));
          const { flow } = await setup(() => html`<vk-reset-flow save-draft draft-key="route" .journey=${journey} .account=${signedIn} .questions=${questions}></vk-reset-flow>`);
          expect(flow.step).to.equal(expected);
          expect(flow.getAttribute('step')).to.equal(expected);
        });
      }
    });
  });

  it('saved on submit after the uploads, resumes at the first upload step: the summary needs its files again', async () => {
    const journey: JourneyConfig = { id: 'uploads', steps: ['questionnaire', 'identity', 'submit', 'review'], questionnaire: 'collect' };
    sessionStorage.setItem(
      storageKey('up'),
      JSON.stringify({ v: 1, journey: 'uploads', step: 'submit', loggedIn: true, accountKnown: true, lost: [], toVerify: [], itemsAccepted: false, faceScan: 'off', verified: [], questionnaire: 'accepted' }),
    );
    const { flow } = await setup(() => html`<vk-reset-flow save-draft draft-key="up" .journey=${journey} .account=${signedIn} .questions=${questions}></vk-reset-flow>`);
    expect(flow.step).to.equal('identity');
  });

  describe('nothing sensitive is stored by default', () => {
    const journey: JourneyConfig = { id: 'secrets', steps: ['account', 'pick', 'verify', 'questionnaire', 'new-contact', 'submit', 'review'], newContact: 'email', questionnaire: 'collect' };
    const secrets = ['jane@mail.com', 'j•••@mail.com', '+44 ••• 123', '12345678', 'new@example.com', 'example.com', 'masked', '•'];

    async function walk(flow: VkResetFlow): Promise<void> {
      fillInput(inStep(flow, 'input[name="identifier"]'), 'jane@mail.com');
      click(inStep(flow, 'form [part~="action"]'));
      await settle(flow);
      await pickLost(flow, ['totp']);
      await enterCode(flow, 'current-email', '123456');
      await enterCode(flow, 'current-phone', '123456');
      await chooseAnswer(flow, 'eth');
      expect(flow.step).to.equal('questionnaire');
    }

    it('no answers, no contacts (masked or not), no account data revealing them', async () => {
      await withHost(async (_host, clock) => {
        const { flow } = await setup(() => html`<vk-reset-flow save-draft draft-key="s2" .journey=${journey} .questions=${questions}></vk-reset-flow>`, clock);
        await walk(flow);
        const atQuestions = stored('s2') ?? '';
        const draft = JSON.parse(atQuestions) as Record<string, unknown>;
        expect(draft, 'no answers without draft-answers').to.not.have.property('answers');
        expect(draft['accountFactors']).to.deep.equal([
          { kind: 'email', bound: true },
          { kind: 'phone', bound: true },
          { kind: 'totp', bound: true },
        ]);
        for (const secret of secrets) expect(atQuestions, secret).to.not.contain(secret);
        await submitAnswers(flow);
        await submitContact(flow, { email: 'new@example.com' });
        await enterCode(flow, 'new-email', '123456');
        expect(flow.step).to.equal('submit');
        const atSubmit = stored('s2') ?? '';
        expect(atSubmit).to.contain('"step":"submit"');
        for (const secret of secrets) expect(atSubmit, secret).to.not.contain(secret);
      });
    }).timeout(20_000);

    it('draft-answers (draftAnswers) keeps the answers, and still no contacts; they are restored after a reload', async () => {
      await withHost(async (_host, clock) => {
        const template = () => html`<vk-reset-flow save-draft draft-answers draft-key="s3" .journey=${journey} .questions=${questions}></vk-reset-flow>`;
        const { flow } = await setup(template, clock);
        expect(flow.draftAnswers).to.equal(true);
        await walk(flow);
        const text = stored('s3') ?? '';
        expect((JSON.parse(text) as Record<string, unknown>)['answers']).to.deep.equal({ q1: { choice: 'eth' } });
        for (const secret of secrets) expect(text, secret).to.not.contain(secret);
        const second = await reload(flow, template, clock);
        expect(second.step).to.equal('questionnaire');
        expect(query<HTMLInputElement>(shadow(inStep(second, 'vk-questionnaire')), 'input[value="eth"]').checked).to.equal(true);
      });
    }).timeout(20_000);

    it('answers stored before the opt-in was turned off are neither restored nor kept', async () => {
      sessionStorage.setItem(
        storageKey('s4'),
        JSON.stringify({ v: 1, journey: 'answersOnly', step: 'questionnaire', loggedIn: true, accountKnown: true, lost: [], toVerify: [], itemsAccepted: false, faceScan: 'off', verified: [], questionnaire: 'pending', answers: { q1: { choice: 'eth' } } }),
      );
      const answersOnly: JourneyConfig = { id: 'answersOnly', steps: ['questionnaire', 'submit', 'review'], questionnaire: 'collect' };
      const { flow } = await setup(() => html`<vk-reset-flow save-draft draft-key="s4" .journey=${answersOnly} .account=${signedIn} .questions=${questions}></vk-reset-flow>`);
      expect(query<HTMLInputElement>(shadow(inStep(flow, 'vk-questionnaire')), 'input[value="eth"]').checked).to.equal(false);
      await chooseAnswer(flow, 'btc');
      expect(JSON.parse(stored('s4') ?? '{}')).to.include({ step: 'questionnaire' }).and.not.have.property('answers');
    });
  });

  describe('a stored draft is checked with the elements\' own schemas', () => {
    const amountQuestions = [{ id: 'balance', type: 'amount', prompt: 'Roughly how much USDT do you hold?', min: 0, unit: 'USDT' }];
    const journey: JourneyConfig = { id: 'amounts', steps: ['questionnaire', 'submit', 'review'], questionnaire: 'collect' };
    // `history` as earlier versions wrote it (now ignored: the route is walked again).
    const base = { v: 1, journey: 'amounts', step: 'submit', history: ['questionnaire'], loggedIn: true, accountKnown: true, lost: [], toVerify: [], itemsAccepted: false, faceScan: 'off', verified: [], questionnaire: 'accepted' };
    const template = () => html`<vk-reset-flow save-draft draft-answers draft-key="s5" .journey=${journey} .account=${signedIn} .questions=${amountQuestions}></vk-reset-flow>`;
    const malformed: [string, string][] = [
      ['an answer stored as null (an amount that overflowed to Infinity)', JSON.stringify({ ...base, answers: { balance: { min: null, max: null } } })],
      ['an answer of the wrong shape', JSON.stringify({ ...base, answers: { balance: 'lots' } })],
      ['an unknown step', JSON.stringify({ ...base, step: 'elsewhere' })],
      ['a field of the wrong type', JSON.stringify({ ...base, verified: 'all' })],
      ['not JSON', '{"v":1,'],
    ];
    for (const [name, text] of malformed) {
      it(`${name}: dropped with one developer warning, the journey starts cleanly`, async () => {
        sessionStorage.setItem(storageKey('s5'), text);
        let flow: VkResetFlow | undefined;
        const { warnings, errors } = await consoleOf(async () => {
          flow = (await setup(template)).flow;
        });
        if (!flow) throw new Error('not mounted');
        expect(errors, 'nothing thrown or reported in render').to.deep.equal([]);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('VkDeveloperError').and.contain('<vk-reset-flow>').and.contain('dropped the saved draft');
        expect(stored('s5'), 'the storage entry is removed').to.equal(null);
        expect(flow.step).to.equal('questionnaire');
        const inputs = [...shadow(inStep(flow, 'vk-questionnaire')).querySelectorAll<HTMLInputElement>('input[part~="input"]')];
        expect(inputs.length).to.be.greaterThan(0);
        expect(inputs.map((input) => input.value)).to.deep.equal(inputs.map(() => ''));
      });
    }

    it('an amount that overflows to Infinity is not stored (JSON would turn it into null); a finite one is', async () => {
      const { flow } = await setup(template);
      const from = query<HTMLInputElement>(shadow(inStep(flow, 'vk-questionnaire')), 'input[part~="input"]');
      fillInput(from, '9'.repeat(400));
      await settle(flow);
      expect(stored('s5') ?? '').to.not.contain('balance');
      fillInput(from, '250');
      await settle(flow);
      expect((JSON.parse(stored('s5') ?? '{}') as Record<string, unknown>)['answers']).to.deep.equal({ balance: { min: 250, max: 250 } });
    });
  });

  describe('a draft never outlives its journey or its user', () => {
    it('save-draft without draft-key warns once; with it, never', async () => {
      await withHost(async (_host, clock) => {
        const { warnings } = await consoleOf(async () => {
          const { flow } = await setup(() => html`<vk-reset-flow journey="loggedInChangeEmail" save-draft .account=${signedIn}></vk-reset-flow>`, clock);
          await enterCode(flow, 'current-email', '123456');
          await submitContact(flow, { email: 'new@example.com' });
          flow.journey = 'loggedInChangePhone';
          await settle(flow);
        });
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('VkDeveloperError').and.contain('save-draft without draft-key');
        const keyed = await consoleOf(async () => {
          const { flow } = await setup(() => html`<vk-reset-flow journey="loggedInChangeEmail" save-draft draft-key="s6" .account=${signedIn}></vk-reset-flow>`, clock);
          await enterCode(flow, 'current-email', '123456');
        });
        expect(keyed.warnings).to.deep.equal([]);
      });
    });

    it('clearDraft() removes it: a reload starts afresh', async () => {
      await withHost(async (_host, clock) => {
        const template = () => html`<vk-reset-flow journey="loggedInChangeEmail" save-draft draft-key="s7" .account=${signedIn}></vk-reset-flow>`;
        const { flow } = await setup(template, clock);
        await enterCode(flow, 'current-email', '123456');
        expect(stored('s7')).to.contain('"step":"new-contact"');
        flow.clearDraft();
        expect(stored('s7')).to.equal(null);
        expect((await reload(flow, template, clock)).step).to.equal('verify');
      });
    });

    it('changing the journey clears the draft; the same journey again (an equal config) keeps it', async () => {
      await withHost(async (_host, clock) => {
        const config: JourneyConfig = { id: 'changeEmail', steps: ['verify', 'new-contact', 'submit', 'done'], verify: ['email'], newContact: 'email' };
        const { flow } = await setup(() => html`<vk-reset-flow .journey=${config} save-draft draft-key="s8" .account=${signedIn}></vk-reset-flow>`, clock);
        await enterCode(flow, 'current-email', '123456');
        flow.journey = { ...config };
        await settle(flow);
        expect(flow.step, 'the same journey resumes from its draft').to.equal('new-contact');
        expect(stored('s8')).to.contain('"journey":"changeEmail"');
        flow.journey = 'loggedInChangePhone';
        await settle(flow);
        expect(flow.step).to.equal('verify');
        expect(stored('s8')).to.equal(null);
      });
    });

    it('abandoning clears it: "Forgot password" on the locked account step', async () => {
      await withHost(
        async (_host, clock) => {
          const { flow } = await setup(() => html`<vk-reset-flow journey="coinexQuestionsFirst" save-draft draft-key="s9"></vk-reset-flow>`, clock);
          click(inStep(flow, 'input[name="agreement"]'));
          click(inStep(flow, 'form [part~="action"]'));
          await settle(flow);
          expect(flow.step).to.equal('account');
          expect(stored('s9')).to.contain('"step":"account"');
          fillInput(inStep(flow, 'input[name="identifier"]'), 'jane@mail.com');
          fillInput(inStep(flow, 'input[name="password"]'), 'pw');
          click(inStep(flow, 'form [part~="action"]'));
          await settle(flow);
          click(inStep(flow, '[part~="forgot-password"]'));
          expect(stored('s9')).to.equal(null);
        },
        { 'vk-account-lookup': () => ({ ok: false, reason: 'locked', lockedUntil: T0 + 3_600_000 }) },
      );
    });

    it('an end clears it: refused (frozen) as well as submitted', async () => {
      await withHost(async (_host, clock) => {
        sessionStorage.setItem(storageKey('s10'), JSON.stringify({ v: 1, journey: 'loggedInChangeEmail', step: 'new-contact', loggedIn: true, accountKnown: true, lost: [], toVerify: ['email'], itemsAccepted: false, faceScan: 'off', verified: ['current-email'], questionnaire: 'pending' }));
        const { flow } = await setup(() => html`<vk-reset-flow journey="loggedInChangeEmail" save-draft draft-key="s10" .account=${signedIn}></vk-reset-flow>`, clock);
        expect(flow.step).to.equal('new-contact');
        flow.account = { ...signedIn, factors: [...signedIn.factors], frozen: true };
        await settle(flow);
        expect(flow.step).to.equal('refused');
        expect(stored('s10')).to.equal(null);
      });
    });
  });
});
