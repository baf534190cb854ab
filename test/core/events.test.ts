import { expect } from '@open-wc/testing';
import { dispatchRequest, resetUnansweredWarnings, VkDeveloperError, VkEvent, type RequestDetail, type Respond } from '../../src/core/events.js';
import { z } from '../../src/core/schema.js';
import { recordConsole as recordingConsole } from '../helpers.js';

const answerSchema = z.union([z.object({ ok: z.literal(true), expiresAt: z.number() }), z.object({ ok: z.literal(false), reason: z.string() })]);
type Answer = z.infer<typeof answerSchema>;

class TestRequestEvent extends VkEvent<RequestDetail<Answer> & { what: string }> {
  static readonly eventName = 'vk-test-request' as const;
}

const makeEvent = (respond: Respond<unknown>, signal: AbortSignal) =>
  new TestRequestEvent(TestRequestEvent.eventName, { what: 'code', respond, signal });

/** Answers every request event on `target` with `answer`. */
function answerWith(target: EventTarget, answer: (detail: TestRequestEvent['detail']) => void) {
  const listener = (event: Event) => {
    if (event instanceof TestRequestEvent) answer(event.detail);
  };
  target.addEventListener(TestRequestEvent.eventName, listener);
  return () => target.removeEventListener(TestRequestEvent.eventName, listener);
}

describe('dispatchRequest', () => {
  let target: HTMLElement;
  beforeEach(() => {
    resetUnansweredWarnings();
    target = document.createElement('div');
    document.body.append(target);
  });
  afterEach(() => target.remove());

  it('dispatches a bubbling, composed event and takes a synchronous answer', async () => {
    let seen: TestRequestEvent | undefined;
    document.body.addEventListener(
      TestRequestEvent.eventName,
      (event) => {
        if (event instanceof TestRequestEvent) {
          seen = event;
          event.detail.respond({ ok: true, expiresAt: 5 });
        }
      },
      { once: true },
    );
    const outcome = await dispatchRequest(target, TestRequestEvent.eventName, answerSchema, makeEvent);
    expect(outcome).to.deep.equal({ kind: 'answered', result: { ok: true, expiresAt: 5 } });
    expect(seen?.bubbles).to.equal(true);
    expect(seen?.composed).to.equal(true);
    expect(seen?.detail.what).to.equal('code');
  });

  it('takes a promise answer', async () => {
    answerWith(target, (detail) => detail.respond(new Promise((resolve) => setTimeout(() => resolve({ ok: false, reason: 'wrong-code' }), 10))));
    const outcome = await dispatchRequest(target, TestRequestEvent.eventName, answerSchema, makeEvent);
    expect(outcome).to.deep.equal({ kind: 'answered', result: { ok: false, reason: 'wrong-code' } });
  });

  it('reports a malformed answer as a developer error naming the event and the field', async () => {
    answerWith(target, (detail) => detail.respond({ ok: true, expiresAt: 'in 15 minutes' } as unknown as Answer));
    const errors = await recordingConsole('error', () => dispatchRequest(target, TestRequestEvent.eventName, answerSchema, makeEvent));
    const outcome = errors.result;
    expect(outcome.kind).to.equal('malformed');
    const error = outcome.kind === 'malformed' ? outcome.error : undefined;
    expect(error).to.be.instanceOf(VkDeveloperError);
    expect(error?.message).to.contain('vk-test-request');
    expect(error?.message).to.contain('respond() got a malformed answer');
    expect(error?.message).to.contain('"in 15 minutes"');
    expect(errors.calls).to.have.length(1);
    expect(errors.calls[0]?.[0]).to.equal(error);
  });

  it('names the field of a malformed object answer', async () => {
    const schema = z.object({ ok: z.literal(true), resendAt: z.number() });
    answerWith(target, (detail) => detail.respond({ ok: true, resendAt: null } as unknown as Answer));
    const { result: outcome } = await recordingConsole('error', () => dispatchRequest(target, TestRequestEvent.eventName, schema, makeEvent));
    expect(outcome.kind === 'malformed' ? outcome.error.message : '').to.contain('field "resendAt"');
  });

  it('returns a rejected answer (a network failure) without throwing', async () => {
    const failure = new TypeError('Failed to fetch');
    answerWith(target, (detail) => detail.respond(Promise.reject(failure)));
    const outcome = await dispatchRequest(target, TestRequestEvent.eventName, answerSchema, makeEvent);
    expect(outcome).to.deep.equal({ kind: 'rejected', error: failure });
  });

  it('warns once when nobody answers, calls onUnanswered each time, and waits until aborted', async () => {
    let unanswered = 0;
    const first = new AbortController();
    const second = new AbortController();
    const warnings = await recordingConsole('warn', async () => {
      const pending = dispatchRequest(target, TestRequestEvent.eventName, answerSchema, makeEvent, {
        signal: first.signal,
        onUnanswered: () => unanswered++,
      });
      const pendingToo = dispatchRequest(target, TestRequestEvent.eventName, answerSchema, makeEvent, {
        signal: second.signal,
        onUnanswered: () => unanswered++,
      });
      let settled = false;
      void pending.then(() => (settled = true));
      for (let i = 0; i < 20; i++) await Promise.resolve();
      expect(settled).to.equal(false);
      first.abort();
      second.abort();
      return [await pending, await pendingToo];
    });
    const [firstOutcome, secondOutcome] = warnings.result;
    expect(unanswered).to.equal(2);
    expect(warnings.calls).to.have.length(1);
    expect(String(warnings.calls[0]?.[0])).to.contain('nobody answered vk-test-request');
    expect(firstOutcome).to.deep.equal({ kind: 'aborted' });
    expect(secondOutcome).to.deep.equal({ kind: 'aborted' });
  });

  it('aborts: the host sees the signal abort and a late answer is ignored', async () => {
    let hostSignal: AbortSignal | undefined;
    let lateAnswer: (answer: Answer) => void = () => undefined;
    answerWith(target, (detail) => {
      hostSignal = detail.signal;
      detail.respond(new Promise<Answer>((resolve) => (lateAnswer = resolve)));
    });
    const controller = new AbortController();
    const pending = dispatchRequest(target, TestRequestEvent.eventName, answerSchema, makeEvent, { signal: controller.signal });
    expect(hostSignal?.aborted).to.equal(false);
    controller.abort();
    expect(hostSignal?.aborted).to.equal(true);
    lateAnswer({ ok: true, expiresAt: 1 });
    expect(await pending).to.deep.equal({ kind: 'aborted' });
  });

  it('is aborted at once with an already aborted signal', async () => {
    answerWith(target, (detail) => detail.respond(new Promise(() => undefined)));
    const outcome = await dispatchRequest(target, TestRequestEvent.eventName, answerSchema, makeEvent, { signal: AbortSignal.abort() });
    expect(outcome).to.deep.equal({ kind: 'aborted' });
  });

  it('counts only the first respond() and warns about the second', async () => {
    answerWith(target, (detail) => {
      detail.respond({ ok: true, expiresAt: 1 });
      detail.respond({ ok: false, reason: 'error' });
    });
    const warnings = await recordingConsole('warn', () => dispatchRequest(target, TestRequestEvent.eventName, answerSchema, makeEvent));
    expect(warnings.result).to.deep.equal({ kind: 'answered', result: { ok: true, expiresAt: 1 } });
    expect(String(warnings.calls[0]?.[0])).to.contain('respond() was called more than once');
  });
});
