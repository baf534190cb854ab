import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { VkElement } from '../../core/base-element.js';
import { checked, oneOf, optionalEpochMs, reportBadData, wholeNumber, type Check } from '../../core/host-data.js';
import { HostRequest } from '../../core/host-request.js';
import { formatDuration, isolate, numberFormat } from '../../core/i18n.js';
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
import type { VkCodeSubmitAnswer, VkCodeSubmitEvent } from '../code-input/code-input.events.js';
import { VkTotpLinkedEvent, VkTotpResetEvent, VkTotpSecretGenerateEvent, VkTotpUnlinkedEvent, VkTotpVerifyEvent, type VkTotpAccount } from './totp-setup.events.js';
import { totpSetupMessages, type TotpSetupMessageKey } from './totp-setup.messages.js';
import { totpSecretAnswerSchema, totpVerifyAnswerSchema } from './totp-setup.schema.js';
import { totpSetupStyles } from './totp-setup.styles.js';
import '../code-input/vk-code-input.js';
import { TOTP_SETUP_STATES, type VkTotpSetupState, type VkTotpVerifyPurpose } from './totp-setup.types.js';

const hoursFormat: Intl.NumberFormatOptions = { style: 'unit', unit: 'hour', unitDisplay: 'long' };

/** Issuer and account name the entry in the app as `Issuer:account`, so neither may hold a colon. */
const labelPart: Check<string> = (value) =>
  typeof value === 'string' && !value.includes(':')
    ? { ok: true, value }
    : { ok: false, problem: 'must be a string without a colon (it separates issuer and account in the label)' };

