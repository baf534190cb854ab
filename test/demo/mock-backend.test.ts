import { expect, html } from '@open-wc/testing';
import { ManualClock } from '../../src/core/clock.js';
import { demoText } from '../../demo/demo-i18n.js';
import { demoWrongAnswers } from '../../demo/fixtures.js';
import { defineDemoElements, type DemoInboxElement } from '../../demo/inbox-panel.js';
import fr from '../../demo/locales/fr.js';
import {
  createMockBackend,
  demoDestinations,
  demoRecoveryCodes,
  demoRightAnswers,
  RESEND_COOLDOWN_MS,
  type MockBackend,
  type MockBackendOptions,
  type RequestEventName,
} from '../../demo/mock-backend.js';
import { mount, START } from '../helpers.js';

defineDemoElements();

/** A backend answering synchronously on a manual clock, with predictable codes (100001, 100002…). */
function backendFor(options: MockBackendOptions = {}): { backend: MockBackend; clock: ManualClock; ask: (name: RequestEventName, detail?: Record<string, unknown>) => Promise<Record<string, unknown>> } {
  const clock = new ManualClock(START);
  let codes = 100_000;
  const backend = createMockBackend({ latencyMs: 0, clock, makeCode: () => String(++codes), locale: () => 'en', ...options });
  const target = document.createElement('div');
  backend.attach(target);
  /** Dispatches a request event as an element does and resolves with the backend's answer. */
  const ask = async (name: RequestEventName, detail: Record<string, unknown> = {}): Promise<Record<string, unknown>> => {
    let answer: unknown;
    target.dispatchEvent(new CustomEvent(name, { detail: { ...detail, respond: (value: unknown) => (answer = value) } }));
    return (await answer) as Record<string, unknown>;
  };
  return { backend, clock, ask };
}

