/**
 * The host-request contract, run against every element that asks its host something (Lion's
 * `*.suite.js` idea): answered, host error, malformed, rejected, never answered, cancelled,
 * superseded, moved in the DOM, removed. Each element supplies how a user makes it ask and how to
 * read what it shows; the suite asserts what a user and a host see.
 */
import { expect } from '@open-wc/testing';
import { VkDeveloperError } from '../../src/core/errors.js';
import type { RequestDetail } from '../../src/core/events.js';
import { part, recordConsole, settle, textOf } from '../helpers.js';

type RequestEvent = Event & { detail: RequestDetail<unknown> };

export interface HostRequestSuiteOptions<E extends HTMLElement> {
  /** Mounts a fresh, connected element, ready for `trigger`. */
  mount(): Promise<E>;
  /** The request event's name. */
  eventName: string;
  /** What a user does to make the element ask (click confirm, paste a code…). */
  trigger(el: E): Promise<void> | void;
  /** An answer the element accepts. */
  answer: unknown;
  /** Asserts what the element shows after `answer`. */
  expectAnswered(el: E): void | Promise<void>;
  /** What the user entered (ticks, answers, code): it must survive every failure. */
  userInput(el: E): unknown;
  /** The host's own error, carrying `message: 'Host says no.'` (default `{ ok: false, reason: 'error', message }`). */
  hostError?: unknown;
  /** The visible feedback line (default: the `feedback` part). */
  feedback?: (el: E) => string;
  /** Whether a Cancel control is offered (default: a `cancel` part). */
  cancelControl?: (el: E) => HTMLElement | null;
  /** The retry control after a network failure (default: a `retry` part). */
  retryControl?: (el: E) => HTMLElement | null;
  /**
   * The element asks by itself whenever it is connected without an answer (e.g. `<vk-totp-setup
   * generate>`): put back after a removal, it asks again instead of waiting for `trigger`.
   */
  asksWhenConnected?: boolean;
}

const hostMessage = 'Host says no.';

