import { expect, waitUntil } from '@open-wc/testing';
import { ManualClock } from '../../src/core/clock.js';
import { createMockBackend, type MockBackend, type RequestEventName } from '../../demo/mock-backend.js';
import { HANDOFF_VALIDITY_MS, type HandoffRecord } from '../../demo/mock-handoff.js';
import { START } from '../helpers.js';

/** A device: its own mock backend on a shared manual clock, answering synchronously. */
function device(clock: ManualClock, name: string) {
  const backend = createMockBackend({ latencyMs: 0, clock, locale: () => 'en', handoff: { device: name, url: (token) => `https://id.example.com/continue#t=${token}` } });
  const target = document.createElement('div');
  backend.attach(target);
  const ask = async (event: RequestEventName, detail: Record<string, unknown> = {}): Promise<Record<string, unknown>> => {
    let answer: unknown;
    target.dispatchEvent(new CustomEvent(event, { detail: { ...detail, respond: (value: unknown) => (answer = value) } }));
    return (await answer) as Record<string, unknown>;
  };
  return { backend, target, ask };
}

/** BroadcastChannel delivers in a later task (later still on a busy machine): waits until `backend` knows what `check` wants of the link. */
const learned = (backend: MockBackend, token: string, check: (record: HandoffRecord | undefined) => boolean = (record) => record !== undefined) =>
  waitUntil(() => check(backend.handoff.get(token)), 'the change never reached the other backend', { timeout: 4000 });
const file = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'IMG_0043.jpg', { type: 'image/jpeg' });

describe('demo mock backend: continue on your phone', () => {
  it('mints a one-time link the phone opens, files its uploads under the computer, and uses it up at Done', async () => {
    const clock = new ManualClock(START);
    const computer = device(clock, 'computer');
    const phone = device(clock, 'phone');
    const created = await computer.ask('vk-handoff-create', { slots: ['id-front'] });
    expect(created).to.include({ ok: true, expiresAt: START + HANDOFF_VALIDITY_MS });
    const token = String(created['url']).split('#t=')[1] ?? '';
    expect(token).to.match(/^[\w-]{22}$/);
    expect(created['handoffId']).to.be.a('string').and.not.contain(token);
    expect(await computer.ask('vk-handoff-status', { handoffId: created['handoffId'] })).to.deep.equal({ ok: true, state: 'waiting', files: [] });
    await learned(phone.backend, token);
    expect(await phone.ask('vk-handoff-open', { token })).to.deep.equal({ ok: true, slots: ['id-front'], files: [] });
    await learned(computer.backend, token, (record) => record?.state === 'connected');
    expect(await computer.ask('vk-handoff-status', { handoffId: created['handoffId'] })).to.include({ state: 'connected' });
    const uploaded = await phone.ask('vk-proof-upload', { slotId: 'id-front', file, mime: 'image/jpeg', choice: 'passport', handoffToken: token });
    expect(uploaded).to.include({ ok: true });
    await learned(computer.backend, token, (record) => record?.files.length === 1);
    const status = await computer.ask('vk-handoff-status', { handoffId: created['handoffId'] });
    expect(status['files']).to.deep.equal([{ slotId: 'id-front', fileId: uploaded['fileId'], name: 'IMG_0043.jpg', size: 4, type: 'image/jpeg', choice: 'passport' }]);
    expect(await phone.ask('vk-handoff-finish', { token })).to.deep.equal({ ok: true });
    await learned(computer.backend, token, (record) => record?.state === 'done');
    expect(await computer.ask('vk-handoff-status', { handoffId: created['handoffId'] })).to.include({ state: 'done' });
    expect(await phone.ask('vk-handoff-open', { token }), 'never reused after done').to.deep.equal({ ok: false, reason: 'used' });
    expect(await phone.ask('vk-proof-upload', { slotId: 'id-front', file, handoffToken: token })).to.deep.equal({ ok: false, reason: 'rejected' });
  });

  it('refuses a second device, an expired link, and a link replaced by a new one or cancelled', async () => {
    const clock = new ManualClock(START);
    const computer = device(clock, 'computer');
    const phone = device(clock, 'phone');
    const other = device(clock, 'other');
    const tokenOf = (answer: Record<string, unknown>) => String(answer['url']).split('#t=')[1] ?? '';
    const first = tokenOf(await computer.ask('vk-handoff-create', { slots: ['verification-video'] }));
    await learned(phone.backend, first);
    expect(await phone.ask('vk-handoff-open', { token: first })).to.include({ ok: true });
    await learned(other.backend, first, (record) => record?.device === 'phone');
    expect(await other.ask('vk-handoff-open', { token: first })).to.deep.equal({ ok: false, reason: 'used' });
    const second = tokenOf(await computer.ask('vk-handoff-create', { slots: ['verification-video'] }));
    await learned(phone.backend, second);
    expect(await phone.ask('vk-handoff-open', { token: first }), 'replaced by a new link').to.deep.equal({ ok: false, reason: 'expired' });
    computer.target.dispatchEvent(new CustomEvent('vk-handoff-cancel', { detail: {} }));
    await learned(phone.backend, second, (record) => record?.state === 'revoked');
    expect(await phone.ask('vk-handoff-open', { token: second }), 'cancelled').to.deep.equal({ ok: false, reason: 'expired' });
    const third = await computer.ask('vk-handoff-create', { slots: ['verification-video'] });
    await learned(phone.backend, tokenOf(third));
    clock.advance(HANDOFF_VALIDITY_MS);
    expect(await phone.ask('vk-handoff-open', { token: tokenOf(third) })).to.deep.equal({ ok: false, reason: 'expired' });
    expect(await computer.ask('vk-handoff-status', { handoffId: third['handoffId'] })).to.include({ state: 'expired' });
    expect(await phone.ask('vk-handoff-open', { token: 'made-up' })).to.deep.equal({ ok: false, reason: 'expired' });
  });
});
