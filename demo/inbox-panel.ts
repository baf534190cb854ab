import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { VkElement } from '../src/core/base-element.js';
import type { Clock } from '../src/core/clock.js';
import { defineElement } from '../src/core/define.js';
import { formatMoment, isolate } from '../src/core/i18n.js';
import { registerDemoMessages } from './demo-i18n.js';
import { demoMessages, type DemoMessageKey } from './demo.messages.js';
import { backendModes, createMockBackend, currentTotpCode, totpSecondsLeft, type BackendMode, type InboxMessage, type MockBackend } from './mock-backend.js';

const isBackendMode = (value: string): value is BackendMode => (backendModes as readonly string[]).includes(value);

/**
 * What the user would read in their mailbox and authenticator app: the e-mail/SMS codes the
 * mock backend "sent" (newest first; a code a "Resend" replaced is marked as no longer valid, and
 * a code sent to a new contact says so), and the demo authenticator's current code. Clock and
 * locale come from `<vk-provider>`.
 *
 * @summary The demo inbox beside a story or the partner page (demo only, not part of the SDK).
 * @csspart inbox - The panel.
 * @csspart mode - The backend mode line, or its switch (`mode-switch`).
 * @csspart message - One delivered code; `data-purpose`, `data-destination`, `data-new-contact`, `data-replaced`.
 * @csspart totp - The authenticator's current code.
 */
export class DemoInboxElement extends VkElement<DemoMessageKey> {
  static override messages = demoMessages;
  static override styles = [
    VkElement.styles,
    css`
      :host {
        padding: calc(var(--_vk-space) * 1.5);
        border: 1px dashed var(--_vk-border);
        border-radius: var(--_vk-radius);
        background: var(--_vk-bg-subtle);
        font-size: 0.875rem;
      }
      h2 {
        font-size: 1rem;
        margin: 0 0 4px;
      }
      p {
        margin: 4px 0;
        color: var(--_vk-muted);
      }
      ul {
        list-style: none;
        margin: 8px 0 0;
        padding: 0;
        display: grid;
        gap: 8px;
      }
      li {
        padding: 8px;
        border-radius: var(--_vk-radius);
        background: var(--_vk-bg);
      }
      .code {
        font-family: ui-monospace, monospace;
        font-size: 1.125rem;
        letter-spacing: 0.1em;
        margin: 2px 0;
      }
      li[data-replaced] .code {
        text-decoration: line-through;
        color: var(--_vk-muted);
      }
      li[data-replaced] .note {
        color: var(--_vk-danger);
      }
      label {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 4px;
        margin: 4px 0;
        color: var(--_vk-muted);
      }
      select {
        inline-size: 100%;
        min-inline-size: 0;
        min-block-size: 44px;
        font: inherit;
        color: inherit;
        background: var(--_vk-bg);
        border: 1px solid var(--_vk-border);
        border-radius: var(--_vk-radius);
        padding-inline: 8px;
      }
    `,
  ];

  /** The backend whose inbox is shown. */
  @property({ attribute: false }) backend: MockBackend | undefined;

  /** Show a switch for the backend's mode (the partner page) instead of a line naming it (Storybook has a toolbar). */
  @property({ type: Boolean, attribute: 'mode-switch' }) modeSwitch = false;

  @state() private now = Date.now();
  @state() private revision = 0;

