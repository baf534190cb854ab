import { expect, fixture, html } from '@open-wc/testing';
import { VkElement } from '../../src/core/base-element.js';
import { HostRequest } from '../../src/core/host-request.js';
import * as z from '../../src/core/zod.js';
import { announced, recordConsole, settle } from '../helpers.js';

const answerSchema = z.object({ ok: z.boolean() });

/** A bare element with one request, rendering only its live region. */
class TestRequester extends VkElement {
  readonly request = new HostRequest(this, { announceAs: (text) => `photo.png: ${text}` });
  override render() {
    return html`${this.request.render()} ${this.liveRegion()}`;
  }
}
customElements.define('vk-test-requester', TestRequester);

async function ask(el: TestRequester): Promise<void> {
  void el.request.run('vk-test-ask', answerSchema, (respond, signal) => new CustomEvent('vk-test-ask', { detail: { respond, signal } }));
  await settle(el);
}

describe('HostRequest', () => {
  it('acknowledge() turns waiting back into pending (the host showed progress) and does nothing otherwise', async () => {
    const el = await fixture<TestRequester>(html`<vk-test-requester></vk-test-requester>`);
    el.request.acknowledge();
    expect(el.request.status).to.equal('idle');
    await recordConsole('warn', () => ask(el));
    expect(el.request.status).to.equal('waiting');
    el.request.acknowledge();
    expect(el.request.status).to.equal('pending');
    expect(el.request.busy).to.equal(true);
    el.request.cancel();
    el.request.acknowledge();
    expect(el.request.status).to.equal('cancelled');
  });

  it('announceAs words what is announced; the visible text stays as is', async () => {
    const el = await fixture<TestRequester>(html`<vk-test-requester></vk-test-requester>`);
    await recordConsole('warn', () => ask(el));
    expect(el.request.text).to.equal('Still waiting for an answer. Check your connection, then try again.');
    expect(announced(el)).to.equal('photo.png: Still waiting for an answer. Check your connection, then try again.');
  });

  it("shows the host's message in its own direction (dir=auto), so English in an Arabic page keeps its punctuation", async () => {
    const el = await fixture<TestRequester>(html`<vk-test-requester dir="rtl"></vk-test-requester>`);
    el.request.fail('Server busy. Try again in 5 minutes.');
    await el.updateComplete;
    const feedback = el.shadowRoot?.querySelector('[part~="feedback"]');
    expect(feedback?.textContent).to.equal('Server busy. Try again in 5 minutes.');
    expect(feedback?.getAttribute('dir')).to.equal('auto');
  });
});
