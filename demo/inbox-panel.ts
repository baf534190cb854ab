import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { VkElement } from '../src/core/base-element.js';
import type { Clock } from '../src/core/clock.js';
import { defineElement } from '../src/core/define.js';
import { formatMoment } from '../src/core/i18n.js';
import { demoMessages } from './demo.messages.js';
import { backendModes, createMockBackend, currentTotpCode, totpSecondsLeft, type BackendMode, type InboxMessage, type MockBackend } from './mock-backend.js';

/**
 * What the user would read in their mailbox and authenticator app: the e-mail/SMS codes the
 * mock backend "sent", and the demo authenticator's current code. Clock and locale come from
 * `<vk-provider>`.
 *
 * @summary The demo inbox beside a story or the partner page (demo only, not part of the SDK).
 * @csspart inbox - The panel.
 * @csspart message - One delivered code.
 * @csspart totp - The authenticator's current code.
 */
export class DemoInboxElement extends VkElement<keyof typeof demoMessages> {
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
    `,
  ];

  /** The backend whose inbox is shown. */
  @property({ attribute: false }) backend: MockBackend | undefined;

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
    const mode = this.backend?.mode ?? 'normal';
    const totp = this.backend?.totpCode(this.now) ?? currentTotpCode(this.now);
    return html`
      <aside part="inbox" aria-labelledby="inbox-title">
        <h2 id="inbox-title">${this.t('demo.inbox.title')}</h2>
        <p>${this.t('demo.inbox.explainer')}</p>
        <p>${this.t('demo.inbox.mode', { mode: this.t(`demo.mode.${mode}`) })}</p>
        <ul>
          <li part="totp">
            <strong>${this.t('demo.inbox.totp')}</strong>
            <div class="code" data-totp-code=${totp}>${this.t('demo.inbox.totpCode', { code: totp })}</div>
            <p>${this.t('demo.inbox.totpLeft', { count: totpSecondsLeft(this.now) })}</p>
          </li>
          ${messages.length === 0 ? html`<li>${this.t('demo.inbox.empty')}</li>` : nothing}
          ${messages.map((message) => this.#renderMessage(message))}
        </ul>
      </aside>
    `;
  }

  #renderMessage(message: InboxMessage) {
    const expired = message.expiresAt <= this.now;
    const to = message.channel === 'email' ? 'demo.inbox.email' : 'demo.inbox.sms';
    return html`
      <li part="message" data-channel=${message.channel} data-purpose=${message.purpose}>
        <strong>${this.t(to, { destination: message.destination })}</strong>
        <div class="code" data-code=${message.code}>${this.t('demo.inbox.code', { code: message.code })}</div>
        <p>
          ${expired
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

  /** How the mock backend behaves: normal, slow, offline, locked or wrong. */
  @property({ reflect: true }) mode: BackendMode = 'normal';

  /** Every n-th upload fails so the demo shows retry (0 = never). */
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
    this.#backend ??= createMockBackend({ mode: this.mode, clock: this.#clockView, failEveryNthUpload: this.failEveryNthUpload });
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
  defineElement('demo-inbox', DemoInboxElement);
  defineElement('demo-backend', DemoBackendElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-inbox': DemoInboxElement;
    'demo-backend': DemoBackendElement;
  }
}
