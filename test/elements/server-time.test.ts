/**
 * Server time (issue 14): every deadline is an absolute server time. A device clock 20 minutes fast
 * used to show every fresh code as expired; one an hour slow kept Resend disabled for an hour. An
 * answer's `serverTime` now corrects the element's clock in core, so countdowns run on server time.
 * Also: times a Date cannot hold ("locked forever" as Number.MAX_SAFE_INTEGER) are a developer error.
 */
import { expect, html } from '@open-wc/testing';
import { VkDeveloperError } from '../../src/core/errors.js';
import '../../src/elements/code-input/vk-code-input.js';
import type { VkCodeInput } from '../../src/elements/code-input/vk-code-input.js';
import '../../src/elements/reset-flow/vk-reset-flow.js';
import type { VkResetFlow } from '../../src/elements/reset-flow/vk-reset-flow.js';
import '../../src/elements/totp-setup/vk-totp-setup.js';
import type { VkTotpSetup } from '../../src/elements/totp-setup/vk-totp-setup.js';
import { buildOtpauthUri } from '../../src/totp/otpauth.js';
import { mount, recordConsole, settle } from '../helpers.js';

const MINUTE = 60_000;
/** The server's "now" in these tests. */
const SERVER = Date.UTC(2026, 4, 1, 9, 0, 0);

const text = (el: Element, selector: string): string => el.shadowRoot?.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const getCode = (el: VkCodeInput): HTMLButtonElement | null => el.shadowRoot?.querySelector<HTMLButtonElement>('[part="get-code"]') ?? null;
const resendDisabled = (el: VkCodeInput): boolean => getCode(el)?.getAttribute('aria-disabled') === 'true';

describe('server time: a skewed device clock (issue 14)', () => {
  const skews: [string, number][] = [
    ['20 minutes fast', 20 * MINUTE],
    ['20 minutes slow', -20 * MINUTE],
    ['an hour fast', 60 * MINUTE],
    ['an hour slow', -60 * MINUTE],
  ];
  for (const [name, skew] of skews) {
    it(`device ${name}: a fresh 15-minute code shows 15:00, and Resend comes back after the server's 60 s`, async () => {
      // The ManualClock is the device's clock: off by `skew` from the server's.
      const { el, clock } = await mount<VkCodeInput>(html`<vk-code-input channel="email"></vk-code-input>`, 'vk-code-input', { start: SERVER + skew });
      el.addEventListener('vk-code-request', (event) => event.detail.respond({ ok: true, expiresAt: SERVER + 15 * MINUTE, resendAt: SERVER + MINUTE, serverTime: SERVER }), {
        once: true,
      });
      const { calls } = await recordConsole('error', async () => {
        getCode(el)?.click();
        await settle(el);
        for (let i = 0; i < 50 && !text(el, '[part~="expiry-timer"]'); i++) await settle(el);
      });
      expect(calls, 'no "expiresAt is in the past" developer error').to.deep.equal([]);
      expect(clock.now()).to.equal(SERVER);
      expect(clock.deviceNow, 'the device clock itself is untouched').to.equal(SERVER + skew);
      expect(text(el, '[part~="expiry-timer"]')).to.equal('Code expires in 15:00');
      expect(resendDisabled(el)).to.equal(true);
      expect(text(el, '[part~="resend-timer"]')).to.equal('in 1:00');
      clock.advance(59_000);
      await el.updateComplete;
      expect(resendDisabled(el), 'still cooling down at 59 s').to.equal(true);
      expect(text(el, '[part~="resend-timer"]')).to.equal('in 0:01');
      clock.advance(1_000);
      await el.updateComplete;
      expect(resendDisabled(el), 'Resend at 60 s, not at 60 s ± the skew').to.equal(false);
      expect(text(el, '[part~="expiry-timer"]')).to.equal('Code expires in 14:00');
    });
  }

  it('without serverTime the device clock is trusted (what a host gets by leaving it out)', async () => {
    const { el, clock } = await mount<VkCodeInput>(html`<vk-code-input channel="email"></vk-code-input>`, 'vk-code-input', { start: SERVER - 60 * MINUTE });
    el.addEventListener('vk-code-request', (event) => event.detail.respond({ ok: true, expiresAt: SERVER + 15 * MINUTE, resendAt: SERVER + MINUTE }), { once: true });
    getCode(el)?.click();
    await settle(el);
    for (let i = 0; i < 50 && !text(el, '[part~="expiry-timer"]'); i++) await settle(el);
    expect(clock.serverTimeOffset).to.equal(0);
    expect(text(el, '[part~="expiry-timer"]')).to.equal('Code expires in 1:15:00');
  });

  it('one answer corrects the clock of every element under the provider; a running countdown never jumps back up', async () => {
    const { el, clock, provider } = await mount<VkCodeInput>(
      html`<vk-code-input channel="email" purpose="a"></vk-code-input><vk-code-input channel="sms" purpose="b"></vk-code-input>`,
      'vk-code-input',
      { start: SERVER + 20 * MINUTE },
    );
    const other = provider.querySelectorAll('vk-code-input')[1];
    if (!other) throw new Error('no second code input');
    // Set before any answer: counted on the device's clock, 20 minutes fast.
    other.lockedUntil = SERVER + 30 * MINUTE;
    await other.updateComplete;
    expect(text(other, '[part~="lock-timer"]')).to.contain('10:00');
    el.addEventListener('vk-code-request', (event) => event.detail.respond({ ok: false, reason: 'error', serverTime: SERVER }), { once: true });
    getCode(el)?.click();
    await settle(el);
    await settle(other);
    expect(clock.now()).to.equal(SERVER);
    expect(text(other, '[part~="lock-timer"]'), 'monotonic: the correction gives no time back').to.contain('10:00');
    // A deadline that comes after the answer counts on server time.
    other.lockedUntil = SERVER + 30 * MINUTE - 1;
    await other.updateComplete;
    expect(text(other, '[part~="lock-timer"]')).to.contain('30:00');
  });
});

