import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Announcer } from '../../core/announcer.js';
import { VkElement } from '../../core/base-element.js';
import { SystemClock } from '../../core/clock.js';
import { dispatchRequest, type RequestOutcome } from '../../core/events.js';
import { formatDuration, safeLocale } from '../../core/i18n.js';
import { baseStyles } from '../../core/styles.js';
import { parseHostData } from '../../core/schema.js';
import {
  buildOtpauthUri,
  groupSecret,
  parseOtpauthUri,
  parseTotpKey,
  totpAccountSchema,
  totpLabel,
  TOTP_DEFAULTS,
  type TotpKey,
  type TotpKeyInput,
} from '../../totp/otpauth.js';
import { qrMatrix, qrPathData, qrViewSize } from '../../totp/qr.js';
import { VkTotpLinkedEvent, VkTotpResetEvent, VkTotpSecretGenerateEvent, VkTotpUnlinkedEvent, VkTotpVerifyEvent, type VkTotpAccount } from './totp-setup.events.js';
import { totpSetupMessages as messages, type TotpSetupMessageKey } from './totp-setup.messages.js';
import { totpSecretAnswerSchema, totpVerifyAnswerSchema, type VkTotpVerifyAnswer } from './totp-setup.schema.js';
import { totpSetupStyles } from './totp-setup.styles.js';
import '../code-input/vk-code-input.js';
import type { VkTotpSetupState, VkTotpVerifyPurpose } from './totp-setup.types.js';

/** The part of `<vk-code-input>`'s `vk-code-submit` detail this element relies on. */
interface CodeSubmitDetail {
  code: string;
  respond: (answer: VkTotpVerifyAnswer | PromiseLike<VkTotpVerifyAnswer>) => void;
  signal: AbortSignal;
}

function isCodeSubmitDetail(detail: unknown): detail is CodeSubmitDetail {
  const candidate = detail as Partial<CodeSubmitDetail> | null;
  return typeof candidate?.code === 'string' && typeof candidate.respond === 'function' && candidate.signal instanceof AbortSignal;
}

type RequestProgress = 'idle' | 'pending' | 'waiting' | 'failed';

/**
 * Links an authenticator app: shows the Key URI as a QR code and as a grouped manual key with a
 * copy button, then asks for a current code and lets the host check it. Also shows the linked,
 * unlink-confirmation and reset-under-review states, new-phone guidance, a clock-skew warning and
 * the withdrawal-hold notice.
 *
 * The secret stays in a private field: it is never reflected to an attribute, logged, stored or put
 * in an event, except `vk-totp-secret-generate` when the host asked the browser to make it.
 *
 * @summary Authenticator (TOTP) linking with QR code, manual key and code confirmation.
 *
 * @fires {VkTotpVerifyEvent} vk-totp-verify - Request: check `detail.code` (`purpose` `link` or `unlink`). Answer `{ok:true}` or `{ok:false, reason:'wrong-code'|'expired'|'locked'|'error', …}`.
 * @fires {VkTotpSecretGenerateEvent} vk-totp-secret-generate - Request (only with `generate`): store `detail.secret`, answer `{ok:true}` or `{ok:false, message?}`.
 * @fires {VkTotpLinkedEvent} vk-totp-linked - The host accepted the code; `detail` is `{issuer, account}`.
 * @fires {VkTotpUnlinkedEvent} vk-totp-unlinked - The host accepted the unlink code; `detail` is `{issuer, account}`.
 * @fires {VkTotpResetEvent} vk-totp-reset - The user lost the authenticator and asks to reset it.
 *
 * @csspart heading - The heading of each state (receives focus when the state changes).
 * @csspart step - "Step 1 of 2".
 * @csspart qr - The QR code `<svg>`.
 * @csspart label-advice - How the entry will be named in the app.
 * @csspart manual - The "Can't scan?" disclosure.
 * @csspart key - The manual key, in groups of four.
 * @csspart copy-button - Copies the manual key.
 * @csspart copy-status - The visible copy confirmation or fallback advice.
 * @csspart next-button - Goes from the QR code to the code step.
 * @csspart back-button - Goes back to the QR code.
 * @csspart code-input - The inner `<vk-code-input>`.
 * @csspart skew-warning - Shown when the device clock is off by more than one period.
 * @csspart notice - The withdrawal-hold notice.
 * @csspart waiting - Shown while the host has not answered, with a retry button.
 * @csspart retry-button - Gives up waiting and lets the user try again.
 * @csspart preparing - Shown until the host provides the key (or stores a generated one).
 * @csspart error - A failure to prepare the key.
 * @csspart unlink-button - Starts unlinking (linked state).
 * @csspart reset-button - Asks to reset a lost authenticator (linked state).
 * @csspart cancel-button - Leaves the unlink confirmation.
 * @csspart new-phone - The "Moving to a new phone?" guidance.
 *
 * @cssprop --vk-totp-setup-qr-size - Width of the QR code (default `min(240px, 100%)`).
 * @cssprop --vk-totp-setup-qr-color - Dark modules (default black; keep it dark for scanners).
 * @cssprop --vk-totp-setup-qr-background - Light modules and quiet zone (default white).
 * @cssprop --vk-totp-setup-max-width - Maximum width of the element (default `32rem`).
 *
 * @cssstate scan - Setup, showing the QR code.
 * @cssstate verify - Setup, asking for a code.
 * @cssstate waiting - A request to the host is unanswered.
 */
