/**
 * What the picker says about the codes ahead, and host text in a right-to-left page (issue 18):
 * "valid for 15 minutes" is said of e-mail and SMS codes only; host-provided text is bidi-isolated.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ManualClock } from '../../src/core/clock.js';
import '../../src/elements/provider/vk-provider.js';
import type { Factor } from '../../src/elements/reset-picker/reset-picker.schema.js';
import type { VkResetPicker } from '../../src/elements/reset-picker/vk-reset-picker.js';
import '../../src/elements/reset-picker/vk-reset-picker.js';
import '../helpers.js';

const allBound: Factor[] = [
  { kind: 'email', bound: true, masked: 'j•••@mail.com' },
  { kind: 'phone', bound: true, masked: '+44 ••• ••• 789' },
  { kind: 'totp', bound: true },
];

async function setup(options: { locale?: string; frozenReason?: string } = {}): Promise<VkResetPicker> {
  const provider = await fixture(html`<vk-provider locale=${options.locale ?? 'en'} .clock=${new ManualClock(Date.UTC(2026, 0, 5, 9))}>
    <vk-reset-picker .factors=${allBound} ?frozen=${options.frozenReason !== undefined} frozen-reason=${options.frozenReason ?? ''}></vk-reset-picker>
  </vk-provider>`);
  const picker = provider.querySelector('vk-reset-picker');
  if (!picker) throw new Error('picker not rendered');
  await picker.updateComplete;
  return picker;
}

const nextText = (picker: VkResetPicker) => picker.shadowRoot?.querySelector('[part~="next"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '';

async function tick(picker: VkResetPicker, ...kinds: string[]): Promise<void> {
  for (const kind of kinds) picker.shadowRoot?.querySelector<HTMLInputElement>(`input[data-factor="${kind}"]`)?.click();
  await picker.updateComplete;
}

describe('<vk-reset-picker> what the user reads', () => {
  describe('how long codes last', () => {
    it('never says "valid for 15 minutes" of an authenticator code', async () => {
      const picker = await setup();
      await tick(picker, 'email', 'phone');
      expect(nextText(picker)).to.equal('Next, you will verify: Authenticator app. Authenticator codes change every 30 seconds.');
      expect(nextText(picker)).not.to.contain('15 minutes');
    });

    it('says it of e-mail and SMS codes, and both facts when both kinds are left', async () => {
      const picker = await setup();
      await tick(picker, 'totp');
      expect(nextText(picker)).to.equal(
        'Next, you will verify: E-mail (\u2068j•••@mail.com\u2069) and Phone number (\u2068+44 ••• ••• 789\u2069). Codes we send by e-mail or SMS are valid for 15 minutes.',
      );
      await tick(picker, 'totp', 'phone');
      expect(nextText(picker)).to.equal(
        'Next, you will verify: E-mail (\u2068j•••@mail.com\u2069) and Authenticator app. Codes we send by e-mail or SMS are valid for 15 minutes. Authenticator codes change every 30 seconds.',
      );
    });
  });

  describe('in a right-to-left page', () => {
    it('isolates the item labels and the host\'s refusal, so English keeps its punctuation in Arabic', async () => {
      const picker = await setup({ locale: 'ar' });
      const labels = [...(picker.shadowRoot?.querySelectorAll('[part~="factor-label"]') ?? [])];
      expect(labels).to.have.length(3);
      for (const label of labels) expect(label.getAttribute('dir'), label.textContent).to.equal('auto');

      const refused = await setup({ locale: 'ar', frozenReason: 'You froze this account on 2 Jan. (self-service)' });
      const body = [...(refused.shadowRoot?.querySelectorAll('[part~="result"] p') ?? [])].find((p) => p.textContent.includes('You froze'));
      expect(body?.getAttribute('dir')).to.equal('auto');
      expect(body?.matches(':dir(ltr)'), 'English reads left to right').to.equal(true);
    });
  });
});