describe('times a Date cannot hold are developer errors, never a RangeError in render (issue 14)', () => {
  const forever = Number.MAX_SAFE_INTEGER;

  it('<vk-code-input> lockedUntil property and locked answer', async () => {
    const { el } = await mount<VkCodeInput>(html`<vk-code-input channel="sms" value="123456"></vk-code-input>`, 'vk-code-input', { start: SERVER });
    const property = await recordConsole('error', async () => {
      el.lockedUntil = forever;
      await el.updateComplete;
    });
    expect(property.calls).to.have.length(1);
    expect(property.calls[0]?.[0]).to.be.instanceOf(VkDeveloperError);
    expect(el.lockedUntil).to.equal(undefined);
    el.addEventListener('vk-code-request', (event) => event.detail.respond({ ok: false, reason: 'locked', lockedUntil: forever }), { once: true });
    const answer = await recordConsole('error', async () => {
      getCode(el)?.click();
      for (let i = 0; i < 50 && !text(el, '[part="status"]'); i++) await settle(el);
    });
    expect(answer.calls.map((call) => call[0] instanceof VkDeveloperError)).to.deep.equal([true]);
    expect(String(answer.calls[0]?.[0])).to.contain('lockedUntil');
    expect(text(el, '[part="status"]')).to.not.equal('');
  });

  it('<vk-totp-setup> locked answer', async () => {
    const { el } = await mount<VkTotpSetup>(
      html`<vk-totp-setup .uri=${buildOtpauthUri({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', issuer: 'ACME', account: 'jo' })}></vk-totp-setup>`,
      'vk-totp-setup',
      { start: SERVER },
    );
    el.shadowRoot?.querySelector<HTMLElement>('[part~="next-button"]')?.click();
    await settle(el);
    el.addEventListener('vk-totp-verify', (event) => event.detail.respond({ ok: false, reason: 'locked', lockedUntil: forever }), { once: true });
    const inner = el.shadowRoot?.querySelector('vk-code-input');
    const data = new DataTransfer();
    data.setData('text/plain', '123456');
    const { calls } = await recordConsole('error', async () => {
      inner?.shadowRoot?.querySelector('input')?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
      for (let i = 0; i < 20; i++) await settle(el);
    });
    expect(calls.length).to.be.greaterThan(0);
    expect(calls.every((call) => call[0] instanceof VkDeveloperError)).to.equal(true);
    expect(String(calls[0]?.[0])).to.contain('field "lockedUntil": must be epoch milliseconds that a Date can hold');
  });

  it('<vk-reset-flow> review ETA', async () => {
    const { el } = await mount<VkResetFlow>(html`<vk-reset-flow .journey=${{ id: 'submit-only', steps: ['submit', 'review'] }}></vk-reset-flow>`, 'vk-reset-flow', {
      start: SERVER,
    });
    const step = () => el.shadowRoot?.querySelector<HTMLElement>('[part~="step"]:not([hidden])');
    step()?.querySelector<HTMLElement>('input[name="terms"]')?.click();
    await settle(el);
    el.addEventListener('vk-reset-submit', (event) => event.detail.respond({ ok: true, reviewEta: forever }), { once: true });
    const { calls } = await recordConsole('error', async () => {
      step()?.querySelector<HTMLElement>('form [part~="action"]')?.click();
      await settle(el);
    });
    expect(calls.map((call) => call[0] instanceof VkDeveloperError)).to.deep.equal([true]);
    expect(String(calls[0]?.[0])).to.contain('field "reviewEta": must be epoch milliseconds that a Date can hold');
    expect(el.step).to.equal('submit');
  });
});