describe('demo mock backend', () => {
  describe('codes for a new contact (issue 18: "the new contact\'s code goes to the lost phone")', () => {
    it('sends a new-phone code to the number recorded by vk-new-contact-submit, not to the account\'s phone', async () => {
      const { backend, ask } = backendFor();
      const recorded = await ask('vk-new-contact-submit', { kind: 'phone', value: '+447700900999' });
      expect(recorded).to.deep.equal({ ok: true, masked: '+44 •••• ••• 999' });
      const sent = await ask('vk-code-request', { channel: 'sms', purpose: 'new-phone' });
      expect(sent['maskedDestination']).to.equal('+44 •••• ••• 999');
      const [message] = backend.inbox;
      expect(message?.destination).to.equal('+44 •••• ••• 999');
      expect(message?.destination).to.not.equal(demoDestinations.sms);
      expect(message?.toNewContact).to.equal(true);
    });

    it('sends a new-email code to the new address, and a current-email code to the account\'s', async () => {
      const { backend, ask } = backendFor();
      await ask('vk-new-contact-submit', { kind: 'email', value: 'jane.new@example.org' });
      await ask('vk-code-request', { channel: 'email', purpose: 'new-email' });
      await ask('vk-code-request', { channel: 'email', purpose: 'current-email' });
      expect(backend.inbox.map((message) => [message.purpose, message.destination, message.toNewContact])).to.deep.equal([
        ['current-email', demoDestinations.email, false],
        ['new-email', 'j•••@example.org', true],
      ]);
    });

    it('refuses a new-contact code before a new contact was recorded (with a translated message)', async () => {
      const { backend, ask } = backendFor();
      expect(await ask('vk-code-request', { channel: 'sms', purpose: 'new-phone' })).to.deep.equal({
        ok: false,
        reason: 'error',
        message: demoText('demo.backend.noNewContact', 'en'),
      });
      expect(backend.inbox).to.have.length(0);
    });

    it('a changed new contact voids the codes sent to the previous one and may get a code at once', async () => {
      const { backend, ask } = backendFor();
      await ask('vk-new-contact-submit', { kind: 'phone', value: '+447700900111' });
      await ask('vk-code-request', { channel: 'sms', purpose: 'new-phone' });
      const first = backend.latestCode('sms', 'new-phone');
      await ask('vk-new-contact-submit', { kind: 'phone', value: '+447700900222' });
      expect((await ask('vk-code-request', { channel: 'sms', purpose: 'new-phone' }))['ok']).to.equal(true);
      expect(backend.inbox[0]?.destination).to.equal('+44 •••• ••• 222');
      expect(backend.inbox[1]?.replaced).to.equal(true);
      expect(await ask('vk-code-submit', { channel: 'sms', purpose: 'new-phone', code: first })).to.include({ ok: false, reason: 'error' });
    });
  });

  describe('resend (issue 18: "after Resend, the old code still looks valid")', () => {
    it('marks the replaced code, keeps only the newest valid, and answers the old one with a translated host message', async () => {
      const { backend, clock, ask } = backendFor();
      await ask('vk-code-request', { channel: 'email', purpose: 'current-email' });
      const first = backend.latestCode('email', 'current-email');
      expect((await ask('vk-code-request', { channel: 'email', purpose: 'current-email' }))['reason'], 'cooldown').to.equal('rate-limited');
      clock.advance(RESEND_COOLDOWN_MS);
      await ask('vk-code-request', { channel: 'email', purpose: 'current-email' });
      const second = backend.latestCode('email', 'current-email');
      expect(second).to.not.equal(first);
      expect(backend.inbox.map((message) => message.replaced)).to.deep.equal([false, true]);

      const answer = await ask('vk-code-submit', { channel: 'email', purpose: 'current-email', code: first });
      expect(answer).to.deep.equal({ ok: false, reason: 'error', message: 'A newer code was sent; use the latest one.' });
      expect(await ask('vk-code-submit', { channel: 'email', purpose: 'current-email', code: second })).to.deep.equal({ ok: true });
    });

    it('says it in the user\'s language', async () => {
      const { backend, clock, ask } = backendFor({ locale: () => 'fr' });
      await ask('vk-code-request', { channel: 'sms', purpose: 'current-phone' });
      const first = backend.latestCode('sms', 'current-phone');
      clock.advance(RESEND_COOLDOWN_MS);
      await ask('vk-code-request', { channel: 'sms', purpose: 'current-phone' });
      expect((await ask('vk-code-submit', { channel: 'sms', purpose: 'current-phone', code: first }))['message']).to.equal(fr['demo.backend.replacedCode']);
    });

    it('does not count a replaced code as a wrong guess towards the lockout', async () => {
      const { backend, clock, ask } = backendFor();
      await ask('vk-code-request', { channel: 'email', purpose: 'current-email' });
      const first = backend.latestCode('email', 'current-email');
      clock.advance(RESEND_COOLDOWN_MS);
      await ask('vk-code-request', { channel: 'email', purpose: 'current-email' });
      for (let i = 0; i < 6; i++) await ask('vk-code-submit', { channel: 'email', purpose: 'current-email', code: first });
      expect(await ask('vk-code-submit', { channel: 'email', purpose: 'current-email', code: '000000' })).to.deep.equal({ ok: false, reason: 'wrong-code', attemptsLeft: 4 });
    });
  });

  describe('recovery codes (issue 16)', () => {
    it('accepts each code once, without case or separators, and counts an unknown one as a wrong guess', async () => {
      const { backend, ask } = backendFor();
      const [first] = demoRecoveryCodes;
      const code = (first ?? '').replace('-', '').toLowerCase();
      expect(await ask('vk-code-submit', { channel: 'recovery', purpose: 'recovery', code })).to.deep.equal({ ok: true });
      expect(backend.recoveryCodes).to.not.include(first);
      expect(await ask('vk-code-submit', { channel: 'recovery', purpose: 'recovery', code })).to.deep.equal({ ok: false, reason: 'wrong-code', attemptsLeft: 4 });
    });

    it('"Get new codes" answers eight new codes and the old ones stop working', async () => {
      const { backend, ask } = backendFor();
      const answer = await ask('vk-recovery-codes-regenerate');
      const codes = answer['codes'] as string[];
      expect(answer['ok']).to.equal(true);
      expect(codes).to.have.length(8);
      for (const code of codes) expect(code).to.match(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      expect(backend.recoveryCodes).to.deep.equal(codes);
      expect((await ask('vk-code-submit', { channel: 'recovery', code: demoRecoveryCodes[1] }))['ok']).to.equal(false);
      expect((await ask('vk-code-submit', { channel: 'recovery', code: codes[1] }))['ok']).to.equal(true);
    });
  });

  describe('uploads (issue 18: "the demo fails uploads in normal mode")', () => {
    const uploadMany = async (mode: MockBackendOptions['mode'], count: number): Promise<boolean[]> => {
      const { ask } = backendFor({ mode });
      const results: boolean[] = [];
      for (let i = 0; i < count; i++) results.push(await ask('vk-proof-upload', { slotId: 'id-front' }).then(() => true, () => false));
      return results;
    };

    it('never drops an upload in normal or slow mode', async () => {
      expect(await uploadMany('normal', 9)).to.deep.equal(Array(9).fill(true));
      expect(await uploadMany('slow', 9)).to.deep.equal(Array(9).fill(true));
    });

    it('drops every 3rd upload in flaky mode (an unstable network), so retry can be tried', async () => {
      expect(await uploadMany('flaky', 6)).to.deep.equal([true, true, false, true, true, false]);
    });
  });

  describe('submission (issue 18: "a reference number shown after submitting")', () => {
    it('answers a reference number for each request, which the flow shows at the end', async () => {
      const { ask } = backendFor();
      expect(await ask('vk-reset-submit', { summary: {} })).to.include({ ok: true, reference: 'VK-000001' });
      expect(await ask('vk-reset-submit', { summary: {} })).to.include({ reference: 'VK-000002' });
    });
  });

  describe('questionnaire grading (issue 18: "I don\'t remember" and per-question wrong ids)', () => {
    it('accepts right answers with one "I don\'t remember": not known is not wrong', async () => {
      const { ask } = backendFor();
      const answers = { ...demoRightAnswers, 'anti-phishing': { dontRemember: true } };
      expect(await ask('vk-answers-submit', { answers })).to.deep.equal({ ok: true });
    });

    it('refuses a round where most answers are "I don\'t remember" (too little is known)', async () => {
      const { ask } = backendFor();
      const dontKnow = { dontRemember: true };
      const answers = { ...demoRightAnswers, 'recent-trade': dontKnow, 'anti-phishing': dontKnow, 'withdrawal-address': dontKnow };
      expect(await ask('vk-answers-submit', { answers })).to.deep.equal({ ok: false, attemptsLeft: 2 });
    });

    it('never says which questions were wrong, in any mode', async () => {
      for (const mode of ['normal', 'wrong'] as const) {
        const { ask } = backendFor({ mode });
        const answer = await ask('vk-answers-submit', { answers: demoWrongAnswers });
        expect(answer, mode).to.deep.equal({ ok: false, attemptsLeft: 2 });
        expect(answer, mode).to.not.have.property('wrong');
      }
    });
  });

  describe('<demo-inbox>', () => {
    it('shows the new contact as the destination and marks a replaced code', async () => {
      const { backend, clock, ask } = backendFor();
      await ask('vk-new-contact-submit', { kind: 'phone', value: '+447700900999' });
      await ask('vk-code-request', { channel: 'sms', purpose: 'new-phone' });
      clock.advance(RESEND_COOLDOWN_MS);
      await ask('vk-code-request', { channel: 'sms', purpose: 'new-phone' });
      const { el } = await mount<DemoInboxElement>(html`<demo-inbox .backend=${backend}></demo-inbox>`, 'demo-inbox');
      const rows = [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="message"]') ?? [])];
      expect(rows.map((row) => row.dataset['destination'])).to.deep.equal(['+44 •••• ••• 999', '+44 •••• ••• 999']);
      expect(rows.map((row) => row.hasAttribute('data-replaced'))).to.deep.equal([false, true]);
      expect(rows[0]?.textContent).to.contain('SMS to your new number');
      expect(rows[1]?.textContent).to.contain('Replaced by a newer code');
      await expect(el).to.be.accessible();
    });

    it('offers a mode switch on the partner page that changes the backend\'s mode', async () => {
      const { backend } = backendFor();
      const { el } = await mount<DemoInboxElement>(html`<demo-inbox mode-switch .backend=${backend}></demo-inbox>`, 'demo-inbox');
      const select = el.shadowRoot?.querySelector('select');
      expect(select?.value).to.equal('normal');
      if (select) {
        select.value = 'flaky';
        select.dispatchEvent(new Event('change'));
      }
      expect(backend.mode).to.equal('flaky');
      await expect(el).to.be.accessible();
    });
  });
});