export class VkTotpSetup extends VkElement {
  static override styles = [baseStyles, totpSetupStyles];

  /** `setup` (link flow), `linked`, `unlinking` (user confirms with a code) or `pending-review` (a reset is being reviewed). */
  @property({ reflect: true }) state: VkTotpSetupState = 'setup';

  /** Make the secret in this browser (with otplib) and hand it to the host once through `vk-totp-secret-generate`. Needs `issuer` and `account`. */
  @property({ type: Boolean, reflect: true }) generate = false;

  /** Issuer shown in the app (used with `generate`, and for the linked state's label). */
  @property() issuer = '';

  /** Account shown in the app, e.g. the e-mail address (used with `generate`, and for the linked state's label). */
  @property() account = '';

  /** Server time (epoch ms) read by the host just now: a device clock off by more than one period gets a warning. */
  @property({ attribute: 'server-time', type: Number }) serverTime: number | undefined;

  /** Show the withdrawal-hold notice during setup too (the link replaces an existing authenticator). */
  @property({ type: Boolean, reflect: true }) replacing = false;

  /** Hours withdrawals are held after a change or reset. */
  @property({ attribute: 'withdrawal-hold-hours', type: Number }) withdrawalHoldHours = 24;

  @state() private step: 'scan' | 'verify' = 'scan';
  @state() private generation: RequestProgress = 'idle';
  @state() private verifyProgress: RequestProgress = 'idle';
  @state() private copyStatus: 'idle' | 'copied' | 'denied' = 'idle';
  @state() private linkedAccount: VkTotpAccount | undefined;

  #key: TotpKey | undefined;
  #pendingKey: TotpKey | undefined;
  #qr: { path: string; view: number } | undefined;
  #skewMs = 0;
  #generationAbort: AbortController | undefined;
  #verifyAbort: AbortController | undefined;
  #focusHeading = false;
  readonly #announcer = new Announcer(this);

  /**
   * The Key URI made by the server (`otpauth://totp/Issuer:account?secret=…&issuer=…`). Write-only:
   * the secret is kept privately, so reading the property back gives an empty string.
   */
  @property({ attribute: false })
  set uri(value: string) {
    this.#setKey(value ? parseOtpauthUri(value, '<vk-totp-setup> uri') : undefined);
  }
  get uri(): string {
    return '';
  }

  /**
   * The key as fields, `{ secret, issuer, account, algorithm?, digits?, period? }`, instead of `uri`.
   * Write-only like `uri`. (Not `config`: that name holds the `<vk-provider>` configuration.)
   */
  @property({ attribute: false })
  set totpConfig(value: TotpKeyInput | undefined) {
    this.#setKey(value ? parseTotpKey(value, '<vk-totp-setup> totpConfig') : undefined);
  }
  get totpConfig(): undefined {
    return undefined;
  }

