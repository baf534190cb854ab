/**
 * `connectHttp(root, options)`: answers every verikit request event under `root` with an HTTP
 * call to the endpoints documented in the README ("HTTP connector"). The elements validate the
 * server's JSON exactly as they validate a hand-written host's answer.
 *
 * Failures map onto what every element already shows:
 * - network failure or timeout → `respond()` gets a rejected promise (a `VkHttpError`), which
 *   each element shows as its retryable "couldn't reach the server" state, keeping the input;
 * - a non-2xx answer whose body is JSON `{ ok: false, … }` → passed through unchanged;
 * - an upload answered HTTP 413 → `{ ok: false, reason: 'too-large' }` (final: the file is too large for the server);
 * - any other non-2xx (or a 2xx that is not JSON) → `{ ok: false, reason: 'error' }`, so the element shows
 *   its own translated error text (the status goes to the console for developers, not to users).
 * The element's `signal` aborts the fetch / upload. Every answer carries the server's time (`serverTime`
 * from the body, else from the `Date` header), which corrects the element's clock.
 */

/** Endpoint (relative to `baseUrl`) for each request event. */
export const httpEndpoints = {
  'vk-account-lookup': '/account/lookup',
  'vk-code-request': '/code/request',
  'vk-code-submit': '/code/verify',
  'vk-reset-items-confirm': '/reset/items',
  'vk-answers-submit': '/questionnaire/answers',
  'vk-proof-upload': '/proofs',
  'vk-totp-secret-generate': '/totp/secret',
  'vk-totp-verify': '/totp/verify',
  'vk-new-contact-submit': '/contact/new',
  'vk-reset-submit': '/reset/submit',
  'vk-recovery-codes-regenerate': '/recovery-codes/regenerate',
  'vk-handoff-create': '/handoff/create',
  'vk-handoff-status': '/handoff/status',
  'vk-handoff-open': '/handoff/open',
  'vk-handoff-finish': '/handoff/finish',
} as const;
export type HttpRequestEventName = keyof typeof httpEndpoints;

/** Endpoint for each notification event: POSTed once, its answer ignored (nothing waits for it). */
export const httpNotifications = {
  'vk-handoff-cancel': '/handoff/cancel',
} as const;

export interface ConnectHttpOptions {
  /** e.g. `/api/verification` or `https://api.example.com/v1/verify` (no trailing slash needed). */
  baseUrl: string;
  /**
   * Extra headers (e.g. a CSRF token), or a function read on every request so tokens stay fresh.
   * A `Content-Type` here is ignored: the connector sends JSON, or multipart with its boundary for uploads.
   */
  headers?: Readonly<Record<string, string>> | (() => Readonly<Record<string, string>>);
  /** Time limit of a JSON request, in ms (default 30 000; 0 = none). */
  timeoutMs?: number;
  /**
   * An upload fails when no byte has gone out or come back for this long, in ms (default 60 000;
   * 0 = never). Not a limit on the whole upload: a large video on a slow link may take as long as it moves.
   */
  uploadStallTimeoutMs?: number;
  /** `fetch` to use (default: the global one). */
  fetch?: typeof fetch;
  /**
   * Cookies policy (default `same-origin`). Uploads go through `XMLHttpRequest` (for progress), which
   * sends cookies to its own origin whatever this says: `omit` only keeps them from a cross-origin upload.
   */
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
  respond: (answer: unknown) => unknown;
  signal?: AbortSignal;
  file?: unknown;
  fileId?: unknown;
  mime?: unknown;
  onProgress?: unknown;
  /** Added by verikit's core when an element dispatches the event. */
  answered?: unknown;
  respondIfUnanswered?: unknown;
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

/** File extension of each type verikit's sniffing recognises: the multipart part is named by verikit, never by the user. */
const extensions: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'application/pdf': 'pdf',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/webm': 'webm',
  'video/3gpp': '3gp',
  'video/3gpp2': '3g2',
};

/**
 * The file part of an upload: named `<fileId>.<extension of the sniffed type>` (only letters, digits,
 * `-` and `_` from the id), typed with the sniffed type. An unknown type is `application/octet-stream`, `.bin`.
 */
export function uploadPart(detail: { fileId?: unknown; mime?: unknown }): { filename: string; type: string } {
  const id = (typeof detail.fileId === 'string' ? detail.fileId.replace(/[^\w-]/g, '_').slice(0, 64) : '') || 'file';
  const mime = typeof detail.mime === 'string' ? detail.mime : '';
  const extension = extensions[mime];
  return extension ? { filename: `${id}.${extension}`, type: mime } : { filename: `${id}.bin`, type: 'application/octet-stream' };
}

/**
 * The server's time from a `Date` header (whole seconds, so the middle of that second), or undefined.
 * A cross-origin API must list `Date` in `Access-Control-Expose-Headers` for the page to read it.
 */
export function serverTimeFromDate(date: string | null): number | undefined {
  const parsed = date ? Date.parse(date) : Number.NaN;
  return Number.isFinite(parsed) ? parsed + 500 : undefined;
}

/**
 * Turns an HTTP status and body text into the answer handed to `respond()`. An object answer
 * without `serverTime` gets `serverTime` (the `Date` header's time). `upload`: a 413 means the file is too large.
 */
