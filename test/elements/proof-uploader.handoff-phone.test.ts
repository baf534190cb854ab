import { expect, waitUntil } from '@open-wc/testing';
import { ManualClock } from '../../src/core/clock.js';
import type { VkProofUploader } from '../../src/elements/proof-uploader/proof-uploader.js';
import { VkDeveloperError } from '../../src/core/errors.js';
import { announced, part, partOrFail, recordConsole, settle, START, textOf } from '../helpers.js';
import { runBadDataSuite } from '../suites/bad-data.suite.js';
import { runHostRequestSuite } from '../suites/host-request.suite.js';
import { handoffUrl, idFront, mountDesktop, mountPhone, phoneFile, pretendVisible, restoreVisibility, screenshots, scriptHost, startHandoff, video, type ScriptedHost } from './proof-handoff.fixtures.js';

const slotIds = (el: VkProofUploader) => Array.from(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="slot"]') ?? []).map((slot) => slot.dataset['slotId']);
const rowsOf = (el: VkProofUploader, slotId: string) => Array.from(el.shadowRoot?.querySelectorAll<HTMLElement>(`[data-slot-id="${slotId}"] [part~="file"]`) ?? []);

/** A real MP4's first bytes (the uploader checks the content). */
const mp4 = (name: string) =>
  new File([new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d, 0, 0, 2, 0, 0x69, 0x73, 0x6f, 0x6d, 0x6d, 0x70, 0x34, 0x31]), new Uint8Array(500)], name, { type: 'video/mp4' });

