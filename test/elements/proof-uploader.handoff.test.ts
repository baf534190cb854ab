import { expect, waitUntil } from '@open-wc/testing';
import type { ManualClock } from '../../src/core/clock.js';
import { VkDeveloperError } from '../../src/core/errors.js';
import type { VkProofUploader } from '../../src/elements/proof-uploader/proof-uploader.js';
import { announced, part, partOrFail, recordConsole, settle, textOf } from '../helpers.js';
import { decodeQrSvg } from '../qr-decode.js';
import {
  advance,
  handoffUrl,
  idFront,
  mountDesktop,
  phoneFile,
  pretendVisible,
  restoreVisibility,
  screenshots,
  scriptHost,
  selfie,
  setVisibility,
  startHandoff,
  video,
  type ScriptedHost,
} from './proof-handoff.fixtures.js';

const rowsOf = (el: VkProofUploader, slotId: string) => Array.from(el.shadowRoot?.querySelectorAll<HTMLElement>(`[data-slot-id="${slotId}"] [part~="file"]`) ?? []);
const waiting = { ok: true, state: 'waiting', files: [] } as const;

/** Reads the link's QR code back, as the phone's camera would. */
const decodeQr = (el: VkProofUploader): Promise<string | undefined> => decodeQrSvg(partOrFail<SVGSVGElement>(el, 'handoff-qr'));