/**
 * Links an authenticator app: shows the Key URI as a QR code and as a grouped manual key with a
 * copy button, then asks for a current code and lets the host check it. Also shows the linked,
 * unlink-confirmation and reset-under-review states, new-phone guidance, a clock-skew warning and
 * the withdrawal-hold notice.
 *
 * The secret stays in a private field: it is never reflected to an attribute, logged, stored or put
 * in an event, except `vk-totp-secret-generate` when the host asked the browser to make it.
 *
 * Both requests share the verikit request lifecycle: an unanswered one shows a waiting state with
 * Cancel; removing the element stops it, and putting it back starts over (with `generate`, it asks
 * the host to store the same secret again). The code step's `<vk-code-input>` shows the outcome of a
 * check (wrong code, expired, locked, errors with "Try again").
 *
 * @summary Authenticator (TOTP) linking with QR code, manual key and code confirmation.
 *
 * @fires {VkTotpVerifyEvent} vk-totp-verify - Request: check `detail.code` (`purpose` `link` or `unlink`). Answer `{ok:true}` or `{ok:false, reason:'wrong-code'|'expired'|'locked'|'error', …}`.
 * @fires {VkTotpSecretGenerateEvent} vk-totp-secret-generate - Request (only with `generate`): store `detail.secret`, answer `{ok:true}` or `{ok:false, message?}` (the message is shown; else a generic one).
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
 * @csspart preparing - Shown until the host provides the key.
 * @csspart feedback - The state of a request to the host: storing a generated key (pending, waiting, error, cancelled), or checking a code while our host has not answered (pending, waiting).
 * @csspart error - The feedback when it is an error (a failure to prepare the key).
 * @csspart cancel - Stops waiting for the host (shown only while a request is pending or waiting).
 * @csspart retry - Asks the host to store the generated key again (after an error or Cancel).
 * @csspart unlink-button - Starts unlinking (linked state); with `require-all-factors`, the part `all-required` says why there is none.
 * @csspart reset-button - Asks to reset a lost authenticator (linked state).
 * @csspart cancel-button - Leaves the unlink confirmation.
 * @csspart new-phone - The "Moving to a new phone?" guidance.
 * @csspart status - The polite live region (visually hidden).
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
export class VkTotpSetup extends VkElement<TotpSetupMessageKey> {
  static override styles = [VkElement.styles, totpSetupStyles];
  static override messages = totpSetupMessages;

  /** `setup` (link flow), `linked`, `unlinking` (user confirms with a code) or `pending-review` (a reset is being reviewed). */
  @property({ reflect: true }) @checked(oneOf(TOTP_SETUP_STATES)) state: VkTotpSetupState = 'setup';

  /** Make the secret in this browser (with otplib) and hand it to the host once through `vk-totp-secret-generate`. Needs `issuer` and `account`. */
  @property({ type: Boolean, reflect: true }) generate = false;

  /** Issuer shown in the app (used with `generate`, and for the linked state's label). No colon. */
  @property() @checked(labelPart) issuer = '';

  /** Account shown in the app, e.g. the e-mail address (used with `generate`, and for the linked state's label). No colon. */
  @property() @checked(labelPart) account = '';

  /** Server time (epoch ms) read by the host just now: a device clock off by more than one period gets a warning. */
  @property({ attribute: 'server-time', type: Number }) @checked(optionalEpochMs) serverTime: number | undefined;

  /** Show the withdrawal-hold notice during setup too (the link replaces an existing authenticator). */
  @property({ type: Boolean, reflect: true }) replacing = false;

  /** The platform requires authenticator, phone and e-mail bound at all times (OKX): no Unlink, only Reset. */
  @property({ type: Boolean, attribute: 'require-all-factors' }) requireAllFactors = false;

  /** Hours withdrawals are held after a change or reset (a whole number). */
  @property({ attribute: 'withdrawal-hold-hours', type: Number }) @checked(wholeNumber(0)) withdrawalHoldHours = 24;

  @state() private step: 'scan' | 'verify' = 'scan';
  @state() private copyStatus: 'idle' | 'copied' | 'denied' = 'idle';
  @state() private linkedAccount: VkTotpAccount | undefined;

  #key: TotpKey | undefined;
  /** A secret made here that the host has not confirmed storing yet (offered again on retry). */
  #pendingKey: TotpKey | undefined;
  #qr: { path: string; view: number } | undefined;
  #skewMs = 0;
  #focusHeading = false;
  /** Between deciding to generate and asking the host (otplib loading, the render finishing). */
  #starting = false;

  readonly #generation = new HostRequest(this, { texts: { pending: 'totp.noKey', error: 'totp.generate.failed' } });
  // The code input shows "Checking the code…" itself.
  readonly #verification = new HostRequest(this, { announcePending: false });

  /**
   * The Key URI made by the server (`otpauth://totp/Issuer:account?secret=…&issuer=…`). Write-only:
   * the secret is kept privately, so reading the property back gives an empty string. A malformed
   * URI is reported on the console (without the secret) and the last valid key kept.
   */
  @property({ attribute: false })
  set uri(value: string) {
    this.#acceptKey('uri', value, () => parseOtpauthUri(value, 'uri'));
  }
  get uri(): string {
    return '';
  }

  /**
   * The key as fields, `{ secret, issuer, account, algorithm?, digits?, period? }`, instead of `uri`.
   * Write-only like `uri`, checked like it. (Not `config`: that name holds the `<vk-provider>` configuration.)
   */
  @property({ attribute: false })
  set totpConfig(value: TotpKeyInput | undefined) {
    this.#acceptKey('totpConfig', value, () => parseTotpKey(value, 'totpConfig'));
  }
  get totpConfig(): undefined {
    return undefined;
  }

  /**
   * The bad-data policy (core/host-data.ts) for the two key properties. Their parsers are the public
   * `verikit/totp` helpers, which throw on bad input; a setter must not, so the error becomes the one
   * developer report, which never shows the value: it holds the secret.
   */
  #acceptKey(property: string, value: unknown, parse: () => TotpKey): void {
    try {
      this.#setKey(value ? parse() : undefined);
    } catch (error) {
      const problem = String(error instanceof Error ? error.message : error).replace(/^.*? is invalid — /, '');
      reportBadData(this, property, problem, '(hidden: it holds the secret)', this.#key ? '(the last valid key, hidden)' : '(no key)');
    }
  }

  #setKey(key: TotpKey | undefined): void {
    this.#key = key;
    if (key) {
      const matrix = qrMatrix(buildOtpauthUri(key));
      this.#qr = { path: qrPathData(matrix), view: qrViewSize(matrix) };
    } else {
      this.#qr = undefined;
    }
    // A key from the host ends any generation; without a key (after linking), a later setup generates again.
    this.#generation.abort();
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

  override connectedCallback(): void {
    super.connectedCallback();
    // Removing the element aborted a generation (the request's DOM-move policy): put back, it asks again.
    this.requestUpdate();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('serverTime')) {
      const clock = this.clock;
      // The skew that matters is the device's own clock, so undo any server correction of ours.
      const deviceNow = clock.now() - (clock.serverTimeOffset ?? 0);
      this.#skewMs = this.serverTime === undefined ? 0 : deviceNow - this.serverTime;
    }
    if (changed.has('issuer') || changed.has('account')) {
      // A secret made for another label is no use; a failure for a missing one may be over.
      this.#pendingKey = undefined;
      this.#generation.reset();
    }
    if (this.generate && !this.#key && this.state === 'setup' && this.#generation.status === 'idle' && !this.#starting && this.isConnected) {
      void this.#generateKey();
    }
    if (changed.has('state') && changed.get('state') !== undefined) {
      this.#verification.abort();
      this.#focusHeading = true;
    }
  }

  override updated(): void {
    const setupStep = this.state === 'setup' && this.#key ? this.step : undefined;
    this.setStates({
      scan: setupStep === 'scan',
      verify: setupStep === 'verify',
      waiting: this.#verification.status === 'waiting' || this.#generation.status === 'waiting',
    });
    if (this.#focusHeading) {
      this.#focusHeading = false;
      const heading = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="heading"]')].find((node) => !node.closest('[hidden]'));
      heading?.focus();
    }
  }

  /** Makes a secret here and waits until the host says it stored it, so the user never links an unknown key. */
  async #generateKey(): Promise<void> {
    this.#starting = true;
    const key = await this.#keyToStore();
    this.#starting = false;
    // Removed meanwhile: nothing was asked, and putting the element back asks.
    if (!key || !this.isConnected) return;
    const answer = await this.#generation.run(
      VkTotpSecretGenerateEvent.eventName,
      totpSecretAnswerSchema,
      (respond, signal) => new VkTotpSecretGenerateEvent({ ...key, uri: buildOtpauthUri(key), respond, signal }),
      { retry: () => void this.#generateKey() },
    );
    if (!answer) return;
    if (answer.ok) {
      this.#pendingKey = undefined;
      this.#setKey(key);
    } else {
      this.#generation.fail(answer.message);
    }
  }

  /** The secret to hand over: the one the host has not confirmed yet, else a new one. */
  async #keyToStore(): Promise<TotpKey | undefined> {
    try {
      if (!this.#pendingKey) {
        // otplib is only needed here, so hosts whose server makes the secret never download it.
        const { generateSecret } = await import('otplib');
        const account = parseHostData('<vk-totp-setup generate>', totpAccountSchema, { issuer: this.issuer, account: this.account });
        this.#pendingKey = { ...account, ...TOTP_DEFAULTS, secret: generateSecret({ length: 20 }) };
      }
      // Host listeners see the request after this render, never in the middle of one.
      await this.updateComplete;
      return this.#pendingKey;
    } catch (error) {
      // otplib could not be loaded, or issuer / account are missing (a developer error naming the field).
      console.error(error);
      this.#generation.fail();
      return undefined;
    }
  }

  /**
   * The inner code input's request becomes ours (`vk-totp-verify`), and our host's answer goes back to
   * the code input, which shows it. Without an answer, the code input says why in its own words: a
   * network failure as a rejection (it offers "Try again"), the rest as an error.
   */
  #onCodeSubmit(event: VkCodeSubmitEvent): void {
    event.stopPropagation();
    const { code, respond, signal } = event.detail;
    // The code input stopped waiting (the user changed the code, or it was removed): so do we.
    signal.addEventListener('abort', () => this.#verification.abort(), { once: true });
    respond(this.#checkCode(code));
  }

  async #checkCode(code: string): Promise<VkCodeSubmitAnswer> {
    const verification = this.#verification;
    const purpose: VkTotpVerifyPurpose = this.state === 'unlinking' ? 'unlink' : 'link';
    const answer = await verification.run(VkTotpVerifyEvent.eventName, totpVerifyAnswerSchema, (respond, signal) =>
      new VkTotpVerifyEvent({ code, purpose, respond, signal }),
    );
    if (answer?.ok) this.#verified(purpose);
    if (answer) return answer;
    if (verification.problem === 'network') throw new Error('vk-totp-verify: the host could not be reached');
    return verification.status === 'cancelled' ? { ok: false, reason: 'error', message: verification.text } : { ok: false, reason: 'error' };
  }

  #verified(purpose: VkTotpVerifyPurpose): void {
    const account = this.#account ?? { issuer: this.issuer, account: this.account };
    if (purpose === 'link') {
      // The secret is no longer needed once the app is linked.
      this.#setKey(undefined);
      this.linkedAccount = account;
      this.state = 'linked';
      this.emit(new VkTotpLinkedEvent(account));
      this.announce(this.t('totp.linked.heading'));
    } else {
      this.linkedAccount = undefined;
      this.step = 'scan';
      this.state = 'setup';
      this.emit(new VkTotpUnlinkedEvent(account));
      this.announce(this.t('totp.unlinked'));
    }
  }

  /** The inner input's own success notification stays inside: ours (`vk-totp-linked` / `vk-totp-unlinked`) says it. */
  #stopInner(event: Event): void {
    event.stopPropagation();
  }

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
    const duration = numberFormat(this.locale, hoursFormat).format(this.withdrawalHoldHours);
    return html`<p part="notice">${this.t('totp.withdrawalNotice', { duration })}</p>`;
  }

  #skewWarning(): TemplateResult | typeof nothing {
    if (Math.abs(this.#skewMs) <= this.#codeShape.period * 1000) return nothing;
    const difference = formatDuration(Math.abs(this.#skewMs), this.locale);
    return html`<p part="skew-warning" role="alert">${this.t(this.#skewMs > 0 ? 'totp.skew.ahead' : 'totp.skew.behind', { difference })}</p>`;
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
        @vk-code-verified=${this.#stopInner}
      ></vk-code-input>
      ${this.#verification.busy ? this.#verification.render() : nothing}`;
  }

  #heading(key: TotpSetupMessageKey): TemplateResult {
    return html`<h2 part="heading" tabindex="-1">${this.t(key)}</h2>`;
  }

  /** Until there is a key: preparing it, or the generation's request state (with "Try again" after Cancel too). */
  #renderPreparing(): TemplateResult {
    const generation = this.#generation;
    if (!generation.text) return html`<p part="preparing">${this.t('totp.noKey')}</p>`;
    return html`${generation.render()}
    ${generation.status === 'cancelled'
      ? html`<div part="actions">
          <button part="retry" class="vk-button" data-variant="secondary" type="button" @click=${() => generation.reset()}>${this.t('request.retry')}</button>
        </div>`
      : nothing}`;
  }

  #renderSetup(): TemplateResult {
    const key = this.#key;
    const qr = this.#qr;
    if (!key || !qr) return html`${this.#heading('totp.title')} ${this.#renderPreparing()}`;
    // The app's entry ("Issuer:account") keeps its own order inside a right-to-left sentence.
    const label = isolate(totpLabel(key));
    const view = qr.view;
    const stepText = (current: number) => html`<p part="step">${this.t('totp.step', { current, total: 2 })}</p>`;
    return html`
      <section ?hidden=${this.step !== 'scan'}>
        ${stepText(1)} ${this.#heading('totp.scan.heading')}
        <p>${this.t('totp.scan.instructions')}</p>
        ${this.#skewWarning()}
        <svg
          part="qr"
          role="img"
          aria-label=${this.t('totp.qr.label', { label })}
          viewBox="0 0 ${view} ${view}"
          shape-rendering="crispEdges"
          xmlns="http://www.w3.org/2000/svg"
        >
          <rect width=${view} height=${view} fill="#ffffff"></rect>
          <path d=${qr.path} fill="#000000"></path>
        </svg>
        <p part="label-advice">${this.t('totp.label.advice', { label })}</p>
        <details part="manual">
          <summary>${this.t('totp.manual.toggle')}</summary>
          <p>${this.t('totp.manual.instructions', { label })}</p>
          <p>${this.t('totp.manual.keyLabel')}</p>
          <p part="key">${groupSecret(key.secret).map((group) => html`<span>${group}</span>`)}</p>
          <button part="copy-button" class="vk-button" data-variant="secondary" type="button" @click=${this.#copyKey}>${this.t('totp.copy')}</button>
          <span part="copy-status" role="status" data-status=${this.copyStatus}
            >${this.copyStatus === 'copied' ? this.t('totp.copied') : this.copyStatus === 'denied' ? this.t('totp.copyDenied') : nothing}</span
          >
        </details>
        ${this.replacing ? this.#withdrawalNotice() : nothing}
        <div part="actions">
          <button part="next-button" class="vk-button" type="button" @click=${() => this.#goTo('verify')}>${this.t('totp.next')}</button>
        </div>
      </section>
      <section ?hidden=${this.step !== 'verify'}>
        ${stepText(2)} ${this.#heading('totp.verify.heading')}
        <p>${this.t('totp.verify.instructions', { digits: key.digits, label, period: formatDuration(key.period * 1000, this.locale) })}</p>
        ${this.#skewWarning()} ${this.#codeInput('link')}
        <div part="actions">
          <button part="back-button" class="vk-button" data-variant="secondary" type="button" @click=${() => this.#goTo('scan')}>
            ${this.t('totp.back')}
          </button>
        </div>
      </section>
    `;
  }

  #renderLinked(): TemplateResult {
    const account = this.#account;
    return html`${this.#heading('totp.linked.heading')}
      <p>${account ? this.t('totp.linked.body', { label: isolate(totpLabel(account)) }) : this.t('totp.linked.bodyNoLabel')}</p>
      <div part="actions">
        ${this.requireAllFactors
          ? html`<p part="all-required">${this.t('totp.allRequired')}</p>`
          : html`<button part="unlink-button" class="vk-button" data-variant="secondary" type="button" @click=${() => (this.state = 'unlinking')}>${this.t('totp.unlink')}</button>`}
        <button part="reset-button" class="vk-link" type="button" @click=${() => this.emit(new VkTotpResetEvent(this.#account ?? { issuer: this.issuer, account: this.account }))}>
          ${this.t('totp.reset')}
        </button>
      </div>
      <details part="new-phone">
        <summary>${this.t('totp.newPhone.heading')}</summary>
        <p>${this.t('totp.newPhone.body')}</p>
      </details>`;
  }

  #renderUnlinking(): TemplateResult {
    return html`${this.#heading('totp.unlinking.heading')}
      <p>${this.t('totp.unlinking.body')}</p>
      ${this.#withdrawalNotice()} ${this.#skewWarning()} ${this.#codeInput('unlink')}
      <div part="actions">
        <button part="cancel-button" class="vk-button" data-variant="secondary" type="button" @click=${() => (this.state = 'linked')}>
          ${this.t('request.cancel')}
        </button>
      </div>`;
  }

  #renderPendingReview(): TemplateResult {
    return html`${this.#heading('totp.pendingReview.heading')}
      <p>${this.t('totp.pendingReview.body')}</p>
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
    return html`${this.#renderState()} ${this.liveRegion()}`;
  }
}
