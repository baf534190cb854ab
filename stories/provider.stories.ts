import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, waitFor } from 'storybook/test';
import { html } from 'lit';
import 'verikit/provider';
import 'verikit/reset-picker';
import { demoFactors } from '../demo/fixtures.js';
import { fromManifest, type ManifestArgs } from './story-helpers.js';

const { args, argTypes, template } = fromManifest('vk-provider');

/**
 * `<vk-provider>` shares locale, message overrides and the clock with every verikit element
 * inside it. Every story is already wrapped in one (from the toolbar's locale and theme); these
 * show a nested provider overriding them for part of a page.
 */
const meta: Meta<ManifestArgs> = {
  title: 'Elements/Provider',
  component: 'vk-provider',
  args: { ...args, locale: 'en' },
  argTypes,
  // The page behind a pinned theme follows it too, as a host page would (elements draw no background).
  render: (storyArgs) => {
    const theme = typeof storyArgs['theme'] === 'string' ? storyArgs['theme'] : '';
    return html`
      <div style=${theme ? `color-scheme: ${theme}; background: Canvas; color: CanvasText; padding: 8px` : ''}>
        ${template(storyArgs, html`<vk-reset-picker .factors=${demoFactors}></vk-reset-picker>`)}
      </div>
    `;
  },
};
export default meta;

type Story = StoryObj<ManifestArgs>;

export const Default: Story = {};

export const Dark: Story = { args: { theme: 'dark' } };

/** A `@property()` that reacts: setting `locale` to Arabic turns everything below right-to-left. */
export const RightToLeft: Story = {
  args: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const provider = canvasElement.querySelector('vk-provider vk-provider');
    await waitFor(() => expect(provider?.getAttribute('dir')).toBe('rtl'));
    const picker = canvasElement.querySelector('vk-reset-picker');
    await waitFor(() => expect(picker && getComputedStyle(picker).direction).toBe('rtl'));
  },
};
