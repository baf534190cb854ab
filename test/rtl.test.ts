import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { ManualClock } from '../src/core/clock.js';
import { formatCountdown } from '../src/core/i18n.js';
import '../src/elements/code-input/vk-code-input.js';
import type { VkCodeInput } from '../src/elements/code-input/vk-code-input.js';
import { idFrontSlot } from '../src/elements/proof-uploader/proof-presets.js';
import '../src/elements/proof-uploader/vk-proof-uploader.js';
import '../src/elements/provider/vk-provider.js';
import type { VkProvider } from '../src/elements/provider/vk-provider.js';
import '../src/elements/reset-picker/vk-reset-picker.js';
import '../src/elements/totp-setup/vk-totp-setup.js';
import ar from '../src/locales/ar.js';

const START = Date.UTC(2026, 0, 15, 12, 0, 0);
const MINUTE = 60_000;
/** Layout slack in CSS pixels (borders, sub-pixel rounding). */
const SLACK = 2;

/** Mounts `content` under an Arabic provider with a manual clock, and waits for the Arabic catalog to arrive. */
async function mountArabic<E extends HTMLElement>(tag: string, content: TemplateResult, arabicText: string) {
  const clock = new ManualClock(START);
  const provider = await fixture<VkProvider>(html`<vk-provider locale="ar" .clock=${clock} style="--vk-transition-duration: 0s">${content}</vk-provider>`);
  const element = provider.querySelector<E>(tag);
  if (!element) throw new Error(`no ${tag}`);
  await waitUntil(() => element.shadowRoot?.textContent.includes(arabicText), `${tag} never showed Arabic text`);
  return { clock, provider, element };
}

