import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { ManualClock } from '../../src/core/clock.js';
import { connectHttp } from '../../src/connect/http.js';
import '../../src/elements/provider/vk-provider.js';
import { journeys } from '../../src/elements/reset-flow/journeys.js';
import { VkFaceScanCompleteEvent, VkHumanCheckCompleteEvent, type ResetSummary } from '../../src/elements/reset-flow/reset-flow.events.js';
import {
  applicableSteps,
  canGoBack,
  canGoNext,
  initialState,
  progress,
  transition,
  type FlowEvent,
  type FlowState,
  type JourneyConfig,
} from '../../src/elements/reset-flow/reset-flow.machine.js';
import { isSameContact, normaliseContact } from '../../src/elements/reset-flow/reset-flow.js';
import '../../src/elements/reset-flow/vk-reset-flow.js';
import type { VkResetFlow } from '../../src/elements/reset-flow/vk-reset-flow.js';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const T0 = Date.UTC(2026, 10, 23, 12, 0, 0);
const HOUR = 3_600_000;

function run(state: FlowState, ...events: FlowEvent[]): FlowState {
  return events.reduce(transition, state);
}

function query<T extends Element = HTMLElement>(root: Element | ShadowRoot | null | undefined, selector: string): T {
  const found = root?.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/** The visible step's section. */
function currentStep(flow: VkResetFlow): HTMLElement {
  return query(shadow(flow), '[part~="step"]:not([hidden])');
}

function inStep<T extends Element = HTMLElement>(flow: VkResetFlow, selector: string): T {
  return query<T>(currentStep(flow), selector);
}

function heading(flow: VkResetFlow): string {
  return inStep(flow, '[part~="heading"]').textContent?.trim() ?? '';
}

/** Lets requests resolve and every element re-render. */
async function settle(flow: VkResetFlow): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await aTimeout(5);
    await flow.updateComplete;
  }
}

/** Over a real HTTP round trip: settles until `ready()` holds (at most ~5 s), so a loaded machine cannot fail the test. */
async function settleUntil(flow: VkResetFlow, ready: () => boolean): Promise<void> {
  for (let i = 0; i < 250 && !safely(ready); i++) await settle(flow);
}

