/**
 * What a user reads in `<vk-code-input>` along a journey (issue 18): where the code went, said once
 * and only once it was sent; an accepted authenticator code's window stops; a code a "Resend"
 * replaced gets the host's "a newer code was sent".
 */
import { expect } from '@open-wc/testing';
import '../helpers.js';
import { announced, answerNext, hasState, inputOf, MINUTE, mount, part, paste, query, sendCode, settle, START, statusOf, text } from './code-input.fixtures.js';

/** The text on screen: everything but the visually hidden live region. */
function shownText(el: HTMLElement): string {
  const base = el.shadowRoot?.querySelector('[part="base"]')?.cloneNode(true);
  if (!(base instanceof HTMLElement)) return '';
  base.querySelector('[role="status"]')?.remove();
  return text(base);
}
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('<vk-code-input> what the user reads', () => {
  describe('where the code goes', () => {
    it('says nothing about a sent code before one was sent', async () => {
      const { el } = await mount({ channel: 'sms', maskedDestination: '+44 •••• ••• 123' });
      expect(text(query(el, '[part="destination"]'))).to.equal("We'll send the code to \u2068+44 •••• ••• 123\u2069");
      expect(shownText(el)).not.to.match(/sent/i);
      expect(statusOf(el)).to.equal('');
    });

    it('says "Code sent to …" once in the code block: on the destination line, not again in the status line', async () => {
      const { el, clock } = await mount({ channel: 'email', maskedDestination: 'j•••@mail.com' });
      await sendCode(el, clock);
      expect(text(query(el, '[part="destination"]'))).to.equal('Code sent to \u2068j•••@mail.com\u2069');
      expect(statusOf(el)).to.equal('');
      expect(occurrences(shownText(el), 'Code sent to')).to.equal(1);
      // Screen readers still hear where it went, once, when it is sent.
      expect(announced(el)).to.equal('Code sent to \u2068j•••@mail.com\u2069');
      expect(hasState(el, 'sent')).to.equal(true);
    });

    it('says "We sent you a code." in the status line when the host names no destination', async () => {
      const { el, clock } = await mount({ channel: 'sms' });
      await sendCode(el, clock);
      expect(query(el, '[part="destination"]')).to.equal(null);
      expect(statusOf(el)).to.equal('We sent you a code.');
      expect(occurrences(shownText(el), 'sent')).to.equal(1);
    });
  });

  describe('an accepted authenticator code', () => {
    it('stops the 30-second window: no timer, no ticking, and it runs again after clear()', async () => {
      const { el, clock } = await mount({ channel: 'totp' }, { start: START + 10_000 });
      expect(text(query(el, '[part~="window-timer"]'))).to.equal('Current code changes in 0:20');
      expect(clock.listenerCount).to.be.greaterThan(0);
      answerNext(el, 'vk-code-submit', { ok: true });
      await paste(el, '123456');
      await settle(el);
      expect(hasState(el, 'success')).to.equal(true);
      expect(query(el, '[part~="window-timer"]'), 'no window once the code was accepted').to.equal(null);
      expect(query(el, '[part="window"]')).to.equal(null);
      expect(clock.listenerCount, 'no countdown left running').to.equal(0);
      const heard = announced(el);
      clock.advance(2 * MINUTE);
      await el.updateComplete;
      expect(query(el, '[part~="window-timer"]')).to.equal(null);
      expect(announced(el), 'nothing more is announced').to.equal(heard);
      expect(statusOf(el)).to.equal('Code verified.');

      el.clear();
      await el.updateComplete;
      // START + 10 s + 2 min: 10 s into a window.
      expect(text(query(el, '[part~="window-timer"]'))).to.equal('Current code changes in 0:20');
      expect(clock.listenerCount).to.be.greaterThan(0);
    });

    it('hides the validity of an accepted e-mail code too', async () => {
      const { el, clock } = await mount({ channel: 'email' });
      await sendCode(el, clock);
      expect(text(query(el, '[part~="expiry-timer"]'))).to.equal('Code expires in 15:00');
      answerNext(el, 'vk-code-submit', { ok: true });
      await paste(el, '123456');
      await settle(el);
      expect(query(el, '[part~="expiry-timer"]')).to.equal(null);
      clock.advance(20 * MINUTE);
      await el.updateComplete;
      expect(hasState(el, 'expired')).to.equal(false);
      expect(statusOf(el)).to.equal('Code verified.');
    });
  });

  describe('a code a "Resend" replaced', () => {
    it('shows the host\'s "a newer code was sent" (the answer README and the mock backend give), not "wrong code", and takes the newest code', async () => {
      const { el, clock } = await mount({ channel: 'email', maskedDestination: 'j•••@mail.com' });
      await sendCode(el, clock);
      const replaced = 'A newer code was sent; use the latest one.';
      answerNext(el, 'vk-code-submit', { ok: false, reason: 'error', message: replaced });
      await paste(el, '111111');
      await settle(el);
      expect(statusOf(el)).to.equal(replaced);
      expect(part(el, '[part="status"]').dataset['tone']).to.equal('danger');
      expect(announced(el)).to.equal(replaced);
      expect(hasState(el, 'wrong')).to.equal(false);
      expect(query(el, '[part="retry"]'), 'retrying the same replaced code is pointless').to.equal(null);
      expect(inputOf(el).readOnly).to.equal(false);

      answerNext(el, 'vk-code-submit', { ok: true });
      await paste(el, '222222');
      await settle(el);
      expect(hasState(el, 'success')).to.equal(true);
    });

    it('keeps the host\'s English message left to right in an Arabic page (dir="auto")', async () => {
      const { el } = await mount({ channel: 'sms' }, { locale: 'ar' });
      answerNext(el, 'vk-code-submit', { ok: false, reason: 'error', message: 'A newer code was sent; use the latest one.' });
      await paste(el, '111111');
      await settle(el);
      const status = part(el, '[part="status"]');
      expect(getComputedStyle(el).direction).to.equal('rtl');
      expect(status.getAttribute('dir')).to.equal('auto');
      expect(status.matches(':dir(ltr)'), 'the English sentence keeps its full stop at its end').to.equal(true);
    });
  });
});