  #stopTicking: (() => void) | undefined;
  #stopWatching: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#watchBackend();
    this.#stopTicking = this.clock.subscribe((now) => {
      this.now = now;
    });
    this.now = this.clock.now();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopTicking?.();
    this.#stopWatching?.();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('backend')) this.#watchBackend();
    // A clock from the provider may arrive after connection.
    if (changed.has('config')) this.now = this.clock.now();
  }

  #watchBackend(): void {
    this.#stopWatching?.();
    this.#stopWatching = this.backend?.subscribe(() => {
      this.revision += 1;
    });
  }

  override render() {
    const messages = this.backend?.inbox ?? [];
    const totp = this.backend?.totpCode(this.now) ?? currentTotpCode(this.now);
    return html`
      <aside part="inbox" aria-labelledby="inbox-title">
        <h2 id="inbox-title">${this.t('demo.inbox.title')}</h2>
        <p>${this.t('demo.inbox.explainer')}</p>
        ${this.#renderMode()}
        <ul>
          <li part="totp">
            <strong>${this.t('demo.inbox.totp')}</strong>
            <div class="code" dir="ltr" data-totp-code=${totp}>${this.t('demo.inbox.totpCode', { code: totp })}</div>
            <p>${this.t('demo.inbox.totpLeft', { count: totpSecondsLeft(this.now) })}</p>
          </li>
          ${messages.length === 0 ? html`<li>${this.t('demo.inbox.empty')}</li>` : nothing}
          ${messages.map((message) => this.#renderMessage(message))}
        </ul>
      </aside>
    `;
  }

  #renderMode() {
    const mode = this.backend?.mode ?? 'normal';
    if (!this.modeSwitch) return html`<p part="mode">${this.t('demo.inbox.mode', { mode: this.t(`demo.mode.${mode}`) })}</p>`;
    return html`<label part="mode">
      <span>${this.t('demo.inbox.modeLabel')}</span>
      <select @change=${this.#onModeChange}>
        ${backendModes.map((option) => html`<option value=${option} ?selected=${option === mode}>${this.t(`demo.mode.${option}`)}</option>`)}
      </select>
    </label>`;
  }

  #onModeChange = (event: Event): void => {
    const { value } = event.currentTarget as HTMLSelectElement;
    if (isBackendMode(value)) this.backend?.setMode(value);
  };

  #renderMessage(message: InboxMessage) {
    const expired = message.expiresAt <= this.now;
    const channel = message.channel === 'email' ? 'email' : 'sms';
    const to: DemoMessageKey = message.toNewContact ? `demo.inbox.${channel}.new` : `demo.inbox.${channel}`;
    return html`
      <li
        part="message"
        data-channel=${message.channel}
        data-purpose=${message.purpose}
        data-destination=${message.destination}
        ?data-new-contact=${message.toNewContact}
        ?data-replaced=${message.replaced}
      >
        <strong>${this.t(to, { destination: isolate(message.destination) })}</strong>
        <div class="code" dir="ltr" data-code=${message.code}>${this.t('demo.inbox.code', { code: message.code })}</div>
        <p class="note">
          ${message.replaced
            ? this.t('demo.inbox.replaced')
            : expired
              ? this.t('demo.inbox.expired')
              : this.t('demo.inbox.expires', { time: formatMoment(message.expiresAt, this.now, this.locale) })}
        </p>
      </li>
    `;
  }
}

/**
 * Wraps a story with the mock backend: every verikit request dispatched inside is answered,
 * and the inbox is shown beside the content.
 *
 * @summary Mock backend and inbox around its content (demo only, not part of the SDK).
 * @slot - The demo content whose requests are answered.
 */
export class DemoBackendElement extends VkElement {
  static override styles = [
    VkElement.styles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        gap: calc(var(--_vk-space) * 3);
        align-items: flex-start;
      }
      .content {
        flex: 1 1 320px;
        min-inline-size: 0;
      }
      demo-inbox {
        flex: 0 1 260px;
      }
    `,
  ];

  /** How the mock backend behaves: normal, slow, flaky, offline, locked or wrong. */
  @property({ reflect: true }) mode: BackendMode = 'normal';

  /** In `flaky` mode, every n-th upload fails so the demo shows retry (0 = never). Other modes never drop an upload. */
  @property({ type: Number, attribute: 'fail-every-nth-upload' }) failEveryNthUpload = 3;

  #backend: MockBackend | undefined;
  #detach: (() => void) | undefined;
  /** The provider's clock can arrive after connection; the backend always asks the current one. */
  readonly #clockView: Clock = {
    now: () => this.clock.now(),
    subscribe: (listener) => this.clock.subscribe(listener),
  };

  /** The mock backend answering this demo (play functions read its inbox). */
  get backend(): MockBackend {
    this.#backend ??= createMockBackend({ mode: this.mode, clock: this.#clockView, failEveryNthUpload: this.failEveryNthUpload, locale: () => this.locale });
    return this.#backend;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#detach = this.backend.attach(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#detach?.();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('mode')) this.backend.setMode(backendModes.find((known) => known === this.mode) ?? 'normal');
  }

  override render() {
    return html`<div class="content"><slot></slot></div>
      <demo-inbox .backend=${this.backend}></demo-inbox>`;
  }
}

/**
 * Registers `<demo-inbox>` and `<demo-backend>`. A function rather than an import side effect, so
 * a bundler honouring package.json `sideEffects` cannot drop the registration.
 */
export function defineDemoElements(): void {
  registerDemoMessages();
  defineElement('demo-inbox', DemoInboxElement);
  defineElement('demo-backend', DemoBackendElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-inbox': DemoInboxElement;
    'demo-backend': DemoBackendElement;
  }
}
