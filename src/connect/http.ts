/**
 * `connectHttp(root, options)`: answers every verikit request event under `root` with an HTTP
 * call to the endpoints documented in the README ("HTTP connector"). The elements validate the
 * server's JSON exactly as they validate a hand-written host's answer.
 *
 * Failures map onto what every element already shows:
 * - network failure or timeout → `respond()` gets a rejected promise (a `VkHttpError`), which
 *   each element shows as its retryable "couldn't reach the server" state, keeping the input;
 * - a non-2xx answer whose body is JSON `{ ok: false, … }` → passed through unchanged;
 * - any other non-2xx (or a 2xx that is not JSON) → `{ ok: false, reason: 'error' }`, so the element shows
 *   its own translated error text (the status goes to the console for developers, not to users).
 * The element's `signal` aborts the fetch / upload.
 */

/** Endpoint (relative to `baseUrl`) for each request event. */
export const httpEndpoints = {
  'vk-account-lookup': '/account/lookup',
  'vk-code-request': '/code/request',
  'vk-code-submit': '/code/verify',
  'vk-reset-items-confirm': '/reset/items',
  'vk-answers-submit': '/questionnaire/answers',
  'vk-proof-upload': '/proofs',
  'vk-totp-verify': '/totp/verify',
  'vk-new-contact-submit': '/contact/new',
  'vk-reset-submit': '/reset/submit',
  'vk-recovery-codes-regenerate': '/recovery-codes/regenerate',
} as const;
export type HttpRequestEventName = keyof typeof httpEndpoints;

export interface ConnectHttpOptions {
  /** e.g. `/api/verification` or `https://api.example.com/v1/verify` (no trailing slash needed). */
  baseUrl: string;
  /** Extra headers (e.g. a CSRF token), or a function read on every request so tokens stay fresh. */
  headers?: Readonly<Record<string, string>> | (() => Readonly<Record<string, string>>);
  /** Time limit of a JSON request, in ms (default 30 000). */
  timeoutMs?: number;
  /** Time limit of a file upload, in ms (default 300 000; 0 = none). */
  uploadTimeoutMs?: number;
  /** `fetch` to use (default: the global one). */
  fetch?: typeof fetch;
  /** Cookies policy of every call (default `same-origin`). */
  credentials?: RequestCredentials;
}

/** Why an HTTP call failed before the server gave a usable answer. */
export class VkHttpError extends Error {
  override name = 'VkHttpError';
  constructor(
    readonly kind: 'timeout' | 'network',
    message: string,
  ) {
    super(message);
  }
}

interface RequestLike {
  respond: (answer: unknown) => void;
  signal?: AbortSignal;
  file?: unknown;
  onProgress?: unknown;
}

function isRequestDetail(detail: unknown): detail is RequestLike & Record<string, unknown> {
  return typeof detail === 'object' && detail !== null && typeof (detail as { respond?: unknown }).respond === 'function';
}

/** The detail as JSON: no callbacks, signals or file contents ever leave the page this way. */
export function requestBody(detail: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(detail)) {
    if (typeof value === 'function' || value instanceof AbortSignal || value instanceof Blob) continue;
    body[key] = value;
  }
  return body;
}

/** Turns an HTTP status and body text into the answer handed to `respond()`. */
export function answerFromResponse(status: number, text: string, url = ''): unknown {
  const failure = (why: string) => {
    console.warn(`verikit: connectHttp: ${url || 'the server'} answered HTTP ${status} ${why}; the element shows its error state.`);
    return { ok: false, reason: 'error' };
  };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return failure('without a JSON body');
  }
  const ok = status >= 200 && status < 300;
  if (ok) return json;
  const passThrough = typeof json === 'object' && json !== null && (json as { ok?: unknown }).ok === false;
  return passThrough ? json : failure('with a JSON body that is not { ok: false, … }');
}

function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}

/**
 * Listens under `root` (a document, shadow root or element) for every request event and answers it over HTTP.
 * Returns a function that stops listening. Other listeners may still answer first: only the first `respond()` counts.
 */
