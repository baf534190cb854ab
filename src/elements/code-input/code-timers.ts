import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { VkElement } from '../../core/base-element.js';
import type { Clock } from '../../core/clock.js';
import { CountdownController } from '../../core/countdown.js';
import { VkDeveloperError } from '../../core/errors.js';
import type { CodeInputMessageKey } from './code-input.messages.js';
import type { VkCodeChannel } from './code-input.types.js';

/** What the timers follow: the element's (validated) properties. */
export interface CodeTimerInputs {
  channel: VkCodeChannel;
  /** Authenticator period in seconds. */
  period: number;
  expiresAt: number | undefined;
  resendAt: number | undefined;
  lockedUntil: number | undefined;
}

export interface CodeTimersOptions {
  clock: () => Clock;
  inputs: () => CodeTimerInputs;
  /** The sent code's validity ran out (once per deadline). */
  onExpire: (expiresAt: number) => void;
  /** The resend cooldown is over. */
  onResendReady: () => void;
}

/** A hint for a deadline that looks like seconds instead of milliseconds (before 1973 as epoch ms). */
export function secondsHint(epoch: number): string {
  return epoch > 0 && epoch < 1e11 ? ' — it looks like seconds; verikit expects epoch milliseconds' : '';
}

/**
 * The four countdowns of a code input, each a `CountdownController` on the shared clock: the sent
 * code's validity (15 minutes for e-mail and SMS), the resend cooldown, the lockout, and the
 * authenticator window, which restarts at every multiple of the period since the epoch. Announces
 * the thresholds politely (1 minute left, unlocked; the element announces "expired" with its
 * event), never every second. Follows the element's properties on each update.
 */
export class CodeTimers implements ReactiveController {
  readonly expiry: CountdownController;
  readonly resend: CountdownController;
  readonly lock: CountdownController;
  readonly window: CountdownController;

  readonly #host: VkElement<CodeInputMessageKey>;
  readonly #options: CodeTimersOptions;
  #last: CodeTimerInputs | undefined;
  #lastClock: Clock | undefined;
  /** The host answered 'expired' for the current code. */
  #expiredByHost = false;
  #minuteAnnouncedFor: number | undefined;
  #wasLocked = false;
  /** A code was verified: the authenticator window stays stopped. */
  #verified = false;

