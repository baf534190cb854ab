import { LitElement, css, html, type PropertyValues } from 'lit';
import { provide } from '@lit/context';
import { property } from 'lit/decorators.js';
import type { Clock } from '../../core/clock.js';
import { vkConfigContext, type VkConfig } from '../../core/context.js';
import { checked } from '../../core/host-data.js';
import { localeDirection, type Message } from '../../core/i18n.js';
import { loadLocale } from '../../locales/load.js';

const pluralForms = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * Host message overrides: key → a string, or a plural object with an `other` form (a plural without
 * one would have nothing to say for most counts), or undefined to drop an override.
 */
function checkMessages(value: unknown): { ok: true; value: Readonly<Record<string, Message | undefined>> } | { ok: false; problem: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: 'must be an object of message key → message' };
  for (const [key, message] of Object.entries(value as Record<string, unknown>)) {
    if (message === undefined || typeof message === 'string') continue;
    const forms = Object.entries(typeof message === 'object' && message !== null ? message : { other: 0 });
    if (!forms.some(([form]) => form === 'other') || forms.some(([form, text]) => !pluralForms.includes(form) || typeof text !== 'string')) {
      return { ok: false, problem: `key "${key}": must be a string, or plural forms (${pluralForms.join(', ')}) as strings with at least "other"` };
    }
  }
  return { ok: true, value: value as Readonly<Record<string, Message | undefined>> };
}

/**
 * Shares locale, message overrides and the clock with every verikit element inside it.
 * Elements also work without a provider, with English and the system clock.
 *
 * @summary Configuration for the verikit elements below it.
 * @slot - Any content; verikit elements anywhere below read this configuration.
 * @cssprop --vk-color-scheme - `light`, `dark` or `light dark` (default), inherited by every element.
 */
export class VkProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
    :host([theme='light']) {
      --vk-color-scheme: light;
    }
    :host([theme='dark']) {
      --vk-color-scheme: dark;
    }
  `;

  /** BCP 47 locale for every element below, e.g. `fr` or `pt-BR`; its translation loads on demand. Also sets `dir` for right-to-left languages. */
  @property({ reflect: true }) locale = '';

  /** `light`, `dark`, or empty to follow the user's preference. */
  @property({ reflect: true }) theme: '' | 'light' | 'dark' = '';

  /**
   * Host overrides for any message key, e.g. `{ 'code.getCode': 'Send me a code' }`. A malformed
   * override (e.g. a plural without `other`) is reported on the console and the previous overrides kept.
   */
  @property({ attribute: false }) @checked(checkMessages) messages: Readonly<Record<string, Message | undefined>> = {};

  /** The clock for every countdown below (e.g. a `SystemClock` with a server offset). */
  @property({ attribute: false }) clock: Clock | undefined;

  @provide({ context: vkConfigContext })
  protected config: VkConfig = {};

  override willUpdate(changed: PropertyValues<this>): void {
    // Translations load on demand; elements show English until the catalog registers, then re-render.
    if (changed.has('locale') && this.locale) {
      loadLocale(this.locale).catch((error: unknown) => console.warn(`vk-provider: could not load the "${this.locale}" messages`, error));
    }
    const config: VkConfig = { messages: this.messages };
    if (this.locale) config.locale = this.locale;
    if (this.clock) config.clock = this.clock;
    this.config = config;
    if (this.locale) this.setAttribute('dir', localeDirection(this.locale));
  }

  override render() {
    return html`<slot></slot>`;
  }
}
