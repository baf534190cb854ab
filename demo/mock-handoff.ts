import type { Clock } from '../src/core/clock.js';

/**
 * The mock backend's side of "Continue on your phone" (`<vk-proof-uploader>`'s hand-off), keeping
 * the rules docs/handoff.md asks of a real backend: a token minted per link from a secure random
 * source, valid 10 minutes, bound to the minting session and the slots it names, opened by one
 * device only, and used up once that device says it is done. A new link revokes the session's
 * previous one; "Upload on this computer instead" (`vk-handoff-cancel`) revokes it too.
 *
 * The desktop and the phone are two mock backends (two frames, two tabs, or two containers of one
 * page) that share their hand-offs through a `BroadcastChannel`: every change is broadcast, and a
 * backend that starts asks the others for what they know.
 */

export const HANDOFF_VALIDITY_MS = 10 * 60 * 1000;
const channelName = 'verikit-demo-handoff';

/** The requests the hand-off answers (`vk-handoff-cancel` is a notification). */
export const handoffRequestNames = ['vk-handoff-create', 'vk-handoff-status', 'vk-handoff-open', 'vk-handoff-finish'] as const;
export type HandoffRequestName = (typeof handoffRequestNames)[number];

/** A file the phone uploaded, in `<vk-proof-uploader>`'s `uploaded` shape. */
export interface HandoffFile {
  slotId: string;
  fileId: string;
  name: string;
  size: number;
  type: string;
  choice?: string;
}

/** One link, as the backend stores it. Only the backend (and the phone's URL) ever holds the token. */
export interface HandoffRecord {
  token: string;
  /** The opaque id the desktop polls with; never the token. */
  id: string;
  /** The backend (desktop session) that minted it. */
  session: string;
  /** The device that opened it first; no other may. */
  device?: string;
  slots: string[];
  expiresAt: number;
  state: 'waiting' | 'connected' | 'done' | 'revoked';
  files: HandoffFile[];
  /** Bumped by every change: a backend keeps the newest copy it hears of (others re-send what they know). */
  version: number;
}

type Answer = Record<string, unknown>;
type Fields = Readonly<Record<string, unknown>>;

export interface HandoffBackendOptions {
  /** This backend's name: the desktop's session, or the phone's device (default: random). */
  device?: string;
  /** The address the phone opens (default: the Storybook phone story, given the token). */
  url?: (token: string) => string;
}

export interface HandoffBackend {
  answer(name: HandoffRequestName, fields: Fields): Answer;
  /** Runs an upload; one carrying a `handoffToken` must come from the device that opened a live link, and is recorded on it. */
  upload(fields: Fields, send: () => Answer | Promise<Answer>): Answer | Promise<Answer>;
  /** Listens for `vk-handoff-cancel` under `root`. */
  listen(root: EventTarget): () => void;
  /** The newest link still to be opened or finished that this backend knows, minted here or elsewhere (the story's "scan"). */
  latest(): HandoffRecord | undefined;
  /** What this backend knows of a link. */
  get(token: string): HandoffRecord | undefined;
  /** Calls `listener` whenever a link changes here or in another frame (a host pushing to the desktop). */
  subscribe(listener: (record: HandoffRecord) => void): () => void;
  reset(): void;
}

/** The phone story's address with the token as its `handoff-token` arg, beside the page (Storybook's iframe, or /demo/). */
export function phoneStoryUrl(token: string): string {
  const base = location.pathname.includes('/demo/') ? '../iframe.html' : 'iframe.html';
  return new URL(`${base}?id=elements-proof-uploader--phone-side&viewMode=story&args=handoff-token:${token}`, location.href).href;
}

