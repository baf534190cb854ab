/**
 * The one request an element is waiting for. Starting a new one aborts the previous; cancelling
 * forgets it before aborting, so the aborted request's own ending sees itself superseded and
 * leaves the element's state alone.
 */
export class LatestRequest {
  #controller: AbortController | undefined;

  /** Aborts any earlier request and returns the new one's signal. */
  start(): AbortSignal {
    this.#controller?.abort();
    this.#controller = new AbortController();
    return this.#controller.signal;
  }

  /** True while `signal` belongs to the newest request; the first true call also settles it. */
  finish(signal: AbortSignal): boolean {
    if (this.#controller?.signal !== signal) return false;
    this.#controller = undefined;
    return true;
  }

  /** Aborts the current request; its ending still runs (and sees `aborted`). */
  abort(): void {
    this.#controller?.abort();
  }

  /** The user stops waiting: forget, then abort, so the request's ending changes nothing. */
  cancel(): void {
    const controller = this.#controller;
    this.#controller = undefined;
    controller?.abort();
  }

  get pending(): boolean {
    return this.#controller !== undefined;
  }
}