function safely(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

function click(el: Element): void {
  (el as HTMLElement).click();
}

async function fillInput(input: HTMLInputElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function enterCode(flow: VkResetFlow, purpose: string, code: string): Promise<void> {
  const codeInput = inStep(flow, `vk-code-input[purpose="${purpose}"]`);
  await fillInput(query<HTMLInputElement>(shadow(codeInput), 'input[part~="input"]'), code);
  await settle(flow);
}

async function getCode(flow: VkResetFlow, purpose: string): Promise<void> {
  click(query(shadow(inStep(flow, `vk-code-input[purpose="${purpose}"]`)), '[part~="get-code"]'));
  await settle(flow);
}

async function pickLost(flow: VkResetFlow, kinds: string[]): Promise<void> {
  const picker = shadow(inStep(flow, 'vk-reset-picker'));
  for (const kind of kinds) click(query(picker, `input[data-factor="${kind}"]`));
  await settle(flow);
  click(query(picker, 'input[data-agreement]'));
  await settle(flow);
  click(query(picker, '[part~="confirm"]'));
  await settle(flow);
}

async function chooseAnswer(flow: VkResetFlow, optionId: string): Promise<void> {
  click(query(shadow(inStep(flow, 'vk-questionnaire')), `input[value="${optionId}"]`));
  await settle(flow);
}

async function submitAnswers(flow: VkResetFlow): Promise<void> {
  click(query(shadow(inStep(flow, 'vk-questionnaire')), '[part~="submit"]'));
  await settle(flow);
}

function jpeg(name = 'photo.jpg'): File {
  const bytes = new Uint8Array(64);
  bytes.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
  return new File([bytes], name, { type: 'image/jpeg' });
}

async function upload(flow: VkResetFlow, slotId: string, file = jpeg()): Promise<void> {
  const uploader = inStep<HTMLElement & { addFiles(slotId: string, files: File[]): Promise<void> }>(flow, 'vk-proof-uploader');
  await uploader.addFiles(slotId, [file]);
  await settle(flow);
}

async function clickNext(flow: VkResetFlow): Promise<void> {
  click(query(shadow(flow), '[part~="next"]'));
  await settle(flow);
}

async function clickBack(flow: VkResetFlow): Promise<void> {
  click(query(shadow(flow), '[part~="back"]'));
  await settle(flow);
}

async function submitContact(flow: VkResetFlow, fields: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(fields)) await fillInput(inStep<HTMLInputElement>(flow, `input[name="${name}"]`), value);
  click(inStep(flow, 'form [part~="action"]'));
  await settle(flow);
}

async function acceptTermsAndSubmit(flow: VkResetFlow): Promise<void> {
  const terms = inStep<HTMLInputElement>(flow, 'input[name="terms"]');
  if (!terms.checked) click(terms);
  await settle(flow);
  click(inStep(flow, 'form [part~="action"]'));
  await settle(flow);
}

const oneImageSlot = (id: string) => [{ id, title: `Photo ${id}`, accept: ['image' as const], maxFiles: 1, required: true }];

const questions = [
  {
    id: 'q1',
    type: 'single',
    prompt: 'Which coin did you deposit last?',
    options: [
      { id: 'btc', label: 'BTC' },
      { id: 'eth', label: 'ETH' },
    ],
  },
];

const loggedOutAccount = {
  factors: [
    { kind: 'email', bound: true, masked: 'j•••@mail.com' },
    { kind: 'phone', bound: true, masked: '+44 ••• 123' },
    { kind: 'totp', bound: true },
  ],
  email: 'jane@mail.com',
  uid: '12345678',
} as const;

interface Recorded {
  type: string;
  detail: Record<string, unknown>;
}

type Answerer = (detail: Record<string, unknown>) => unknown;

const requestEvents = [
  'vk-account-lookup',
  'vk-reset-items-confirm',
  'vk-code-request',
  'vk-code-submit',
  'vk-answers-submit',
  'vk-proof-upload',
  'vk-new-contact-submit',
  'vk-reset-submit',
] as const;

/** A host that answers every request event reaching `root`, like a real backend would. */
function fakeHost(root: EventTarget, clock: ManualClock, overrides: Partial<Record<(typeof requestEvents)[number], Answerer>> = {}) {
  const seen: Recorded[] = [];
  const defaults: Record<(typeof requestEvents)[number], Answerer> = {
    'vk-account-lookup': () => ({ ok: true, account: loggedOutAccount }),
    'vk-reset-items-confirm': () => ({ ok: true }),
    'vk-code-request': () => ({ ok: true, expiresAt: clock.now() + 15 * 60_000, resendAt: clock.now() + 60_000 }),
    'vk-code-submit': (detail) => (detail['code'] === '123456' ? { ok: true } : { ok: false, reason: 'wrong-code', attemptsLeft: 4 }),
    'vk-answers-submit': () => ({ ok: true }),
    'vk-proof-upload': (detail) => ({ ok: true, fileId: `host-${String(detail['slotId'])}` }),
    'vk-new-contact-submit': () => ({ ok: true }),
    'vk-reset-submit': () => ({ ok: true, reviewEta: clock.now() + 24 * HOUR }),
  };
  const listeners = requestEvents.map((type) => {
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<Record<string, unknown> & { respond: (answer: unknown) => void }>).detail;
      seen.push({ type, detail });
      const answer = (overrides[type] ?? defaults[type])(detail);
      if (answer !== undefined) detail.respond(answer);
    };
    root.addEventListener(type, listener);
    return [type, listener] as const;
  });
  return {
    seen,
    of: (type: string) => seen.filter((entry) => entry.type === type).map((entry) => entry.detail),
    stop: () => listeners.forEach(([type, listener]) => root.removeEventListener(type, listener)),
  };
}

/** Runs a test with a fake host answering on the document, and a manual clock at T0. */
async function withHost(
  test: (host: ReturnType<typeof fakeHost>, clock: ManualClock) => Promise<void>,
  overrides: Parameters<typeof fakeHost>[2] = {},
): Promise<void> {
  const clock = new ManualClock(T0);
  const host = fakeHost(document, clock, overrides);
  try {
    await test(host, clock);
  } finally {
    host.stop();
  }
}

interface Setup {
  flow: VkResetFlow;
  clock: ManualClock;
  steps: Array<{ from: string; to: string; index: number; total: number }>;
}

async function setup(template: (clock: ManualClock) => ReturnType<typeof html>, clock = new ManualClock(T0)): Promise<Setup> {
  const provider = await fixture<HTMLElement>(html`<vk-provider .clock=${clock} style="--vk-transition-duration: 0ms">${template(clock)}</vk-provider>`);
  const flow = query<VkResetFlow>(provider, 'vk-reset-flow');
  const steps: Setup['steps'] = [];
  flow.addEventListener('vk-step-change', (event) => steps.push(event.detail));
  await settle(flow);
  return { flow, clock, steps };
}

