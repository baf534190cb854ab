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
 * Remaining time to an absolute deadline (epoch ms), recomputed from the clock on every
 * tick. Subscribes to the clock only while running and the host is connected.
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
    if (deadline !== this.#deadline) this.#expiredFor = undefined;
    this.#deadline = deadline;
    this.#update(this.#options.clock().now());
    this.#syncSubscription();
  }

  stop(): void {
    this.#deadline = undefined;
    this.#expiredFor = undefined;
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
    this.#remaining = Math.max(0, deadline - now);
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
