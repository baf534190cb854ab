import { LitElement } from 'lit';
import { consume } from '@lit/context';
import { state } from 'lit/decorators.js';
import { systemClock, type Clock } from './clock.js';
import { vkConfigContext, type VkConfig } from './context.js';
import { localeDirection, onMessagesChange, translate, type Message, type MessageParams } from './i18n.js';
import { baseStyles } from './styles.js';

/**
 * What every verikit element shares: configuration from `<vk-provider>` (or defaults when
 * used alone), the clock, the locale and message lookup. Internal: not a public element.
 */
export class VkElement extends LitElement {
  static override styles = [baseStyles];

  /** Configuration from the nearest `<vk-provider>`; empty when used alone. */
  @consume({ context: vkConfigContext, subscribe: true })
  @state()
  protected config: VkConfig = {};

  #stopListeningToMessages: (() => void) | undefined;
  /** The locale resolved once for the update in progress (render asks for it in every message). */
  #updateLocale: string | undefined;

  /** The clock countdowns use. */
  protected get clock(): Clock {
    return this.config.clock ?? systemClock;
  }

  /** The provider's locale, else the nearest `lang` attribute, else English. */
  protected get locale(): string {
    return this.#updateLocale ?? this.#resolveLocale();
  }

  #resolveLocale(): string {
    if (this.config.locale) return this.config.locale;
    const tagged = this.closest('[lang]');
    return tagged?.getAttribute('lang') || document.documentElement.lang || 'en';
  }

  protected get direction(): 'ltr' | 'rtl' {
    return localeDirection(this.locale);
  }

  /** Looks up a message: host override → registered locale → the element's English default. */
  protected message<K extends string>(defaults: Readonly<Record<K, Message>>, key: K, params?: MessageParams): string {
    return translate(defaults, key, params, { locale: this.locale, overrides: this.config.messages });
  }

  // `closest('[lang]')` walks the ancestors: once per update instead of once per message.
  protected override performUpdate(): void {
    this.#updateLocale = this.#resolveLocale();
    try {
      super.performUpdate();
    } finally {
      this.#updateLocale = undefined;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopListeningToMessages = onMessagesChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopListeningToMessages?.();
    this.#stopListeningToMessages = undefined;
  }
}