export function connectHttp(root: EventTarget, options: ConnectHttpOptions): () => void {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const uploadTimeoutMs = options.uploadTimeoutMs ?? 300_000;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const credentials = options.credentials ?? 'same-origin';
  const headers = (): Record<string, string> => ({ ...(typeof options.headers === 'function' ? options.headers() : options.headers) });

  async function postJson(url: string, body: unknown, signal: AbortSignal | undefined): Promise<unknown> {
    const controller = new AbortController();
    // The timeout aborts with its own reason, so the catch below tells it from the element's abort.
    const timeout = new VkHttpError('timeout', 'timeout');
    const timer = timeoutMs > 0 ? setTimeout(() => controller.abort(timeout), timeoutMs) : undefined;
    const abort = () => controller.abort();
    signal?.addEventListener('abort', abort, { once: true });
    if (signal?.aborted) controller.abort();
    try {
      const response = await doFetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers() },
        body: JSON.stringify(body),
        credentials,
        signal: controller.signal,
      });
      return answerFromResponse(response.status, await response.text(), url);
    } catch (error) {
      if (controller.signal.reason === timeout) throw timeout;
      if (signal?.aborted) throw new DOMException('The element aborted the request.', 'AbortError');
      throw new VkHttpError('network', error instanceof Error ? error.message : 'Failed to fetch');
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    }
  }

  // XMLHttpRequest because fetch cannot report upload progress.
  function upload(url: string, detail: RequestLike & Record<string, unknown>): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      const form = new FormData();
      form.append('meta', JSON.stringify(requestBody(detail)));
      if (detail.file instanceof Blob) form.append('file', detail.file, detail.file instanceof File ? detail.file.name : 'file');
      const onProgress = typeof detail.onProgress === 'function' ? (detail.onProgress as (fraction: number) => void) : undefined;
      const signal = detail.signal;
      const abort = () => xhr.abort();
      const cleanUp = () => signal?.removeEventListener('abort', abort);
      xhr.open('POST', url);
      xhr.responseType = 'text';
      xhr.timeout = uploadTimeoutMs;
      xhr.withCredentials = credentials === 'include';
      for (const [name, value] of Object.entries({ Accept: 'application/json', ...headers() })) xhr.setRequestHeader(name, value);
      xhr.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable && event.total > 0) onProgress?.(Math.min(1, event.loaded / event.total));
      });
      xhr.addEventListener('load', () => {
        cleanUp();
        resolve(answerFromResponse(xhr.status, xhr.responseText, url));
      });
      const fail = (error: Error) => () => {
        cleanUp();
        reject(error);
      };
      xhr.addEventListener('error', fail(new VkHttpError('network', 'Failed to fetch')));
      xhr.addEventListener('timeout', fail(new VkHttpError('timeout', 'timeout')));
      xhr.addEventListener('abort', fail(new DOMException('The element aborted the upload.', 'AbortError')));
      signal?.addEventListener('abort', abort, { once: true });
      if (signal?.aborted) {
        abort();
        return;
      }
      xhr.send(form);
    });
  }

  const listeners = (Object.keys(httpEndpoints) as HttpRequestEventName[]).map((eventName) => {
    const url = joinUrl(options.baseUrl, httpEndpoints[eventName]);
    const listener = (event: Event): void => {
      const detail: unknown = (event as CustomEvent<unknown>).detail;
      if (!isRequestDetail(detail)) return;
      const answer = eventName === 'vk-proof-upload' ? upload(url, detail) : postJson(url, requestBody(detail), detail.signal);
      // An aborted call's rejection has nobody left to hear it.
      answer.catch(() => undefined);
      detail.respond(answer);
    };
    root.addEventListener(eventName, listener);
    return [eventName, listener] as const;
  });

  return () => {
    for (const [eventName, listener] of listeners) root.removeEventListener(eventName, listener);
  };
}
