import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { VkDeveloperError } from '../../core/errors.js';
import type { AnswerSchema, Respond } from '../../core/events.js';
import { VkFormControl } from '../../core/form-control.js';
import { checked, oneOf, optionalEpochMs, wholeNumber } from '../../core/host-data.js';
import { HostRequest } from '../../core/host-request.js';
import { formatCountdown, formatDuration, formatMoment, isolate, translate } from '../../core/i18n.js';
import { CodeField, normalizeCode } from './code-field.js';
import { CodeTimers, secondsHint } from './code-timers.js';
import {
  VkCodeChangeEvent, VkCodeExpireEvent, VkCodeLockEvent, VkCodeRequestEvent, VkCodeSentEvent, VkCodeSubmitEvent, VkCodeVerifiedEvent,
  VkPasswordForgotEvent, VkVerificationResetEvent, type VkCodeSource,
} from './code-input.events.js';
import { codeInputMessages, type CodeInputMessageKey } from './code-input.messages.js';
import { loadAnswers, loadHelp, requestAnswers, submitAnswers, text, type HelpModule } from './code-input.schema.js';
import { codeInputStyles } from './code-input.styles.js';
import { codeChannels, defaultCodeLength, maxCodeLength, minCodeLength, type VkCodeChannel } from './code-input.types.js';

export { normalizeCode };

type Action = 'request' | 'submit';
interface Notice {
  kind: 'sent' | 'success' | 'wrong' | 'rate-limited' | 'incomplete';
  /** Translated at render time, so a locale change re-translates it. */
  text: () => string;
}