// ---------------------------------------------------------------------------------------------

describe('<vk-reset-flow>', () => {
  afterEach(() => sessionStorage.clear());

  describe('state machine (no DOM)', () => {
    it('starts MEXC at the account step and skips it when logged in', () => {
      expect(initialState(journeys.mexcLoggedOut).step).to.equal('account');
      expect(initialState(journeys.mexcLoggedOut, { loggedIn: true }).step).to.equal('pick');
    });

    it('blocks Next until the step is complete (guards)', () => {
      let state = initialState(journeys.mexcLoggedOut, { loggedIn: true });
      expect(canGoNext(state)).to.equal(false);
      state = run(state, { type: 'next' });
      expect(state.step).to.equal('pick');
      state = run(state, { type: 'items-accepted', lost: ['totp'], toVerify: ['email', 'phone'] });
      expect(state.step).to.equal('verify');
      state = run(state, { type: 'code-verified', purpose: 'current-email' });
      expect(state.step, 'one of two factors verified').to.equal('verify');
      expect(canGoNext(state)).to.equal(false);
      state = run(state, { type: 'code-verified', purpose: 'current-phone' });
      expect(state.step, 'every remaining factor verified').to.equal('questionnaire');
    });

    it('includes documents only after the questionnaire fell back', () => {
      let state = initialState(journeys.coinexQuestionsFirst, { loggedIn: true });
      expect(applicableSteps(state)).to.not.include('documents');
      state = run(state, { type: 'agreement-change', agreed: true }, { type: 'code-verified', purpose: 'current-email' });
      expect(state.step).to.equal('questionnaire');
      const accepted = run(state, { type: 'answers-accepted' });
      expect(accepted.step, 'answers accepted skip the documents').to.equal('submit');
      const fallback = run(state, { type: 'questionnaire-fallback' });
      expect(fallback.step).to.equal('documents');
      expect(applicableSteps(fallback)).to.include('documents');
      expect(canGoNext(fallback), 'documents incomplete').to.equal(false);
      const documented = run(fallback, { type: 'uploads-change', step: 'documents', complete: true }, { type: 'next' });
      expect(documented.step).to.equal('submit');
    });

    it('starts CoinEx with the reset instructions and agreement, before e-mail + password and the e-mail code', () => {
      let state = initialState(journeys.coinexQuestionsFirst);
      expect(applicableSteps(state)).to.deep.equal(['agreement', 'account', 'verify', 'questionnaire', 'submit', 'review']);
      expect(state.step).to.equal('agreement');
      expect(canGoNext(state), 'not agreed yet').to.equal(false);
      expect(run(state, { type: 'next' }).step).to.equal('agreement');
      state = run(state, { type: 'agreement-change', agreed: true });
      expect(state.step).to.equal('account');
      state = run(state, { type: 'account-identified' });
      expect(state.step).to.equal('verify');
      expect(state.toVerify).to.deep.equal(['email']);
      state = run(state, { type: 'back' }, { type: 'back' });
      expect(state.step).to.equal('agreement');
      expect(canGoNext(state), 'the agreement stays given after Back').to.equal(true);
      const withdrawn = run(state, { type: 'agreement-change', agreed: false });
      expect(canGoNext(withdrawn), 'unticked: no way forward').to.equal(false);
      expect(state.lost, 'nothing named lost by the preset').to.deep.equal([]);
      expect(initialState({ ...journeys.coinexQuestionsFirst, lost: ['phone'] }).lost, 'the host page chose the item').to.deep.equal(['phone']);
    });

    it('re-picking lost items keeps the codes verified for factors still to verify, and drops the rest', () => {
      let state = initialState(journeys.mexcLoggedOut, { loggedIn: true });
      state = run(state, { type: 'items-accepted', lost: ['totp'], toVerify: ['email', 'phone'] }, { type: 'code-verified', purpose: 'current-email' }, { type: 'code-verified', purpose: 'current-phone' });
      expect(state.step).to.equal('questionnaire');
      state = run(state, { type: 'back' }, { type: 'back' });
      expect(state.step).to.equal('pick');
      state = run(state, { type: 'items-change' });
      expect(canGoNext(state), 'changed picks need a new confirmation').to.equal(false);
      state = run(state, { type: 'items-accepted', lost: ['phone', 'totp'], toVerify: ['email'] });
      expect(state.step).to.equal('verify');
      expect(state.verified).to.deep.equal(['current-email']);
      expect(canGoNext(state)).to.equal(true);
    });

    it('walks back through history, and forward again without losing facts', () => {
      let state = initialState(journeys.loggedInChangePhone, { loggedIn: true });
      expect(state.step).to.equal('verify');
      expect(canGoBack(state)).to.equal(false);
      state = run(state, { type: 'code-verified', purpose: 'current-email' }, { type: 'code-verified', purpose: 'current-phone' });
      expect(state.step).to.equal('new-contact');
      state = run(state, { type: 'back' });
      expect(state.step).to.equal('verify');
      expect(state.verified).to.deep.equal(['current-email', 'current-phone']);
      state = run(state, { type: 'next' });
      expect(state.step).to.equal('new-contact');
    });

    it('needs the new contact verified, terms accepted, and an accepted submit; the end has no way back', () => {
      let state = initialState(journeys.loggedInChangeEmail, { loggedIn: true });
      state = run(state, { type: 'code-verified', purpose: 'current-email' });
      state = run(state, { type: 'new-contact-accepted', kind: 'email', masked: 'n•••@x.com' });
      expect(state.step).to.equal('new-contact');
      state = run(state, { type: 'code-verified', purpose: 'new-email' });
      expect(state.step).to.equal('submit');
      expect(run(state, { type: 'submit-start' }).submission, 'terms not accepted').to.equal('idle');
      state = run(state, { type: 'terms-change', accepted: true }, { type: 'submit-start' });
      expect(state.submission).to.equal('pending');
      expect(canGoBack(state), 'no Back while submitting').to.equal(false);
      const failed = run(state, { type: 'submit-failed' });
      expect(failed.step).to.equal('submit');
      expect(failed.termsAccepted).to.equal(true);
      const done = run(state, { type: 'submit-accepted' });
      expect(done.step).to.equal('done');
      expect(canGoBack(done)).to.equal(false);
      expect(progress(done)).to.deep.equal({ index: 3, total: 4 });
    });

    it('replaces codes with a face scan only when the journey allows it', () => {
      const start = initialState(journeys.mexcLoggedOut, { loggedIn: true });
      const scanning = run(start, { type: 'face-scan-chosen', lost: ['email', 'phone'] });
      expect(scanning.step).to.equal('verify');
      expect(scanning.faceScan).to.equal('chosen');
      expect(run(scanning, { type: 'face-scan-complete' }).step).to.equal('questionnaire');
      const coinex = initialState(journeys.coinexQuestionsFirst, { loggedIn: true });
      expect(run(coinex, { type: 'face-scan-chosen', lost: ['email'] })).to.equal(coinex);
    });

    it('counts steps the journey goes through', () => {
      const state = initialState(journeys.mexcLoggedOut);
      expect(progress(state)).to.deep.equal({ index: 0, total: 9 });
      expect(applicableSteps(initialState(journeys.loggedInChangePhone, { loggedIn: true }))).to.deep.equal(['verify', 'new-contact', 'submit', 'done']);
    });

    it('normalises and compares contacts', () => {
      expect(normaliseContact('email', ' Jane@Mail.COM ')).to.equal('jane@mail.com');
      expect(normaliseContact('phone', '0044 (7700) 900-123')).to.equal('+447700900123');
      expect(isSameContact('phone', '+44 7700 900123', '07700900123'.slice(1))).to.equal(true);
      expect(isSameContact('phone', '+44 7700 900123', '+1 7700 900123')).to.equal(false);
      expect(isSameContact('email', 'a@b.co', 'A@B.CO')).to.equal(true);
    });
  });

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
      await fillInput(inStep<HTMLInputElement>(flow, 'input[name="identifier"]'), 'jane@mail.com');
      click(inStep(flow, 'form [part~="action"]'));
      await settle(flow);
      expect(host.of('vk-account-lookup')[0]?.['identifier']).to.equal('jane@mail.com');
      expect(flow.step).to.equal('pick');
      expect(steps[0]).to.deep.equal({ from: 'account', to: 'pick', index: 1, total: 9 });
      expect(shadow(flow).activeElement?.id, 'focus on the new heading').to.equal('heading-pick');
      expect(query(shadow(flow), '[part~="status"]').textContent).to.contain('Step 2 of 9: Items to reset');
      expect(query(shadow(flow), '[aria-current="step"]').textContent?.trim()).to.equal('Items to reset');
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
      expect(query<HTMLButtonElement>(shadow(flow), '[part~="next"]').disabled).to.equal(true);
      await upload(flow, 'funds');
      expect(query<HTMLButtonElement>(shadow(flow), '[part~="next"]').disabled).to.equal(false);
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
      const completed = new Promise<CustomEvent>((resolve) => flow.addEventListener('vk-reset-flow-complete', resolve, { once: true }));
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
        () => html`<vk-reset-flow journey="mexcLoggedOut" .account=${{ ...loggedOutAccount, loggedIn: true, kycLevel: 'advanced' }} .questions=${questions}>
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
      expect(inStep(flow, '[part~="notice"]').textContent).to.contain('withdrawals, fiat selling and C2C selling are blocked for 24 hours');
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
      await fillInput(inStep<HTMLInputElement>(flow, 'input[name="identifier"]'), 'jane@mail.com');
      click(inStep(flow, 'form [part~="action"]'));
      await settle(flow);
      expect(inStep(flow, '[part~="error"]').textContent).to.contain('password');
      await fillInput(inStep<HTMLInputElement>(flow, 'input[name="password"]'), 'hunter2');
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
      await fillInput(inStep<HTMLInputElement>(flow, 'input[name="phone"]'), '7700 900555');
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
        expect(inStep(flow, '[part~="cancel"]').textContent?.trim()).to.equal('Cancel');
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
        expect(query(shadow(flow), '[part~="back"]')).to.exist;
        await expect(flow).to.be.accessible();

        click(action);
        await settle(flow);
        expect(host.of('vk-reset-submit')).to.have.length(2);
        expect(flow.step).to.equal('done');
      }, { 'vk-reset-submit': submit });
    }).timeout(20_000);
  });

  describe('draft', () => {
    /** Account with password, then the picker: a draft must restore the picks but never the password. */
    const passwordThenPick: JourneyConfig = { id: 'passwordThenPick', steps: ['account', 'pick', 'verify', 'questionnaire', 'submit', 'review'], askPassword: true };

    it('saves only non-secret progress and restores it after a reload', async () => {
      await withHost(async (_host, clock) => {
      const first = await setup(
        () => html`<vk-reset-flow .journey=${passwordThenPick} save-draft draft-key="session-42" .questions=${questions}></vk-reset-flow>`,
        clock,
      );
      await fillInput(inStep<HTMLInputElement>(first.flow, 'input[name="identifier"]'), 'jane@mail.com');
      await fillInput(inStep<HTMLInputElement>(first.flow, 'input[name="password"]'), 'hunter2');
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
        () => html`<vk-reset-flow .journey=${passwordThenPick} save-draft draft-key="session-42" .questions=${questions}></vk-reset-flow>`,
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

    it('names an unknown preset', async () => {
      const { flow } = await setup(() => html`<vk-reset-flow journey="binance"></vk-reset-flow>`);
      expect(String(errors[0])).to.contain('<vk-reset-flow> journey "binance" is not a preset');
      expect(flow.step).to.equal(undefined);
    });

    it('names the bad field of a journey config and of the account', async () => {
      const bad = { id: 'mine', steps: ['verify', 'submit'], verify: ['email'] } as unknown as JourneyConfig;
      await setup(() => html`<vk-reset-flow .journey=${bad}></vk-reset-flow>`);
      expect(String(errors[0])).to.contain('<vk-reset-flow> journey is invalid').and.contain('field "steps"').and.contain('must end with');
      errors = [];
      await setup(() => html`<vk-reset-flow journey="loggedInChangeEmail" .account=${{ factors: [{ kind: 'fax', bound: true }] }}></vk-reset-flow>`);
      expect(String(errors[0])).to.contain('<vk-reset-flow> account is invalid').and.contain('field "factors.0.kind"');
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
      expect(inStep(flow, '[part~="summary"]').textContent?.replace(/\s+/g, ' '), 'the item the host page chose').to.contain('Items to reset Phone');
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
        await settleUntil(flow, () => (shadow(codeInput).textContent ?? '').includes('j•••@mail.com'));
        expect(shadow(codeInput).textContent).to.contain('j•••@mail.com');
        await enterCode(flow, 'current-email', '000000');
        await settleUntil(flow, () => /4/.test(query(shadow(codeInput), '[part~="status"]').textContent ?? ''));
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