describe('<vk-proof-uploader>: continue on your phone (desktop)', () => {
  let host: ScriptedHost | undefined;
  beforeEach(pretendVisible);
  afterEach(() => {
    host?.stop();
    host = undefined;
    restoreVisibility();
  });

  /** A desktop uploader with a scripted host that answers every status poll with `waiting` unless told otherwise. */
  async function desktop(slots = [video, idFront, screenshots]): Promise<{ el: VkProofUploader; clock: ManualClock; host: ScriptedHost }> {
    const { el, clock } = await mountDesktop(slots);
    host = scriptHost(clock);
    host.answers['vk-handoff-status'] = () => waiting;
    return { el, clock, host };
  }

  describe('the offer', () => {
    const realMatchMedia = window.matchMedia.bind(window);
    afterEach(() => {
      window.matchMedia = realMatchMedia;
    });
    /** Pretends the device has (or lacks) a mouse-like pointer that hovers. */
    const desktopClass = (matches: boolean) => {
      window.matchMedia = (query: string) => (query === '(pointer: fine) and (hover: hover)' ? ({ matches } as MediaQueryList) : realMatchMedia(query));
    };

    it('is offered on a desktop-class device (auto), for the camera slots not yet complete', async () => {
      desktopClass(true);
      const { el } = await mountDesktop([video, idFront, screenshots], 'auto');
      await settle(el);
      expect(part(el, 'handoff-start')?.textContent.trim()).to.equal('Continue on your phone');
      expect(textOf(el, 'handoff')).to.contain('Continue on your phone for: Verification video and ID document, front side.');
      await expect(el).to.be.accessible();
    });

    it('is not offered on a touch device unless asked (always), never when off, and never without a camera slot', async () => {
      desktopClass(false);
      const auto = await mountDesktop([video], 'auto');
      await settle(auto.el);
      expect(part(auto.el, 'handoff')).to.equal(null);
      const always = await mountDesktop([video], 'always');
      expect(part(always.el, 'handoff-start')).to.not.equal(null);
      always.el.handoff = 'off';
      await settle(always.el);
      expect(part(always.el, 'handoff')).to.equal(null);
      const noCamera = await mountDesktop([screenshots], 'always');
      expect(part(noCamera.el, 'handoff')).to.equal(null);
    });

    it('is withdrawn once every camera slot is complete', async () => {
      const { el } = await mountDesktop([video]);
      el.uploaded = [phoneFile('verification-video', 'srv-1', 'me.mp4')];
      await settle(el);
      expect(part(el, 'handoff')).to.equal(null);
    });
  });

  describe('the link', () => {
    it('asks the host for a link for the camera slots and shows it as a QR code, a link to copy and its validity', async () => {
      const { el, clock, host } = await desktop();
      await startHandoff(el, host, clock);
      expect(host.calls['vk-handoff-create'][0]?.detail['slots']).to.deep.equal(['verification-video', 'id-front']);
      expect(partOrFail<HTMLInputElement>(el, 'handoff-link').value).to.equal(handoffUrl);
      expect(partOrFail(el, 'handoff-link').getAttribute('aria-label')).to.equal('Link for your phone');
      expect(textOf(el, 'handoff-countdown')).to.equal('Link valid for 10:00');
      expect(part(el, 'handoff-countdown')?.getAttribute('aria-hidden')).to.equal('true');
      expect(announced(el)).to.equal('The link for your phone is ready. It is valid for 10 minutes.');
      expect(textOf(el, 'handoff-status')).to.equal('Waiting for your phone…');
      expect(textOf(el, 'handoff-slots')).to.contain('Verification video: nothing yet');
      expect(el.shadowRoot?.activeElement?.getAttribute('part')).to.equal('handoff-copy');
      await waitUntil(() => part(el, 'handoff-qr'), 'the QR code module did not load', { timeout: 4000 });
      expect(await decodeQr(el)).to.equal(handoffUrl);
      await advance(clock, el, 1);
      expect(textOf(el, 'handoff-countdown')).to.equal('Link valid for 9:59');
      await expect(el).to.be.accessible();
    });

    it('shows a link too long for a QR code without the code, and throws nothing', async () => {
      const { el, clock, host } = await desktop();
      const long = `${handoffUrl}?t=${'a'.repeat(3000)}`;
      host.answers['vk-handoff-create'] = () => ({ ok: true, url: long, expiresAt: clock.now() + 10 * 60_000 });
      const rejections: unknown[] = [];
      const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        await startHandoff(el, host, clock);
        // Time for the QR module to load and refuse the link.
        await new Promise((resolve) => setTimeout(resolve, 300));
        await settle(el);
      } finally {
        window.removeEventListener('unhandledrejection', onRejection);
      }
      expect(rejections).to.deep.equal([]);
      expect(partOrFail<HTMLInputElement>(el, 'handoff-link').value).to.equal(long);
      expect(part(el, 'handoff-qr')).to.equal(null);
    });

    it('copies the link, or selects it when copying is blocked', async () => {
      const { el, clock, host } = await desktop();
      await startHandoff(el, host, clock);
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      let copied = '';
      try {
        Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (text: string) => ((copied = text), Promise.resolve()) } });
        partOrFail(el, 'handoff-copy').click();
        await settle(el);
        expect(copied).to.equal(handoffUrl);
        expect(textOf(el, 'handoff-copy-status')).to.equal('Link copied.');
        Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) } });
        partOrFail(el, 'handoff-copy').click();
        await settle(el);
        const input = partOrFail<HTMLInputElement>(el, 'handoff-link');
        expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, handoffUrl.length]);
        expect(announced(el)).to.equal('Copying was blocked. The link is selected: copy it by hand.');
      } finally {
        Reflect.deleteProperty(navigator, 'clipboard');
        if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
      }
    });
  });

  describe('the phone’s progress', () => {
    it('asks where the phone is with back-off: 2 s, then 4, 8 and 10 s while nothing changes, and 2 s again after a change', async () => {
      const { el, clock, host } = await desktop();
      await startHandoff(el, host, clock);
      await advance(clock, el, 34);
      expect(host.times('vk-handoff-status')).to.deep.equal([2, 6, 14, 24, 34]);
      expect(host.calls['vk-handoff-status'][0]?.detail).to.include({ handoffId: 'h-1' });
      expect(host.calls['vk-handoff-status'][0]?.detail['slots']).to.deep.equal(['verification-video', 'id-front']);
      host.answers['vk-handoff-status'] = () => ({ ok: true, state: 'connected', files: [] });
      await advance(clock, el, 10);
      expect(host.times('vk-handoff-status')).to.deep.equal([2, 6, 14, 24, 34, 44]);
      host.answers['vk-handoff-status'] = () => ({ ok: true, state: 'connected' });
      await advance(clock, el, 6);
      // Connected at 44 s: the next one 2 s later, then back-off again.
      expect(host.times('vk-handoff-status')).to.deep.equal([2, 6, 14, 24, 34, 44, 46, 50]);
    });

    it('stops asking while the tab is hidden, and asks at once when it is visible again', async () => {
      const { el, clock, host } = await desktop();
      await startHandoff(el, host, clock);
      await advance(clock, el, 2);
      setVisibility('hidden');
      await advance(clock, el, 60);
      expect(host.times('vk-handoff-status')).to.deep.equal([2]);
      setVisibility('visible');
      await settle(el);
      expect(host.times('vk-handoff-status')).to.deep.equal([2, 62]);
      // The back-off starts afresh: 4 s, then 8 s.
      await advance(clock, el, 12);
      expect(host.times('vk-handoff-status')).to.deep.equal([2, 62, 66, 74]);
    });

    it('shows the phone connected, each file arriving in its slot as uploaded, and done; then stops asking', async () => {
      const { el, clock, host } = await desktop();
      await startHandoff(el, host, clock);
      host.answers['vk-handoff-status'] = () => ({ ok: true, state: 'connected', files: [] });
      await advance(clock, el, 2);
      expect(textOf(el, 'handoff-status')).to.equal('Your phone is connected.');
      expect(announced(el)).to.equal('Your phone is connected.');
      await expect(el).to.be.accessible();
      host.answers['vk-handoff-status'] = () => ({ ok: true, state: 'connected', files: [phoneFile('verification-video', 'srv-v', 'IMG_0042.mp4')] });
      await advance(clock, el, 2);
      expect(rowsOf(el, 'verification-video').map((row) => row.dataset['status'])).to.deep.equal(['uploaded']);
      expect(rowsOf(el, 'verification-video')[0]?.textContent).to.contain('IMG_0042.mp4');
      expect(textOf(el, 'handoff-slots')).to.contain('Verification video: one file');
      expect(textOf(el, 'handoff-slots')).to.contain('ID document, front side: nothing yet');
      expect(announced(el)).to.equal('IMG_0042.mp4 arrived from your phone.');
      const changes: unknown[] = [];
      el.addEventListener('vk-proof-change', (event) => changes.push(event.detail));
      const both = [phoneFile('verification-video', 'srv-v', 'IMG_0042.mp4'), phoneFile('id-front', 'srv-id', 'IMG_0043.jpg', 'image/jpeg', 'passport')];
      host.answers['vk-handoff-status'] = () => ({ ok: true, state: 'done', files: both });
      await advance(clock, el, 2);
      expect(rowsOf(el, 'id-front').map((row) => row.dataset['status'])).to.deep.equal(['uploaded']);
      // The ID type picked on the phone came with the file: the slot is complete.
      expect(el.shadowRoot?.querySelector<HTMLSelectElement>('[data-slot-id="id-front"] select')?.value).to.equal('passport');
      expect(changes.at(-1)).to.deep.include({ complete: false });
      expect(el.matches(':state(complete)')).to.equal(false);
      expect(textOf(el, 'handoff-status')).to.equal('Done on your phone. The files are in the list below.');
      expect(part(el, 'handoff-qr')).to.equal(null);
      expect(part(el, 'handoff-start'), 'nothing left to hand off').to.equal(null);
      const asked = host.calls['vk-handoff-status'].length;
      await advance(clock, el, 30);
      expect(host.calls['vk-handoff-status'].length, 'no polling after done').to.equal(asked);
      await expect(el).to.be.accessible();
    });

    it('does not bring back a file the user removed here, and ignores files for other slots', async () => {
      const { el, clock, host } = await desktop();
      await startHandoff(el, host, clock);
      host.answers['vk-handoff-status'] = () => ({ ok: true, state: 'connected', files: [phoneFile('verification-video', 'srv-v', 'IMG_0042.mp4'), phoneFile('screens', 'srv-s', 'x.png', 'image/png')] });
      await advance(clock, el, 2);
      expect(rowsOf(el, 'screens')).to.have.length(0);
      rowsOf(el, 'verification-video')[0]?.querySelector<HTMLButtonElement>('[data-action="remove"]')?.click();
      await advance(clock, el, 4);
      expect(rowsOf(el, 'verification-video')).to.have.length(0);
    });

    it('takes a status pushed through handoffUpdate(), and reports a malformed one without throwing', async () => {
      const { el, clock, host } = await desktop();
      el.handoffUpdate({ state: 'connected' });
      await settle(el);
      expect(part(el, 'handoff-status'), 'ignored before a link exists').to.equal(null);
      await startHandoff(el, host, clock);
      el.handoffUpdate({ state: 'connected', files: [phoneFile('verification-video', 'srv-v', 'IMG_0042.mp4')] });
      await settle(el);
      expect(textOf(el, 'handoff-status')).to.equal('Your phone is connected.');
      expect(rowsOf(el, 'verification-video')).to.have.length(1);
      const { calls } = await recordConsole('error', () => el.handoffUpdate({ state: 'lost' } as unknown as Parameters<VkProofUploader['handoffUpdate']>[0]));
      expect(calls).to.have.length(1);
      expect(calls[0]?.[0]).to.be.instanceOf(VkDeveloperError);
      expect(String(calls[0]?.[0])).to.contain('handoffUpdate()').and.contain('state');
      el.handoffUpdate({ state: 'done' });
      await settle(el);
      expect(textOf(el, 'handoff-status')).to.contain('Done on your phone');
    });

    it('shows a failed status check with Try again, and keeps asking with back-off', async () => {
      const { el, clock, host } = await desktop();
      await startHandoff(el, host, clock);
      host.answers['vk-handoff-status'] = () => Promise.reject(new TypeError('Failed to fetch'));
      await advance(clock, el, 2);
      expect(textOf(el, 'feedback')).to.contain('Could not reach the server');
      expect(part(el, 'retry')).to.not.equal(null);
      host.answers['vk-handoff-status'] = () => waiting;
      await advance(clock, el, 4);
      expect(host.times('vk-handoff-status')).to.deep.equal([2, 6]);
      expect(part(el, 'feedback')).to.equal(null);
    });
  });

  describe('expiry, and back to this computer', () => {
    it('stops asking at expiry, says so, and "New link" asks for a new one', async () => {
      const { el, clock, host } = await desktop();
      await startHandoff(el, host, clock, 90_000);
      await advance(clock, el, 30);
      expect(announced(el)).to.equal('The link for your phone expires in one minute.');
      await advance(clock, el, 60);
      expect(textOf(el, 'handoff-status')).to.equal('The link for your phone has expired.');
      expect(announced(el)).to.equal('The link for your phone has expired.');
      expect(part(el, 'handoff-link')).to.equal(null);
      const asked = host.calls['vk-handoff-status'].length;
      await advance(clock, el, 30);
      expect(host.calls['vk-handoff-status'].length, 'no polling after expiry').to.equal(asked);
      await expect(el).to.be.accessible();
      host.answers['vk-handoff-create'] = () => ({ ok: true, url: `${handoffUrl}-2`, expiresAt: clock.now() + 600_000 });
      partOrFail(el, 'handoff-new').click();
      await waitUntil(() => part<HTMLInputElement>(el, 'handoff-link')?.value === `${handoffUrl}-2`);
      expect(host.calls['vk-handoff-create']).to.have.length(2);
      expect(textOf(el, 'handoff-countdown')).to.equal('Link valid for 10:00');
      await advance(clock, el, 2);
      expect(host.calls['vk-handoff-status'].at(-1)?.detail).to.not.have.property('handoffId');
    });

    it('ends the link the same way when the host says it expired', async () => {
      const { el, clock, host } = await desktop();
      await startHandoff(el, host, clock);
      host.answers['vk-handoff-status'] = () => ({ ok: true, state: 'expired' });
      await advance(clock, el, 2);
      expect(textOf(el, 'handoff-status')).to.equal('The link for your phone has expired.');
      expect(part(el, 'handoff-new')).to.not.equal(null);
    });

    it('"Upload on this computer instead" tells the host to revoke the link, stops asking, and the slots stay usable', async () => {
      const { el, clock, host } = await desktop();
      await startHandoff(el, host, clock);
      partOrFail(el, 'handoff-stop').click();
      await settle(el);
      expect(host.calls['vk-handoff-cancel'].map((call) => call.detail)).to.deep.equal([{ handoffId: 'h-1' }]);
      expect(part(el, 'handoff-link')).to.equal(null);
      expect(el.shadowRoot?.activeElement?.getAttribute('part')).to.equal('handoff-start');
      await advance(clock, el, 20);
      expect(host.calls['vk-handoff-status']).to.have.length(0);
      expect(el.shadowRoot?.querySelector<HTMLButtonElement>('[data-slot-id="verification-video"] [part~="add-button"]')?.disabled).to.equal(false);
    });

    it('stops asking when removed from the page, and goes on when put back', async () => {
      const { el, clock, host } = await desktop();
      await startHandoff(el, host, clock);
      const parent = el.parentElement;
      el.remove();
      await advance(clock, el, 20);
      expect(host.calls['vk-handoff-status']).to.have.length(0);
      parent?.append(el);
      await advance(clock, el, 1);
      expect(host.times('vk-handoff-status')).to.deep.equal([21]);
      expect(textOf(el, 'handoff-countdown')).to.equal('Link valid for 9:39');
    });

    it('cancels the link request when asked, and focuses the offer again', async () => {
      const { el, host } = await desktop([selfie]);
      host.answers['vk-handoff-create'] = () => new Promise(() => undefined);
      partOrFail(el, 'handoff-start').click();
      await settle(el);
      expect(textOf(el, 'feedback')).to.equal('Preparing a link for your phone…');
      partOrFail(el, 'cancel').click();
      await settle(el);
      expect(host.calls['vk-handoff-create'][0]?.detail.signal?.aborted).to.equal(true);
      expect(el.shadowRoot?.activeElement?.getAttribute('part')).to.equal('handoff-start');
    });
  });
});
