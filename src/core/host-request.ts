import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Clock } from './clock.js';
import { dispatchRequest, type AnswerSchema, type Respond } from './events.js';
import type { RequestMessageKey } from './request.messages.js';

/**
 * - `idle`: nothing asked, or the element stopped asking (inputs changed, element removed);
 * - `pending`: asked, a listener took the request;
 * - `waiting`: asked, nobody answered synchronously: visible, and the user may try again or cancel;
 * - `done`: the host answered (what the answer means is the element's business);
 * - `error`: no usable answer (network, malformed answer, or the host's own error) — retryable;
 * - `cancelled`: the user stopped waiting; everything entered is kept.
 */
export type RequestStatus = 'idle' | 'pending' | 'waiting' | 'done' | 'error' | 'cancelled';
/** Why a request ended in `error`: the promise rejected, the answer was malformed, or the host answered with an error. */
export type RequestProblem = 'network' | 'malformed' | 'host';

/** States an element may word its own way (default: the shared `request.*` messages). */
export type RequestTexts<Key extends string> = Partial<Record<'pending' | 'waiting' | 'error' | 'network' | 'cancelled', Key | RequestMessageKey>>;

export interface HostRequestOptions<Key extends string> {
  texts?: RequestTexts<Key>;
  /** After the user pressed Cancel, e.g. to put focus back on the submit button. */
  onCancel?: () => void;
  /** Announce the pending state too (default true); an element with its own visible progress may turn it off. */
  announcePending?: boolean;
  /** Words an announcement, e.g. naming the file a per-file request is about (default: the state's text as is). */
  announceAs?: (text: string) => string;
}

export interface RunOptions<Key extends string> {
  /** Which of the element's actions this is (e.g. code input: `request` or `submit`). */
  label?: string;
  /** Offered as "Try again" after an error. */
  retry?: () => void;
  /** This run's own pending text. */
  pending?: Key | RequestMessageKey;
}

/**
 * What a `HostRequest` uses of its element (`VkElement` has it all). Structural on purpose: inferring
 * `Key` from these few members lets `readonly #x = new HostRequest(this)` stay a plain field
 * initializer, where inferring it from the whole element class is circular (TS7022: the field's
 * type would depend on the class that contains it).
 */
export interface RequestHost<Key extends string> extends ReactiveControllerHost, EventTarget {
  readonly isConnected: boolean;
  /** The clock an answer's `serverTime` corrects (every `VkElement` has one). */
  readonly clock?: Clock;
  t(key: Key | RequestMessageKey): string;
  announce(text: string): void;
}

/** How long a disconnected element keeps its request: a DOM move reconnects within the same task. */
const moveWindowMs = 0;

/**
 * The one request lifecycle every element uses when it asks its host something through a request
 * event (`detail.respond(answerOrPromise)`). It owns the status, superseding an older request by a
 * newer one, the abort signal, the DOM-move policy (a move keeps the request; a real removal aborts
 * it once the move window has passed), the retryable error state, the polite announcements, and one
 * template for pending / waiting / Cancel / error with the host's message.
 *
 * ```ts
 * readonly #confirm = new HostRequest(this, { onCancel: () => this.#focusConfirm() });
 * const answer = await this.#confirm.run(VkThingEvent.eventName, answerSchema, (respond, signal) => new VkThingEvent({ respond, signal }));
 * if (!answer) return; // failed, cancelled, superseded or aborted: the controller shows it
 * ```
 */
