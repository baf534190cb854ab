import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { ManualClock, systemClock } from '../../src/core/clock.js';
import { VkElement } from '../../src/core/base-element.js';
import { CountdownController } from '../../src/core/countdown.js';
import { defineElement } from '../../src/core/define.js';
import { localeDirection, registerMessages, type Message } from '../../src/core/i18n.js';
import '../../src/elements/provider/vk-provider.js';
import type { VkProvider } from '../../src/elements/provider/vk-provider.js';
import { VkDeveloperError } from '../../src/core/errors.js';
import { recordConsole } from '../helpers.js';
import { runBadDataSuite } from '../suites/bad-data.suite.js';

const probeMessages = {
  'probe.hello': 'Hello {name}',
  'probe.left': { one: '{count} second left', other: '{count} seconds left' },
} as const satisfies Record<string, Message>;

/** A minimal verikit element: shows what it got from the provider. */
class VkProbe extends VkElement<keyof typeof probeMessages> {
  static override messages = probeMessages;

  readonly countdown = new CountdownController(this, { clock: () => this.clock });

  get seenLocale(): string {
    return this.locale;
  }
  get seenDirection(): string {
    return localeDirection(this.locale);
  }
  get seenNow(): number {
    return this.clock.now();
  }

  override render() {
    return html`<p>${this.t('probe.hello', { name: 'Ada' })}</p>
      <p>${this.t('probe.left', { count: this.countdown.remainingSeconds })}</p>`;
  }
}
defineElement('vk-test-probe', VkProbe);

/** Puts its child in a shadow root, to prove context crosses shadow boundaries. */
class ShadowWrapper extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.append(document.createElement('vk-test-probe'));
  }
  get probe(): VkProbe {
    const probe = this.shadowRoot?.querySelector('vk-test-probe');
    if (!(probe instanceof VkProbe)) throw new Error('no probe');
    return probe;
  }
}
customElements.define('vk-test-shadow-wrapper', ShadowWrapper);

const paragraphs = (probe: VkProbe) => [...(probe.shadowRoot?.querySelectorAll('p') ?? [])].map((p) => p.textContent.trim());

describe('<vk-provider>', () => {
  it('gives locale, messages and clock to a nested element, across shadow roots', async () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 1));
    const provider = await fixture<VkProvider>(html`
      <vk-provider locale="de" .clock=${clock} .messages=${{ 'probe.hello': 'Servus {name}' }}>
        <section><vk-test-probe></vk-test-probe></section>
        <vk-test-shadow-wrapper></vk-test-shadow-wrapper>
      </vk-provider>
    `);
    const probe = provider.querySelector('vk-test-probe');
    const wrapper = provider.querySelector('vk-test-shadow-wrapper');
    if (!(probe instanceof VkProbe) || !(wrapper instanceof ShadowWrapper)) throw new Error('not upgraded');
    await probe.updateComplete;
    await wrapper.probe.updateComplete;
    for (const each of [probe, wrapper.probe]) {
      expect(each.seenLocale).to.equal('de');
      expect(each.seenNow).to.equal(Date.UTC(2026, 0, 1));
      expect(paragraphs(each)[0]).to.equal('Servus Ada');
    }
    probe.countdown.start(clock.now() + 2_000);
    expect(clock.listenerCount).to.equal(1);
    clock.advance(1_000);
    await probe.updateComplete;
    expect(paragraphs(probe)[1]).to.equal('1 second left');
  });

  it('passes later changes down and sets dir for right-to-left locales', async () => {
    const provider = await fixture<VkProvider>(html`<vk-provider locale="en"><vk-test-probe></vk-test-probe></vk-provider>`);
    const probe = provider.querySelector('vk-test-probe');
    if (!(probe instanceof VkProbe)) throw new Error('not upgraded');
    provider.locale = 'ar';
    provider.messages = { 'probe.hello': 'مرحبا {name}' };
    await provider.updateComplete;
    await probe.updateComplete;
    expect(provider.getAttribute('dir')).to.equal('rtl');
    expect(probe.seenDirection).to.equal('rtl');
    expect(paragraphs(probe)[0]).to.equal('مرحبا Ada');
  });

  it('re-renders elements when a locale catalog is registered', async () => {
    const provider = await fixture<VkProvider>(html`<vk-provider locale="sv"><vk-test-probe></vk-test-probe></vk-provider>`);
    const probe = provider.querySelector('vk-test-probe');
    if (!(probe instanceof VkProbe)) throw new Error('not upgraded');
    await probe.updateComplete;
    expect(paragraphs(probe)[0]).to.equal('Hello Ada');
    registerMessages('sv', { 'probe.hello': 'Hej {name}' });
    await probe.updateComplete;
    expect(paragraphs(probe)[0]).to.equal('Hej Ada');
  });

  it('is optional: alone, an element uses English, the nearest lang and the system clock', async () => {
    // fixtureSync: fixture() waits for an animation frame for a plain root, and frames pause in a background page.
    const container = fixtureSync<HTMLDivElement>(html`<div lang="fr-CA"><vk-test-probe></vk-test-probe></div>`);
    const probe = container.querySelector('vk-test-probe');
    if (!(probe instanceof VkProbe)) throw new Error('not upgraded');
    await probe.updateComplete;
    expect(paragraphs(probe)[0]).to.equal('Hello Ada');
    expect(probe.seenLocale).to.equal('fr-CA');
    expect(Math.abs(probe.seenNow - Date.now())).to.be.below(50);
    probe.countdown.start(Date.now() + 60_000);
    expect(systemClock.listenerCount).to.equal(1);
    probe.remove();
    expect(systemClock.listenerCount).to.equal(0);
  });
});

