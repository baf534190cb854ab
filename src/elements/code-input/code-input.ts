import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Announcer } from '../../core/announcer.js';
import { CountdownController } from '../../core/countdown.js';
import { VkDeveloperError } from '../../core/errors.js';
import { dispatchRequest, type Respond } from '../../core/events.js';
import { VkFormControl } from '../../core/form-control.js';
import { formatCountdown, formatDuration, formatMoment, isolate } from '../../core/i18n.js';
import { parseHostData, type z } from '../../core/schema.js';
import { baseStyles } from '../../core/styles.js';
import {
  VkCodeChangeEvent,
  VkCodeExpireEvent,
  VkCodeLockEvent,
  VkCodeRequestEvent,
  VkCodeSentEvent,
  VkCodeSubmitEvent,
  VkCodeVerifiedEvent,
  VkPasswordForgotEvent,
  VkVerificationResetEvent,
  type VkCodeSource,
} from './code-input.events.js';
import { codeInputMessages, type CodeInputMessageKey } from './code-input.messages.js';
import {
  channelSchema,
  codeLengthSchema,
  codeRequestAnswerSchema,
  codeSubmitAnswerSchema,
  optionalEpochMsSchema,
  periodSchema,
} from './code-input.schema.js';
import { codeInputStyles } from './code-input.styles.js';
import { codeInputStates, defaultCodeLength, maxCodeLength, minCodeLength, type VkCodeChannel } from './code-input.types.js';

const messages = codeInputMessages;

/** Tips under "Didn't receive the code?", per channel. */
const helpTips: Readonly<Record<VkCodeChannel, readonly CodeInputMessageKey[]>> = {
  email: [
    'code.help.email.spam',
    'code.help.email.address',
    'code.help.email.mailbox',
    'code.help.email.wait',
    'code.help.email.whitelist',
    'code.help.email.relay',
  ],
  sms: ['code.help.sms.signal', 'code.help.sms.number', 'code.help.sms.carrier', 'code.help.sms.wait'],
  totp: ['code.help.totp.clock', 'code.help.totp.account', 'code.help.totp.window'],
};

/** Digits typed on Arabic and Persian keyboards, which NFKC leaves alone. */
const easternDigits = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * Folds what a user typed, pasted or autofilled into code characters: NFKC (full-width digits),
 * Arabic-Indic digits to ASCII, then every separator and stray character dropped.
 */
export function normalizeCode(raw: string, alphanumeric: boolean): string {
  const folded = raw
    .normalize('NFKC')
    .replace(easternDigits, (digit) => String((digit.charCodeAt(0) - 0x0660) % (0x06f0 - 0x0660)));
  return alphanumeric ? folded.replace(/[^0-9a-z]/gi, '').toUpperCase() : folded.replace(/[^0-9]/g, '');
}

/**
 * Primitive values each host-data schema has already accepted. A page with a thousand inputs sets
 * the same channel, length and period a thousand times: zod checks each distinct value once.
 */
const acceptedValues = new WeakMap<object, Set<unknown>>();
const maxAcceptedPerSchema = 32;

function isAccepted<T>(schema: z.ZodMiniType<T>, value: unknown): value is T {
  return acceptedValues.get(schema)?.has(value) ?? false;
}

function rememberAccepted(schema: z.ZodMiniType<unknown>, value: unknown): void {
  if (value !== null && (typeof value === 'object' || typeof value === 'function')) return;
  let accepted = acceptedValues.get(schema);
  if (!accepted) acceptedValues.set(schema, (accepted = new Set()));
  if (accepted.size < maxAcceptedPerSchema) accepted.add(value);
}

/**
 * The events of the real input, listened to on the shadow root (see `createRenderRoot`). Those an
 * untouched field can receive (autofill, a paste, a form filler's change) from the start; those
 * only a focused field receives from its first focus on, since most inputs on a page never get it.
 */
const inputEventTypes = ['input', 'paste', 'change', 'focusin'] as const;
const focusedInputEventTypes = ['beforeinput', 'keydown', 'keyup', 'select', 'selectionchange', 'pointerup', 'focusout'] as const;

/** A row of empty slot boxes per length, cloned at first render instead of built box by box. */
const emptySlotRows = new Map<number, DocumentFragment>();
function emptySlotRow(length: number): DocumentFragment {
  let row = emptySlotRows.get(length);
  if (!row) {
    row = document.createDocumentFragment();
    for (let index = 0; index < length; index++) {
      const slot = document.createElement('span');
      slot.className = 'slot';
      slot.setAttribute('part', 'slot');
      row.append(slot);
    }
    emptySlotRows.set(length, row);
  }
  return row;
}

/** A code that looks like seconds instead of milliseconds (before 1973 as epoch ms). */
const looksLikeSeconds = (epoch: number) => epoch > 0 && epoch < 1e11;