/**
 * A one-time code field: one real `<input autocomplete="one-time-code">` drawn as segmented
 * slots, with "Get code" and resend countdown (e-mail, SMS), the 15-minute validity timer, the
 * 30-second authenticator window, wrong-code / expired / locked states and per-channel help.
 * Form-associated: submits its value under `name`. While the host has not answered, the status
 * line says so, with Cancel (and Try again once nobody answered or the answer never came). A bad
 * property value (unknown channel, length outside 4–16, a time a Date cannot hold…) is reported on
 * the console once and the last valid value kept.
 *
 * `channel="recovery"` takes one of the account's recovery codes (see `<vk-recovery-codes>`):
 * letters and digits drawn in groups, dashes and spaces ignored, `length` from the host (up to 16),
 * no "Get code"; the host receives it upper-cased without separators.
 *
 * SMS autofill: after a code was sent on `channel="sms"`, browsers with the WebOTP API (Android
 * Chrome) offer the code of an SMS whose last line is `@<your host> #<code>`; the element fills it
 * and submits it (with `manual-submit`, the user presses Verify). The wait stops on submit, on a new
 * request, on expiry and on removal; elsewhere nothing happens and `autocomplete="one-time-code"` works as before.
 *
 * @summary Enter a verification code from e-mail, SMS, an authenticator app, or a recovery code.
 *
 * @fires {VkCodeRequestEvent} vk-code-request - The user asked for a code (e-mail, SMS). Answer with `detail.respond({ ok: true, expiresAt, resendAt, maskedDestination? } | { ok: false, reason: 'rate-limited', retryAt } | { ok: false, reason: 'locked', lockedUntil } | { ok: false, reason: 'error', message? })`.
 * @fires {VkCodeSubmitEvent} vk-code-submit - The code is complete (or the user pressed Verify). Detail `{ code, channel, purpose, respond, signal }`; answer `{ ok: true } | { ok: false, reason: 'wrong-code', attemptsLeft? } | { ok: false, reason: 'expired' } | { ok: false, reason: 'locked', lockedUntil } | { ok: false, reason: 'error', message? }`. A rejected promise shows a retryable network error.
 * @fires {VkCodeVerifiedEvent} vk-code-verified - The host accepted the code. Detail `{ channel, purpose }`.
 * @fires {VkCodeChangeEvent} vk-code-change - The user changed the code. Detail `{ value, complete, channel, purpose }`.
 * @fires {VkCodeSentEvent} vk-code-sent - The host sent a code. Detail `{ channel, purpose, expiresAt, resendAt, maskedDestination? }`.
 * @fires {VkCodeExpireEvent} vk-code-expire - The sent code expired. Detail `{ channel, purpose, expiresAt }`.
 * @fires {VkCodeLockEvent} vk-code-lock - The host locked verification. Detail `{ channel, purpose, lockedUntil }`.
 * @fires {VkPasswordForgotEvent} vk-password-forgot - The user chose "Forgot password?". Detail `{ channel, purpose }`.
 * @fires {VkVerificationResetEvent} vk-verification-reset - The user chose "Reset security verification". Detail `{ channel, purpose }`.
 * @fires input - The value changed (the inner input's native event, composed).
 * @fires change - The user committed a change (re-dispatched from the inner input).
 *
 * @csspart base - The wrapper of everything.
 * @csspart label - The visible label.
 * @csspart destination - Where the code goes ("Code sent to j•••@mail.com").
 * @csspart field - The box holding the slots and the real input.
 * @csspart slots - The row of slot boxes.
 * @csspart slot - One slot box; also `slot-filled`, `slot-active`.
 * @csspart input - The real input, transparent over the slots.
 * @csspart actions - The row of buttons.
 * @csspart get-code - The "Get code" / "Resend code" button.
 * @csspart verify - The Verify button (with `manual-submit`).
 * @csspart cancel - Stops waiting for the host's answer (shown while a request is pending); the code is kept.
 * @csspart retry - The "Try again" button after a network error, a malformed answer, or while nobody answers.
 * @csspart timer - Every visible timer; also `expiry-timer`, `resend-timer`, `window-timer`, `lock-timer`.
 * @csspart window - The authenticator window progress bar.
 * @csspart status - The status line (sent, pending, wrong code, expired, errors).
 * @csspart lock - The locked-state block.
 * @csspart links - The "Forgot password?" / "Reset security verification" links; also `forgot-password`, `reset-verification`.
 * @csspart help - The "Didn't receive the code?" disclosure; also `help-summary`, `help-list`.
 * @csspart announcer - The polite live region (visually hidden).
 *
 * @cssprop --vk-code-input-slot-size - Width of a slot (default 3rem; slots shrink on narrow screens).
 * @cssprop --vk-code-input-slot-height - Height of a slot (default 3.25rem).
 * @cssprop --vk-code-input-gap - Space between slots.
 * @cssprop --vk-code-input-slot-border-color - Slot border (falls back to `--vk-color-border`).
 * @cssprop --vk-code-input-slot-background - Slot background (falls back to `--vk-color-surface`).
 * @cssprop --vk-code-input-font-size - Size of the code characters.
 *
 * @cssstate pending - A request or a submitted code waits for the host.
 * @cssstate success - The host accepted the code.
 * @cssstate wrong - The host rejected the code.
 * @cssstate expired - The sent code expired.
 * @cssstate locked - Verification is locked until `lockedUntil`.
 * @cssstate sent - A code was sent and is still valid.
 */
export class VkCodeInput extends VkFormControl<CodeInputMessageKey> {
  static override styles = [VkFormControl.styles, codeInputStyles];
  static override messages = codeInputMessages;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Where the code comes from: `email`, `sms`, `totp` (authenticator app) or `recovery` (a saved recovery code); the last two have no "Get code". */
  @property({ reflect: true }) @checked(oneOf(codeChannels)) channel: VkCodeChannel = 'email';

  /** Number of characters: 4–10 (e-mail, SMS, authenticator), up to 16 for recovery codes. */
  @property({ type: Number }) @checked(wholeNumber(minCodeLength, maxCodeLength)) length = defaultCodeLength;

  /** Accept letters as well as digits (letters are upper-cased). Always on for `channel="recovery"`. */
  @property({ type: Boolean, reflect: true }) alphanumeric = false;

  /** Wait for the Verify button instead of submitting as soon as the code is complete. */
  @property({ type: Boolean, attribute: 'manual-submit' }) manualSubmit = false;

  /** Echoed in every event detail so one listener can tell several inputs apart, e.g. 'new-phone'. */
  @property({ reflect: true }) @checked(text()) purpose = '';

  /** Where the code goes, already masked by the host, e.g. `j•••@mail.com`. */
  @property({ attribute: 'masked-destination' }) @checked(text()) maskedDestination = '';

  /** When the sent code stops being valid (epoch ms). Set by a host that sent the code itself. */
  @property({ type: Number, attribute: 'expires-at' }) @checked(optionalEpochMs) expiresAt: number | undefined;

