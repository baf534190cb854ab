import { expect } from '@open-wc/testing';
import { ManualClock } from '../../src/core/clock.js';
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

  describe('answering once (issue 14: never double-post)', () => {
    it('respond() returns true for the answer that counts and false after; answered says so', async () => {
      const seen: boolean[] = [];
      answerWith(target, (detail) => {
        seen.push(detail.answered);
        seen.push(detail.respond({ ok: true, expiresAt: 1 }));
        seen.push(detail.answered);
        seen.push(detail.respond({ ok: false, reason: 'late' }));
      });
      const { result } = await recordingConsole('warn', () => dispatchRequest(target, TestRequestEvent.eventName, answerSchema, makeEvent));
      expect(seen).to.deep.equal([false, true, true, false]);
      expect(result).to.deep.equal({ kind: 'answered', result: { ok: true, expiresAt: 1 } });
    });

    it('answered and respondIfUnanswered are not enumerable: a detail serialised for a server stays the element\'s fields', async () => {
      let keys: string[] = [];
      answerWith(target, (detail) => {
        keys = Object.keys(detail);
        detail.respond({ ok: true, expiresAt: 1 });
      });
      await dispatchRequest(target, TestRequestEvent.eventName, answerSchema, makeEvent);
      expect(keys.sort()).to.deep.equal(['respond', 'signal', 'what']);
    });

    it('a fallback answers only when no listener answered during the dispatch, and counts as an answer (no waiting, no warning)', async () => {
      let made = 0;
      let unanswered = 0;
      answerWith(target, (detail) => {
        expect(detail.respondIfUnanswered(() => ((made += 1), Promise.resolve({ ok: true as const, expiresAt: 7 })))).to.equal(true);
        expect(detail.respondIfUnanswered(() => ({ ok: false as const, reason: 'second fallback' })), 'only the first registration counts').to.equal(false);
      });
      const { result, calls } = await recordingConsole('warn', () =>
        dispatchRequest(target, TestRequestEvent.eventName, answerSchema, makeEvent, { onUnanswered: () => (unanswered += 1) }),
      );
      expect(result).to.deep.equal({ kind: 'answered', result: { ok: true, expiresAt: 7 } });
      expect(made).to.equal(1);
      expect(unanswered).to.equal(0);
      expect(calls).to.deep.equal([]);
    });

    it('a listener added later on the same node that answers synchronously wins, and the fallback never runs', async () => {
      let made = 0;
      // The adapter (connectHttp) listens first…
      answerWith(target, (detail) => {
        if (!detail.answered) detail.respondIfUnanswered(() => ((made += 1), { ok: false as const, reason: 'from the adapter' }));
      });
      // …the host's own listener after it, on the same node.
      answerWith(target, (detail) => detail.respond({ ok: true, expiresAt: 3 }));
      const { result, calls } = await recordingConsole('warn', () => dispatchRequest(target, TestRequestEvent.eventName, answerSchema, makeEvent));
      expect(result).to.deep.equal({ kind: 'answered', result: { ok: true, expiresAt: 3 } });
      expect(made).to.equal(0);
      expect(calls, 'no "called more than once" warning').to.deep.equal([]);
    });

    it('a listener that answered first makes respondIfUnanswered refuse', async () => {
      let registered: boolean | undefined;
      answerWith(target, (detail) => detail.respond({ ok: true, expiresAt: 3 }));
      answerWith(target, (detail) => (registered = detail.respondIfUnanswered(() => ({ ok: false, reason: 'never' }))));
      await dispatchRequest(target, TestRequestEvent.eventName, answerSchema, makeEvent);
      expect(registered).to.equal(false);
    });

    it('a fallback that throws is a rejected answer (the retryable network state), not an exception', async () => {
      const failure = new Error('adapter broke');
      answerWith(target, (detail) => {
        detail.respondIfUnanswered(() => {
          throw failure;
        });
      });
      expect(await dispatchRequest(target, TestRequestEvent.eventName, answerSchema, makeEvent)).to.deep.equal({ kind: 'rejected', error: failure });
    });
  });

  describe('never rejects on hostile answers (issue 14)', () => {
    const revoked = (() => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    })();
    const cyclic: Record<string, unknown> = { ok: true };
    cyclic['self'] = cyclic;
    const hostile: [string, unknown][] = [
      ['a getter that throws', Object.defineProperty({ ok: true }, 'expiresAt', { enumerable: true, get: () => { throw new Error('getter'); } })],
      ['a BigInt', { ok: true, expiresAt: 10n }],
      ['a BigInt alone', 10n],
      ['a revoked proxy', revoked],
      ['a cycle', cyclic],
      ['an object whose toString throws', { ok: true, expiresAt: { toString: () => { throw new Error('toString'); } } }],
      ['a symbol', Symbol('answer')],
      ['a function', () => ({ ok: true })],
      ['a null-prototype object', Object.create(null) as unknown],
      ['a thenable whose then throws', { then: () => { throw new Error('then'); } }],
    ];
    for (const [name, value] of hostile) {
      it(`${name}: a malformed or rejected outcome, never a rejection`, async () => {
        answerWith(target, (detail) => detail.respond(value as Answer));
        const { result } = await recordingConsole('error', () => dispatchRequest(target, TestRequestEvent.eventName, answerSchema, makeEvent));
        expect(['malformed', 'rejected']).to.include(result.kind);
      });
    }

    it('an element whose event cannot be built gets a rejected outcome, not an exception', async () => {
      const failure = new Error('makeEvent broke');
      const { result } = await recordingConsole('error', () =>
        dispatchRequest(target, TestRequestEvent.eventName, answerSchema, () => {
          throw failure;
        }),
      );
      expect(result).to.deep.equal({ kind: 'rejected', error: failure });
    });
  });

  describe('server time (issue 14)', () => {
    const server = Date.UTC(2026, 4, 1, 9, 0, 0);

    it("an answer's serverTime sets the clock's offset before the answer is used", async () => {
      const clock = new ManualClock(server - 20 * 60_000); // the device is 20 minutes slow
      let nowWhenValidated = 0;
      const schema = z.object({ ok: z.literal(true), expiresAt: z.number().check(z.refine(() => ((nowWhenValidated = clock.now()), true))) });
      answerWith(target, (detail) => detail.respond({ ok: true, expiresAt: server + 15 * 60_000, serverTime: server }));
      const outcome = await dispatchRequest(target, TestRequestEvent.eventName, schema, makeEvent, { clock });
      expect(outcome).to.deep.equal({ kind: 'answered', result: { ok: true, expiresAt: server + 15 * 60_000 } });
      expect(nowWhenValidated).to.equal(server);
      expect(clock.serverTimeOffset).to.equal(20 * 60_000);
      expect(clock.deviceNow).to.equal(server - 20 * 60_000);
    });

    it('re-syncs on each answer, ignores a difference under a second, and never syncs an aborted request', async () => {
      const clock = new ManualClock(server);
      const answerTime = (serverTime: unknown) => {
        const off = answerWith(target, (detail) => detail.respond({ ok: false, reason: 'x', serverTime } as Answer));
        return dispatchRequest(target, TestRequestEvent.eventName, answerSchema, makeEvent, { clock }).finally(off);
      };
      await answerTime(server + 60 * 60_000);
      expect(clock.now()).to.equal(server + 60 * 60_000);
      await answerTime(server + 60 * 60_000 + 400);
      expect(clock.now(), 'under a second: noise').to.equal(server + 60 * 60_000);
      await answerTime(server - 60 * 60_000);
      expect(clock.now()).to.equal(server - 60 * 60_000);
      const controller = new AbortController();
      const off = answerWith(target, (detail) => detail.respond(new Promise((resolve) => setTimeout(() => resolve({ ok: true, expiresAt: 1, serverTime: server }), 20))));
      const pending = dispatchRequest(target, TestRequestEvent.eventName, answerSchema, makeEvent, { clock, signal: controller.signal });
      controller.abort();
      expect(await pending).to.deep.equal({ kind: 'aborted' });
      off();
      await new Promise((resolve) => setTimeout(resolve, 40));
      expect(clock.now()).to.equal(server - 60 * 60_000);
    });

    // 8.64e15 is the last moment a Date holds: a clock set there could not show "now + 24 hours".
    for (const bad of [Number.NaN, -1, Number.MAX_SAFE_INTEGER, 8.64e15, 253_402_300_800_000, '2026-05-01T09:00:00Z', Number.POSITIVE_INFINITY]) {
      it(`a serverTime of ${String(bad)} is a developer error; the clock stays and the answer still counts`, async () => {
        const clock = new ManualClock(server);
        answerWith(target, (detail) => detail.respond({ ok: true, expiresAt: 5, serverTime: bad } as Answer));
        const { result, calls } = await recordingConsole('error', () => dispatchRequest(target, TestRequestEvent.eventName, answerSchema, makeEvent, { clock }));
        expect(result).to.deep.equal({ kind: 'answered', result: { ok: true, expiresAt: 5 } });
        expect(calls).to.have.length(1);
        expect(calls[0]?.[0]).to.be.instanceOf(VkDeveloperError);
        expect(String(calls[0]?.[0])).to.contain('"serverTime"');
        expect(clock.now()).to.equal(server);
      });
    }
  });
});
