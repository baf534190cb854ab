/**
 * The answer property (issue 14), for every request event of every element: whatever the host
 * answers, the element never throws uncaught, logs nothing but developer errors, never stays busy,
 * always shows where it stands, and keeps what the user entered unless a valid answer moved it on.
 * A malformed or rejected answer leaves it asking again as before, with a way to try again.
 *
 * Compact on purpose: one element is mounted and re-triggered for every case (`prepare` puts it back
 * cheaply); it is mounted afresh only when a valid answer moved it on for good.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { LitElement } from 'lit';
import type { ManualClock } from '../../src/core/clock.js';
import { VkDeveloperError } from '../../src/core/errors.js';
import { answers, type Delivery } from './arbitraries.js';

/** Cases per property. */
export const CASES = 1000;

export interface Mounted<E> {
  el: E;
  clock: ManualClock;
}

interface SchemaLike {
  safeParse(value: unknown): { success: boolean };
}

export interface AnswerTarget<E extends LitElement> {
  /** e.g. `<vk-code-input> vk-code-request`. */
  name: string;
  eventName: string;
  /** The element's own answer schema (to tell a valid answer from a malformed one). */
  schema: SchemaLike;
  /** Valid answers, one per branch, for a clock reading `now`. */
  samples(now: number): readonly Record<string, unknown>[];
  mount(): Promise<Mounted<E>>;
  /** Puts the element back where it can ask, cheaply, before each case (optional). */
  prepare?(mounted: Mounted<E>): void | Promise<void>;
  /** What a user does to make it ask. */
  trigger(el: E): void | Promise<void>;
  /** What the user entered. */
  input(el: E): unknown;
  /** Still asking (pending or waiting, Cancel on screen). */
  busy(el: E): boolean;
  /** What the element says now ('' when silent). */
  says(el: E): string;
  /** The user can ask again (Try again, or the control that asks). */
  canAskAgain(el: E): boolean;
  /** A valid answer moved it on (next step, linked, uploaded, done): the entered data may be off screen. */
  movedOn(el: E): boolean;
  /** The element does some work of its own before it asks (e.g. makes a secret): wait up to this long for the event. */
  asksWithinMs?: number;
}

const channel = new MessageChannel();
/** A task boundary without setTimeout's 4 ms clamp for nested timers. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Lets the answer travel through dispatchRequest, the element and its (nested) updates. */
export async function flush(el: LitElement): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await nextTask();
    await el.updateComplete;
  }
}

function snapshot(value: unknown): string {
  return JSON.stringify(value === undefined ? null : value);
}

function isValid(schema: SchemaLike, delivery: Delivery): boolean {
  if (delivery.how === 'rejected') return false;
  try {
    return schema.safeParse(delivery.value).success;
  } catch {
    return false;
  }
}

function deliver(delivery: Delivery): unknown {
  if (delivery.how === 'sync') return delivery.value;
  if (delivery.how === 'resolved') return Promise.resolve(delivery.value);
  const rejection = Promise.reject(delivery.value instanceof Error ? delivery.value : new Error('hostile rejection'));
  rejection.catch(() => undefined);
  return rejection;
}

/** Registers one `it` running the answer property `CASES` times against `target`. */
export function runAnswerProperty<E extends LitElement>(target: AnswerTarget<E>): void {
  it(`${target.name}: any answer (${CASES} cases) leaves a visible, recoverable state and keeps what was entered`, async function () {
    this.timeout(120_000);
    let mounted = await target.mount();
    let remounts = 0;
    const started = performance.now();
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const original = { error: console.error, warn: console.warn };
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => logged.push(args[0]);
    console.warn = (...args: unknown[]) => logged.push(args[0]);

    /** Makes the element ask and answers with `delivery`; false when the element did not ask. */
    async function ask(delivery: Delivery): Promise<boolean> {
      // `as boolean`: the listener sets it during trigger(), which narrowing cannot see.
      let asked = false as boolean;
      const listener = (event: Event) => {
        asked = true;
        (event as CustomEvent<{ respond(answer: unknown): boolean }>).detail.respond(deliver(delivery));
      };
      mounted.el.addEventListener(target.eventName, listener, { once: true });
      try {
        await target.trigger(mounted.el);
        await flush(mounted.el);
        const until = performance.now() + (target.asksWithinMs ?? 0);
        while (!asked && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, 5));
        if (target.asksWithinMs !== undefined) await flush(mounted.el);
      } finally {
        mounted.el.removeEventListener(target.eventName, listener);
      }
      return asked;
    }

    try {
      // Warm-up: an element's first request may load its answers' schemas (a lazy import).
      const [first] = target.samples(mounted.clock.now());
      await target.prepare?.(mounted);
      await ask({ how: 'sync', value: first });
      for (let i = 0; i < 100 && target.busy(mounted.el); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      await fc.assert(
        fc.asyncProperty(answers(target.samples(mounted.clock.now()), mounted.clock.now()), async (delivery) => {
          uncaught.length = 0;
          logged.length = 0;
          // An earlier answer's serverTime moved the clock; the samples' times are relative to where it started.
          mounted.clock.serverTimeOffset = 0;
          await target.prepare?.(mounted);
          await flush(mounted.el);
          let before = snapshot(target.input(mounted.el));
          if (!(await ask(delivery))) {
            // A valid answer earlier moved the element on for good: a fresh one.
            mounted.el.remove();
            mounted = await target.mount();
            remounts += 1;
            before = snapshot(target.input(mounted.el));
            expect(await ask(delivery), `${target.eventName} dispatched by a fresh element`).to.equal(true);
          }
          const valid = isValid(target.schema, delivery);
          const el = mounted.el;
          // The answer is already there; a few more tasks at most (a fresh element's first render).
          for (let i = 0; i < 50 && target.busy(el); i++) await new Promise((resolve) => setTimeout(resolve, 10));
          expect(uncaught, 'nothing thrown uncaught').to.deep.equal([]);
          const unexpected = logged.filter((entry) => !(entry instanceof VkDeveloperError));
          expect(unexpected.map(String), 'only developer errors on the console').to.deep.equal([]);
          expect(target.busy(el), 'not left pending or waiting').to.equal(false);
          const moved = target.movedOn(el);
          if (!valid) {
            expect(moved, 'a malformed or rejected answer moves nothing on').to.equal(false);
            expect(target.says(el), 'a malformed or rejected answer is shown').to.not.equal('');
            expect(target.canAskAgain(el), 'and the user can try again').to.equal(true);
            if (delivery.how !== 'rejected') expect(logged.length, 'a malformed answer is a developer error').to.be.greaterThan(0);
          } else {
            // Shown, or nothing left to say (a cooldown already over) and the user can act again.
            expect(moved || target.says(el) !== '' || target.canAskAgain(el), 'a valid answer leaves a visible state').to.equal(true);
          }
          if (!moved) expect(snapshot(target.input(el)), 'what the user entered is kept').to.equal(before);
        }),
        { numRuns: CASES },
      );
    } catch (error) {
      // fast-check keeps the failed assertion as the cause; the test report shows only the message.
      const cause = error instanceof Error ? error.cause : undefined;
      throw new Error(`${error instanceof Error ? error.message : String(error)}\nBecause: ${cause instanceof Error ? cause.message : String(cause)}`, { cause: error });
    } finally {
      console.error = original.error;
      console.warn = original.warn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      mounted.el.remove();
    }
    // For the closing note: how often a valid answer moved the element on.
    console.log(`${target.name}: ${CASES} cases, ${remounts} fresh mounts, ${Math.round(performance.now() - started)} ms`);
  });
}
