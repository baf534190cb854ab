import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Clock } from './clock.js';

export interface CountdownOptions {
  /** Read on every start and tick, so a clock that arrives later through context is honoured. */
  clock: () => Clock;
  /** Called once per deadline when it is reached (immediately if it has already passed). */
  onExpire?: () => void;
  /** Called on each tick while running, after `remaining` is updated. */
  onTick?: (remaining: number) => void;
}

/**
 * Remaining time to an absolute deadline (epoch ms, server time), recomputed from the clock on
 * every tick. Subscribes to the clock only while running and the host is connected.
 *
 * Monotonic: for one deadline on one clock, `remaining` never goes up. A clock moving forward
 * (a tab waking, a re-sync to a server ahead of the device) counts in full; a clock moving back
 * (the device clock set back, a re-sync to a server behind it) gives no time back, so a countdown
 * never jumps up and an expired code never comes back to life. A new deadline or another clock
 * starts afresh from `deadline - now`.
 */
export class CountdownController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: CountdownOptions;
  #deadline: number | undefined;
  #expiredFor: number | undefined;
  #unsubscribe: (() => void) | undefined;
  #subscribedClock: Clock | undefined;
  #connected = false;
  #remaining = 0;
  /** The clock reading and clock of the last update, for monotonic updates (undefined: start afresh). */
  #lastNow: number | undefined;
  #lastClock: Clock | undefined;

  constructor(host: ReactiveControllerHost, options: CountdownOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The deadline counted down to, or undefined when stopped. */
  get deadline(): number | undefined {
    return this.#deadline;
  }

  /** Milliseconds left (0 once expired or when stopped). */
  get remaining(): number {
    return this.#remaining;
  }

  /** Whole seconds left, rounded up, so "0:01" shows until the very end. */
  get remainingSeconds(): number {
    return Math.ceil(this.#remaining / 1000);
  }

  get running(): boolean {
    return this.#deadline !== undefined && this.#remaining > 0;
  }

  get expired(): boolean {
    return this.#deadline !== undefined && this.#remaining <= 0;
  }

  /** Starts (or retargets) the countdown. */
  start(deadline: number): void {
    if (!Number.isFinite(deadline)) throw new TypeError(`verikit: a countdown deadline must be epoch milliseconds, got ${String(deadline)}`);
    if (deadline !== this.#deadline) {
      this.#expiredFor = undefined;
      this.#lastNow = undefined;
    }
    this.#deadline = deadline;
    this.#update(this.#options.clock().now());
    this.#syncSubscription();
  }

  stop(): void {
    this.#deadline = undefined;
    this.#expiredFor = undefined;
    this.#lastNow = undefined;
    this.#remaining = 0;
    this.#syncSubscription();
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    this.#connected = true;
    if (this.#deadline !== undefined) this.#update(this.#options.clock().now());
    this.#syncSubscription();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#syncSubscription();
  }

  #tick = (now: number): void => {
    this.#update(now);
    this.#syncSubscription();
  };

  #update(now: number): void {
    const deadline = this.#deadline;
    if (deadline === undefined) return;
    const clock = this.#options.clock();
    const left = Math.max(0, deadline - now);
    const lastNow = this.#lastNow;
    // Forward moves count in full; a move back gives nothing back (see the class comment).
    this.#remaining =
      lastNow === undefined || clock !== this.#lastClock ? left : Math.min(left, Math.max(0, this.#remaining - Math.max(0, now - lastNow)));
    this.#lastNow = now;
    this.#lastClock = clock;
    this.#host.requestUpdate();
    this.#options.onTick?.(this.#remaining);
    if (this.#remaining === 0 && this.#expiredFor !== deadline) {
      this.#expiredFor = deadline;
      this.#options.onExpire?.();
    }
  }

  #syncSubscription(): void {
    const clock = this.#options.clock();
    const shouldRun = this.#connected && this.running;
    if (this.#unsubscribe && (!shouldRun || clock !== this.#subscribedClock)) {
      this.#unsubscribe();
      this.#unsubscribe = undefined;
      this.#subscribedClock = undefined;
    }
    if (shouldRun && !this.#unsubscribe) {
      this.#unsubscribe = clock.subscribe(this.#tick);
      this.#subscribedClock = clock;
    }
  }

  /** Re-reads the clock (call when the clock from context changes). */
  refresh(): void {
    if (this.#deadline !== undefined) this.#update(this.#options.clock().now());
    this.#syncSubscription();
  }
}
