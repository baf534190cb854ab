import { LitElement, html, isServer, type CSSResultGroup, type TemplateResult } from 'lit';
import { consume } from '@lit/context';
import { state } from 'lit/decorators.js';
import { Announcer } from './announcer.js';
import { systemClock, type Clock } from './clock.js';
import { vkConfigContext, type VkConfig } from './context.js';
import { dateFormat, listFormat, onMessagesChange, translate, type MessageCatalog, type MessageParams } from './i18n.js';
import { requestMessages, type RequestMessageKey } from './request.messages.js';
import { baseStyles } from './styles.js';

/** Lit's `isServer` (true in its Node build, under @lit-labs/ssr), widened: its type declaration says `false`. */
const onServer = isServer as boolean;

/** Each element class's English catalog merged with the shared ones, built once per class. */
const mergedCatalogs = new WeakMap<object, MessageCatalog>();

/**
 * The contract every verikit element shares (internal, not a public element):
 * - configuration from `<vk-provider>` (or defaults when used alone): locale, message overrides, clock;
 * - text: `static messages` is the element's English catalog, `this.t(key, params)` looks a key up
 *   (host override → registered locale → English), with the shared request messages behind it;
 * - `Intl` formatters cached per locale (`formatDate`, `formatList`);
 * - `internals` with `setStates()` for `:state(…)` styling;
 * - `announce()` and `liveRegion()`: one polite live region per element;
 * - styles composed one way: `static styles = [VkElement.styles, ownStyles]`;
 * - bad host data never throws (see `core/host-data.ts`): a property keeps its last valid value.
 *
 * `Key` is the union of the element's own message keys, so `t()` is checked at compile time.
 */
export class VkElement<Key extends string = string> extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /** The element's English messages. Subclasses replace it with their own catalog. */
  static messages: MessageCatalog = {};

  /** Configuration from the nearest `<vk-provider>`; empty when used alone. */
  @consume({ context: vkConfigContext, subscribe: true })
  @state()
  protected config: VkConfig = {};

  /** The element's `ElementInternals`: custom states for every element, form value and validity for form controls. */
  protected readonly internals: ElementInternals;

  #stopListeningToMessages: (() => void) | undefined;
  /** The locale resolved once for the update in progress (render asks for it in every message). */
  #updateLocale: string | undefined;
  #announcer: Announcer | undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /**
   * The clock countdowns use: the provider's, else `systemClock`. Answers carrying `serverTime` correct it.
   * @internal
   */
  get clock(): Clock {
    return this.config.clock ?? systemClock;
  }

  /** The provider's locale, else the nearest `lang` attribute, else English. */
  protected get locale(): string {
    return this.#updateLocale ?? this.#resolveLocale();
  }

  #resolveLocale(): string {
    if (this.config.locale) return this.config.locale;
    // Server-side rendering (@lit-labs/ssr) has no ancestors or document to ask: the element's own `lang`, else English.
    const lang = (onServer ? this.getAttribute('lang') : this.closest('[lang]')?.getAttribute('lang')) ?? '';
    if (lang) return lang;
    return onServer ? 'en' : document.documentElement.lang || 'en';
  }

  /**
   * Looks up one of this element's messages (or a shared request message) in the current locale.
   * @internal
   */
  t(key: Key | RequestMessageKey, params?: MessageParams): string {
    return translate(this.#catalog(), key, params, { locale: this.locale, overrides: this.config.messages });
  }

  #catalog(): MessageCatalog {
    const ctor = this.constructor as typeof VkElement;
    let catalog = mergedCatalogs.get(ctor);
    if (!catalog) {
      catalog = { ...requestMessages, ...ctor.messages };
      mergedCatalogs.set(ctor, catalog);
    }
    return catalog;
  }

  /** A date or time in the user's locale (formatter cached per locale and options). */
  protected formatDate(epochMs: number, options: Intl.DateTimeFormatOptions): string {
    return dateFormat(this.locale, options).format(epochMs);
  }

  /** "a, b and c" in the user's locale. */
  protected formatList(items: readonly string[], options: Intl.ListFormatOptions = { type: 'conjunction' }): string {
    return listFormat(this.locale, options).format(items);
  }

  /** Turns custom states on or off, e.g. `setStates({ expired: true, pending: false })` for `:state(expired)`. */
  protected setStates(states: Readonly<Record<string, boolean>>): void {
    const set = this.internals.states;
    for (const [name, on] of Object.entries(states)) {
      if (on === set.has(name)) continue;
      if (on) set.add(name);
      else set.delete(name);
    }
  }

  /**
   * Says `text` once, politely, through the element's live region (see `liveRegion()`).
   * @internal
   */
  announce(text: string): void {
    this.#announcer ??= new Announcer(this);
    this.#announcer.announce(text);
  }

  /** The polite live region announcements go to; every element renders it once. */
  protected liveRegion(part = 'status'): TemplateResult {
    return html`<div part=${part} role="status" class="visually-hidden">${this.#announcer?.message ?? ''}</div>`;
  }

  /** Dispatches one of the element's own events (one call site, so the manifest lists only the `@fires` tags). */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
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
