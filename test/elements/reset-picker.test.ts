import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ManualClock } from '../../src/core/clock.js';
import { resetUnansweredWarnings } from '../../src/core/events.js';
import '../../src/elements/provider/vk-provider.js';
import type { VkProvider } from '../../src/elements/provider/vk-provider.js';
import type { VkResetItemsConfirmEvent, VkResetSelection } from '../../src/elements/reset-picker/reset-picker.events.js';
import type { Factor } from '../../src/elements/reset-picker/reset-picker.schema.js';
import type { KycLevel } from '../../src/elements/reset-picker/reset-picker.types.js';
import { VkResetPicker } from '../../src/elements/reset-picker/vk-reset-picker.js';
import { nextEvent, recordConsole } from '../helpers.js';
import { runBadDataSuite } from '../suites/bad-data.suite.js';
import { runHostRequestSuite } from '../suites/host-request.suite.js';

const allBound: Factor[] = [
  { kind: 'email', bound: true, masked: 'j•••@mail.com' },
  { kind: 'phone', bound: true, masked: '+44 ••• ••• 789' },
  { kind: 'totp', bound: true },
];

interface Setup {
  factors?: Factor[];
  loggedIn?: boolean;
  frozen?: boolean;
  frozenReason?: string;
  kycLevel?: KycLevel;
}

async function setup(options: Setup = {}): Promise<VkResetPicker> {
  // No button fades: contrast checks see settled colours.
  const provider = await fixture<VkProvider>(html`<vk-provider style="--vk-transition-duration: 0s" .clock=${new ManualClock(Date.UTC(2026, 0, 5, 9))}>
    <vk-reset-picker
      .factors=${options.factors ?? allBound}
      ?logged-in=${options.loggedIn ?? false}
      ?frozen=${options.frozen ?? false}
      frozen-reason=${options.frozenReason ?? ''}
      kyc-level=${options.kycLevel ?? 'none'}
    ></vk-reset-picker>
  </vk-provider>`);
  const picker = provider.querySelector('vk-reset-picker');
  if (!picker) throw new Error('picker not rendered');
  await picker.updateComplete;
  return picker;
}

function shadow(picker: VkResetPicker): ShadowRoot {
  if (!picker.shadowRoot) throw new Error('no shadow root');
  return picker.shadowRoot;
}

function part(picker: VkResetPicker, name: string): HTMLElement | null {
  return shadow(picker).querySelector<HTMLElement>(`[part~="${name}"]`);
}

function textOf(picker: VkResetPicker, name: string): string {
  return part(picker, name)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
}

function factorBox(picker: VkResetPicker, kind: string): HTMLInputElement {
  const box = shadow(picker).querySelector<HTMLInputElement>(`input[data-factor="${kind}"]`);
  if (!box) throw new Error(`no checkbox for ${kind}`);
  return box;
}

function agreementBox(picker: VkResetPicker): HTMLInputElement {
  const box = shadow(picker).querySelector<HTMLInputElement>('input[data-agreement]');
  if (!box) throw new Error('no agreement checkbox');
  return box;
}

/** Ticks like a user: a click, which fires `change`. */
async function tick(picker: VkResetPicker, ...kinds: string[]): Promise<void> {
  for (const kind of kinds) factorBox(picker, kind).click();
  await picker.updateComplete;
}

async function agreeAndConfirm(picker: VkResetPicker): Promise<VkResetItemsConfirmEvent> {
  agreementBox(picker).click();
  await picker.updateComplete;
  const confirm = nextEvent(picker, 'vk-reset-items-confirm');
  part(picker, 'confirm')?.click();
  return confirm;
}

async function settle(picker: VkResetPicker): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  await picker.updateComplete;
}