export function answerFromResponse(status: number, text: string, url = '', serverTime?: number, upload = false): unknown {
  const withTime = (answer: unknown): unknown =>
    serverTime !== undefined && typeof answer === 'object' && answer !== null && !Array.isArray(answer) && !('serverTime' in answer)
      ? { ...answer, serverTime }
      : answer;
  const failure = (why: string) => {
    if (upload && status === 413) return withTime({ ok: false, reason: 'too-large' });
    console.warn(`verikit: connectHttp: ${url || 'the server'} answered HTTP ${status} ${why}; the element shows its error state.`);
    return withTime({ ok: false, reason: 'error' });
  };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return failure('without a JSON body');
  }
  const ok = status >= 200 && status < 300;
  if (ok) return withTime(json);
  const passThrough = typeof json === 'object' && json !== null && (json as { ok?: unknown }).ok === false;
  return passThrough ? withTime(json) : failure('with a JSON body that is not { ok: false, … }');
}

function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}

/**
 * Listens under `root` (a document, shadow root or element) for every request event and answers it over HTTP.
 * Returns a function that stops listening.
 *
 * Never double-posts: an event already answered (`detail.answered`) is left alone, and the call is
 * registered as the event's fallback (`detail.respondIfUnanswered`), made only when no listener
 * called `respond()` during the dispatch. So a host listener that answers synchronously wins even
 * when it was added after `connectHttp()`, on the same node, and nothing is sent.
 */
export function connectHttp(root: EventTarget, options: ConnectHttpOptions): () => void {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const stallMs = options.uploadStallTimeoutMs ?? 60_000;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const credentials = options.credentials ?? 'same-origin';
  /** The host's headers, except a Content-Type: the connector's own (JSON, or multipart with its boundary) always goes. */
  const headers = (): [string, string][] =>
    Object.entries({ Accept: 'application/json', ...(typeof options.headers === 'function' ? options.headers() : options.headers) }).filter(
      ([name]) => name.toLowerCase() !== 'content-type',
    );

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
        headers: [...headers(), ['Content-Type', 'application/json']],
        body: JSON.stringify(body),
        credentials,
        signal: controller.signal,
      });
      return answerFromResponse(response.status, await response.text(), url, serverTimeFromDate(response.headers.get('Date')));
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
      const file = detail.file;
      const form = new FormData();
      // The user's file name travels as data, never as the part's name.
      form.append('meta', JSON.stringify({ ...requestBody(detail), ...(file instanceof File ? { name: file.name } : {}) }));
      if (file instanceof Blob) {
        const part = uploadPart(detail);
        form.append('file', new Blob([file], { type: part.type }), part.filename);
      }
      const onProgress = typeof detail.onProgress === 'function' ? (detail.onProgress as (fraction: number) => void) : undefined;
      const signal = detail.signal;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let done = false;
      const finish = (outcome: () => void, abortXhr = false) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (abortXhr) xhr.abort();
        outcome();
      };
      const aborted = () => reject(new DOMException('The element aborted the upload.', 'AbortError'));
      const onAbort = () => finish(aborted, true);
      // Every byte out or in, and every change of state, restarts the stall timer.
      const moved = () => {
        clearTimeout(timer);
        if (!done && stallMs > 0) timer = setTimeout(() => finish(() => reject(new VkHttpError('timeout', 'stalled')), true), stallMs);
      };
      xhr.open('POST', url);
      xhr.responseType = 'text';
      xhr.withCredentials = credentials === 'include';
      for (const [name, value] of headers()) xhr.setRequestHeader(name, value);
      xhr.upload.addEventListener('progress', (event) => {
        moved();
        if (event.lengthComputable && event.total > 0) onProgress?.(Math.min(1, event.loaded / event.total));
      });
      xhr.addEventListener('progress', moved);
      xhr.addEventListener('readystatechange', moved);
      xhr.addEventListener('load', () =>
        finish(() => resolve(answerFromResponse(xhr.status, xhr.responseText, url, serverTimeFromDate(xhr.getResponseHeader('Date')), true))),
      );
      xhr.addEventListener('error', () => finish(() => reject(new VkHttpError('network', 'Failed to fetch'))));
      xhr.addEventListener('abort', () => finish(aborted));
      signal?.addEventListener('abort', onAbort, { once: true });
      if (signal?.aborted) {
        onAbort();
        return;
      }
      moved();
      xhr.send(form);
    });
  }

  const listeners: [eventName: string, listener: (event: Event) => void][] = (Object.keys(httpEndpoints) as HttpRequestEventName[]).map((eventName) => {
    const url = joinUrl(options.baseUrl, httpEndpoints[eventName]);
    const listener = (event: Event): void => {
      const detail: unknown = (event as CustomEvent<unknown>).detail;
      if (!isRequestDetail(detail) || detail.answered === true) return;
      const send = (): Promise<unknown> => {
        const answer = eventName === 'vk-proof-upload' ? upload(url, detail) : postJson(url, requestBody(detail), detail.signal);
        // An aborted call's rejection has nobody left to hear it.
        answer.catch(() => undefined);
        return answer;
      };
      if (typeof detail.respondIfUnanswered === 'function') (detail.respondIfUnanswered as (make: () => Promise<unknown>) => boolean)(send);
      else detail.respond(send());
    };
    root.addEventListener(eventName, listener);
    return [eventName, listener];
  });

  for (const [eventName, path] of Object.entries(httpNotifications)) {
    const url = joinUrl(options.baseUrl, path);
    const listener = (event: Event): void => {
      const detail: unknown = (event as CustomEvent<unknown>).detail;
      // Fire and forget: a lost notification costs nothing the server's own expiry does not cover.
      if (typeof detail === 'object' && detail !== null) postJson(url, requestBody(detail as Record<string, unknown>), undefined).catch(() => undefined);
    };
    root.addEventListener(eventName, listener);
    listeners.push([eventName, listener]);
  }

  return () => {
    for (const [eventName, listener] of listeners) root.removeEventListener(eventName, listener);
  };
}