describe('<vk-proof-uploader handoff-token>: continue on your phone (phone)', () => {
  let host: ScriptedHost | undefined;
  beforeEach(pretendVisible);
  afterEach(() => {
    host?.stop();
    host = undefined;
    restoreVisibility();
  });

  /** Scripts the host before the phone mounts (it asks while it connects). */
  async function phone(open: unknown, token = 'Zq3xY8') {
    host = scriptHost(new ManualClock(START));
    host.answers['vk-handoff-open'] = () => open;
    const mounted = await mountPhone(token);
    // The hand-off code loads with the first request.
    await waitUntil(() => part(mounted.el, 'handoff-status'), 'the link did not open', { timeout: 4000 });
    await settle(mounted.el);
    return { ...mounted, host };
  }

  it('opens with its token and shows only the slots handed off, without offering another hand-off', async () => {
    const { el, host } = await phone({ ok: true, slots: ['verification-video', 'id-front'] });
    expect(host.calls['vk-handoff-open'].map((call) => call.detail['token'])).to.deep.equal(['Zq3xY8']);
    expect(slotIds(el)).to.deep.equal(['verification-video', 'id-front']);
    expect(textOf(el, 'handoff-status')).to.equal('Continue here what you started on your computer. Add the items below, then tap Done.');
    expect(part(el, 'handoff-start')).to.equal(null);
    expect(partOrFail<HTMLButtonElement>(el, 'handoff-finish').disabled).to.equal(true);
    expect(el.shadowRoot?.getElementById('handoff-incomplete')?.textContent).to.equal('Add every required item first.');
    await expect(el).to.be.accessible();
  });

  it('uploads through the host with the token, then Done ends with "You can go back to your computer"', async () => {
    const { el, host } = await phone({ ok: true, slots: ['verification-video'] });
    host.answers['vk-proof-upload'] = () => ({ ok: true, fileId: 'srv-v' });
    const changes: { slots: Record<string, unknown>; complete: boolean }[] = [];
    el.addEventListener('vk-proof-change', (event) => changes.push(event.detail));
    await el.addFiles('verification-video', [mp4('me.mp4')]);
    await waitUntil(() => rowsOf(el, 'verification-video')[0]?.dataset['status'] === 'uploaded');
    expect(host.calls['vk-proof-upload'][0]?.detail).to.include({ slotId: 'verification-video', handoffToken: 'Zq3xY8' });
    // Only the slots handed off count on the phone.
    expect(Object.keys(changes.at(-1)?.slots ?? {})).to.deep.equal(['verification-video']);
    expect(changes.at(-1)?.complete).to.equal(true);
    await settle(el);
    host.answers['vk-handoff-finish'] = () => ({ ok: true });
    partOrFail(el, 'handoff-finish').click();
    await waitUntil(() => part(el, 'handoff-title'));
    await settle(el);
    expect(host.calls['vk-handoff-finish'].map((call) => call.detail['token'])).to.deep.equal(['Zq3xY8']);
    expect(textOf(el, 'handoff-title')).to.equal('All done');
    expect(textOf(el, 'handoff-status')).to.equal('You can go back to your computer.');
    expect(announced(el)).to.equal('You can go back to your computer.');
    expect(el.shadowRoot?.activeElement?.getAttribute('part')).to.equal('handoff-title');
    expect(slotIds(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('reports slots it does not have as one developer error, and opens the others', async () => {
    const { result, calls } = await recordConsole('error', () => phone({ ok: true, slots: ['verification-video', 'no-such-slot'] }));
    expect(calls).to.have.length(1);
    expect(calls[0]?.[0]).to.be.instanceOf(VkDeveloperError);
    expect(String(calls[0]?.[0])).to.contain('named slots it does not have: no-such-slot');
    expect(slotIds(result.el)).to.deep.equal(['verification-video']);
  });

  it('shows what the phone already uploaded after a reload', async () => {
    const { el } = await phone({ ok: true, slots: ['id-front'], files: [phoneFile('id-front', 'srv-id', 'IMG_0043.jpg', 'image/jpeg', 'passport')] });
    expect(rowsOf(el, 'id-front').map((row) => row.dataset['status'])).to.deep.equal(['uploaded']);
    expect(partOrFail<HTMLButtonElement>(el, 'handoff-finish').disabled).to.equal(false);
  });

  for (const [reason, text] of [
    ['expired', 'This link has expired. On your computer, choose “New link” and scan the new code.'],
    ['used', 'This link was already used, and each link works only once. On your computer, choose “Continue on your phone” for a new one.'],
  ] as const) {
    it(`shows a clear page for a token the host says is ${reason}, with no slots`, async () => {
      const { el } = await phone({ ok: false, reason });
      expect(textOf(el, 'handoff-title')).to.equal('This link no longer works');
      expect(textOf(el, 'handoff-status')).to.equal(text);
      expect(announced(el)).to.equal(text);
      expect(slotIds(el)).to.deep.equal([]);
      expect(part(el, 'handoff-finish')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it(`ends on the same page when Done is answered ${reason}`, async () => {
      const { el, host } = await phone({ ok: true, slots: ['id-front'], files: [phoneFile('id-front', 'srv-id', 'IMG_0043.jpg', 'image/jpeg', 'passport')] });
      host.answers['vk-handoff-finish'] = () => ({ ok: false, reason });
      partOrFail(el, 'handoff-finish').click();
      await waitUntil(() => part(el, 'handoff-title'));
      expect(textOf(el, 'handoff-status')).to.equal(text);
    });
  }

  it('opens again with a new token', async () => {
    const { el, host } = await phone({ ok: false, reason: 'expired' });
    host.answers['vk-handoff-open'] = () => ({ ok: true, slots: ['id-front'] });
    el.handoffToken = 'N3wT0k';
    await waitUntil(() => slotIds(el).length === 1);
    expect(host.calls['vk-handoff-open'].map((call) => call.detail['token'])).to.deep.equal(['Zq3xY8', 'N3wT0k']);
  });

  // ——— the shared contracts ———

  let tokens = 0;
  runHostRequestSuite<VkProofUploader>('<vk-proof-uploader handoff-token>', {
    mount: async () => (await mountPhone('')).el,
    eventName: 'vk-handoff-open',
    // A host gives the phone its token: each new one is opened.
    trigger: (el) => {
      el.handoffToken = `token-${++tokens}`;
    },
    answer: { ok: true, slots: ['id-front'] },
    expectAnswered: (el) => {
      expect(slotIds(el)).to.deep.equal(['id-front']);
    },
    userInput: (el) => el.slots.map((slot) => slot.id),
    asksWhenConnected: true,
  });

  runHostRequestSuite<VkProofUploader>('<vk-proof-uploader handoff-token> Done', {
    async mount() {
      const { el } = await phone({ ok: true, slots: ['id-front'], files: [phoneFile('id-front', 'srv-id', 'IMG_0043.jpg', 'image/jpeg', 'passport')] });
      host?.stop();
      return el;
    },
    eventName: 'vk-handoff-finish',
    trigger: (el) => partOrFail(el, 'handoff-finish').click(),
    answer: { ok: true },
    expectAnswered: (el) => {
      expect(textOf(el, 'handoff-status')).to.equal('You can go back to your computer.');
    },
    userInput: (el) => rowsOf(el, 'id-front').map((row) => row.dataset['status']),
  });

  runHostRequestSuite<VkProofUploader>('<vk-proof-uploader> new hand-off link', {
    mount: async () => (await mountDesktop([video, screenshots])).el,
    eventName: 'vk-handoff-create',
    trigger: (el) => partOrFail(el, 'handoff-start').click(),
    answer: { ok: true, url: handoffUrl, expiresAt: Date.UTC(2030, 0, 1) },
    expectAnswered: async (el) => {
      await waitUntil(() => part(el, 'handoff-link'), 'no link', { timeout: 4000 });
      expect(part<HTMLInputElement>(el, 'handoff-link')?.value).to.equal(handoffUrl);
    },
    userInput: (el) => el.slots.map((slot) => slot.id),
  });

  runHostRequestSuite<VkProofUploader>('<vk-proof-uploader> hand-off status', {
    async mount() {
      const { el, clock } = await mountDesktop([video, idFront]);
      const script = scriptHost(clock);
      await startHandoff(el, script, clock);
      script.stop();
      return el;
    },
    eventName: 'vk-handoff-status',
    // Coming back to the tab asks at once (as the clock's back-off would later).
    trigger: () => {
      document.dispatchEvent(new Event('visibilitychange'));
    },
    answer: { ok: true, state: 'connected', files: [phoneFile('verification-video', 'srv-v', 'IMG_0042.mp4')] },
    expectAnswered: (el) => {
      expect(textOf(el, 'handoff-status')).to.equal('Your phone is connected.');
      expect(rowsOf(el, 'verification-video')).to.have.length(1);
    },
    userInput: (el) => part<HTMLInputElement>(el, 'handoff-link')?.value,
  });

  runBadDataSuite<VkProofUploader>('<vk-proof-uploader> hand-off', {
    mount: async () => (await mountDesktop()).el,
    properties: {
      handoff: [{ value: 'sometimes' }, { value: true }, { value: null }],
      handoffToken: [{ value: 42 }, { value: { token: 'x' } }],
    },
  });
});