  #setKey(key: TotpKey | undefined): void {
    this.#key = key;
    if (key) {
      const matrix = qrMatrix(buildOtpauthUri(key));
      this.#qr = { path: qrPathData(matrix), view: qrViewSize(matrix) };
      this.#generationAbort?.abort();
      this.generation = 'idle';
    } else {
      this.#qr = undefined;
    }
    this.copyStatus = 'idle';
    this.requestUpdate();
  }

  /** Digits and period of the code being asked for (the key's, else the defaults). */
  get #codeShape(): { digits: number; period: number } {
    return { digits: this.#key?.digits ?? TOTP_DEFAULTS.digits, period: this.#key?.period ?? TOTP_DEFAULTS.period };
  }

  get #account(): VkTotpAccount | undefined {
    if (this.#key) return { issuer: this.#key.issuer, account: this.#key.account };
    if (this.linkedAccount) return this.linkedAccount;
    return this.issuer && this.account ? { issuer: this.issuer, account: this.account } : undefined;
  }

  #text(key: TotpSetupMessageKey, params?: Record<string, string | number>): string {
    return this.message(messages, key, params);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('serverTime')) {
      const clock = this.clock;
      // The skew that matters is the device's own clock, so undo any server correction of ours.
      const deviceNow = clock.now() - (clock instanceof SystemClock ? clock.serverTimeOffset : 0);
      this.#skewMs = this.serverTime === undefined ? 0 : deviceNow - this.serverTime;
    }
    if (this.generate && !this.#key && this.state === 'setup' && this.generation === 'idle') {
      this.generation = 'pending';
      void this.#requestGeneratedKey();
    }
    if (changed.has('state') && changed.get('state') !== undefined) {
      this.#verifyAbort?.abort();
      this.#focusHeading = true;
    }
  }

  override updated(): void {
    const states = this.internals.states;
    const setupStep = this.state === 'setup' && this.#key ? this.step : undefined;
    for (const name of ['scan', 'verify'] as const) {
      if (setupStep === name) states.add(name);
      else states.delete(name);
    }
    if (this.verifyProgress === 'waiting' || this.generation === 'waiting') states.add('waiting');
    else states.delete('waiting');

    if (this.#focusHeading) {
      this.#focusHeading = false;
      const heading = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="heading"]')].find((node) => !node.closest('[hidden]'));
      heading?.focus();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#verifyAbort?.abort();
    this.#generationAbort?.abort();
  }

  /** Makes a secret here and waits until the host says it stored it, so the user never links an unknown key. */
  async #requestGeneratedKey(): Promise<void> {
    // Host listeners see the request after this render, never in the middle of one.
    await this.updateComplete;
    let key = this.#pendingKey;
    if (!key) {
      try {
        const account = parseHostData('<vk-totp-setup generate>', totpAccountSchema, { issuer: this.issuer, account: this.account });
        // otplib is only needed here, so hosts whose server makes the secret never download it.
        const { generateSecret } = await import('otplib');
        key = { ...account, ...TOTP_DEFAULTS, secret: generateSecret({ length: 20 }) };
      } catch (error) {
        console.error(error);
        this.generation = 'failed';
        return;
      }
      this.#pendingKey = key;
    }
    const controller = new AbortController();
    this.#generationAbort = controller;
    const generated = key;
    const outcome = await dispatchRequest(
      this,
      VkTotpSecretGenerateEvent.eventName,
      totpSecretAnswerSchema,
      (respond, signal) =>
        new VkTotpSecretGenerateEvent({
          secret: generated.secret,
          uri: buildOtpauthUri(generated),
          issuer: generated.issuer,
          account: generated.account,
          algorithm: generated.algorithm,
          digits: generated.digits,
          period: generated.period,
          respond,
          signal,
        }),
      { signal: controller.signal, onUnanswered: () => (this.generation = 'waiting') },
    );
    if (outcome.kind === 'aborted') return;
    if (outcome.kind === 'answered' && outcome.result.ok) {
      this.#pendingKey = undefined;
      this.#setKey(generated);
      return;
    }
    this.generation = 'failed';
  }

  #retryGeneration = (): void => {
    this.#generationAbort?.abort();
    this.generation = 'idle';
  };

  /** Turns the inner code input's request into ours, and our host's answer back into its answer. */
  #onCodeSubmit = (event: Event): void => {
    event.stopPropagation();
    const inner = (event as CustomEvent<unknown>).detail;
    if (!isCodeSubmitDetail(inner)) return;
    const purpose: VkTotpVerifyPurpose = this.state === 'unlinking' ? 'unlink' : 'link';
    this.#verifyAbort?.abort();
    const controller = new AbortController();
    this.#verifyAbort = controller;
    inner.signal.addEventListener('abort', () => controller.abort(), { once: true });
    this.verifyProgress = 'pending';
    const outcome = dispatchRequest(
      this,
      VkTotpVerifyEvent.eventName,
      totpVerifyAnswerSchema,
      (respond, signal) => new VkTotpVerifyEvent({ code: inner.code, purpose, respond, signal }),
      {
        signal: controller.signal,
        onUnanswered: () => {
          this.verifyProgress = 'waiting';
          this.#announcer.announce(this.#text('totp.waiting'));
        },
      },
    );
    inner.respond(outcome.then((result) => this.#afterVerify(result, purpose, controller)));
  };

  #afterVerify(outcome: RequestOutcome<VkTotpVerifyAnswer>, purpose: VkTotpVerifyPurpose, controller: AbortController): VkTotpVerifyAnswer {
    if (this.#verifyAbort === controller) this.verifyProgress = 'idle';
    if (outcome.kind !== 'answered') return { ok: false, reason: 'error' };
    if (outcome.result.ok) {
      const account = this.#account ?? { issuer: this.issuer, account: this.account };
      if (purpose === 'link') {
        // The secret is no longer needed once the app is linked.
        this.#setKey(undefined);
        this.linkedAccount = account;
        this.state = 'linked';
        this.dispatchEvent(new VkTotpLinkedEvent(account));
        this.#announcer.announce(this.#text('totp.linked.heading'));
      } else {
        this.linkedAccount = undefined;
        this.step = 'scan';
        this.state = 'setup';
        this.dispatchEvent(new VkTotpUnlinkedEvent(account));
        this.#announcer.announce(this.#text('totp.unlinked'));
      }
    }
    return outcome.result;
  }

  #stopWaiting = (): void => {
    this.#verifyAbort?.abort();
    this.verifyProgress = 'idle';
  };

  #stopInnerEvent = (event: Event): void => event.stopPropagation();

  #goTo(step: 'scan' | 'verify'): void {
    this.step = step;
    this.#focusHeading = true;
  }

  async #copyKey(): Promise<void> {
    const key = this.#key;
    if (!key) return;
    try {
      const clipboard = (this.ownerDocument.defaultView ?? window).navigator.clipboard as Clipboard | undefined;
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(key.secret);
      this.copyStatus = 'copied';
    } catch {
      // Denied (permissions, insecure context, embedded frame): select the key so copying by hand is one step.
      this.copyStatus = 'denied';
      const keyNode = this.renderRoot.querySelector('[part~="key"]');
      const selection = this.ownerDocument.getSelection();
      if (keyNode && selection) selection.selectAllChildren(keyNode);
    }
  }

  #withdrawalNotice(): TemplateResult {
    const duration = new Intl.NumberFormat(safeLocale(this.locale), { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(this.withdrawalHoldHours);
    return html`<p part="notice">${this.#text('totp.withdrawalNotice', { duration })}</p>`;
  }

  #skewWarning(): TemplateResult | typeof nothing {
    if (Math.abs(this.#skewMs) <= this.#codeShape.period * 1000) return nothing;
    const difference = formatDuration(Math.abs(this.#skewMs), this.locale);
    return html`<p part="skew-warning" role="alert">${this.#text(this.#skewMs > 0 ? 'totp.skew.ahead' : 'totp.skew.behind', { difference })}</p>`;
  }

  #waiting(onRetry: () => void): TemplateResult {
    return html`<p part="waiting">
      ${this.#text('totp.waiting')}
      <button part="retry-button" class="vk-link" type="button" @click=${onRetry}>${this.#text('totp.retry')}</button>
    </p>`;
  }

  #codeInput(purpose: VkTotpVerifyPurpose): TemplateResult {
    const { digits, period } = this.#codeShape;
    return html`<vk-code-input
        part="code-input"
        channel="totp"
        purpose=${purpose}
        length=${digits}
        period=${period}
        @vk-code-submit=${this.#onCodeSubmit}
        @vk-code-verified=${this.#stopInnerEvent}
      ></vk-code-input>
      ${this.verifyProgress === 'waiting' ? this.#waiting(this.#stopWaiting) : nothing}`;
  }

  #heading(key: TotpSetupMessageKey): TemplateResult {
    return html`<h2 part="heading" tabindex="-1">${this.#text(key)}</h2>`;
  }

  #renderSetup(): TemplateResult {
    const key = this.#key;
    const qr = this.#qr;
    if (!key || !qr) {
      if (this.generation === 'failed')
        return html`${this.#heading('totp.title')}
          <p part="error" role="alert">
            ${this.#text('totp.generate.failed')}
            <button part="retry-button" class="vk-link" type="button" @click=${this.#retryGeneration}>${this.#text('totp.retry')}</button>
          </p>`;
      return html`${this.#heading('totp.title')}
        ${this.generation === 'waiting' ? this.#waiting(this.#retryGeneration) : html`<p part="preparing">${this.#text('totp.noKey')}</p>`}`;
    }
    const label = totpLabel(key);
    const view = qr.view;
    const stepText = (current: number) => html`<p part="step">${this.#text('totp.step', { current, total: 2 })}</p>`;
    return html`
      <section ?hidden=${this.step !== 'scan'}>
        ${stepText(1)} ${this.#heading('totp.scan.heading')}
        <p>${this.#text('totp.scan.instructions')}</p>
        ${this.#skewWarning()}
        <svg
          part="qr"
          role="img"
          aria-label=${this.#text('totp.qr.label', { label })}
          viewBox="0 0 ${view} ${view}"
          shape-rendering="crispEdges"
          xmlns="http://www.w3.org/2000/svg"
        >
          <rect width=${view} height=${view} fill="#ffffff"></rect>
          <path d=${qr.path} fill="#000000"></path>
        </svg>
        <p part="label-advice">${this.#text('totp.label.advice', { label })}</p>
        <details part="manual">
          <summary>${this.#text('totp.manual.toggle')}</summary>
          <p>${this.#text('totp.manual.instructions', { label })}</p>
          <p>${this.#text('totp.manual.keyLabel')}</p>
          <p part="key">${groupSecret(key.secret).map((group) => html`<span>${group}</span>`)}</p>
          <button part="copy-button" class="vk-button" data-variant="secondary" type="button" @click=${this.#copyKey}>${this.#text('totp.copy')}</button>
          <span part="copy-status" role="status" data-status=${this.copyStatus}
            >${this.copyStatus === 'copied' ? this.#text('totp.copied') : this.copyStatus === 'denied' ? this.#text('totp.copyDenied') : nothing}</span
          >
        </details>
        ${this.replacing ? this.#withdrawalNotice() : nothing}
        <div part="actions">
          <button part="next-button" class="vk-button" type="button" @click=${() => this.#goTo('verify')}>${this.#text('totp.next')}</button>
        </div>
      </section>
      <section ?hidden=${this.step !== 'verify'}>
        ${stepText(2)} ${this.#heading('totp.verify.heading')}
        <p>${this.#text('totp.verify.instructions', { digits: key.digits, label, period: formatDuration(key.period * 1000, this.locale) })}</p>
        ${this.#skewWarning()} ${this.#codeInput('link')}
        <div part="actions">
          <button part="back-button" class="vk-button" data-variant="secondary" type="button" @click=${() => this.#goTo('scan')}>
            ${this.#text('totp.back')}
          </button>
        </div>
      </section>
    `;
  }

  #renderLinked(): TemplateResult {
    const account = this.#account;
    return html`${this.#heading('totp.linked.heading')}
      <p>${account ? this.#text('totp.linked.body', { label: totpLabel(account) }) : this.#text('totp.linked.bodyNoLabel')}</p>
      <div part="actions">
        <button part="unlink-button" class="vk-button" data-variant="secondary" type="button" @click=${() => (this.state = 'unlinking')}>
          ${this.#text('totp.unlink')}
        </button>
        <button part="reset-button" class="vk-link" type="button" @click=${this.#requestReset}>${this.#text('totp.reset')}</button>
      </div>
      <details part="new-phone">
        <summary>${this.#text('totp.newPhone.heading')}</summary>
        <p>${this.#text('totp.newPhone.body')}</p>
      </details>`;
  }

  #requestReset = (): void => {
    this.dispatchEvent(new VkTotpResetEvent(this.#account ?? { issuer: this.issuer, account: this.account }));
  };

  #renderUnlinking(): TemplateResult {
    return html`${this.#heading('totp.unlinking.heading')}
      <p>${this.#text('totp.unlinking.body')}</p>
      ${this.#withdrawalNotice()} ${this.#skewWarning()} ${this.#codeInput('unlink')}
      <div part="actions">
        <button part="cancel-button" class="vk-button" data-variant="secondary" type="button" @click=${() => (this.state = 'linked')}>
          ${this.#text('totp.cancel')}
        </button>
      </div>`;
  }

  #renderPendingReview(): TemplateResult {
    return html`${this.#heading('totp.pendingReview.heading')}
      <p>${this.#text('totp.pendingReview.body')}</p>
      ${this.#withdrawalNotice()}`;
  }

  #renderState(): TemplateResult {
    switch (this.state) {
      case 'linked':
        return this.#renderLinked();
      case 'unlinking':
        return this.#renderUnlinking();
      case 'pending-review':
        return this.#renderPendingReview();
      default:
        return this.#renderSetup();
    }
  }

  override render(): TemplateResult {
    return html`${this.#renderState()}
      <div class="visually-hidden" role="status">${this.#announcer.message}</div>`;
  }
}
