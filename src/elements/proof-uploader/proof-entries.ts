import type { HostRequest } from '../../core/host-request.js';
import { kindOfMime, sniffFile, type FileKind, type SniffedType } from '../../core/file-sniff.js';
import { downscaleImage } from '../../core/image-downscale.js';
import type { ProofSlotSummary, VkProofChangeDetail } from './proof-uploader.events.js';
import type { ProofMessageKey } from './proof-uploader.messages.js';
import { defaultMaxBytes, type ProofSlot, type UploadedProof } from './proof-uploader.schema.js';
import type { ProofFileStatus, ProofRejectReason } from './proof-uploader.types.js';

/**
 * One file the user added (or the host restored). Lives on the element, not in the DOM, so
 * re-renders and DOM moves lose nothing.
 */
export interface ProofEntry {
  readonly id: string;
  readonly slotId: string;
  name: string;
  size: number;
  mime: string;
  readonly kind: FileKind;
  /** Absent for a file restored from host data. */
  file: File | undefined;
  /** The upload's lifecycle (status, cancel, supersede, abort, DOM moves); absent for a restored file. */
  readonly request: HostRequest<ProofMessageKey> | undefined;
  /** Checked, not yet handed to the host (e.g. being downscaled). */
  queued: boolean;
  progress: number;
  /** The host's id, once it has the file. */
  uploadedId?: string;
  hostThumbnail?: string;
  /** The host refused the file (final, not retryable): its message, possibly empty. */
  refusal?: string;
  /** The refusal is the server's size limit (`too-large`, HTTP 413 through connectHttp). */
  tooLarge?: boolean;
}

/** A file refused locally, before anything was sent. */
export interface Rejection {
  name: string;
  reason: ProofRejectReason;
  size: number;
}