describe('<vk-reset-picker>', () => {
  beforeEach(() => resetUnansweredWarnings());

  describe('items', () => {
    it('lists each bound item with its masked value as a labelled native checkbox', async () => {
      const picker = await setup();
      const labels = [...shadow(picker).querySelectorAll('[part~="factor"]')].map((label) => label.textContent.replace(/\s+/g, ' ').trim());
      expect(labels).to.deep.equal(['E-mail j•••@mail.com', 'Phone number +44 ••• ••• 789', 'Authenticator app']);
      expect(factorBox(picker, 'email').type).to.equal('checkbox');
      expect(textOf(picker, 'legend')).to.equal('Which security items can you no longer use?');
      await expect(picker).to.be.accessible();
    });

    it('shows an unbound item as not bound and never lets it be ticked', async () => {
      const picker = await setup({ factors: [{ kind: 'email', bound: true, masked: 'a•••@x.io' }, { kind: 'phone', bound: false }, { kind: 'totp', bound: true }] });
      const phone = factorBox(picker, 'phone');
      expect(phone.disabled).to.equal(true);
      expect(phone.closest('label')?.textContent).to.contain('Not bound to this account');
      picker.value = ['phone', 'totp'];
      await picker.updateComplete;
      expect(picker.value).to.deep.equal(['totp']);
      expect(phone.checked).to.equal(false);
      expect(picker.selection.toVerify).to.deep.equal(['email']);
      await expect(picker).to.be.accessible();
    });

    it('toggles with the keyboard (Tab to the first item, Space ticks it)', async () => {
      const picker = await setup();
      factorBox(picker, 'email').focus();
      await sendKeys({ press: 'Space' });
      await picker.updateComplete;
      expect(picker.value).to.deep.equal(['email']);
      await sendKeys({ press: 'Tab' });
      expect(shadow(picker).activeElement).to.equal(factorBox(picker, 'phone'));
    });

    it('gives every item, the agreement and the buttons a touch target of at least 44px', async () => {
      const picker = await setup({ kycLevel: 'advanced' });
      await tick(picker, 'email');
      const targets = shadow(picker).querySelectorAll<HTMLElement>('[part~="factor"], [part~="agreement"], [part~="confirm"], [part~="alternative"]');
      expect(targets.length).to.equal(6);
      for (const target of targets) expect(target.getBoundingClientRect().height, target.getAttribute('part') ?? '').to.be.at.least(44);
    });

    it('restores a draft through value', async () => {
      const picker = await setup();
      picker.value = ['totp', 'email'];
      await picker.updateComplete;
      expect(factorBox(picker, 'email').checked).to.equal(true);
      expect(factorBox(picker, 'totp').checked).to.equal(true);
      expect(factorBox(picker, 'phone').checked).to.equal(false);
      expect(picker.value).to.deep.equal(['email', 'totp']);
    });
  });

  describe('routing', () => {
    it('ticking several items fires vk-reset-items-change and names the items to verify next', async () => {
      const picker = await setup();
      const details: VkResetSelection[] = [];
      picker.addEventListener('vk-reset-items-change', (event) => details.push(event.detail));
      await tick(picker, 'email', 'totp');
      expect(details).to.deep.equal([
        { lost: ['email'], toVerify: ['phone', 'totp'], route: 'reset' },
        { lost: ['email', 'totp'], toVerify: ['phone'], route: 'reset' },
      ]);
      expect(textOf(picker, 'next')).to.equal('Next, you will verify: Phone number (\u2068+44 ••• ••• 789\u2069). Codes we send by e-mail or SMS are valid for 15 minutes.');
      await expect(picker).to.be.accessible();
    });

    it('logged out with email and phone lost: the migration path, not a reset', async () => {
      const picker = await setup();
      const changed = nextEvent(picker, 'vk-reset-items-change');
      factorBox(picker, 'email').click();
      await changed;
      const second = nextEvent(picker, 'vk-reset-items-change');
      factorBox(picker, 'phone').click();
      expect((await second).detail.route).to.equal('migration');
      await picker.updateComplete;
      expect(textOf(picker, 'migration')).to.contain('Neither your e-mail nor your phone can receive codes');
      expect(part(picker, 'confirm')).to.equal(null);
      expect(textOf(picker, 'status')).to.equal('A reset cannot sign you in');
      await expect(picker).to.be.accessible();
      const started = nextEvent(picker, 'vk-migration-start');
      part(picker, 'alternative')?.click();
      expect((await started).detail).to.deep.equal({ lost: ['email', 'phone'] });
    });

    it('logged out with the only bound contact factor lost is also migration', async () => {
      const picker = await setup({ factors: [{ kind: 'email', bound: true }, { kind: 'phone', bound: false }, { kind: 'totp', bound: true }] });
      await tick(picker, 'email');
      expect(picker.selection).to.deep.equal({ lost: ['email'], toVerify: ['totp'], route: 'migration' });
    });

    it('logged in (Security → Change → Reset) with email and phone lost: a normal reset', async () => {
      const picker = await setup({ loggedIn: true });
      await tick(picker, 'email', 'phone');
      expect(picker.selection).to.deep.equal({ lost: ['email', 'phone'], toVerify: ['totp'], route: 'reset' });
      expect(part(picker, 'migration')).to.equal(null);
      expect(part(picker, 'confirm')).to.not.equal(null);
    });

    it('logged in with every item lost: says no code is left to verify', async () => {
      const picker = await setup({ loggedIn: true });
      await tick(picker, 'email', 'phone', 'totp');
      expect(picker.selection).to.deep.equal({ lost: ['email', 'phone', 'totp'], toVerify: [], route: 'reset' });
      expect(textOf(picker, 'next')).to.contain('No item is left to verify with a code');
    });

    it('a self-frozen account is refused with the reason and offers nothing to tick', async () => {
      const picker = await setup({ frozen: true, frozenReason: 'You froze this account on 2 Jan.' });
      expect(textOf(picker, 'result')).to.equal('Your security items cannot be reset You froze this account on 2 Jan.');
      expect(shadow(picker).querySelector('input')).to.equal(null);
      expect(picker.selection.route).to.equal('refused');
      await expect(picker).to.be.accessible();
      picker.frozenReason = '';
      await picker.updateComplete;
      expect(textOf(picker, 'result')).to.contain('This account is frozen.');
    });

    it('advanced KYC is offered a face scan instead of codes', async () => {
      const picker = await setup({ kycLevel: 'advanced' });
      expect(part(picker, 'face-scan')).to.equal(null);
      const changed = nextEvent(picker, 'vk-reset-items-change');
      factorBox(picker, 'totp').click();
      expect((await changed).detail.route).to.equal('face-scan-available');
      await picker.updateComplete;
      expect(textOf(picker, 'face-scan')).to.contain('a face scan can replace the verification codes');
      await expect(picker).to.be.accessible();
      let chosen = 0;
      picker.addEventListener('vk-face-scan-choose', () => chosen++);
      part(picker, 'alternative')?.click();
      await picker.updateComplete;
      expect(chosen, 'agreement first').to.equal(0);
      expect(textOf(picker, 'error')).to.equal('Tick the box to confirm you have read the instructions.');
      agreementBox(picker).click();
      const choose = nextEvent(picker, 'vk-face-scan-choose');
      part(picker, 'alternative')?.click();
      expect((await choose).detail).to.deep.equal({ lost: ['totp'] });
    });

    it('all-lost="reset" (MEXC): logged out with every contact lost is a reset of all of them, never a dead end', async () => {
      const picker = await setup();
      picker.allLost = 'reset';
      await tick(picker, 'email', 'phone', 'totp');
      expect(picker.selection).to.deep.equal({ lost: ['email', 'phone', 'totp'], toVerify: [], route: 'reset' });
      expect(part(picker, 'migration')).to.equal(null);
      expect(textOf(picker, 'next')).to.contain('No item is left to verify with a code');
      const confirm = await agreeAndConfirm(picker);
      expect(confirm.detail.route).to.equal('reset');
      await expect(picker).to.be.accessible();
    });

    it('offers "Contact support" on a refusal, as an event naming the step and the reason', async () => {
      const picker = await setup({ frozen: true });
      const support = nextEvent(picker, 'vk-support-request');
      part(picker, 'support')?.click();
      expect((await support).detail).to.deep.equal({ step: 'pick', reason: 'frozen' });
      await expect(picker).to.be.accessible();
    });

    it('basic KYC gets no face-scan offer', async () => {
      const picker = await setup({ kycLevel: 'basic' });
      await tick(picker, 'totp');
      expect(picker.selection.route).to.equal('reset');
      expect(part(picker, 'alternative')).to.equal(null);
    });
  });

  describe('instructions and agreement', () => {
    it('shows the reset instructions and the 24-hour withdrawal, fiat and C2C restriction (as a duration)', async () => {
      const picker = await setup();
      expect(textOf(picker, 'instructions')).to.contain('You will verify the items you can still use');
      // Issue 15: the restricted items are per exchange (`restricted-items`), listed by Intl.ListFormat.
      expect(textOf(picker, 'restriction')).to.equal(
        'For your security, withdrawals, fiat trading, and C2C selling are blocked for 24 hours after the reset.',
      );
      expect(textOf(picker, 'agreement')).to.contain('withdrawals, fiat trading, and C2C selling are blocked for 24 hours');
      picker.restrictionHours = 48;
      await picker.updateComplete;
      expect(textOf(picker, 'restriction')).to.contain('blocked for 48 hours after the reset');
    });

    it('words the restriction per exchange: restricted-items and restriction-hours', async () => {
      const picker = await setup();
      picker.setAttribute('restricted-items', 'withdrawals c2c');
      await picker.updateComplete;
      expect(picker.restrictedItems).to.deep.equal(['withdrawals', 'c2c']);
      expect(textOf(picker, 'restriction')).to.equal('For your security, withdrawals and C2C selling are blocked for 24 hours after the reset.');
      expect(textOf(picker, 'agreement')).to.contain('withdrawals and C2C selling are blocked for 24 hours');
    });

    it('confirming with nothing ticked explains why and focuses the first item', async () => {
      const picker = await setup();
      let requests = 0;
      picker.addEventListener('vk-reset-items-confirm', () => requests++);
      agreementBox(picker).click();
      part(picker, 'confirm')?.click();
      await picker.updateComplete;
      await picker.updateComplete;
      expect(requests).to.equal(0);
      expect(textOf(picker, 'error')).to.equal('Tick at least one item you can no longer use.');
      expect(part(picker, 'factors')?.getAttribute('aria-describedby')).to.equal('hint selection-error');
      expect(shadow(picker).activeElement).to.equal(factorBox(picker, 'email'));
      await expect(picker).to.be.accessible();
    });

    it('confirming without the agreement ticked focuses the agreement and sends nothing', async () => {
      const picker = await setup();
      let requests = 0;
      picker.addEventListener('vk-reset-items-confirm', () => requests++);
      await tick(picker, 'phone');
      part(picker, 'confirm')?.click();
      await picker.updateComplete;
      await picker.updateComplete;
      expect(requests).to.equal(0);
      const agreement = agreementBox(picker);
      expect(agreement.getAttribute('aria-invalid')).to.equal('true');
      expect(agreement.getAttribute('aria-describedby')).to.equal('agreement-error');
      expect(shadow(picker).activeElement).to.equal(agreement);
      await expect(picker).to.be.accessible();
    });
  });

  describe('confirm request', () => {
    it('sends the picks; after ok fires vk-reset-items-accepted and focuses the result', async () => {
      const picker = await setup();
      await tick(picker, 'email');
      const request = await agreeAndConfirm(picker);
      expect(request.detail.lost).to.deep.equal(['email']);
      expect(request.detail.toVerify).to.deep.equal(['phone', 'totp']);
      expect(request.detail.route).to.equal('reset');
      expect(request.detail.signal.aborted).to.equal(false);
      const accepted = nextEvent(picker, 'vk-reset-items-accepted');
      request.detail.respond({ ok: true });
      expect((await accepted).detail).to.deep.equal({ lost: ['email'], toVerify: ['phone', 'totp'] });
      await picker.updateComplete;
      expect(textOf(picker, 'result')).to.contain('Request accepted.');
      expect(shadow(picker).activeElement).to.equal(part(picker, 'result'));
      await expect(picker).to.be.accessible();
    });

    it('edit() brings an accepted picker back to editing with the same picks, and a change is confirmed again', async () => {
      const picker = await setup();
      await tick(picker, 'email');
      const first = await agreeAndConfirm(picker);
      const firstAccepted = nextEvent(picker, 'vk-reset-items-accepted');
      first.detail.respond({ ok: true });
      await firstAccepted;
      await picker.updateComplete;
      expect(part(picker, 'form'), 'accepted: the panel replaces the form').to.equal(null);

      picker.edit();
      await picker.updateComplete;
      expect(part(picker, 'result')).to.equal(null);
      expect(factorBox(picker, 'email').checked).to.equal(true);
      expect(factorBox(picker, 'phone').disabled).to.equal(false);
      expect(agreementBox(picker).checked, 'the agreement stays given').to.equal(true);
      expect(picker.value).to.deep.equal(['email']);
      await expect(picker).to.be.accessible();

      await tick(picker, 'totp');
      const again = nextEvent(picker, 'vk-reset-items-confirm');
      part(picker, 'confirm')?.click();
      const second = await again;
      expect(second.detail.lost).to.deep.equal(['email', 'totp']);
      expect(second.detail.toVerify).to.deep.equal(['phone']);
      const accepted = nextEvent(picker, 'vk-reset-items-accepted');
      second.detail.respond({ ok: true });
      expect((await accepted).detail).to.deep.equal({ lost: ['email', 'totp'], toVerify: ['phone'] });
    });

    it('edit() leaves a refusal alone', async () => {
      const picker = await setup();
      await tick(picker, 'email');
      const request = await agreeAndConfirm(picker);
      request.detail.respond({ ok: false, reason: 'refused', message: 'A reset is already under review.' });
      await new Promise((resolve) => setTimeout(resolve, 0));
      await picker.updateComplete;
      picker.edit();
      await picker.updateComplete;
      expect(textOf(picker, 'result')).to.contain('A reset is already under review.');
      expect(part(picker, 'form')).to.equal(null);
    });

    it('shows pending while the host works, then the refusal with the host reason', async () => {
      const picker = await setup();
      picker.addEventListener('vk-reset-items-confirm', (event) => {
        event.detail.respond(new Promise((resolve) => setTimeout(() => resolve({ ok: false, reason: 'refused', message: 'A reset is already under review.' }), 30)));
      });
      await tick(picker, 'totp');
      agreementBox(picker).click();
      part(picker, 'confirm')?.click();
      await picker.updateComplete;
      expect(textOf(picker, 'feedback')).to.equal('Sending your request…');
      expect(part(picker, 'confirm')?.getAttribute('aria-disabled')).to.equal('true');
      await new Promise((resolve) => setTimeout(resolve, 60));
      await picker.updateComplete;
      expect(textOf(picker, 'result')).to.equal('Your security items cannot be reset A reset is already under review.');
      await expect(picker).to.be.accessible();
    });

    it('an error answer keeps the picks and lets the user try again', async () => {
      const picker = await setup();
      await tick(picker, 'totp');
      const first = await agreeAndConfirm(picker);
      first.detail.respond({ ok: false, reason: 'error', message: 'Failed to fetch' });
      await settle(picker);
      expect(textOf(picker, 'feedback')).to.equal('Failed to fetch');
      expect(factorBox(picker, 'totp').checked).to.equal(true);
      expect(agreementBox(picker).checked).to.equal(true);
      await expect(picker).to.be.accessible();
      const second = nextEvent(picker, 'vk-reset-items-confirm');
      part(picker, 'confirm')?.click();
      (await second).detail.respond({ ok: true });
      await settle(picker);
      expect(textOf(picker, 'result')).to.contain('Request accepted.');
    });

    it('a request nobody answers shows a visible waiting state and can be sent again', async () => {
      const picker = await setup();
      await tick(picker, 'phone');
      const first = await agreeAndConfirm(picker);
      await picker.updateComplete;
      expect(textOf(picker, 'feedback')).to.equal('Still waiting for an answer. Check your connection, then try again.');
      expect(part(picker, 'confirm')?.getAttribute('aria-disabled')).to.equal('false');
      const second = nextEvent(picker, 'vk-reset-items-confirm');
      part(picker, 'confirm')?.click();
      await second;
      expect(first.detail.signal.aborted, 'the retry supersedes the first request').to.equal(true);
    });

    it('Cancel stops waiting for an answer that never comes: aborts the request, keeps the picks, focuses confirm', async () => {
      const picker = await setup();
      await tick(picker, 'phone', 'totp');
      picker.addEventListener('vk-reset-items-confirm', (event) => event.detail.respond(new Promise<{ ok: true }>(() => undefined)), { once: true });
      const request = await agreeAndConfirm(picker);
      await picker.updateComplete;
      expect(textOf(picker, 'feedback')).to.equal('Sending your request…');
      expect(part(picker, 'confirm')?.getAttribute('aria-disabled')).to.equal('true');
      const cancel = part(picker, 'cancel');
      expect(cancel?.textContent.trim()).to.equal('Cancel');
      expect(cancel?.getBoundingClientRect().height).to.be.at.least(44);
      await expect(picker).to.be.accessible();
      cancel?.click();
      await picker.updateComplete;
      expect(request.detail.signal.aborted).to.equal(true);
      const cancelled = 'Request cancelled. Everything you entered is kept: try again when you are ready.';
      expect(textOf(picker, 'feedback')).to.equal(cancelled);
      expect(textOf(picker, 'status')).to.equal(cancelled);
      expect(part(picker, 'cancel')).to.equal(null);
      expect(part(picker, 'confirm')?.getAttribute('aria-disabled')).to.equal('false');
      expect(shadow(picker).activeElement).to.equal(part(picker, 'confirm'));
      expect(picker.value).to.deep.equal(['phone', 'totp']);
      expect(agreementBox(picker).checked).to.equal(true);
      await expect(picker).to.be.accessible();
      const again = nextEvent(picker, 'vk-reset-items-confirm');
      part(picker, 'confirm')?.click();
      expect((await again).detail.lost).to.deep.equal(['phone', 'totp']);
    });

    it('Cancel is offered in the waiting state too (nobody answered)', async () => {
      const picker = await setup();
      await tick(picker, 'phone');
      const request = await agreeAndConfirm(picker);
      await picker.updateComplete;
      expect(textOf(picker, 'feedback')).to.equal('Still waiting for an answer. Check your connection, then try again.');
      part(picker, 'cancel')?.click();
      await picker.updateComplete;
      expect(request.detail.signal.aborted).to.equal(true);
      expect(textOf(picker, 'feedback')).to.contain('Request cancelled.');
      expect(shadow(picker).activeElement).to.equal(part(picker, 'confirm'));
    });

    it('a malformed answer is an error for the user, not a crash', async () => {
      const picker = await setup();
      await tick(picker, 'phone');
      const request = await agreeAndConfirm(picker);
      const originalError = console.error;
      const logged: unknown[] = [];
      console.error = (...args: unknown[]) => logged.push(args[0]);
      try {
        request.detail.respond({ ok: 'yes' } as never);
        await settle(picker);
      } finally {
        console.error = originalError;
      }
      expect(String(logged[0])).to.contain('vk-reset-items-confirm');
      expect(textOf(picker, 'feedback')).to.equal('Something went wrong. Please try again.');
    });

    it('changing the picks aborts a pending confirmation', async () => {
      const picker = await setup();
      await tick(picker, 'phone');
      const request = await agreeAndConfirm(picker);
      await tick(picker, 'totp');
      expect(request.detail.signal.aborted).to.equal(true);
      await settle(picker);
      expect(part(picker, 'feedback')).to.equal(null);
    });
  });

  describe('host data', () => {
    it('refuses bad factors without throwing: one developer error naming the factor and the field, the last valid list kept', async () => {
      const picker = await setup();
      const bad = (factors: unknown) => async () => {
        picker.factors = factors as Factor[];
        await picker.updateComplete;
      };
      const cases: [unknown, RegExp][] = [
        [[{ kind: 'email', bound: true }, { kind: 'phone', bound: 'yes' }], /<vk-reset-picker> property "factors" is invalid — item "phone", field "bound"/],
        [[{ kind: 'fax', bound: true }], /item "fax", field "kind"/],
        [[{ kind: 'totp', bound: true }, { kind: 'totp', bound: false }], /item "totp", field "kind": used twice/],
      ];
      for (const [factors, message] of cases) {
        const { calls } = await recordConsole('error', bad(factors));
        expect(calls).to.have.length(1);
        expect(String(calls[0]?.[0])).to.match(message);
      }
      expect(picker.factors, 'keeps the last valid list').to.have.length(3);
      expect(part(picker, 'factors'), 'still usable').to.not.equal(null);
    });

    it('lays out right to left under an RTL locale', async () => {
      const provider = await fixture<VkProvider>(html`<vk-provider locale="he"><vk-reset-picker .factors=${allBound}></vk-reset-picker></vk-provider>`);
      const picker = provider.querySelector('vk-reset-picker');
      if (!picker) throw new Error('picker not rendered');
      await picker.updateComplete;
      expect(getComputedStyle(picker).direction).to.equal('rtl');
      const box = factorBox(picker, 'email').getBoundingClientRect();
      const label = part(picker, 'factor-label')?.getBoundingClientRect();
      expect(label && box.left > label.left, 'the checkbox sits at the inline start (right)').to.equal(true);
      await expect(picker).to.be.accessible();
    });

    it('takes message overrides and locale from the provider', async () => {
      const provider = await fixture<VkProvider>(html`<vk-provider locale="de" .messages=${{ 'picker.confirm': 'Zurücksetzen' }}>
        <vk-reset-picker .factors=${allBound}></vk-reset-picker>
      </vk-provider>`);
      const picker = provider.querySelector('vk-reset-picker');
      if (!picker) throw new Error('picker not rendered');
      await picker.updateComplete;
      expect(textOf(picker, 'confirm')).to.equal('Zurücksetzen');
      expect(textOf(picker, 'restriction')).to.contain('24 Stunden');
    });
  });
});

runHostRequestSuite('<vk-reset-picker>', {
  mount: async () => {
    const picker = await setup();
    await tick(picker, 'phone');
    agreementBox(picker).click();
    await picker.updateComplete;
    return picker;
  },
  eventName: 'vk-reset-items-confirm',
  trigger: (picker) => part(picker, 'confirm')?.click(),
  answer: { ok: true },
  expectAnswered: (picker) => {
    expect(textOf(picker, 'result')).to.contain('Request accepted.');
  },
  userInput: (picker) => ({ lost: picker.value, agreed: agreementBox(picker).checked }),
});

runBadDataSuite('<vk-reset-picker>', {
  mount: () => setup(),
  properties: {
    factors: [{ value: [{ kind: 'email', bound: 'yes' }], mentions: 'bound' }, { value: 'email', mentions: 'array' }, { value: null }],
    kycLevel: [{ value: 'gold', mentions: 'advanced' }],
    restrictionHours: [{ value: -1 }, { value: Number.NaN }],
    allLost: [{ value: 'keep', mentions: 'migrate' }],
    restrictedItems: [{ value: ['withdrawals', 'gold'] }, { value: 'withdrawals' }],
    value: [{ value: ['fax'] }, { value: 'phone' }],
  },
});
