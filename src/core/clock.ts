/**
 * Time for every verikit element: `now()` plus one shared ticker aligned to wall-clock
 * second boundaries. Countdowns never decrement a counter; they recompute from an
 * absolute deadline on each tick, so throttled background tabs and sleeping laptops
 * cannot make them wrong.
 */
export type TickListener = (now: number) => void;

export interface Clock {
  /** Epoch milliseconds, corrected by any server-time offset. */
  now(): number;
  /** Called on every whole second (and at once when a hidden tab becomes visible). Returns an unsubscribe function. */
  subscribe(listener: TickListener): () => void;
  /**
   * Milliseconds added to the device's own time to get server time (0 until a server said otherwise).
   * Optional: a clock that is server time already has none.
   */
  readonly serverTimeOffset?: number;
  /**
   * Takes the offset from a server timestamp (epoch ms) read just now. verikit calls it with every
   * answer's `serverTime` (see `RequestDetail`); optional for a clock that needs no correction.
   */
  syncToServerTime?(serverNow: number): void;
}

/** The one check of an offset, for the constructors and setters of both clocks. */
function checkedOffset(ms: number): number {
  if (!Number.isFinite(ms)) throw new TypeError(`verikit: serverTimeOffset must be a finite number of milliseconds, got ${String(ms)}`);
  return ms;
}

/** The browser clock. Ticks only while at least one listener is subscribed. */
export class SystemClock implements Clock {
  #listeners = new Set<TickListener>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #offset = 0;

  /** A `NaN` or infinite `serverTimeOffset` throws a `TypeError`, as the setter does (its ticker would spin). */
  constructor(options: { serverTimeOffset?: number } = {}) {
    this.#offset = checkedOffset(options.serverTimeOffset ?? 0);
  }

  now(): number {
    return Date.now() + this.#offset;
  }

  /** Milliseconds to add to the device clock to get server time. */
  get serverTimeOffset(): number {
    return this.#offset;
  }

  set serverTimeOffset(ms: number) {
    this.#offset = checkedOffset(ms);
    this.#emit();
  }

  /** Sets the offset from a server timestamp (epoch ms) read just now. */
  syncToServerTime(serverNow: number): void {
    this.serverTimeOffset = serverNow - Date.now();
  }

  subscribe(listener: TickListener): () => void {
    this.#listeners.add(listener);
    if (this.#listeners.size === 1) this.#start();
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) this.#stop();
    };
  }

  /** How many listeners keep the ticker alive (for leak checks). */
  get listenerCount(): number {
    return this.#listeners.size;
  }

  #onVisibility = (): void => {
    if (document.visibilityState !== 'visible') return;
    // A hidden tab's timers are throttled; catch up at once and realign.
    this.#emit();
    this.#schedule();
  };

  #start(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#schedule();
  }

  #stop(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    const delay = 1000 - (this.now() % 1000);
    this.#timer = setTimeout(() => {
      this.#emit();
      if (this.#listeners.size > 0) this.#schedule();
    }, delay + 1);
  }

  #emit(): void {
    const now = this.now();
    for (const listener of [...this.#listeners]) listener(now);
  }
}

/**
 * A clock that moves only when told to: for tests, stories and demos.
 * `advance()` ticks at every whole second it crosses, like a foreground tab;
 * `jump()` ticks once at the end, like a tab that was asleep in the background.
 * It stands for the device's clock: `syncToServerTime()` (an answer's `serverTime`) sets an offset,
 * as on a `SystemClock`, so a test can play a device that is minutes fast or slow.
 */
export class ManualClock implements Clock {
  /** The device's own time. */
  #device: number;
  #offset = 0;
  #listeners = new Set<TickListener>();

  constructor(start: number | Date = 0, options: { serverTimeOffset?: number } = {}) {
    this.#device = typeof start === 'number' ? start : start.getTime();
    this.#offset = checkedOffset(options.serverTimeOffset ?? 0);
  }

  now(): number {
    return this.#device + this.#offset;
  }

  /** The device's own reading, without the server offset. */
  get deviceNow(): number {
    return this.#device;
  }

  get serverTimeOffset(): number {
    return this.#offset;
  }

  set serverTimeOffset(ms: number) {
    this.#offset = checkedOffset(ms);
    this.#emit();
  }

  /** Sets the offset so that `now()` is `serverNow`, with a single tick. */
  syncToServerTime(serverNow: number): void {
    this.serverTimeOffset = serverNow - this.#device;
  }

  subscribe(listener: TickListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.#listeners.size;
  }

  /** Moves time forward, ticking at each second boundary crossed. */
  advance(ms: number): void {
    const end = this.now() + ms;
    let next = Math.floor(this.now() / 1000) * 1000 + 1000;
    while (next <= end) {
      this.#device = next - this.#offset;
      this.#emit();
      next += 1000;
    }
    if (this.now() !== end) this.#device = end - this.#offset;
  }

  /** Moves time by `ms` (either way) with a single tick at the end. */
  jump(ms: number): void {
    this.#device += ms;
    this.#emit();
  }

  /** Sets `now()` to an absolute time with a single tick (the offset stays). */
  set(time: number | Date): void {
    this.#device = (typeof time === 'number' ? time : time.getTime()) - this.#offset;
    this.#emit();
  }

  #emit(): void {
    const now = this.now();
    for (const listener of [...this.#listeners]) listener(now);
  }
}

/** The clock elements use when no `<vk-provider>` gives them another. */
export const systemClock = new SystemClock();