  /** When the user may ask for another code (epoch ms). */
  @property({ type: Number, attribute: 'resend-at' }) @checked(optionalEpochMs) resendAt: number | undefined;

  /** Verification is locked until this moment (epoch ms). */
  @property({ type: Number, attribute: 'locked-until' }) @checked(optionalEpochMs) lockedUntil: number | undefined;

  /** Authenticator period in seconds. */
  @property({ type: Number }) @checked(wholeNumber(1)) period = 30;

  /** Overrides the default accessible label ("E-mail verification code", …). */
  @property() @checked(text()) label = '';

  /** The code (only code characters; separators are dropped). */
  @property() @checked(text(' (a number would lose its leading zeros)')) value = '';

  @state() private notice: Notice | undefined;
  /** The help is rendered only once opened: most users never open it. */
  @state() private helpOpen = false;
  /** The help's tips, downloaded when it is first opened. */
  @state() private help: HelpModule | undefined;

  /** Both actions, asking for a code and checking one: a newer one supersedes the other. */
  readonly #request = new HostRequest<CodeInputMessageKey>(this, {
    texts: { error: 'code.error' },
    onCancel: () => (this.#request.label === 'request' ? this.renderRoot.querySelector<HTMLElement>('[part~="get-code"]') : this.#input)?.focus(),
  });

  readonly #field = new CodeField(this, {
    length: () => this.length,
    alphanumeric: () => this.#letters,
    // Recovery codes read in fours (fives for 10 or 15 characters), as <vk-recovery-codes> shows them.
    group: () => (this.channel !== 'recovery' ? 0 : this.length % 4 && !(this.length % 5) ? 5 : 4),
    onEdit: (code, wholeCode) => this.#edited(code, wholeCode),
    onEnter: () => void this.#submit(),
  });

  readonly #timers = new CodeTimers(this, {
    clock: () => this.clock,
    inputs: () => this,
    onExpire: (expiresAt) => this.#expired(expiresAt),
    // "Too many requests… in 5 minutes" is stale once the wait is over.
    onResendReady: () => {
      if (this.notice?.kind === 'rate-limited') this.notice = undefined;
    },
  });

  /** Focuses the code field. */
  override focus(options?: FocusOptions): void {
    if (this.#input) this.#input.focus(options);
    else super.focus(options);
  }

  /** Empties the code and forgets a wrong-code or error verdict. */
  clear(): void {
    this.#request.abort();
    this.value = '';
    this.notice = undefined;
    this.#timers.restart();
  }

  /** Asks the host for a code (`vk-code-request`), as the "Get code" button does. */
  async requestCode(): Promise<void> {
    if (!this.#sends || this.disabled || this.#timers.locked || this.#timers.resend.running || this.#asking('request')) return;
    const answer = await this.#ask('request', requestAnswers, (respond, signal) => new VkCodeRequestEvent({ ...this.#source, respond, signal }));
    if (!answer) return;
    if (!answer.ok) {
      if (answer.reason === 'locked') {
        this.#lockUntil(answer.lockedUntil);
        return;
      }
      if (answer.reason === 'error') {
        this.#request.fail(answer.message);
        return;
      }
      this.resendAt = answer.retryAt;
      const duration = formatDuration(answer.retryAt - this.clock.now(), this.locale);
      this.#notify('rate-limited', () => this.t('code.rateLimited', { duration }));
      return;
    }
    const { expiresAt, resendAt, maskedDestination } = answer;
    const now = this.clock.now();
    if (expiresAt <= now) {
      console.error(
        new VkDeveloperError(
          `verikit: ${VkCodeRequestEvent.eventName}: respond() got field "expiresAt" ${expiresAt}, which is in the past (now ${now})${secondsHint(expiresAt)}. ` +
            'Send the moment the new code stops being valid, e.g. Date.now() + 15 * 60_000.',
        ),
      );
      this.#request.fail();
      return;
    }
    this.expiresAt = expiresAt;
    this.resendAt = resendAt;
    if (maskedDestination !== undefined) this.maskedDestination = maskedDestination;
    this.#timers.codeSent(expiresAt);
    this.#notify('sent', () => (this.maskedDestination ? this.t('code.sentTo', { destination: isolate(this.maskedDestination) }) : this.t('code.sent')));
    this.emit(new VkCodeSentEvent({ ...this.#source, expiresAt, resendAt, ...(maskedDestination === undefined ? {} : { maskedDestination }) }));
    // SMS autofill (WebOTP) where the browser has it, loaded on demand: see code-input.webotp.ts.
    if (this.channel === 'sms' && 'OTPCredential' in window) {
      import('./code-input.webotp.js').then(
        (otp) => otp.listenForSms(this, (code) => this.#canSubmit && this.#edited(normalizeCode(code, false).slice(0, this.length), true)),
        () => undefined,
      );
    }
    await this.updateComplete;
    this.#field.selectAll(this.#input);
  }

  formResetCallback(): void {
    this.clear();
  }

  formStateRestoreCallback(restored: string | File | FormData | null): void {
    if (typeof restored === 'string') this.value = restored;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') || changed.has('length') || changed.has('alphanumeric') || changed.has('channel')) {
      // The code as the field shows it; a host-set value is normalised too (and never submitted).
      this.value = normalizeCode(this.value, this.#letters).slice(0, this.length);
      this.internals.setFormValue(this.value);
    }
  }

  override updated(): void {
    const { notice, value } = this;
    this.setStates({
      pending: this.#request.busy,
      success: notice?.kind === 'success',
      wrong: notice?.kind === 'wrong',
      expired: this.#timers.expired,
      locked: this.#timers.locked,
      sent: this.#timers.valid,
    });
    const input = this.#input;
    const flaw = this.required && !value ? 'valueMissing' : value && !this.#complete ? 'tooShort' : undefined;
    if (!flaw || !input) this.internals.setValidity({});
    else this.internals.setValidity({ [flaw]: true }, flaw === 'tooShort' ? this.t('code.incomplete', { count: this.length }) : this.t('code.required'), input);
  }

  override render(): TemplateResult {
    const locked = this.#timers.locked;
    const success = this.notice?.kind === 'success';
    const [status, tone] = this.#status();
    return html`<div part="base" class="base">
      <label part="label" class="label" for="input">${this.label || this.t(`code.label.${this.channel}`)}</label>
      ${this.#showsDestination
        ? html`<p part="destination" class="destination">
            ${this.t(this.#everSent ? 'code.sentTo' : 'code.sendTo', { destination: isolate(this.maskedDestination) })}
          </p>`
        : nothing}
      ${this.#field.render({
        value: this.value,
        hint: this.t(this.channel === 'recovery' ? 'code.hintRecovery' : this.#letters ? 'code.hintAlphanumeric' : 'code.hint', { count: this.length }),
        disabled: this.disabled,
        readOnly: locked || success,
        required: this.required,
        invalid: this.notice?.kind === 'wrong' || (this.#timers.expired && !success),
      })}
      <div part="actions" class="actions">${this.#renderButtons()}</div>
      ${this.#timers.render((remaining) => this.#countdown(remaining))}
      <p part="status" id="status" class="status" data-tone=${tone} dir="auto">${status}</p>
      ${locked
        ? html`<div part="lock" class="lock">
            <p part="timer lock-timer" class="timer" aria-hidden="true">${this.t('code.unlocksIn', { time: this.#countdown(this.#timers.lock.remaining) })}</p>
            ${this.#renderLinks()}
          </div>`
        : nothing}
      <details part="help" class="help" .open=${this.helpOpen} @toggle=${this.#toggleHelp}>
        <summary part="help-summary">${this.t(`code.help.summary.${this.channel}`)}</summary>
        ${this.helpOpen ? html`${this.#renderTips()} ${locked ? nothing : this.#renderLinks()}` : nothing}
      </details>
      ${this.liveRegion('announcer')}
    </div>`;
  }

  #renderButtons(): TemplateResult {
    const { status, problem, busy } = this.#request;
    const resend = this.#timers.resend;
    const everSent = this.#everSent;
    // Try again once nobody answered, or after an answer that never came or could not be read.
    const retry = status === 'waiting' || (status === 'error' && problem !== 'host');
    // No "Get code" for an authenticator or a recovery code, nor after a verified code.
    return html`${!this.#sends || this.notice?.kind === 'success'
      ? nothing
      : html`<button
          type="button"
          part="get-code"
          class="vk-button"
          data-variant=${everSent ? 'secondary' : 'primary'}
          ?disabled=${this.disabled}
          aria-disabled=${resend.running || this.#asking('request') || this.#timers.locked ? 'true' : 'false'}
          @click=${() => this.requestCode()}
        >
          ${this.t(everSent ? 'code.resend' : 'code.getCode')}
          ${resend.running
            ? html`<span part="timer resend-timer" class="timer" aria-hidden="true">${this.t('code.resendIn', { time: this.#countdown(resend.remaining) })}</span>`
            : nothing}
        </button>`}
    ${this.manualSubmit
      ? html`<button type="button" part="verify" class="vk-button" ?disabled=${this.disabled} aria-disabled=${this.#canSubmit && this.#complete ? 'false' : 'true'} @click=${this.#submit}>
          ${this.t('code.verify')}
        </button>`
      : nothing}
    ${busy
      ? html`<button type="button" part="cancel" class="vk-button" data-variant="secondary" @click=${() => this.#request.cancel()}>
          ${this.t('request.cancel')}
        </button>`
      : nothing}
    ${retry
      ? html`<button type="button" part="retry" class="vk-button" data-variant="secondary" ?disabled=${this.disabled} @click=${this.#retry}>
          ${this.t('request.retry')}
        </button>`
      : nothing}`;
  }

  #renderTips(): TemplateResult | typeof nothing {
    const help = this.help;
    if (!help) return nothing;
    // The tips' English comes with them (not in `static messages`), so they are looked up here as t() would.
    const tip = (key: keyof HelpModule['codeHelpMessages']) =>
      translate(help.codeHelpMessages, key, { seconds: this.period }, { locale: this.locale, overrides: this.config.messages });
    return html`<ul part="help-list">
      ${help.helpTips[this.channel].map((key) => html`<li>${tip(key)}</li>`)}
    </ul>`;
  }

  #toggleHelp(event: Event): void {
    this.helpOpen = (event.target as HTMLDetailsElement).open;
    if (this.helpOpen) loadHelp().then((help) => (this.help = help), () => undefined);
  }

  #renderLinks(): TemplateResult {
    const source = this.#source;
    return html`<p part="links" class="links">
      <button type="button" part="forgot-password" class="vk-link" @click=${() => this.emit(new VkPasswordForgotEvent(source))}>
        ${this.t('code.forgotPassword')}
      </button>
      <button type="button" part="reset-verification" class="vk-link" @click=${() => this.emit(new VkVerificationResetEvent(source))}>
        ${this.t('code.resetVerification')}
      </button>
    </p>`;
  }

  #countdown(remaining: number): string {
    return formatCountdown(remaining, this.locale);
  }

  /** The status line: the most important fact right now, and its tone. */
  #status(): [text: string, tone: 'danger' | 'success' | 'info'] {
    const { status, text: asking } = this.#request;
    const notice = this.notice;
    if (this.#timers.locked && this.lockedUntil !== undefined) {
      return [this.t('code.lockedUntil', { time: formatMoment(this.lockedUntil, this.clock.now(), this.locale) }), 'danger'];
    }
    if (asking) return [asking, status === 'pending' || status === 'cancelled' ? 'info' : 'danger'];
    if (this.#timers.expired && notice?.kind !== 'success') return [this.t('code.expired'), 'danger'];
    // "Code sent to …" is on the destination line already: the status line does not repeat it.
    if (!notice || (notice.kind === 'sent' && this.#showsDestination)) return ['', 'info'];
    return [notice.text(), notice.kind === 'success' ? 'success' : notice.kind === 'sent' ? 'info' : 'danger'];
  }

  get #input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }

  /** E-mail and SMS codes are sent by the host ("Get code"); authenticator and recovery codes are at hand. */
  get #sends(): boolean {
    return this.channel === 'email' || this.channel === 'sms';
  }

  /** The line saying where the code goes ("We'll send the code to …", then "Code sent to …"). */
  get #showsDestination(): boolean {
    return this.#sends && this.maskedDestination !== '';
  }

  /** Letters are code characters: `alphanumeric`, or a recovery code. */
  get #letters(): boolean {
    return this.alphanumeric || this.channel === 'recovery';
  }

  get #source(): VkCodeSource {
    return { channel: this.channel, purpose: this.purpose };
  }

  /** A code was sent (by us or by the host), even if it has since expired or been used. */
  get #everSent(): boolean {
    return this.expiresAt !== undefined || this.#timers.expiredByHost;
  }

  get #complete(): boolean {
    return this.value.length === this.length;
  }

  get #canSubmit(): boolean {
    return !this.disabled && !this.#timers.locked && this.notice?.kind !== 'success';
  }

  /** This action is being asked and a listener took it (one nobody answered may be asked again). */
  #asking(action: Action): boolean {
    return this.#request.label === action && this.#request.status === 'pending';
  }

  /** The user changed the code. A whole pasted code is checked even when it is the same one. */
  #edited(code: string, wholeCode: boolean): void {
    const request = this.#request;
    if (code !== this.value) {
      this.value = code;
      // A different code makes a pending check and the last verdict stale.
      if (!request.busy) request.reset();
      else if (request.label === 'submit') request.abort();
      if (this.notice?.kind !== 'sent' && this.notice?.kind !== 'rate-limited') this.notice = undefined;
      this.emit(new VkCodeChangeEvent({ ...this.#source, value: code, complete: this.#complete }));
    } else if (!wholeCode) return;
    if (this.#complete && !this.manualSubmit) void this.#submit();
  }

  #retry(): void {
    void (this.#request.label === 'request' ? this.requestCode() : this.#submit());
  }

  #ask<Answer>(action: Action, schema: AnswerSchema<Answer>, makeEvent: (respond: Respond<unknown>, signal: AbortSignal) => Event) {
    void loadAnswers().catch(() => undefined); // the schemas download while the host works
    const eventName = action === 'submit' ? VkCodeSubmitEvent.eventName : VkCodeRequestEvent.eventName;
    return this.#request.run(eventName, schema, makeEvent, { label: action, pending: action === 'submit' ? 'code.verifying' : 'code.requesting' });
  }

  async #submit(): Promise<void> {
    // Enter while the same code is being checked: keep waiting for that answer.
    if (!this.#canSubmit || this.#asking('submit')) return;
    if (!this.#complete) {
      this.#notify('incomplete', () => this.t('code.incomplete', { count: this.length }));
      this.focus();
      return;
    }
    if (this.#timers.expired) {
      this.announce(this.t('code.expired'));
      return;
    }
    const answer = await this.#ask('submit', submitAnswers, (respond, signal) => new VkCodeSubmitEvent({ ...this.#source, code: this.value, respond, signal }));
    if (!answer) return;
    if (answer.ok) {
      this.#timers.verified();
      this.#notify('success', () => this.t('code.verified'));
      this.emit(new VkCodeVerifiedEvent(this.#source));
    } else if (answer.reason === 'wrong-code') {
      const attemptsLeft = answer.attemptsLeft;
      this.#notify('wrong', () => (attemptsLeft === undefined ? this.t('code.wrong') : this.t('code.attemptsLeft', { count: attemptsLeft })));
      await this.updateComplete;
      // Keep the code, selected, so the user can retype over it at once.
      this.#field.selectAll(this.#input);
    } else if (answer.reason === 'expired') {
      this.notice = undefined;
      this.#timers.expireByHost();
      this.#expired(this.expiresAt ?? this.clock.now());
    } else if (answer.reason === 'locked') this.#lockUntil(answer.lockedUntil);
    else this.#request.fail(answer.message);
  }

  /** Shows a notice and says it once in the polite live region. */
  #notify(kind: Notice['kind'], text: () => string): void {
    this.notice = { kind, text };
    this.announce(text());
  }

  #lockUntil(lockedUntil: number): void {
    this.notice = undefined;
    this.lockedUntil = lockedUntil;
    this.emit(new VkCodeLockEvent({ ...this.#source, lockedUntil }));
    // Lockout policies are worded in hours ("2 hours", "24 hours").
    this.announce(this.t('code.locked', { duration: formatDuration(lockedUntil - this.clock.now(), this.locale, { largestUnit: 'hour' }) }));
  }

  #expired(expiresAt: number): void {
    this.emit(new VkCodeExpireEvent({ ...this.#source, expiresAt }));
    this.announce(this.t('code.expired'));
  }
}
