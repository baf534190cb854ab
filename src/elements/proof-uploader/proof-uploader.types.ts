export { fileKinds, type FileKind } from '../../core/file-sniff.js';

/** Where a file stands: checked and waiting, being sent, accepted by the host, or not sent. */
export const proofFileStatuses = ['queued', 'uploading', 'uploaded', 'failed'] as const;
export type ProofFileStatus = (typeof proofFileStatuses)[number];

/** Why a file was refused before anything was sent (`unreadable`: the browser could not read it, e.g. moved or changed since picked). */
export const proofRejectReasons = ['empty', 'too-large', 'wrong-type', 'too-many', 'unreadable'] as const;
export type ProofRejectReason = (typeof proofRejectReasons)[number];

/** Which camera a native `capture` input opens on a phone. */
export const proofCaptureModes = ['user', 'environment'] as const;
export type ProofCaptureMode = (typeof proofCaptureModes)[number];

/** ID document types the ID preset knows a translated name for. */
export const idTypes = ['passport', 'national-id', 'drivers-licence', 'voters-card', 'residence-permit'] as const;
export type IdType = (typeof idTypes)[number];

/** When the uploader offers "Continue on your phone": on desktop-class devices (`auto`), on every device, or never. */
export const handoffModes = ['auto', 'always', 'off'] as const;
export type HandoffMode = (typeof handoffModes)[number];