  constructor(host: VkElement<CodeInputMessageKey>, options: CodeTimersOptions) {
    this.#host = host;
    this.#options = options;
    const clock = options.clock;
    this.expiry = new CountdownController(host, {
      clock,
      onTick: (remaining) => this.#onExpiryTick(remaining),
      onExpire: () => {
        const deadline = this.expiry.deadline;
        if (deadline !== undefined) options.onExpire(deadline);
      },
    });
    this.resend = new CountdownController(host, { clock, onExpire: () => options.onResendReady() });
    this.lock = new CountdownController(host, { clock, onExpire: () => this.#onUnlock() });
    this.window = new CountdownController(host, { clock, onExpire: () => this.#startWindow() });
    host.addController(this);
  }

  /** The code was sent or used and has run out (never for an authenticator). */
  get expired(): boolean {
    return this.#last?.channel !== 'totp' && (this.expiry.expired || this.#expiredByHost);
  }

  /** A sent code is still valid. */
  get valid(): boolean {
    return this.#last?.channel !== 'totp' && this.expiry.running && !this.#expiredByHost;
  }

  get locked(): boolean {
    return this.lock.running;
  }

  get expiredByHost(): boolean {
    return this.#expiredByHost;
  }

  /** A new code was sent: count down to its `expiresAt`, even when the host repeats the previous one. */
  codeSent(expiresAt: number): void {
    this.#expiredByHost = false;
    this.expiry.start(expiresAt);
  }

  /** The host says the code has expired. */
  expireByHost(): void {
    this.#expiredByHost = true;
    this.expiry.stop();
  }

  /** The code was verified: neither its validity nor the authenticator's window matters any more, until `restart()`. */
  verified(): void {
    this.#verified = true;
    this.expiry.stop();
    this.window.stop();
  }

  /** The verified code was cleared: an authenticator's window runs again. */
  restart(): void {
    if (!this.#verified) return;
    this.#verified = false;
    if (this.#last?.channel === 'totp') this.#startWindow();
  }

  /**
   * The visible timer, `aria-hidden` (the thresholds are announced instead): the authenticator's
   * window, else the sent code's validity; none once a code was verified.
   */
  render(countdown: (remaining: number) => string): TemplateResult | typeof nothing {
    const host = this.#host;
    if (this.#verified) return nothing;
    if (this.#last?.channel === 'totp') {
      return html`<div part="timer window-timer" class="timer window-timer" aria-hidden="true">
        <span>${host.t('code.totpWindow', { time: countdown(this.window.remaining) })}</span>
        <progress part="window" class="window" max=${this.#last.period} .value=${this.window.remainingSeconds}></progress>
      </div>`;
    }
    if (!this.valid) return nothing;
    return html`<p part="timer expiry-timer" class="timer" aria-hidden="true">${host.t('code.expiresIn', { time: countdown(this.expiry.remaining) })}</p>`;
  }

  /** Follows the element's properties (and a clock arriving through context) before each render. */
  hostUpdate(): void {
    const { channel, period, expiresAt, resendAt, lockedUntil } = this.#options.inputs();
    const next = { channel, period, expiresAt, resendAt, lockedUntil };
    const last = this.#last;
    this.#last = next;
    const clock = this.#options.clock();
    const clockChanged = last !== undefined && clock !== this.#lastClock;
    this.#lastClock = clock;
    if (clockChanged) for (const countdown of [this.expiry, this.resend, this.lock]) countdown.refresh();
    const changed = (key: keyof CodeTimerInputs) => !last || last[key] !== next[key];
    if (changed('expiresAt') || changed('channel') || clockChanged) this.#syncExpiry(next, changed('expiresAt'));
    if (changed('resendAt')) this.#follow(this.resend, next.resendAt);
    if (changed('lockedUntil')) {
      this.#follow(this.lock, next.lockedUntil);
      this.#wasLocked = this.lock.running;
    }
    if (changed('channel') || changed('period') || clockChanged) {
      if (next.channel === 'totp' && !this.#verified) this.#startWindow();
      else this.window.stop();
    }
  }

  #syncExpiry({ channel, expiresAt }: CodeTimerInputs, expiresAtChanged: boolean): void {
    if (expiresAtChanged) this.#expiredByHost = false;
    if (channel === 'totp' || expiresAt === undefined) {
      this.expiry.stop();
      return;
    }
    const now = this.#options.clock().now();
    if (expiresAtChanged && expiresAt <= now) {
      console.error(
        new VkDeveloperError(
          `verikit: <${this.#host.localName}> property "expiresAt" is in the past (${expiresAt}, now ${now})${secondsHint(expiresAt)}; the code shows as expired.`,
        ),
      );
    }
    this.expiry.start(expiresAt);
  }

  #follow(countdown: CountdownController, deadline: number | undefined): void {
    if (deadline === undefined) countdown.stop();
    else countdown.start(deadline);
  }

  #startWindow(): void {
    const period = (this.#last?.period ?? 30) * 1000;
    const now = this.#options.clock().now();
    this.window.start(Math.floor(now / period) * period + period);
  }

  #onExpiryTick(remaining: number): void {
    const deadline = this.expiry.deadline;
    if (remaining > 0 && remaining <= 60_000 && this.#minuteAnnouncedFor !== deadline) {
      this.#minuteAnnouncedFor = deadline;
      this.#host.announce(this.#host.t('code.oneMinuteLeft'));
    }
  }

  #onUnlock(): void {
    if (!this.#wasLocked) return;
    this.#wasLocked = false;
    this.#host.announce(this.#host.t('code.unlocked'));
  }
}
