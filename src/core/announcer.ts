import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A polite live region's text. The element renders `announcer.message` inside a
 * `role="status"` node; announcing the same text twice clears it first so screen readers
 * speak it again. Callers announce thresholds and state changes, never every tick.
 */
export class Announcer implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #message = '';
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  get message(): string {
    return this.#message;
  }

  announce(text: string): void {
    clearTimeout(this.#timer);
    if (text === this.#message) {
      this.#message = '';
      this.#host.requestUpdate();
      this.#timer = setTimeout(() => this.announce(text), 50);
      return;
    }
    this.#message = text;
    this.#host.requestUpdate();
  }

  clear(): void {
    clearTimeout(this.#timer);
    this.#message = '';
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