export function runHostRequestSuite<E extends HTMLElement>(name: string, options: HostRequestSuiteOptions<E>): void {
  const feedback = options.feedback ?? ((el: E) => textOf(el, 'feedback'));
  const cancelControl = options.cancelControl ?? ((el: E) => part(el, 'cancel'));
  const retryControl = options.retryControl ?? ((el: E) => part(el, 'retry'));

  /** Makes the element ask and hands the event to `answer` (which may leave it unanswered). */
  async function ask(el: E, answer: (event: RequestEvent) => void = () => undefined): Promise<RequestEvent> {
    let seen: RequestEvent | undefined;
    const listener = (event: Event) => {
      seen = event as RequestEvent;
      answer(seen);
    };
    el.addEventListener(options.eventName, listener, { once: true });
    await options.trigger(el);
    await settle(el);
    el.removeEventListener(options.eventName, listener);
    if (!seen) throw new Error(`${name}: trigger() did not dispatch ${options.eventName}`);
    return seen;
  }

  describe(`${name}: host-request contract (${options.eventName})`, () => {
    it('shows the answer it was given', async () => {
      const el = await options.mount();
      await ask(el, (event) => event.detail.respond(options.answer));
      await options.expectAnswered(el);
    });

    it("shows the host's own error message, keeps what was entered, and can ask again", async () => {
      const el = await options.mount();
      const before = options.userInput(el);
      await ask(el, (event) => event.detail.respond(options.hostError ?? { ok: false, reason: 'error', message: hostMessage }));
      expect(feedback(el)).to.equal(hostMessage);
      expect(options.userInput(el)).to.deep.equal(before);
      expect(cancelControl(el), 'not waiting any more').to.equal(null);
      await ask(el, (event) => event.detail.respond(options.answer));
      await options.expectAnswered(el);
    });

    it('reports a malformed answer once as a developer error and shows a retryable error', async () => {
      const el = await options.mount();
      const before = options.userInput(el);
      const { calls } = await recordConsole('error', () => ask(el, (event) => event.detail.respond({ surprise: true })));
      expect(calls.length, 'one developer error').to.equal(1);
      expect(calls[0]?.[0]).to.be.instanceOf(VkDeveloperError);
      expect(String(calls[0]?.[0])).to.contain(options.eventName);
      expect(feedback(el)).to.not.equal('');
      expect(cancelControl(el)).to.equal(null);
      expect(options.userInput(el)).to.deep.equal(before);
    });

    it('shows "could not reach the server" with Try again after a rejected answer, and Try again asks again', async () => {
      const el = await options.mount();
      const before = options.userInput(el);
      await ask(el, (event) => event.detail.respond(Promise.reject(new TypeError('Failed to fetch'))));
      expect(feedback(el).toLowerCase()).to.match(/server|connection/);
      expect(options.userInput(el)).to.deep.equal(before);
      const retry = retryControl(el);
      expect(retry, 'a Try again control').to.not.equal(null);
      let again: RequestEvent | undefined;
      el.addEventListener(options.eventName, (event) => (again = event as RequestEvent), { once: true });
      retry?.click();
      await settle(el);
      expect(again, 'Try again dispatched the request again').to.not.equal(undefined);
      again?.detail.respond(options.answer);
      await settle(el);
      await options.expectAnswered(el);
    });

    it('shows a visible waiting state with Cancel when nobody answers, and warns the developer once', async () => {
      const el = await options.mount();
      const { calls } = await recordConsole('warn', () => ask(el));
      expect(calls.length).to.equal(1);
      expect(String(calls[0]?.[0])).to.contain(`nobody answered ${options.eventName}`);
      expect(feedback(el)).to.not.equal('');
      expect(cancelControl(el), 'a Cancel control').to.not.equal(null);
    });

    it('Cancel aborts the signal, says so, and keeps everything entered', async () => {
      const el = await options.mount();
      const before = options.userInput(el);
      const event = await ask(el, (request) => request.detail.respond(new Promise(() => undefined)));
      expect(cancelControl(el)).to.not.equal(null);
      cancelControl(el)?.click();
      await settle(el);
      expect(event.detail.signal.aborted).to.equal(true);
      expect(feedback(el)).to.contain('cancelled');
      expect(cancelControl(el)).to.equal(null);
      expect(options.userInput(el)).to.deep.equal(before);
    });

    it('a newer request supersedes an unanswered one; a late answer to the old one changes nothing', async () => {
      const el = await options.mount();
      const first = await recordConsole('warn', () => ask(el)).then(({ result }) => result);
      const second = await ask(el, (event) => event.detail.respond(options.answer));
      expect(first.detail.signal.aborted, 'the first request was aborted').to.equal(true);
      expect(second.detail.signal.aborted).to.equal(false);
      first.detail.respond({ ok: false, reason: 'error', message: 'stale' });
      await settle(el);
      await options.expectAnswered(el);
      expect(feedback(el)).to.not.contain('stale');
    });

    it('keeps its request when moved in the DOM', async () => {
      const el = await options.mount();
      let resolve: (answer: unknown) => void = () => undefined;
      const event = await ask(el, (request) => request.detail.respond(new Promise((done) => (resolve = done))));
      const parent = el.parentNode;
      const elsewhere = document.createElement('div');
      document.body.append(elsewhere);
      elsewhere.append(el);
      parent?.append(el);
      await new Promise((done) => setTimeout(done, 20));
      expect(event.detail.signal.aborted, 'a move is not a removal').to.equal(false);
      resolve(options.answer);
      await settle(el);
      await options.expectAnswered(el);
      elsewhere.remove();
    });

    it('aborts its request when removed, and is usable again when put back', async () => {
      const el = await options.mount();
      const parent = el.parentNode;
      const event = await ask(el, (request) => request.detail.respond(new Promise(() => undefined)));
      el.remove();
      await new Promise((done) => setTimeout(done, 20));
      expect(event.detail.signal.aborted, 'a removal aborts').to.equal(true);
      if (options.asksWhenConnected) {
        const askedAgain = new Promise<void>((resolve) => {
          const listener = (request: Event) => {
            (request as RequestEvent).detail.respond(options.answer);
            resolve();
          };
          el.addEventListener(options.eventName, listener, { once: true });
        });
        parent?.append(el);
        await askedAgain;
        await settle(el);
        await options.expectAnswered(el);
        return;
      }
      parent?.append(el);
      await settle(el);
      expect(cancelControl(el), 'not stuck waiting').to.equal(null);
      await ask(el, (request) => request.detail.respond(options.answer));
      await options.expectAnswered(el);
    });
  });
}
