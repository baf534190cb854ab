import type { ZodMiniType } from 'zod/mini';
import type { Clock } from './clock.js';
import { VkDeveloperError, describeIssues } from './errors.js';
import { optionalEpochMs, preview } from './host-data.js';

export { VkDeveloperError };

/**
 * The host contract. Notifications are plain facts. Requests carry
 * `detail.respond(resultOrPromise)`: the host answers with a result (or a promise of one),
 * the element validates its shape and shows pending / success / error from it.
 */

/**
 * An answer with the server's clock reading when it answered (epoch ms), which corrects the
 * element's clock. (`unknown` stays `unknown`: an answer of any shape may carry it.)
 */
export type ServerTimed<Result> = unknown extends Result ? Result : Result & { serverTime?: number };

/**
 * What a host calls to answer a request event, with an answer or a promise of one; any answer may
 * also carry `serverTime` (see {@link ServerTimed}). Only the first call counts: it returns `true`;
 * a later call is ignored (with a console warning) and returns `false`.
 */
export type Respond<Result> = (result: ServerTimed<Result> | PromiseLike<ServerTimed<Result>>) => boolean;

/**
 * Every request event's detail: what the element puts in it.
 * - `respond(resultOrPromise)` answers (see {@link Respond}: `true` for the answer that counts).
 * - `signal` aborts when the element no longer needs the answer.
 *
 * When the element dispatches it, core adds two members to the same detail (typed on every verikit
 * event's `detail`, see {@link RequestControls}), so a host or an adapter can never double-answer:
 * - `answered` (getter): `true` once someone called `respond()`;
 * - `respondIfUnanswered(makeAnswer)`: a fallback answer, made only if no listener answered during
 *   the dispatch. `connectHttp()` uses it: a host listener that calls `respond()` synchronously
 *   wins whatever the order the listeners were added in, and the connector then sends nothing.
 *
 * An answer may carry `serverTime` (epoch ms, the server's clock when it answered): the element's
 * clock takes its offset from it, so every deadline in this and later answers counts down on server
 * time even when the device clock is wrong.
 */
export interface RequestDetail<Result> {
  // `Respond<Result>` written out: TypeScript then checks the element's `Respond<unknown>` structurally
  // (it takes any answer), where comparing two instances of the alias refuses it.
  respond: (result: ServerTimed<Result> | PromiseLike<ServerTimed<Result>>) => boolean;
  /** Aborted when the element no longer needs the answer (user cancelled, element removed, superseded). */
  signal: AbortSignal;
}

/** What core adds to every request detail when the element dispatches it (see {@link RequestDetail}). */
export interface RequestControls<Result> {
  /** `true` once someone called `respond()` (during the dispatch or later). */
  readonly answered: boolean;
  /**
   * Registers a fallback answer: once every listener has run, `makeAnswer()` is called and its
   * result is the answer, unless a listener called `respond()` meanwhile (then `makeAnswer` never
   * runs). Only the first registration counts. Returns `false` when the request was already
   * answered or already has a fallback. A registered fallback counts as an answer: the element
   * neither waits nor warns that nobody answered.
   */
  respondIfUnanswered(makeAnswer: () => ServerTimed<Result> | PromiseLike<ServerTimed<Result>>): boolean;
}

/** The controls of a detail that has `respond` (a request); nothing for a notification. */
type ControlsOf<Detail> = Detail extends RequestDetail<infer Result> ? RequestControls<Result> : unknown;

/** Base of every verikit event: bubbles and crosses shadow roots, like native input events. */
export class VkEvent<Detail> extends CustomEvent<Detail> {
  /** A request's detail also has `answered` and `respondIfUnanswered()` (added by core when dispatched). */
  declare readonly detail: Detail & ControlsOf<Detail>;

  constructor(type: string, detail: Detail, init: { cancelable?: boolean } = {}) {
    super(type, { detail, bubbles: true, composed: true, cancelable: init.cancelable ?? false });
  }
}

/** Why a request ended without a valid answer. */
export type RequestFailure =
  | { kind: 'malformed'; error: VkDeveloperError }
  | { kind: 'rejected'; error: unknown }
  | { kind: 'aborted' };

export type RequestOutcome<Result> = { kind: 'answered'; result: Result } | RequestFailure;

export interface DispatchRequestOptions {
  /** Aborts the request from the element's side. */
  signal?: AbortSignal;
  /** Called when no listener answered synchronously (the element shows a recoverable waiting state). */
  onUnanswered?: () => void;
  /** The clock an answer's `serverTime` corrects (the element's: the provider's, else `systemClock`). */
  clock?: Clock;
}

const warnedUnanswered = new Set<string>();

/**
 * A schema, or a loader of one. An element whose answers are only checked once an answer comes can
 * keep zod out of its first download by passing `() => import('./x.answers.js').then((m) => m.schema)`.
 */
export type AnswerSchema<Result> = ZodMiniType<Result> | (() => Promise<ZodMiniType<Result>>);

/** A re-sync closer than this to the clock's own reading is noise (whole seconds are shown): ignored. */
const resyncThresholdMs = 1000;

/** `String(error)` that cannot throw (an error's `toString` is host code too). */
function describeError(error: unknown): string {
  try {
    return String(error);
  } catch {
    return 'an error that cannot be shown';
  }
}

/** A thrown value as a rejected answer (an Error, as rejections should be). */
function rejection(error: unknown): Promise<never> {
  return Promise.reject(error instanceof Error ? error : new Error(describeError(error)));
}

/** 9999-12-31T23:59:59.999Z: a later server time would put "now + 24 hours" past what a Date can show. */
const latestServerTime = 253_402_300_799_999;

