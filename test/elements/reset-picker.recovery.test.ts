/** `<vk-reset-picker has-recovery-codes>`: "Use a recovery code" instead of the lost items (`vk-recovery-code-choose`). */
import { expect, html } from '@open-wc/testing';
import type { VkResetAlternativeDetail } from '../../src/elements/reset-picker/reset-picker.events.js';
import type { Factor } from '../../src/elements/reset-picker/reset-picker.schema.js';
import '../../src/elements/reset-picker/vk-reset-picker.js';
import type { VkResetPicker } from '../../src/elements/reset-picker/vk-reset-picker.js';
import { mount, part, partOrFail, settle, textOf } from '../helpers.js';

const factors: Factor[] = [
  { kind: 'email', bound: true, masked: 'j•••@mail.com' },
  { kind: 'phone', bound: true, masked: '+44 ••• ••• 789' },
  { kind: 'totp', bound: true },
];

async function setup(hasRecoveryCodes: boolean): Promise<{ picker: VkResetPicker; chosen: VkResetAlternativeDetail[] }> {
  const { el } = await mount<VkResetPicker>(html`<vk-reset-picker .factors=${factors} ?has-recovery-codes=${hasRecoveryCodes}></vk-reset-picker>`, 'vk-reset-picker');
  const chosen: VkResetAlternativeDetail[] = [];
  el.addEventListener('vk-recovery-code-choose', (event) => chosen.push(event.detail));
  return { picker: el, chosen };
}

async function tick(picker: VkResetPicker, ...selectors: string[]): Promise<void> {
  for (const selector of selectors) partOrFail<HTMLInputElement>(picker, selector).click();
  await settle(picker);
}

describe('<vk-reset-picker> with recovery codes', () => {
  it('offers nothing unless the host says the account has recovery codes', async () => {
    const { picker } = await setup(false);
    await tick(picker, 'input[data-factor="totp"]');
    expect(part(picker, 'recovery-code')).to.equal(null);
    expect(picker.hasRecoveryCodes).to.equal(false);
  });

  it('offers "Use a recovery code" and fires vk-recovery-code-choose with what was lost, after the agreement', async () => {
    const { picker, chosen } = await setup(true);
    await tick(picker, 'input[data-factor="totp"]');
    const button = partOrFail(picker, 'recovery-code');
    expect(button.textContent.trim()).to.equal('Use a recovery code');
    expect(button.matches('[part~="alternative"]')).to.equal(true);
    button.click();
    await settle(picker);
    expect(chosen, 'the agreement comes first').to.deep.equal([]);
    expect(textOf(picker, 'error')).to.equal('Tick the box to confirm you have read the instructions.');
    await tick(picker, 'input[data-agreement]');
    partOrFail(picker, 'recovery-code').click();
    expect(chosen).to.deep.equal([{ lost: ['totp'] }]);
    await expect(picker).to.be.accessible();
  });

  it('asks for a lost item first', async () => {
    const { picker, chosen } = await setup(true);
    partOrFail(picker, 'recovery-code').click();
    await settle(picker);
    expect(chosen).to.deep.equal([]);
    expect(textOf(picker, 'error')).to.equal('Tick at least one item you can no longer use.');
  });

  it('is offered beside migration when every contact is lost (no agreement on that route)', async () => {
    const { picker, chosen } = await setup(true);
    await tick(picker, 'input[data-factor="email"]', 'input[data-factor="phone"]');
    expect(picker.selection.route).to.equal('migration');
    expect(part(picker, 'migration')).to.not.equal(null);
    partOrFail(picker, 'recovery-code').click();
    expect(chosen).to.deep.equal([{ lost: ['email', 'phone'] }]);
    await expect(picker).to.be.accessible();
  });

  it('reads has-recovery-codes as a boolean attribute', async () => {
    const { picker } = await setup(true);
    expect(picker.hasAttribute('has-recovery-codes')).to.equal(true);
    expect(picker.hasRecoveryCodes).to.equal(true);
  });
});