export class HostRequest<Key extends string = string> implements ReactiveController {
  readonly #host: RequestHost<Key>;
  readonly #options: HostRequestOptions<Key>;
  #status: RequestStatus = 'idle';
  #problem: RequestProblem | undefined;
  #hostMessage = '';
  #label: string | undefined;
  #pending: Key | RequestMessageKey | undefined;
  #retry: (() => void) | undefined;
  #controller: AbortController | undefined;
  #removalTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: RequestHost<Key>, options: HostRequestOptions<Key> = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get status(): RequestStatus {
    return this.#status;
  }

  /** Asked and not yet answered (pending or waiting). */
  get busy(): boolean {
    return this.#status === 'pending' || this.#status === 'waiting';
  }

  get problem(): RequestProblem | undefined {
    return this.#problem;
  }

  /** The label of the current (or last) run. */
  get label(): string | undefined {
    return this.#label;
  }

  /**
   * Dispatches the request (superseding any earlier one) and waits for the host's answer, validated
   * with `schema`. Returns the answer, or `undefined` when there is none to act on: it failed (the
   * error state shows), or it was cancelled, superseded or aborted.
   */
  async run<Result>(
    eventName: string,
    schema: AnswerSchema<Result>,
    makeEvent: (respond: Respond<unknown>, signal: AbortSignal) => Event,
    options: RunOptions<Key> = {},
  ): Promise<Result | undefined> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.#label = options.label;
    this.#retry = options.retry;
    this.#pending = options.pending;
    this.#hostMessage = '';
    this.#set('pending');
    const outcome = await dispatchRequest(this.#host, eventName, schema, makeEvent, {
      signal: controller.signal,
      onUnanswered: () => this.#set('waiting'),
      clock: this.#host.clock,
    });
    if (this.#controller !== controller) return undefined; // superseded, cancelled or aborted
    this.#controller = undefined;
    switch (outcome.kind) {
      case 'answered':
        this.#set('done');
        return outcome.result;
      case 'aborted':
        this.#set('idle');
        return undefined;
      default:
        this.#set('error', outcome.kind === 'rejected' ? 'network' : 'malformed');
        return undefined;
    }
  }

  /** The host answered with an error of its own: show it (its message, else ours: a blank one says nothing) as retryable. */
  fail(hostMessage = ''): void {
    this.#hostMessage = hostMessage.trim();
    this.#set('error', 'host');
  }

  /**
   * The host shows it is working on the request without answering yet (e.g. upload progress):
   * `waiting` goes back to `pending`. Does nothing in any other state.
   */
  acknowledge(): void {
    if (this.#status === 'waiting') this.#set('pending');
  }

  /** The user stops waiting: the signal aborts, the state says so, and everything entered is kept. */
  cancel(): void {
    if (!this.busy) return;
    this.#forget();
    this.#set('cancelled');
    this.#options.onCancel?.();
  }

  /** Stops asking without a word (the inputs changed, the step was left): back to idle. */
  abort(): void {
    this.#forget();
    this.#set('idle');
  }

  /** Clears a finished state (error, cancelled, done) without touching a running request. */
  reset(): void {
    if (!this.busy) this.#set('idle');
  }

  /** What the feedback line says now ('' when idle or done). */
  get text(): string {
    const texts = this.#options.texts ?? {};
    const t = (key: Key | RequestMessageKey) => this.#host.t(key);
    switch (this.#status) {
      case 'pending':
        return t(this.#pending ?? texts.pending ?? 'request.pending');
      case 'waiting':
        return t(texts.waiting ?? 'request.waiting');
      case 'cancelled':
        return t(texts.cancelled ?? 'request.cancelled');
      case 'error':
        if (this.#hostMessage) return this.#hostMessage;
        return this.#problem === 'network' ? t(texts.network ?? 'request.network') : t(texts.error ?? 'request.error');
      default:
        return '';
    }
  }

  /**
   * The shared feedback: the state's text (`part="feedback"`, plus `error` for errors), a Cancel
   * button while asking (`part="cancel"`), and "Try again" after an error when the run offered it
   * (`part="retry"`). `dir="auto"`: the text may be the host's own message, in another script than the page.
   */
  render(id?: string): TemplateResult | typeof nothing {
    const text = this.text;
    if (!text) return nothing;
    const error = this.#status === 'error';
    return html`<div class="feedback-row">
      <p part=${error ? 'feedback error' : 'feedback'} id=${id ?? nothing} class="feedback" data-kind=${this.#status} dir="auto">${text}</p>
      ${this.busy
        ? html`<button type="button" part="cancel" class="vk-button" data-variant="secondary" @click=${() => this.cancel()}>${this.#host.t('request.cancel')}</button>`
        : nothing}
      ${error && this.#retry
        ? html`<button type="button" part="retry" class="vk-button" data-variant="secondary" @click=${this.#retry}>${this.#host.t('request.retry')}</button>`
        : nothing}
    </div>`;
  }

  hostConnected(): void {
    clearTimeout(this.#removalTimer);
  }

  hostDisconnected(): void {
    if (!this.busy) return;
    // A move (remove + insert, or a framework re-parenting) reconnects within the window.
    this.#removalTimer = setTimeout(() => {
      if (!this.#host.isConnected) this.abort();
    }, moveWindowMs);
  }

  #forget(): void {
    const controller = this.#controller;
    this.#controller = undefined;
    controller?.abort();
  }

  #set(status: RequestStatus, problem?: RequestProblem): void {
    this.#status = status;
    this.#problem = problem;
    this.#host.requestUpdate();
    if (status === 'waiting' || status === 'error' || status === 'cancelled' || (status === 'pending' && this.#options.announcePending !== false)) {
      const text = this.text;
      this.#host.announce(this.#options.announceAs?.(text) ?? text);
    }
  }
}