/** 16 random bytes, base64url: what a real backend mints (and stores hashed). */
function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function createHandoffBackend(clock: Clock, options: HandoffBackendOptions = {}): HandoffBackend {
  const me = options.device ?? `device-${randomToken().slice(0, 8)}`;
  const url = options.url ?? phoneStoryUrl;
  const records = new Map<string, HandoffRecord>();
  const listeners = new Set<(record: HandoffRecord) => void>();
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : undefined;

  const learn = (record: HandoffRecord): void => {
    if ((records.get(record.token)?.version ?? -1) >= record.version) return;
    records.set(record.token, record);
    for (const listener of [...listeners]) listener(record);
  };
  const save = (change: Omit<HandoffRecord, 'version'>): void => {
    const record = { ...change, version: (records.get(change.token)?.version ?? 0) + 1 };
    learn(record);
    channel?.postMessage({ type: 'record', record });
  };
  channel?.addEventListener('message', (event: MessageEvent<{ type: 'record'; record: HandoffRecord } | { type: 'hello' }>) => {
    if (event.data.type === 'record') learn(event.data.record);
    else for (const record of records.values()) channel.postMessage({ type: 'record', record });
  });
  channel?.postMessage({ type: 'hello' });

  const expired = (record: HandoffRecord): boolean => record.state === 'revoked' || (record.state !== 'done' && clock.now() >= record.expiresAt);
  const revokeLive = (): void => {
    for (const record of records.values()) if (record.session === me && !expired(record) && record.state !== 'done') save({ ...record, state: 'revoked' });
  };

  const create = (fields: Fields): Answer => {
    revokeLive();
    const slots = Array.isArray(fields['slots']) ? fields['slots'].filter((slot): slot is string => typeof slot === 'string') : [];
    const record: Omit<HandoffRecord, 'version'> = { token: randomToken(), id: `handoff-${randomToken().slice(0, 10)}`, session: me, slots, expiresAt: clock.now() + HANDOFF_VALIDITY_MS, state: 'waiting', files: [] };
    save(record);
    return { ok: true, url: url(record.token), expiresAt: record.expiresAt, handoffId: record.id };
  };

  const status = (fields: Fields): Answer => {
    const mine = [...records.values()].filter((record) => record.session === me);
    const record = mine.find((candidate) => candidate.id === fields['handoffId']) ?? mine.at(-1);
    if (!record) return { ok: false, reason: 'error' };
    if (expired(record)) return { ok: true, state: 'expired', files: record.files };
    return { ok: true, state: record.state === 'revoked' ? 'expired' : record.state, files: record.files };
  };

  /** Why this device may not use the token, if it may not. */
  const refusal = (record: HandoffRecord | undefined): Answer | undefined => {
    if (!record || expired(record)) return { ok: false, reason: 'expired' };
    if (record.state === 'done' || (record.device !== undefined && record.device !== me)) return { ok: false, reason: 'used' };
    return undefined;
  };

  const open = (fields: Fields): Answer => {
    const record = records.get(text(fields['token']));
    const refused = refusal(record);
    if (refused || !record) return refused ?? { ok: false, reason: 'expired' };
    if (record.device === undefined) save({ ...record, device: me, state: 'connected' });
    return { ok: true, slots: record.slots, files: record.files };
  };

  const finish = (fields: Fields): Answer => {
    const record = records.get(text(fields['token']));
    const refused = refusal(record);
    if (refused || !record) return refused ?? { ok: false, reason: 'expired' };
    save({ ...record, state: 'done' });
    return { ok: true };
  };

  return {
    answer(name, fields) {
      switch (name) {
        case 'vk-handoff-create':
          return create(fields);
        case 'vk-handoff-status':
          return status(fields);
        case 'vk-handoff-open':
          return open(fields);
        case 'vk-handoff-finish':
          return finish(fields);
      }
    },
    upload(fields, send) {
      const token = text(fields['handoffToken']);
      if (!token) return send();
      const record = records.get(token);
      if (refusal(record) || record?.device !== me) return { ok: false, reason: 'rejected' };
      const file = fields['file'] instanceof File ? fields['file'] : undefined;
      const remember = (fileId: string): void => {
        const current = records.get(token);
        if (!current || !file) return;
        const choice = text(fields['choice']);
        const entry: HandoffFile = { slotId: text(fields['slotId']), fileId, name: file.name, size: file.size, type: text(fields['mime']), ...(choice ? { choice } : {}) };
        save({ ...current, files: [...current.files, entry] });
      };
      const answer = send();
      const recordAnswer = (result: Answer): Answer => {
        if (result['ok'] === true) remember(text(result['fileId']));
        return result;
      };
      return answer instanceof Promise ? answer.then(recordAnswer) : recordAnswer(answer);
    },
    listen(root) {
      const onCancel = (event: Event): void => {
        const id = event instanceof CustomEvent ? (event.detail as { handoffId?: unknown } | null)?.handoffId : undefined;
        for (const record of records.values()) if (record.session === me && (id === undefined || record.id === id) && !expired(record) && record.state !== 'done') save({ ...record, state: 'revoked' });
      };
      root.addEventListener('vk-handoff-cancel', onCancel);
      return () => root.removeEventListener('vk-handoff-cancel', onCancel);
    },
    latest() {
      return [...records.values()].filter((record) => !expired(record) && record.state !== 'done').at(-1);
    },
    get(token) {
      return records.get(token);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reset() {
      records.clear();
    },
  };
}