/**
 * Corrects `clock` from an answer's `serverTime`, if it has one. A `serverTime` that is not epoch
 * milliseconds a Date can hold is a developer error; the answer itself still counts.
 */
function syncClock(clock: Clock | undefined, value: unknown, eventName: string): void {
  let serverTime: unknown;
  try {
    serverTime = (value as { serverTime?: unknown } | null | undefined)?.serverTime;
  } catch {
    return; // a getter that throws: the validation reports the answer
  }
  let checked = optionalEpochMs(serverTime);
  // A "now" at the edge of what a Date holds leaves no room for the deadlines computed from it.
  if (checked.ok && checked.value !== undefined && checked.value > latestServerTime) checked = { ok: false, problem: 'must be a real time, before the year 10000' };
  if (!checked.ok) console.error(new VkDeveloperError(`verikit: ${eventName}: respond() got field "serverTime" ${preview(serverTime)}: ${checked.problem}; the clock was not corrected.`));
  else if (checked.value !== undefined && clock?.syncToServerTime && Math.abs(checked.value - clock.now()) >= resyncThresholdMs) clock.syncToServerTime(checked.value);
}

/**
 * Dispatches a request event built by `makeEvent(respond, signal)` from `target`, waits for the
 * host's answer and validates it with `schema`. Never throws and never rejects: failures come back
 * as outcomes, and malformed answers are also reported on the console with the event and field
 * named. An answer's `serverTime` corrects `options.clock` before the answer is validated.
 */
export function dispatchRequest<Result>(
  target: EventTarget,
  eventName: string,
  schema: AnswerSchema<Result>,
  makeEvent: (respond: Respond<unknown>, signal: AbortSignal) => Event,
  options: DispatchRequestOptions = {},
): Promise<RequestOutcome<Result>> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  options.signal?.addEventListener('abort', abort, { once: true });
  if (options.signal?.aborted) controller.abort();

  // `as boolean`: respond() sets it during dispatchEvent() below, which TypeScript's narrowing cannot see.
  let answered = false as boolean;
  let fallback: (() => unknown) | undefined;
  let settle: (value: unknown) => void = () => undefined;
  let fail: (reason: unknown) => void = () => undefined;
  const answer = new Promise<unknown>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  const respond: Respond<unknown> = (result: unknown): boolean => {
    if (answered) {
      console.warn(`verikit: ${eventName}: respond() was called more than once; only the first answer counts.`);
      return false;
    }
    answered = true;
    Promise.resolve(result).then(settle, fail);
    return true;
  };
  const controls: PropertyDescriptorMap = {
    answered: { get: () => answered, configurable: true },
    respondIfUnanswered: {
      value: (makeAnswer: () => unknown): boolean => {
        if (answered || fallback) return false;
        fallback = makeAnswer;
        return true;
      },
      configurable: true,
    },
  };

  try {
    const event = makeEvent(respond, controller.signal);
    const detail = (event as Partial<CustomEvent<unknown>>).detail;
    // Not enumerable: a detail serialised for the server (connectHttp) stays the element's fields.
    if (typeof detail === 'object' && detail !== null) Object.defineProperties(detail, controls);
    target.dispatchEvent(event);
  } catch (error) {
    console.error(error);
    respond(rejection(error));
  }
  if (!answered && fallback) {
    const makeAnswer = fallback;
    let made: unknown;
    try {
      made = makeAnswer();
    } catch (error) {
      made = rejection(error);
    }
    respond(made);
  }
  if (!answered) {
    if (!warnedUnanswered.has(eventName)) {
      warnedUnanswered.add(eventName);
      console.warn(
        `verikit: nobody answered ${eventName}. Listen for it and call event.detail.respond(resultOrPromise) ` +
          `inside the listener (or use connectHttp). The element waits and lets the user try again.`,
      );
    }
    options.onUnanswered?.();
  }

  const aborted = new Promise<RequestOutcome<Result>>((resolve) => {
    if (controller.signal.aborted) resolve({ kind: 'aborted' });
    controller.signal.addEventListener('abort', () => resolve({ kind: 'aborted' }), { once: true });
  });
  const malformed = (detail: string, value: unknown): RequestOutcome<Result> => {
    const error = new VkDeveloperError(`verikit: ${eventName}: respond() got a malformed answer — ${detail}. Got: ${preview(value)}`);
    console.error(error);
    return { kind: 'malformed', error };
  };
  const validated = answer.then(
    async (value): Promise<RequestOutcome<Result>> => {
      // Before validation, so the element starts its countdowns on the corrected clock.
      if (!controller.signal.aborted) syncClock(options.clock, value, eventName);
      let check: ZodMiniType<Result>;
      try {
        check = typeof schema === 'function' ? await schema() : schema;
      } catch (error) {
        // The validation code could not be downloaded: to the user, the server is out of reach.
        return { kind: 'rejected', error };
      }
      try {
        const parsed = check.safeParse(value);
        return parsed.success ? { kind: 'answered', result: parsed.data } : malformed(describeIssues(parsed.error.issues), value);
      } catch (error) {
        // A getter that throws, a revoked proxy…: still a malformed answer, never an unhandled rejection.
        return malformed(describeError(error), value);
      }
    },
    (error: unknown): RequestOutcome<Result> => ({ kind: 'rejected', error }),
  );
  return Promise.race([validated, aborted]).finally(() => options.signal?.removeEventListener('abort', abort));
}

/** For tests and docs: forget which unanswered requests were already warned about. */
export function resetUnansweredWarnings(): void {
  warnedUnanswered.clear();
}