type NoticeKind = 'sent' | 'success' | 'wrong' | 'error' | 'network' | 'rate-limited' | 'incomplete';
interface Notice {
  kind: NoticeKind;
  /** Translated at render time, so a locale change re-translates it. */
  text: () => string;
}
interface InFlight {
  action: 'request' | 'submit';
  controller: AbortController;
  /** Nobody answered synchronously: show the waiting state. */
  unanswered: boolean;
}

/**
 * A one-time code field: one real `<input autocomplete="one-time-code">` drawn as segmented
 * slots, with "Get code" and resend countdown (e-mail, SMS), the 15-minute validity timer, the
 * 30-second authenticator window, wrong-code / expired / locked states and per-channel help.
 * Form-associated: submits its value under `name`.
 *
 * @summary Enter a verification code from e-mail, SMS or an authenticator app.
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
 * @csspart retry - The "Try again" button after a network error or an unanswered request.
 * @csspart timer - Every visible timer; also `expiry-timer`, `resend-timer`, `window-timer`, `lock-timer`.
 * @csspart window - The authenticator window progress bar.
 * @csspart status - The status line (sent, wrong code, expired, errors).
 * @csspart lock - The locked-state block.
 * @csspart links - The "Forgot password?" / "Reset security verification" links; also `forgot-password`, `reset-verification`.
 * @csspart help - The "Didn't receive the code?" disclosure; also `help-summary`, `help-list`.
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
export class VkCodeInput extends VkFormControl {
  static override styles = [baseStyles, codeInputStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Where the code comes from: `email`, `sms` or `totp` (authenticator app, no "Get code"). */
  @property({ reflect: true }) channel: VkCodeChannel = 'email';

  /** Number of characters, 4–10. */
  @property({ type: Number }) length = defaultCodeLength;

  /** Accept letters as well as digits (letters are upper-cased). */
  @property({ type: Boolean, reflect: true }) alphanumeric = false;

  /** Wait for the Verify button instead of submitting as soon as the code is complete. */
  @property({ type: Boolean, attribute: 'manual-submit' }) manualSubmit = false;

  /** Echoed in every event detail so one listener can tell several inputs apart, e.g. 'new-phone'. */
  @property({ reflect: true }) purpose = '';

  /** Where the code goes, already masked by the host, e.g. `j•••@mail.com`. */
  @property({ attribute: 'masked-destination' }) maskedDestination = '';

  /** When the sent code stops being valid (epoch ms). Set by a host that sent the code itself. */
  @property({ type: Number, attribute: 'expires-at' }) expiresAt: number | undefined;

  /** When the user may ask for another code (epoch ms). */
  @property({ type: Number, attribute: 'resend-at' }) resendAt: number | undefined;

  /** Verification is locked until this moment (epoch ms). */
  @property({ type: Number, attribute: 'locked-until' }) lockedUntil: number | undefined;

  /** Authenticator period in seconds. */
  @property({ type: Number }) period = 30;

  /** Overrides the default accessible label ("Email verification code", …). */
  @property() label = '';

  /** The code (only code characters; separators are dropped). */
  @property() value = '';

  @state() private notice: Notice | undefined;
  @state() private inFlight: InFlight | undefined;
  @state() private selection: readonly [start: number, end: number] = [0, 0];
  @state() private focused = false;
  /** The help is rendered only once opened: most users never open it, and pages may hold many inputs. */
  @state() private helpOpen = false;

  // Validated copies of the host's properties: the raw property keeps what the host set.
  #channel: VkCodeChannel = 'email';
  #length = defaultCodeLength;
  #period = 30;
  /** The host answered 'expired' for the current code. */
  #expiredByHost = false;
  #lastAction: InFlight['action'] = 'submit';
  #minuteAnnouncedFor: number | undefined;
  #wasLocked = false;
  /** What was last handed to `internals` (a fresh element has no state and is valid). */
  #appliedStates = '000000';
  #appliedValidity = '';
  /** What each slot box shows now: its character, `*` after it when active. */
  #slotLooks: string[] = [];
  #listeningWhileFocused = false;

  readonly #announcer = new Announcer(this);

  readonly #expiry = new CountdownController(this, {
    clock: () => this.clock,
    onTick: (remaining) => this.#onExpiryTick(remaining),
    onExpire: () => this.#onExpire(),
  });

  readonly #resend = new CountdownController(this, {
    clock: () => this.clock,
    // "Too many requests… in 5 minutes" is stale once the wait is over.
    onExpire: () => {
      if (this.notice?.kind === 'rate-limited') this.notice = undefined;
    },
  });

  readonly #lock = new CountdownController(this, {
    clock: () => this.clock,
    onExpire: () => this.#onUnlock(),
  });

  /** The authenticator window; restarts at each multiple of the period since the epoch. */
  readonly #window = new CountdownController(this, {
    clock: () => this.clock,
    onExpire: () => this.#startWindow(),
  });

  /** Focuses the code field. */
  override focus(options?: FocusOptions): void {
    const input = this.#input;
    if (input) input.focus(options);
    else super.focus(options);
  }

  /** Empties the code and forgets a wrong-code or error verdict. */
  clear(): void {
    this.#abortInFlight();
    this.value = '';
    this.notice = undefined;
  }

  /** Asks the host for a code (`vk-code-request`), as the "Get code" button does. */
  async requestCode(): Promise<void> {
    if (this.#channel === 'totp' || this.disabled || this.#locked || this.#resend.running) return;
    if (this.inFlight?.action === 'request' && !this.inFlight.unanswered) return;
    this.#lastAction = 'request';
    const answer = await this.#send('request', codeRequestAnswerSchema, (respond, signal) =>
      new VkCodeRequestEvent({ ...this.#source, respond, signal }),
    );
    if (!answer) return;
    if (!answer.ok) {
      if (answer.reason === 'rate-limited') {
        this.resendAt = answer.retryAt;
        const duration = formatDuration(answer.retryAt - this.clock.now(), this.locale);
        this.#notify('rate-limited', () => this.message(messages, 'code.rateLimited', { duration }));
      } else if (answer.reason === 'locked') {
        this.#lockUntil(answer.lockedUntil);
      } else {
        this.#notifyHostError(answer.message);
      }
      return;
    }
    const now = this.clock.now();
    if (answer.expiresAt <= now) {
      console.error(
        new VkDeveloperError(
          `verikit: ${VkCodeRequestEvent.eventName}: respond() got field "expiresAt" ${answer.expiresAt}, which is in the past ` +
            `(now ${now})${this.#secondsHint(answer.expiresAt)}. Send the moment the new code stops being valid, e.g. Date.now() + 15 * 60_000.`,
        ),
      );
      this.#notifyHostError(undefined);
      return;
    }
    this.expiresAt = answer.expiresAt;
    this.resendAt = answer.resendAt;
    if (answer.maskedDestination !== undefined) this.maskedDestination = answer.maskedDestination;
    this.#expiredByHost = false;
    // Restart even when the host repeats the previous deadline (no property change then).
    this.#expiry.start(answer.expiresAt);
    this.#notify('sent', () =>
      this.maskedDestination ? this.message(messages, 'code.sentTo', { destination: isolate(this.maskedDestination) }) : this.message(messages, 'code.sent'),
    );
    const sent: VkCodeSentEvent['detail'] = { ...this.#source, expiresAt: answer.expiresAt, resendAt: answer.resendAt };
    if (answer.maskedDestination !== undefined) sent.maskedDestination = answer.maskedDestination;
    this.#fire(new VkCodeSentEvent(sent));
    await this.updateComplete;
    this.#selectAll();
  }

  // ---- Form participation -------------------------------------------------------------------

  formResetCallback(): void {
    this.#abortInFlight();
    this.value = '';
    this.notice = undefined;
  }

  formStateRestoreCallback(restored: string | File | FormData | null): void {
    if (typeof restored === 'string') this.value = restored;
  }

  // ---- Lifecycle ----------------------------------------------------------------------------

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A move in the DOM reconnects at once; only a real removal gives up the pending answer.
    queueMicrotask(() => {
      if (!this.isConnected) this.#abortInFlight();
    });
  }

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('channel')) this.#channel = this.#checked('channel', channelSchema, this.channel, 'email');
    if (changed.has('length')) {
      const nearest = Math.min(maxCodeLength, Math.max(minCodeLength, Math.round(Number(this.length) || defaultCodeLength)));
      this.#length = this.#checked('length', codeLengthSchema, this.length, nearest);
    }
    if (changed.has('period')) this.#period = this.#checked('period', periodSchema, this.period, 30);
    if (changed.has('value') || changed.has('length') || changed.has('alphanumeric')) {
      this.value = normalizeCode(String(this.value ?? ''), this.alphanumeric).slice(0, this.#length);
      this.internals.setFormValue(this.value);
    }
    if (changed.has('config')) {
      // A clock from <vk-provider> may have arrived: recompute every countdown against it.
      for (const countdown of [this.#expiry, this.#resend, this.#lock]) countdown.refresh();
    }
    if (changed.has('expiresAt') || changed.has('channel') || changed.has('config')) this.#syncExpiry(changed.has('expiresAt'));
    if (changed.has('resendAt')) this.#syncCountdown(this.#resend, 'resendAt', this.resendAt);
    if (changed.has('lockedUntil')) {
      this.#syncCountdown(this.#lock, 'lockedUntil', this.lockedUntil);
      this.#wasLocked = this.#lock.running;
    }
    if (changed.has('channel') || changed.has('period') || changed.has('config')) {
      if (this.#channel === 'totp') this.#startWindow();
      else this.#window.stop();
    }
  }

  override updated(changed: PropertyValues): void {
    // The field shows `value` even after the user typed something else (what lit's `live` directive
    // did, without its code in the bundle).
    const input = this.#input;
    if (input && input.value !== this.value) input.value = this.value;
    if (this.#slotLooks.length === 0 || changed.has('value') || changed.has('length') || changed.has('selection') || changed.has('focused')) {
      this.#syncSlots();
    }
    this.#syncValidity();
    this.#syncStates([
      this.inFlight !== undefined,
      this.notice?.kind === 'success',
      this.notice?.kind === 'wrong',
      this.#expired,
      this.#locked,
      this.#channel !== 'totp' && this.#expiry.running && !this.#expiredByHost,
    ]);
  }

  /** Sets the custom states in `codeInputStates` order; touches `internals.states` only when one changed. */
  #syncStates(on: readonly boolean[]): void {
    const key = on.map(Number).join('');
    if (key === this.#appliedStates) return;
    this.#appliedStates = key;
    codeInputStates.forEach((name, index) => this.toggleState(name, on[index] ?? false));
  }

  // ---- Rendering ----------------------------------------------------------------------------

  override render(): TemplateResult {
    const channel = this.#channel;
    const locked = this.#locked;
    const success = this.notice?.kind === 'success';
    const invalid = this.notice?.kind === 'wrong' || (this.#expired && !success);
    return html`
      <div part="base" class="base">
        <label part="label" class="label" for="input">${this.label || this.message(messages, `code.label.${channel}`)}</label>
        ${this.#renderDestination()}
        <div part="field" class="field">
          <div part="slots" class="slots" aria-hidden="true" dir="ltr"></div>
          <input
            part="input"
            id="input"
            class="input"
            dir="ltr"
            autocomplete="one-time-code"
            inputmode=${this.alphanumeric ? 'text' : 'numeric'}
            pattern=${this.alphanumeric ? nothing : '[0-9]*'}
            autocapitalize=${this.alphanumeric ? 'characters' : 'off'}
            autocorrect="off"
            spellcheck="false"
            enterkeyhint="done"
            ?disabled=${this.disabled}
            ?readonly=${locked || success}
            ?required=${this.required}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby="hint status"
          />
          <span id="hint" class="visually-hidden"
            >${this.message(messages, this.alphanumeric ? 'code.hintAlphanumeric' : 'code.hint', { count: this.#length })}</span
          >
        </div>
        <div part="actions" class="actions">${this.#renderGetCode()}${this.#renderVerify()}${this.#renderRetry()}</div>
        ${this.#renderTimer()}
        <p part="status" id="status" class="status" data-tone=${this.#tone()}>${this.#statusText()}</p>
        ${locked ? this.#renderLock() : nothing}
        <details part="help" class="help" .open=${this.helpOpen} @toggle=${this.#onHelpToggle}>
          <summary part="help-summary">${this.message(messages, `code.help.summary.${channel}`)}</summary>
          ${this.helpOpen ? this.#renderHelpContent() : nothing}
        </details>
        <div role="status" class="visually-hidden">${this.#announcer.message}</div>
      </div>
    `;
  }

  #renderDestination(): TemplateResult | typeof nothing {
    if (this.#channel === 'totp' || !this.maskedDestination) return nothing;
    const key = this.#everSent ? 'code.sentTo' : 'code.sendTo';
    return html`<p part="destination" class="destination">${this.message(messages, key, { destination: isolate(this.maskedDestination) })}</p>`;
  }

  /**
   * Draws the slot boxes after each render. Plain DOM rather than one template per slot: with many
   * inputs on a page, six template instances per input cost more than the rest of the field.
   */
  #syncSlots(): void {
    const container = this.renderRoot.querySelector('.slots');
    if (!container) return;
    const length = this.#length;
    if (this.#slotLooks.length !== length) {
      container.replaceChildren(emptySlotRow(length).cloneNode(true));
      this.#slotLooks = Array.from({ length }, () => '');
      // The usual first render: nothing typed, not focused, so the fresh boxes are right as they are.
      if (this.value === '' && !this.focused) return;
    }
    const [start, end] = this.selection;
    const characters = [...this.value];
    const caretSlot = Math.min(start, length - 1);
    for (const [index, slot] of [...container.children].entries()) {
      const character = characters[index] ?? '';
      const active = this.focused && (start === end ? index === caretSlot : index >= start && index < end);
      const look = active ? `${character}*` : character;
      if (this.#slotLooks[index] === look) continue;
      this.#slotLooks[index] = look;
      slot.setAttribute('part', character ? (active ? 'slot slot-filled slot-active' : 'slot slot-filled') : active ? 'slot slot-active' : 'slot');
      slot.toggleAttribute('data-filled', character !== '');
      slot.toggleAttribute('data-active', active);
      slot.textContent = character;
    }
  }

  #renderGetCode(): TemplateResult | typeof nothing {
    // After a verified code there is nothing more to ask for.
    if (this.#channel === 'totp' || this.notice?.kind === 'success') return nothing;
    const requesting = this.inFlight?.action === 'request' && !this.inFlight.unanswered;
    const everSent = this.#everSent;
    const coolingDown = this.#resend.running;
    return html`<button
      type="button"
      part="get-code"
      class="vk-button"
      data-variant=${everSent ? 'secondary' : 'primary'}
      ?disabled=${this.disabled}
      aria-disabled=${coolingDown || requesting || this.#locked ? 'true' : 'false'}
    >
      ${this.message(messages, everSent ? 'code.resend' : 'code.getCode')}
      ${coolingDown
        ? html`<span part="timer resend-timer" class="timer" aria-hidden="true"
            >${this.message(messages, 'code.resendIn', { time: formatCountdown(this.#resend.remaining, this.locale) })}</span
          >`
        : nothing}
    </button>`;
  }

  #renderVerify(): TemplateResult | typeof nothing {
    if (!this.manualSubmit) return nothing;
    return html`<button type="button" part="verify" class="vk-button" ?disabled=${this.disabled} aria-disabled=${this.#canSubmit && this.#complete ? 'false' : 'true'}>
      ${this.message(messages, 'code.verify')}
    </button>`;
  }

  #renderRetry(): TemplateResult | typeof nothing {
    if (!this.inFlight?.unanswered && this.notice?.kind !== 'network') return nothing;
    return html`<button type="button" part="retry" class="vk-button" data-variant="secondary" ?disabled=${this.disabled}>
      ${this.message(messages, 'code.retry')}
    </button>`;
  }

  #renderTimer(): TemplateResult | typeof nothing {
    if (this.#channel === 'totp') {
      const remaining = this.#window.remaining;
      return html`<div part="timer window-timer" class="timer window-timer" aria-hidden="true">
        <span>${this.message(messages, 'code.totpWindow', { time: formatCountdown(remaining, this.locale) })}</span>
        <progress part="window" class="window" max=${this.#period} .value=${this.#window.remainingSeconds}></progress>
      </div>`;
    }
    if (!this.#expiry.running || this.#expiredByHost || this.notice?.kind === 'success') return nothing;
    return html`<p part="timer expiry-timer" class="timer" aria-hidden="true">
      ${this.message(messages, 'code.expiresIn', { time: formatCountdown(this.#expiry.remaining, this.locale) })}
    </p>`;
  }

  #renderLock(): TemplateResult {
    return html`<div part="lock" class="lock">
      <p part="timer lock-timer" class="timer" aria-hidden="true">
        ${this.message(messages, 'code.unlocksIn', { time: formatCountdown(this.#lock.remaining, this.locale) })}
      </p>
      ${this.#renderLinks()}
    </div>`;
  }

  #renderLinks(): TemplateResult {
    return html`<p part="links" class="links">
      <button type="button" part="forgot-password" class="vk-link">
        ${this.message(messages, 'code.forgotPassword')}
      </button>
      <button type="button" part="reset-verification" class="vk-link">
        ${this.message(messages, 'code.resetVerification')}
      </button>
    </p>`;
  }

  /** The help tips, rendered only once opened: most users never open it, and pages may hold many inputs. */
  #renderHelpContent(): TemplateResult {
    return html`<ul part="help-list">
        ${helpTips[this.#channel].map((key) => html`<li>${this.message(messages, key, { seconds: this.#period })}</li>`)}
      </ul>
      ${this.#locked ? nothing : this.#renderLinks()}`;
  }

  #onHelpToggle(event: Event): void {
    if (event.target instanceof HTMLDetailsElement) this.helpOpen = event.target.open;
  }

  /** The status line: the most important fact right now. */
  #statusText(): string {
    if (this.#locked && this.lockedUntil !== undefined) {
      return this.message(messages, 'code.lockedUntil', { time: formatMoment(this.lockedUntil, this.clock.now(), this.locale) });
    }
    const inFlight = this.inFlight;
    if (inFlight) {
      if (inFlight.unanswered) return this.message(messages, 'code.waiting');
      return this.message(messages, inFlight.action === 'submit' ? 'code.verifying' : 'code.requesting');
    }
    if (this.#expired && this.notice?.kind !== 'success') return this.message(messages, 'code.expired');
    return this.notice?.text() ?? '';
  }

  #tone(): 'danger' | 'success' | 'info' {
    if (this.#locked || (this.#expired && this.notice?.kind !== 'success')) return 'danger';
    if (this.inFlight) return this.inFlight.unanswered ? 'danger' : 'info';
    switch (this.notice?.kind) {
      case 'success':
        return 'success';
      case 'sent':
      case undefined:
        return 'info';
      default:
        return 'danger';
    }
  }

  // ---- User input ---------------------------------------------------------------------------

  get #input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }

  /**
   * One listener per event type on the shadow root instead of eleven bindings on the input: the
   * template has fewer parts to create for every instance. Only events of the code input count
   * (Enter on a button must not submit; focus moving to a button is not the field's focus).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    for (const type of inputEventTypes) root.addEventListener(type, this.#onInputEvent);
    root.addEventListener('click', this.#onClick);
    return root;
  }

  /** The buttons' clicks, told apart by their part (one listener instead of one binding per button). */
  #onClick = (event: Event): void => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    switch (button?.getAttribute('part')) {
      case 'get-code':
        void this.requestCode();
        return;
      case 'verify':
        void this.#submit();
        return;
      case 'retry':
        this.#retry();
        return;
      case 'forgot-password':
        this.#fire(new VkPasswordForgotEvent(this.#source));
        return;
      case 'reset-verification':
        this.#fire(new VkVerificationResetEvent(this.#source));
        return;
    }
  };

  #listenWhileFocused(): void {
    if (this.#listeningWhileFocused) return;
    this.#listeningWhileFocused = true;
    for (const type of focusedInputEventTypes) this.renderRoot.addEventListener(type, this.#onInputEvent);
  }

  #onInputEvent = (event: Event): void => {
    if (!(event.target instanceof HTMLInputElement)) return;
    switch (event.type) {
      case 'beforeinput':
        if (event instanceof InputEvent) this.#onBeforeInput(event);
        return;
      case 'input':
        this.#onInput(event);
        return;
      case 'paste':
        if (event instanceof ClipboardEvent) this.#onPaste(event);
        return;
      case 'keydown':
        if (event instanceof KeyboardEvent) this.#onKeyDown(event);
        return;
      case 'focusin':
        this.#listenWhileFocused();
        this.#onFocus();
        return;
      case 'focusout':
        this.#onBlur();
        return;
      case 'change':
        this.#onChange();
        return;
      default:
        // keyup, select, selectionchange, pointerup: the caret may have moved.
        this.#trackSelection();
    }
  };

  /** Typing and autofill: the native `input` event goes on to the host by itself (it is composed). */
  #onInput(event: Event): void {
    if (!(event.target instanceof HTMLInputElement)) return;
    const input = event.target;
    this.#applyRaw(input, input.value, input.selectionStart ?? input.value.length);
  }

  /** Paths that cancel the native insertion still owe the host an `input` event. */
  #applyRawAndAnnounceInput(input: HTMLInputElement, raw: string, caret: number): void {
    const before = this.value;
    this.#applyRaw(input, raw, caret);
    if (this.value !== before) this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  /** Normalises the inner input's text, keeps the caret after the same characters, and records the value. */
  #applyRaw(input: HTMLInputElement, raw: string, caret: number): void {
    const code = normalizeCode(raw, this.alphanumeric).slice(0, this.#length);
    const caretAfter = Math.min(normalizeCode(raw.slice(0, caret), this.alphanumeric).length, code.length);
    if (input.value !== code) input.value = code;
    input.setSelectionRange(caretAfter, caretAfter);
    this.selection = [caretAfter, caretAfter];
    this.#userChanged(code);
  }

  #userChanged(code: string): void {
    if (code === this.value) return;
    this.value = code;
    // A different code makes a pending check and the last verdict stale.
    if (this.inFlight?.action === 'submit') this.#abortInFlight();
    if (this.notice && this.notice.kind !== 'sent' && this.notice.kind !== 'rate-limited') this.notice = undefined;
    const complete = this.#isComplete(code);
    this.#fire(new VkCodeChangeEvent({ ...this.#source, value: code, complete }));
    if (complete && !this.manualSubmit) void this.#submit();
  }

  /** A full code overwrites the character after the caret instead of pushing the rest out. */
  #onBeforeInput(event: InputEvent): void {
    const input = this.#input;
    if (!input || event.inputType !== 'insertText' || !event.data) return;
    const start = input.selectionStart;
    if (start === null || start !== input.selectionEnd || input.value.length < this.#length || start >= this.#length) return;
    event.preventDefault();
    const typed = normalizeCode(event.data, this.alphanumeric);
    if (!typed) return;
    const next = input.value.slice(0, start) + typed + input.value.slice(start + typed.length);
    this.#applyRawAndAnnounceInput(input, next, start + typed.length);
  }

  /** A pasted whole code replaces everything; a fragment goes where the caret is. */
  #onPaste(event: ClipboardEvent): void {
    const input = this.#input;
    if (!input || input.readOnly) return;
    event.preventDefault();
    const pasted = normalizeCode(event.clipboardData?.getData('text') ?? '', this.alphanumeric);
    if (!pasted) return;
    if (pasted.length >= this.#length) {
      this.#applyRawAndAnnounceInput(input, pasted, this.#length);
      return;
    }
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;
    this.#applyRawAndAnnounceInput(input, input.value.slice(0, start) + pasted + input.value.slice(end), start + pasted.length);
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      void this.#submit();
    }
    // Arrows, Home/End, Backspace and select-all are the real input's own behaviour; the slots
    // follow the caret through selectionchange and keyup.
  }

  #trackSelection(): void {
    const input = this.#input;
    if (!input) return;
    const start = input.selectionStart ?? 0;
    const end = input.selectionEnd ?? start;
    if (start !== this.selection[0] || end !== this.selection[1]) this.selection = [start, end];
  }

  #onFocus(): void {
    this.focused = true;
    this.#trackSelection();
  }

  #onBlur(): void {
    this.focused = false;
  }

  /** `change` does not cross the shadow boundary by itself. */
  #onChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #retry(): void {
    this.#abortInFlight();
    if (this.#lastAction === 'request') void this.requestCode();
    else void this.#submit();
  }

  /**
   * Dispatches one of our events. (Not `this.dispatchEvent(new …)` inline: the manifest analyzer
   * would list each call as an extra, misnamed event beside the `@fires` tags.)
   */
  #fire(event: Event): void {
    this.dispatchEvent(event);
  }

  #selectAll(): void {
    const input = this.#input;
    if (!input) return;
    input.focus();
    input.select();
    this.#trackSelection();
  }

  // ---- Host requests ------------------------------------------------------------------------

  get #source(): VkCodeSource {
    return { channel: this.#channel, purpose: this.purpose };
  }

  #isComplete(code: string): boolean {
    return code.length === this.#length;
  }

  get #complete(): boolean {
    return this.#isComplete(this.value);
  }

  get #canSubmit(): boolean {
    return !this.disabled && !this.#locked && this.notice?.kind !== 'success';
  }

  async #submit(): Promise<void> {
    if (!this.#canSubmit) return;
    // Enter while the same code is being checked: keep waiting for that answer.
    if (this.inFlight?.action === 'submit' && !this.inFlight.unanswered) return;
    if (!this.#complete) {
      this.#notify('incomplete', () => this.message(messages, 'code.incomplete', { count: this.#length }));
      this.focus();
      return;
    }
    if (this.#expired) {
      this.#announcer.announce(this.message(messages, 'code.expired'));
      return;
    }
    this.#lastAction = 'submit';
    const code = this.value;
    const answer = await this.#send('submit', codeSubmitAnswerSchema, (respond, signal) =>
      new VkCodeSubmitEvent({ ...this.#source, code, respond, signal }),
    );
    if (!answer) return;
    if (answer.ok) {
      this.#expiry.stop();
      this.#notify('success', () => this.message(messages, 'code.verified'));
      this.#fire(new VkCodeVerifiedEvent(this.#source));
      return;
    }
    switch (answer.reason) {
      case 'wrong-code': {
        const attemptsLeft = answer.attemptsLeft;
        this.#notify('wrong', () =>
          attemptsLeft === undefined ? this.message(messages, 'code.wrong') : this.message(messages, 'code.attemptsLeft', { count: attemptsLeft }),
        );
        await this.updateComplete;
        // Keep the code, selected, so the user can retype over it at once.
        this.#selectAll();
        return;
      }
      case 'expired':
        this.notice = undefined;
        this.#expiredByHost = true;
        this.#expiry.stop();
        this.#announceExpired(this.expiresAt ?? this.clock.now());
        return;
      case 'locked':
        this.#lockUntil(answer.lockedUntil);
        return;
      case 'error':
        this.#notifyHostError(answer.message);
        return;
    }
  }

  /**
   * Dispatches a request, tracks it as in flight and turns failures into notices. Returns the
   * validated answer, or undefined when there is none to act on (failed, aborted or superseded).
   */
  async #send<Answer>(
    action: InFlight['action'],
    schema: z.ZodMiniType<Answer>,
    makeEvent: (respond: Respond<unknown>, signal: AbortSignal) => Event,
  ): Promise<Answer | undefined> {
    this.inFlight?.controller.abort();
    const flight: InFlight = { action, controller: new AbortController(), unanswered: false };
    this.inFlight = flight;
    const eventName = action === 'submit' ? VkCodeSubmitEvent.eventName : VkCodeRequestEvent.eventName;
    const outcome = await dispatchRequest(this, eventName, schema, makeEvent, {
      signal: flight.controller.signal,
      onUnanswered: () => {
        this.inFlight = { ...flight, unanswered: true };
        this.#announcer.announce(this.message(messages, 'code.waiting'));
      },
    });
    if (this.inFlight?.controller !== flight.controller) return undefined;
    this.inFlight = undefined;
    switch (outcome.kind) {
      case 'answered':
        return outcome.result;
      case 'malformed':
        this.#notifyHostError(undefined);
        return undefined;
      case 'rejected':
        this.#notify('network', () => this.message(messages, 'code.network'));
        return undefined;
      case 'aborted':
        return undefined;
    }
  }

  #abortInFlight(): void {
    const flight = this.inFlight;
    if (!flight) return;
    this.inFlight = undefined;
    flight.controller.abort();
  }

  /** Shows a notice and says it once in the polite live region. */
  #notify(kind: NoticeKind, text: () => string): void {
    this.notice = { kind, text };
    this.#announcer.announce(text());
  }

  #notifyHostError(hostMessage: string | undefined): void {
    this.#notify('error', () => hostMessage || this.message(messages, 'code.error'));
  }

  #lockUntil(lockedUntil: number): void {
    this.notice = undefined;
    this.lockedUntil = lockedUntil;
    this.#fire(new VkCodeLockEvent({ ...this.#source, lockedUntil }));
    // Lockout policies are worded in hours ("2 hours", "24 hours").
    const duration = formatDuration(lockedUntil - this.clock.now(), this.locale, { largestUnit: 'hour' });
    this.#announcer.announce(this.message(messages, 'code.locked', { duration }));
  }

  // ---- Timers -------------------------------------------------------------------------------

  /** A code was sent (by us or by the host), even if it has since expired or been used. */
  get #everSent(): boolean {
    return this.expiresAt != null || this.#expiredByHost;
  }

  get #locked(): boolean {
    return this.#lock.running;
  }

  get #expired(): boolean {
    return this.#channel !== 'totp' && (this.#expiry.expired || this.#expiredByHost);
  }

  #syncExpiry(expiresAtChanged: boolean): void {
    if (expiresAtChanged) this.#expiredByHost = false;
    const expiresAt = this.#checked('expiresAt', optionalEpochMsSchema, this.expiresAt ?? undefined, undefined);
    if (this.#channel === 'totp' || expiresAt === undefined) {
      this.#expiry.stop();
      return;
    }
    if (expiresAtChanged && expiresAt <= this.clock.now()) {
      console.error(
        new VkDeveloperError(
          `verikit: ${this.#what} property "expiresAt" is in the past (${expiresAt}, now ${this.clock.now()})` +
            `${this.#secondsHint(expiresAt)}; the code shows as expired.`,
        ),
      );
    }
    this.#expiry.start(expiresAt);
  }

  #syncCountdown(countdown: CountdownController, field: 'resendAt' | 'lockedUntil', value: number | undefined): void {
    const deadline = this.#checked(field, optionalEpochMsSchema, value ?? undefined, undefined);
    if (deadline === undefined) countdown.stop();
    else countdown.start(deadline);
  }

  #startWindow(): void {
    const period = this.#period * 1000;
    const now = this.clock.now();
    this.#window.start(Math.floor(now / period) * period + period);
  }

  #onExpiryTick(remaining: number): void {
    const deadline = this.#expiry.deadline;
    if (remaining > 0 && remaining <= 60_000 && this.#minuteAnnouncedFor !== deadline) {
      this.#minuteAnnouncedFor = deadline;
      this.#announcer.announce(this.message(messages, 'code.oneMinuteLeft'));
    }
  }

  #onExpire(): void {
    const expiresAt = this.#expiry.deadline;
    if (expiresAt !== undefined) this.#announceExpired(expiresAt);
  }

  #announceExpired(expiresAt: number): void {
    this.#fire(new VkCodeExpireEvent({ ...this.#source, expiresAt }));
    this.#announcer.announce(this.message(messages, 'code.expired'));
  }

  #onUnlock(): void {
    if (!this.#wasLocked) return;
    this.#wasLocked = false;
    this.#announcer.announce(this.message(messages, 'code.unlocked'));
  }

  // ---- Validation ---------------------------------------------------------------------------

  get #what(): string {
    return this.purpose ? `<vk-code-input purpose="${this.purpose}">` : '<vk-code-input>';
  }

  #secondsHint(epoch: number): string {
    return looksLikeSeconds(epoch) ? ' — it looks like seconds; verikit expects epoch milliseconds' : '';
  }

  /** Validates one host property; on failure logs a developer error and uses `fallback`. */
  #checked<T>(field: string, schema: z.ZodMiniType<T>, value: unknown, fallback: T): T {
    if (isAccepted(schema, value)) return value;
    try {
      const parsed = parseHostData(`${this.#what} property "${field}"`, schema, value);
      // Only a value zod returns unchanged may skip zod next time.
      if (Object.is(parsed, value)) rememberAccepted(schema, value);
      return parsed;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.error(new VkDeveloperError(`${reason}. Got ${JSON.stringify(value)}; using ${JSON.stringify(fallback)}.`));
      return fallback;
    }
  }

  #syncValidity(): void {
    const input = this.#input;
    if (!input) return;
    const flaw = this.required && this.value === '' ? 'valueMissing' : this.value !== '' && !this.#complete ? 'tooShort' : undefined;
    const text = flaw === 'valueMissing' ? this.message(messages, 'code.required') : flaw ? this.message(messages, 'code.incomplete', { count: this.#length }) : '';
    // Every render passes here: tell `internals` only when the verdict or its wording changed.
    const applied = flaw ? `${flaw}|${text}` : '';
    if (applied === this.#appliedValidity) return;
    this.#appliedValidity = applied;
    if (flaw) this.internals.setValidity({ [flaw]: true }, text, input);
    else this.internals.setValidity({});
  }
}
