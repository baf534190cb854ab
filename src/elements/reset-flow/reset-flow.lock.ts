import type { ReactiveControllerHost } from 'lit';
import type { Clock } from '../../core/clock.js';
import { CountdownController } from '../../core/countdown.js';
import { formatCountdown, formatMoment } from '../../core/i18n.js';

/**
 * The account step's lock [000 §1.3: 5 wrong passwords lock for 2 hours, 10 for 24]: until when,
 * and a live countdown (the code input's lock, for the flow's own lookup). `onUnlock` runs once the
 * moment passes.
 */
export class AccountLock {
  #until: number | undefined;
  readonly #countdown: CountdownController;
  readonly #clock: () => Clock;

  constructor(host: ReactiveControllerHost, clock: () => Clock, onUnlock: () => void) {
    this.#clock = clock;
    this.#countdown = new CountdownController(host, {
      clock,
      onExpire: () => {
        this.#until = undefined;
        onUnlock();
      },
    });
  }

  /** Locks until `until` (epoch ms), or unlocks with `undefined` (a moment already past unlocks too). */
  set(until: number | undefined): void {
    this.#until = until !== undefined && until > this.#clock().now() ? until : undefined;
    if (this.#until === undefined) this.#countdown.stop();
    else this.#countdown.start(this.#until);
  }

  /** What the step shows: "locked until 14:05" and "Unlocks in 1:59:59", or nothing when unlocked. */
  view(locale: string): { until: string; countdown: string } | undefined {
    const until = this.#until;
    return until === undefined ? undefined : { until: formatMoment(until, this.#clock().now(), locale), countdown: formatCountdown(this.#countdown.remaining, locale) };
  }
}
