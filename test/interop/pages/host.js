// The host side every interop page shares: answers verikit's request events the way a partner's
// backend would, and records what it saw in window.verikitLog for the test to read.
export const maskedDestination = 'j•••@mail.com';
export const rightCode = '123456';

export function log(entry) {
  (window.verikitLog ??= []).push(entry);
}

export function answerCodeRequest(event) {
  log({ type: event.type, channel: event.detail.channel, purpose: event.detail.purpose });
  const now = Date.now();
  event.detail.respond({ ok: true, expiresAt: now + 15 * 60_000, resendAt: now + 60_000, maskedDestination });
}

export function answerCodeSubmit(event) {
  log({ type: event.type, code: event.detail.code, channel: event.detail.channel, purpose: event.detail.purpose });
  event.detail.respond(event.detail.code.startsWith(rightCode.slice(0, 4)) ? { ok: true } : { ok: false, reason: 'wrong-code', attemptsLeft: 4 });
}

export function recordVerified(event) {
  log({ type: event.type, channel: event.detail.channel, purpose: event.detail.purpose });
}

/** Plain DOM wiring (plain HTML and CSP pages): one listener on the document answers every input. */
export function answerOnDocument() {
  document.addEventListener('vk-code-request', answerCodeRequest);
  document.addEventListener('vk-code-submit', answerCodeSubmit);
  document.addEventListener('vk-code-verified', recordVerified);
}
