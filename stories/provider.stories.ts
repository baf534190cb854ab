import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, waitFor } from 'storybook/test';
import { html } from 'lit';
import 'verikit/provider';
import 'verikit/reset-picker';
import { demoFactors } from '../demo/fixtures.js';

interface ProviderArgs {
  locale: string;
  theme: '' | 'light' | 'dark';
}

/**
 * `<vk-provider>` shares locale, message overrides and the clock with every verikit element
 * inside it. Every story is already wrapped in one (from the toolbar's locale and theme); these
 * show a nested provider overriding them for part of a page.
 */
const meta: Meta<ProviderArgs> = {
  title: 'Elements/Provider',
  component: 'vk-provider',
  args: { locale: 'en', theme: '' },
  argTypes: {
    locale: { control: 'text', description: 'BCP 47 locale for every element below; right-to-left locales also set `dir`' },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'], description: 'Pinned color scheme; empty follows the user' },
  },
  // The page behind a pinned theme follows it too, as a host page would (elements draw no background).
  render: ({ locale, theme }) => html`
    <div style=${theme ? `color-scheme: ${theme}; background: Canvas; color: CanvasText; padding: 8px` : ''}>
      <vk-provider locale=${locale} theme=${theme}>
        <vk-reset-picker .factors=${demoFactors}></vk-reset-picker>
      </vk-provider>
    </div>
  `,
};
export default meta;

type Story = StoryObj<ProviderArgs>;

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