describe('<vk-provider> message overrides (issue 14)', () => {
  it('a plural override without "other" is a developer error at the provider; the element renders with the previous overrides', async () => {
    const provider = await fixture<VkProvider>(html`<vk-provider .messages=${{ 'probe.hello': 'Hi {name}' }}><vk-test-probe></vk-test-probe></vk-provider>`);
    const probe = provider.querySelector('vk-test-probe');
    if (!(probe instanceof VkProbe)) throw new Error('not upgraded');
    const { calls } = await recordConsole('error', async () => {
      provider.messages = { 'probe.left': { one: '{count} Sekunde' } as unknown as Message };
      await provider.updateComplete;
      await probe.updateComplete;
    });
    expect(calls).to.have.length(1);
    expect(calls[0]?.[0]).to.be.instanceOf(VkDeveloperError);
    expect(String(calls[0]?.[0])).to.contain('key "probe.left": must be a string, or plural forms (zero, one, two, few, many, other) as strings with at least "other"');
    expect(paragraphs(probe)).to.deep.equal(['Hi Ada', '0 seconds left']);
  });

  it('a malformed message in a registered catalog is skipped for the next source (English), never a TypeError in render', async () => {
    registerMessages('x-bad', { 'probe.hello': 'Yo {name}', 'probe.left': { one: 'x' } as unknown as Message });
    const provider = await fixture<VkProvider>(html`<vk-provider locale="x-bad"><vk-test-probe></vk-test-probe></vk-provider>`);
    const probe = provider.querySelector('vk-test-probe');
    if (!(probe instanceof VkProbe)) throw new Error('not upgraded');
    await probe.updateComplete;
    expect(paragraphs(probe)).to.deep.equal(['Yo Ada', '0 seconds left']);
  });
});

runBadDataSuite<VkProvider>('<vk-provider>', {
  mount: () => fixture<VkProvider>(html`<vk-provider .messages=${{ 'probe.hello': 'Hi {name}' }}><vk-test-probe></vk-test-probe></vk-provider>`),
  properties: {
    messages: [
      { value: { 'probe.left': { one: 'a' } }, mentions: 'probe.left' },
      { value: { 'probe.left': { one: 'a', other: 'b', plural: 'c' } }, mentions: 'probe.left' },
      { value: { 'probe.hello': 42 }, mentions: 'probe.hello' },
      { value: null },
      { value: ['probe.hello'] },
    ],
  },
});