function part(element: Element, name: string): HTMLElement {
  const found = element.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part "${name}" in <${element.localName}>`);
  return found;
}

/** Where each character of `needle` is drawn inside `container` (one box per UTF-16 unit). */
function characterBoxes(container: Element, needle: string): DOMRect[] {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const start = node.textContent?.indexOf(needle) ?? -1;
    if (start === -1) continue;
    return Array.from({ length: needle.length }, (_, offset) => {
      const range = document.createRange();
      range.setStart(node, start + offset);
      range.setEnd(node, start + offset + 1);
      return range.getBoundingClientRect();
    });
  }
  throw new Error(`"${needle}" is not drawn in <${container.localName}>`);
}

/** The box of the whole text of `element`'s first text node holding `needle`. */
function textBox(container: Element, needle: string): DOMRect {
  const boxes = characterBoxes(container, needle);
  const left = Math.min(...boxes.map((box) => box.left));
  const right = Math.max(...boxes.map((box) => box.right));
  return new DOMRect(left, boxes[0]?.top ?? 0, right - left, boxes[0]?.height ?? 0);
}

describe('right-to-left (Arabic)', () => {
  it('<vk-provider locale="ar"> sets dir="rtl" for its subtree, and back to ltr for a left-to-right locale', async () => {
    const provider = await fixture<VkProvider>(html`<vk-provider locale="ar"><p>نص</p></vk-provider>`);
    expect(provider.getAttribute('dir')).to.equal('rtl');
    const paragraph = provider.querySelector('p');
    if (!paragraph) throw new Error('no paragraph');
    expect(getComputedStyle(paragraph).direction).to.equal('rtl');
    provider.locale = 'fr';
    await provider.updateComplete;
    expect(provider.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(paragraph).direction).to.equal('ltr');
  });

  describe('<vk-code-input>', () => {
    async function mountCode(channel: 'email' | 'totp') {
      return mountArabic<VkCodeInput>(
        'vk-code-input',
        html`<vk-code-input channel=${channel} manual-submit style="display: block; width: 360px"></vk-code-input>`,
        ar[channel === 'email' ? 'code.label.email' : 'code.label.totp'],
      );
    }

    it('starts from the right: label, code field and first button hug the right edge', async () => {
      const { element } = await mountCode('email');
      expect(getComputedStyle(element).direction).to.equal('rtl');
      const base = part(element, 'base').getBoundingClientRect();
      const label = textBox(part(element, 'label'), ar['code.label.email']);
      expect(base.right - label.right, 'label starts at the right').to.be.below(SLACK);
      expect(label.left - base.left, 'and leaves room on the left').to.be.above(SLACK);
      expect(base.right - part(element, 'field').getBoundingClientRect().right, 'code field at the right').to.be.below(SLACK);
      const getCode = part(element, 'get-code').getBoundingClientRect();
      const verify = part(element, 'verify').getBoundingClientRect();
      expect(base.right - getCode.right, 'first button at the right').to.be.below(SLACK);
      expect(verify.right, 'the next button to its left').to.be.at.most(getCode.left + SLACK);
      expect(part(element, 'get-code').textContent.trim()).to.equal(ar['code.getCode']);
      await expect(element).to.be.accessible();
    });

    it('keeps the digits of a code in reading order, left to right, as numbers are written in Arabic', async () => {
      const { element } = await mountCode('email');
      element.value = '123456';
      await element.updateComplete;
      const slots = [...(element.shadowRoot?.querySelectorAll<HTMLElement>('[part~="slot"]') ?? [])];
      expect(slots.map((slot) => slot.textContent)).to.deep.equal(['1', '2', '3', '4', '5', '6']);
      const lefts = slots.map((slot) => slot.getBoundingClientRect().left);
      expect(lefts, 'each slot right of the one before').to.deep.equal([...lefts].sort((a, b) => a - b));
      expect(getComputedStyle(part(element, 'input')).direction).to.equal('ltr');
      await expect(element).to.be.accessible();
    });

    it('shows the validity countdown readably: Arabic sentence from the right, minutes then seconds left to right', async () => {
      const { element, clock } = await mountCode('email');
      element.expiresAt = clock.now() + 15 * MINUTE - 1000;
      await element.updateComplete;
      const timer = part(element, 'expiry-timer');
      const countdown = formatCountdown(15 * MINUTE - 1000, 'ar');
      expect(timer.textContent.trim()).to.equal(ar['code.expiresIn'].replace('{time}', countdown));
      const [minutesTens, minutesOnes, colon, secondsTens, secondsOnes] = characterBoxes(timer, countdown);
      const inOrder = [minutesTens, minutesOnes, colon, secondsTens, secondsOnes].map((box) => box?.left ?? NaN);
      expect(inOrder, `${countdown} reads left to right like a clock`).to.deep.equal([...inOrder].sort((a, b) => a - b));
      const words = textBox(timer, 'تنتهي');
      expect(words.left, 'the sentence begins at the right, the time ends it on the left').to.be.above(secondsOnes?.right ?? Infinity);
      clock.advance(MINUTE);
      await element.updateComplete;
      expect(timer.textContent).to.contain(formatCountdown(14 * MINUTE - 1000, 'ar'));
      await expect(element).to.be.accessible();
    });

    it('keeps the authenticator window readable beside its bar', async () => {
      const { element } = await mountCode('totp');
      const timer = part(element, 'window-timer');
      const countdown = formatCountdown(30_000, 'ar');
      expect(timer.textContent).to.contain(ar['code.totpWindow'].replace('{time}', countdown));
      const text = textBox(timer, countdown);
      const bar = part(element, 'window').getBoundingClientRect();
      expect(bar.right, 'the bar follows the text, on its left').to.be.at.most(text.left + SLACK);
      await expect(element).to.be.accessible();
    });
  });

  it('<vk-totp-setup>: Arabic steps from the right, the setup key still reads left to right', async () => {
    const key = { secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', issuer: 'ACME Exchange', account: 'jo@example.com' };
    const { element } = await mountArabic<HTMLElement>('vk-totp-setup', html`<vk-totp-setup style="display: block; width: 360px" .totpConfig=${key}></vk-totp-setup>`, ar['totp.scan.heading']);
    expect(getComputedStyle(element).direction).to.equal('rtl');
    const heading = part(element, 'heading');
    expect(heading.textContent.trim()).to.equal(ar['totp.scan.heading']);
    const next = part(element, 'next-button').getBoundingClientRect();
    const actions = part(element, 'actions').getBoundingClientRect();
    expect(actions.right - next.right, 'the action starts at the right').to.be.below(SLACK);
    const details = element.shadowRoot?.querySelector<HTMLDetailsElement>('[part~="manual"]');
    if (!details) throw new Error('no manual entry');
    details.open = true;
    const groups = [...part(element, 'key').querySelectorAll('span')];
    expect(groups.map((group) => group.textContent).join('')).to.equal(key.secret);
    // Reading order: each group right of the one before, or first on a new line starting at the left.
    const boxes = groups.map((group) => group.getBoundingClientRect());
    for (const [index, box] of boxes.entries()) {
      const before = boxes[index - 1];
      if (!before) continue;
      const followsOnTheLine = Math.abs(box.top - before.top) < SLACK && box.left > before.right - SLACK;
      const startsNextLine = box.top > before.bottom - SLACK && box.left < before.left;
      expect(followsOnTheLine || startsNextLine, `key group ${index + 1} comes after group ${index}`).to.equal(true);
    }
    await expect(element).to.be.accessible();
  });

  it('<vk-reset-picker>: checkboxes at the right of their Arabic labels', async () => {
    const factors = [
      { kind: 'email', bound: true, masked: 'j•••@mail.com' },
      { kind: 'phone', bound: true, masked: '+44 ••• ••• 789' },
      { kind: 'totp', bound: true },
    ];
    const { element } = await mountArabic<HTMLElement>('vk-reset-picker', html`<vk-reset-picker .factors=${factors}></vk-reset-picker>`, ar['picker.legend']);
    expect(getComputedStyle(element).direction).to.equal('rtl');
    const box = element.shadowRoot?.querySelector('input[type="checkbox"]')?.getBoundingClientRect();
    const label = textBox(element.shadowRoot?.querySelector('[part~="factor-label"]') ?? element, ar['picker.factor.email']);
    expect(box && box.left >= label.right - SLACK, 'the checkbox sits right of its label').to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('<vk-proof-uploader>: Arabic slot text from the right', async () => {
    const { element } = await mountArabic<HTMLElement>(
      'vk-proof-uploader',
      html`<vk-proof-uploader style="display: block; width: 360px" .slots=${[idFrontSlot()]}></vk-proof-uploader>`,
      ar['proof.idFront.title'],
    );
    expect(getComputedStyle(element).direction).to.equal('rtl');
    const title = part(element, 'slot-title');
    expect(title.textContent.trim()).to.equal(ar['proof.idFront.title']);
    const titleText = textBox(title, ar['proof.idFront.title']);
    const slotBox = title.getBoundingClientRect();
    expect(slotBox.right - titleText.right, 'title starts at the right').to.be.below(SLACK);
    await expect(element).to.be.accessible();
  });
});
