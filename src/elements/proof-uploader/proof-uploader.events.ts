import { VkEvent, type RequestDetail } from '../../core/events.js';
import type { FileKind } from '../../core/file-sniff.js';
import type { ProofUploadAnswer } from './proof-uploader.schema.js';
import type { ProofFileStatus, ProofRejectReason } from './proof-uploader.types.js';

export interface VkProofUploadDetail extends RequestDetail<ProofUploadAnswer> {
  slotId: string;
  /** The file to send (already downscaled when `downscale` is set). */
  file: File;
  /** The uploader's id for this file (also the id `retry()` takes). */
  fileId: string;
  /** The true kind, from the file's first bytes. */
  kind: FileKind;
  /** The true MIME type, from the file's first bytes. */
  mime: string;
  /** The slot's pick (e.g. the ID type), when the slot has a choice and the user made it. */
  choice?: string;
  /** Call with 0..1 as bytes go out; the progress bar follows. */
  onProgress: (fraction: number) => void;
  /** On the phone side of "Continue on your phone": the link's token, so the host files it under the desktop's session. */
  handoffToken?: string;
}

/**
 * Request: send one file. Answer `{ ok: true, fileId, thumbnailUrl? }` or
 * `{ ok: false, reason: 'rejected' | 'too-large' | 'error', message? }` (`too-large`: over the server's size limit; final, like
 * `rejected`); a rejected promise counts as a network error.
 */
export class VkProofUploadEvent extends VkEvent<VkProofUploadDetail> {
  static readonly eventName = 'vk-proof-upload' as const;
  constructor(detail: VkProofUploadDetail) {
    super(VkProofUploadEvent.eventName, detail);
  }
}

export interface ProofFileSummary {
  /** The uploader's id (for a restored file, the host's id). */
  fileId: string;
  /** The host's id once uploaded. */
  uploadedId?: string;
  name: string;
  size: number;
  status: ProofFileStatus;
}

export interface ProofSlotSummary {
  files: ProofFileSummary[];
  /** The user's pick for a slot with a choice. */
  choice?: string;
  /** Enough uploaded files (and the choice made), nothing still in flight. */
  complete: boolean;
}

export interface VkProofChangeDetail {
  slots: Record<string, ProofSlotSummary>;
  /** Every slot complete: a composing flow enables Next on this. */
  complete: boolean;
}

/** Notification: the set of files (or their status, or a slot's choice) changed. */
export class VkProofChangeEvent extends VkEvent<VkProofChangeDetail> {
  static readonly eventName = 'vk-proof-change' as const;
  constructor(detail: VkProofChangeDetail) {
    super(VkProofChangeEvent.eventName, detail);
  }
}

export interface VkProofRemoveDetail {
  slotId: string;
  /** The host's id of the uploaded file the user removed. */
  fileId: string;
}

/** Notification: the user removed a file the host already has; the host may delete it. */
export class VkProofRemoveEvent extends VkEvent<VkProofRemoveDetail> {
  static readonly eventName = 'vk-proof-remove' as const;
  constructor(detail: VkProofRemoveDetail) {
    super(VkProofRemoveEvent.eventName, detail);
  }
}

export interface VkProofRejectDetail {
  slotId: string;
  name: string;
  reason: ProofRejectReason;
}

/** Notification: a file was refused locally (nothing was sent). */
export class VkProofRejectEvent extends VkEvent<VkProofRejectDetail> {
  static readonly eventName = 'vk-proof-reject' as const;
  constructor(detail: VkProofRejectDetail) {
    super(VkProofRejectEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vk-proof-upload': VkProofUploadEvent;
    'vk-proof-change': VkProofChangeEvent;
    'vk-proof-remove': VkProofRemoveEvent;
    'vk-proof-reject': VkProofRejectEvent;
  }
}