let entryCounter = 0;
export const newEntryId = (): string => `proof-${(++entryCounter).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Where a file stands, as the events report it. A request stopped by cancel, error or removal is `failed`. */
export function statusOf(entry: ProofEntry): ProofFileStatus {
  if (entry.uploadedId !== undefined) return 'uploaded';
  if (entry.refusal !== undefined) return 'failed';
  if (entry.queued) return 'queued';
  const status = entry.request?.status;
  // `done` with neither an id nor a refusal: the answer is being applied.
  return status === 'pending' || status === 'waiting' || status === 'done' ? 'uploading' : 'failed';
}

/** The user may send it (again): a file in hand, not uploaded, not refused, not being sent (unless nobody answered). */
export function canRetry(entry: ProofEntry): boolean {
  const status = entry.request?.status;
  return entry.file !== undefined && entry.refusal === undefined && (status === 'waiting' || statusOf(entry) === 'failed');
}

/**
 * Checks a file before anything is sent: not empty, not too large, a place left in the slot
 * (`inSlot` files are there already), and a true type (from its first bytes) the slot accepts.
 */
export async function checkFile(slot: ProofSlot, file: File, inSlot: number): Promise<{ reason: ProofRejectReason } | SniffedType> {
  if (file.size === 0) return { reason: 'empty' };
  if (file.size > (slot.maxBytes ?? defaultMaxBytes)) return { reason: 'too-large' };
  if (inSlot >= (slot.maxFiles ?? 1)) return { reason: 'too-many' };
  let sniffed: SniffedType | undefined;
  try {
    sniffed = await sniffFile(file);
  } catch {
    // NotReadableError: moved, deleted or changed since it was picked. This file only; the batch goes on.
    return { reason: 'unreadable' };
  }
  return sniffed && slot.accept.includes(sniffed.kind) ? sniffed : { reason: 'wrong-type' };
}

/**
 * Downscales a photo entry when asked (`maxDimension` > 0): re-encoding strips metadata such as GPS;
 * a format the browser cannot decode is sent as chosen. The copy replaces the entry's file
 * (`onReplaced` then runs) unless it came out larger than `maxBytes` (re-encoding can grow a small,
 * well-compressed file): then its size is returned and the entry left as it was, to be refused.
 */
export async function downscaleEntry(entry: ProofEntry, maxDimension: number, maxBytes: number, onReplaced: () => void): Promise<number | undefined> {
  if (maxDimension <= 0 || entry.kind !== 'image' || !entry.file) return undefined;
  const smaller = await downscaleImage(entry.file, maxDimension, { type: entry.mime });
  if (!smaller) return undefined;
  if (smaller.size > maxBytes) return smaller.size;
  onReplaced();
  Object.assign(entry, { file: smaller, size: smaller.size, mime: smaller.type });
  return undefined;
}

/** The files of a paste: the clipboard's files, else its file items (some browsers list only those). */
export function filesFromClipboard(data: DataTransfer | null): File[] {
  if (!data) return [];
  if (data.files.length) return Array.from(data.files);
  return Array.from(data.items, (item) => (item.kind === 'file' ? item.getAsFile() : null)).filter((file): file is File => file !== null);
}

export function minFilesOf(slot: ProofSlot): number {
  return slot.minFiles ?? (slot.required === false ? 0 : 1);
}

/** Entries for the host's files not shown yet (a host re-setting the same list adds nothing). */
export function restoredEntries(items: readonly UploadedProof[], entries: readonly ProofEntry[]): ProofEntry[] {
  const known = new Set(entries.map((entry) => entry.uploadedId));
  return items
    .filter((item) => !known.has(item.fileId))
    .map((item) => ({
      id: item.fileId,
      slotId: item.slotId,
      name: item.name,
      size: item.size,
      mime: item.type,
      kind: kindOfMime(item.type) ?? 'pdf',
      file: undefined,
      request: undefined,
      queued: false,
      progress: 1,
      uploadedId: item.fileId,
      ...(item.thumbnailUrl ? { hostThumbnail: item.thumbnailUrl } : {}),
    }));
}

/** What `vk-proof-change` reports: each slot's files, choice and completeness. */
export function summarize(slots: readonly ProofSlot[], entries: readonly ProofEntry[], choices: ReadonlyMap<string, string>): VkProofChangeDetail {
  const summaries: Record<string, ProofSlotSummary> = {};
  for (const slot of slots) {
    const files = entries.filter((entry) => entry.slotId === slot.id);
    const statuses = files.map(statusOf);
    const choice = choices.get(slot.id);
    const uploaded = statuses.filter((status) => status === 'uploaded').length;
    const inFlight = statuses.some((status) => status === 'queued' || status === 'uploading');
    const choiceMade = !slot.choice || choice !== undefined;
    summaries[slot.id] = {
      files: files.map((entry, index) => ({
        fileId: entry.id,
        ...(entry.uploadedId ? { uploadedId: entry.uploadedId } : {}),
        name: entry.name,
        size: entry.size,
        status: statuses[index] ?? 'failed',
      })),
      ...(choice !== undefined ? { choice } : {}),
      complete: uploaded >= minFilesOf(slot) && !inFlight && (choiceMade || (slot.required === false && files.length === 0)),
    };
  }
  return { slots: summaries, complete: Object.values(summaries).every((slot) => slot.complete) };
}

/** Images the browser can show as a thumbnail (HEIC only decodes in Safari). */
const thumbnailTypes = new Set(['image/jpeg', 'image/png', 'image/webp']);

/**
 * Object URLs of the thumbnails shown in one render; the ones no longer shown (row removed,
 * element left the page) are revoked after the update, so a long session holds no stale blobs.
 */
export class Thumbnails {
  readonly #urls = new Map<string, string>();
  #shown = new Set<string>();

  /** Call at the start of a render. */
  begin(): void {
    this.#shown = new Set();
  }

  /** The row's thumbnail: an object URL of the file in hand, else the host's. */
  for(entry: ProofEntry): string | undefined {
    if (!entry.file || !thumbnailTypes.has(entry.mime)) return entry.hostThumbnail;
    let url = this.#urls.get(entry.id);
    if (!url) {
      url = URL.createObjectURL(entry.file);
      this.#urls.set(entry.id, url);
    }
    this.#shown.add(entry.id);
    return url;
  }

  /** Revokes what the last render did not show (everything when `all`). */
  release(all = false): void {
    for (const [id, url] of this.#urls) {
      if (!all && this.#shown.has(id)) continue;
      URL.revokeObjectURL(url);
      this.#urls.delete(id);
    }
  }

  /** Forgets one entry's URL (its file was replaced, e.g. by a downscaled copy). */
  drop(id: string): void {
    const url = this.#urls.get(id);
    if (url !== undefined) URL.revokeObjectURL(url);
    this.#urls.delete(id);
  }
}
