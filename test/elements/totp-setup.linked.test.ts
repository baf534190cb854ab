/**
 * After linking (issue 18): the accepted code's 30-second window stops. The code step leaves the
 * page, so no timer is shown, no countdown keeps the clock busy and nothing more is announced.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ManualClock } from '../../src/core/clock.js';
import '../../src/elements/provider/vk-provider.js';
import '../../src/elements/totp-setup/vk-totp-setup.js';
import type { VkTotpSetup } from '../../src/elements/totp-setup/vk-totp-setup.js';
import { buildOtpauthUri } from '../../src/totp/otpauth.js';
import { totpCode, verifyTotp } from '../../src/totp/verify.js';
import { nextEvent, partOrFail as part } from '../helpers.js';

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const start = 1_700_000_010_000;

describe('<vk-totp-setup> after linking', () => {
  it("stops the accepted code's countdown: no window, no clock listener, no more announcements", async () => {
    const clock = new ManualClock(start);
    const provider = await fixture(html`<vk-provider .clock=${clock}><vk-totp-setup></vk-totp-setup></vk-provider>`);
    const el = provider.querySelector<VkTotpSetup>('vk-totp-setup');
    if (!el) throw new Error('no <vk-totp-setup>');
    el.uri = buildOtpauthUri({ secret, issuer: 'ACME Exchange', account: 'jo@example.com' });
    await el.updateComplete;
    part(el, 'next-button').click();
    await el.updateComplete;
    const codeInput = part(el, 'code-input');
    await (codeInput as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const window = () => codeInput.shadowRoot?.querySelector('[part~="window-timer"]');
    expect(window()?.textContent).to.contain('Current code changes in');
    expect(clock.listenerCount).to.be.greaterThan(0);

    el.addEventListener('vk-totp-verify', (event) => {
      event.detail.respond(verifyTotp({ secret, token: event.detail.code, at: clock.now() }).valid ? { ok: true } : { ok: false, reason: 'wrong-code' });
    });
    const linked = nextEvent(el, 'vk-totp-linked');
    const input = part<HTMLInputElement>(codeInput, 'input');
    input.value = totpCode({ secret, at: clock.now() });
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText' }));
    await linked;
    await el.updateComplete;
    expect(el.state).to.equal('linked');
    expect(el.shadowRoot?.querySelector('vk-code-input'), 'the code step is gone').to.equal(null);
    expect(el.shadowRoot?.textContent).not.to.contain('Current code changes');
    expect(clock.listenerCount, 'no countdown left running').to.equal(0);
    const heard = part(el, '[role="status"]').textContent;
    clock.advance(2 * 60_000);
    await el.updateComplete;
    expect(part(el, '[role="status"]').textContent, 'nothing more is announced').to.equal(heard);
  });
});
