import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * SMS autofill through the WebOTP API (Android Chrome): after a code was sent by SMS, the browser
 * offers the code of an SMS whose last line is `@<host> #<code>` with one tap, and the element fills
 * and submits it. `<vk-code-input>` loads this module with its first SMS request, and only where
 * `OTPCredential` exists: browsers without WebOTP never download it, never see an error or a prompt,
 * and keep `autocomplete="one-time-code"`.
 *
 * The wait for the SMS is aborted by what makes it pointless: a submitted code (typed, pasted or
 * filled), a new request (a newer SMS is coming), the code's expiry, and the element's removal (after
 * the same move window as requests: a DOM move keeps it). It listens for the element's own
 * `vk-code-submit`, `vk-code-request` and `vk-code-expire` events, the facts it publishes anyway.
 */

/** The code input: a Lit host in the DOM. */
export type SmsHost = ReactiveControllerHost & HTMLElement;

/** WebOTP's request and credential (not in TypeScript's DOM types yet). */
interface OtpRequestOptions extends CredentialRequestOptions {
  otp: { transport: string[] };
}
interface OtpCredential extends Credential {
  code?: string;
}

const abortingEvents = ['vk-code-submit', 'vk-code-request', 'vk-code-expire'];

class SmsAutofill implements ReactiveController {
  readonly #host: SmsHost;
  readonly #fill: (code: string) => void;
  #waiting: AbortController | undefined;
  #removal: ReturnType<typeof setTimeout> | undefined;

  constructor(host: SmsHost, fill: (code: string) => void) {
    this.#host = host;
    this.#fill = fill;
    host.addController(this);
    for (const name of abortingEvents) host.addEventListener(name, () => this.abort());
  }

  /** Waits for the SMS (ending any earlier wait) and fills its code. A refusal or an abort changes nothing. */
  async listen(): Promise<void> {
    this.abort();
    const waiting = new AbortController();
    this.#waiting = waiting;
    try {
      const options: OtpRequestOptions = { otp: { transport: ['sms'] }, signal: waiting.signal };
      const credential: OtpCredential | null = await navigator.credentials.get(options);
      if (this.#waiting !== waiting || !credential?.code) return;
      this.#waiting = undefined;
      this.#fill(credential.code);
    } catch {
      // Aborted, dismissed by the user, or no SMS came: the user types (or autofills) the code.
    }
  }

  abort(): void {
    this.#waiting?.abort();
    this.#waiting = undefined;
  }

  hostConnected(): void {
    clearTimeout(this.#removal);
  }

  hostDisconnected(): void {
    // A move (remove + insert) reconnects within the same task; a removal stops waiting.
    this.#removal = setTimeout(() => {
      if (!this.#host.isConnected) this.abort();
    }, 0);
  }
}

const autofills = new WeakMap<SmsHost, SmsAutofill>();

/** Starts waiting for the SMS code for `host` (one wait per element at a time). */
export function listenForSms(host: SmsHost, fill: (code: string) => void): void {
  let autofill = autofills.get(host);
  if (!autofill) {
    autofill = new SmsAutofill(host, fill);
    autofills.set(host, autofill);
  }
  void autofill.listen();
}
