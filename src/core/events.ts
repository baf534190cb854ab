import type { ZodMiniType } from 'zod/mini';
import { VkDeveloperError, describeIssues } from './errors.js';
import { preview } from './host-data.js';

export { VkDeveloperError };

/**
 * The host contract. Notifications are plain facts. Requests carry
 * `detail.respond(resultOrPromise)`: the host answers with a result (or a promise of one),
 * the element validates its shape and shows pending / success / error from it.
 */

/** What a host calls to answer a request event. Only the first call counts. */
export type Respond<Result> = (result: Result | PromiseLike<Result>) => void;

/** Every request event's detail has `respond`. */
export interface RequestDetail<Result> {
  respond: Respond<Result>;
  /** Aborted when the element no longer needs the answer (user cancelled, element removed, superseded). */
  signal: AbortSignal;
}

/** Base of every verikit event: bubbles and crosses shadow roots, like native input events. */
export class VkEvent<Detail> extends CustomEvent<Detail> {
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
}

const warnedUnanswered = new Set<string>();

/**
 * A schema, or a loader of one. An element whose answers are only checked once an answer comes can
 * keep zod out of its first download by passing `() => import('./x.answers.js').then((m) => m.schema)`.
 */
export type AnswerSchema<Result> = ZodMiniType<Result> | (() => Promise<ZodMiniType<Result>>);

/**
 * Dispatches a request event built by `makeEvent(respond, signal)` from `target`, waits for the
 * host's answer and validates it with `schema`. Never throws: failures come back as outcomes, and
 * malformed answers are also reported on the console with the event and field named.
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
  let settle: (value: unknown) => void = () => undefined;
  let fail: (reason: unknown) => void = () => undefined;
  const answer = new Promise<unknown>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  const respond: Respond<unknown> = (result) => {
    if (answered) {
      console.warn(`verikit: ${eventName}: respond() was called more than once; only the first answer counts.`);
      return;
    }
    answered = true;
    Promise.resolve(result).then(settle, fail);
  };

  target.dispatchEvent(makeEvent(respond, controller.signal));
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
        return malformed(String(error), value);
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
