import * as z from '../../core/zod.js';
import { fileKinds } from '../../core/file-sniff.js';
import { isProofMessageKey } from './proof-uploader.messages.js';
import { proofCaptureModes } from './proof-uploader.types.js';

const nonEmpty = z.string().check(z.minLength(1));
// Whole numbers through a refine, as the answers' schemas do: z.int() brings zod's number-format
// checks (~0.4 KB gzip) for this one rule.
const wholeNumber = z.refine(Number.isSafeInteger, 'must be a whole number');
const positiveInt = z.number().check(wholeNumber, z.positive());

/** A message's params: strings, numbers, and dates (formatted with Intl in the element's locale). */
export type ProofTextParams = Record<string, string | number | Date>;
const isParam = (value: unknown): boolean =>
  typeof value === 'string' || Number.isFinite(value) || (value instanceof Date && !Number.isNaN(value.getTime()));
// A plain check instead of z.record(…, z.union([…, z.date()])): record and date are zod/mini code no
// other schema uses (measured: 0.6 KB gzip off verikit/define and verikit/proof-uploader).
const isTextParams = (value: unknown): value is ProofTextParams =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isParam);

/**
 * Text a slot shows: a ready-translated string from the host, or a message key of the uploader's
 * catalog with params (what presets produce), so the provider's locale and overrides apply.
 * Date params are formatted with Intl in the element's locale.
 */
export const proofTextSchema = z.union([
  nonEmpty,
  z.object({
    key: z.string().check(z.refine(isProofMessageKey, 'must be a proof.* message key')),
    params: z.optional(z.custom<ProofTextParams>(isTextParams, 'must map names to strings, numbers or dates')),
  }),
]);
export type ProofText = z.infer<typeof proofTextSchema>;

/** A required pick that goes with the files, e.g. the ID type. */
export const proofChoiceSchema = z.object({
  label: proofTextSchema,
  options: z
    .array(z.object({ value: nonEmpty, label: proofTextSchema }))
    .check(z.minLength(1)),
});
export type ProofChoice = z.infer<typeof proofChoiceSchema>;

/** One proof slot, as the host declares it. */
export const proofSlotSchema = z
  .object({
    /** Stable id, sent back in every event. */
    id: nonEmpty,
    title: proofTextSchema,
    /** Guidance lines shown under the title. */
    guidance: z.optional(z.array(proofTextSchema)),
    /** Accepted kinds, checked against the file's true type (magic bytes). */
    accept: z.array(z.enum(fileKinds)).check(z.minLength(1)),
    /** Uploaded files needed for the slot to be complete (default: 1 when required, else 0). */
    minFiles: z.optional(z.number().check(wholeNumber, z.nonnegative())),
    /** Most files the slot takes (default 1). */
    maxFiles: z.optional(positiveInt),
    /** Largest file accepted, in bytes (default 20 MB). */
    maxBytes: z.optional(positiveInt),
    /** Whether the flow may go on without this slot (default true). */
    required: z.optional(z.boolean()),
    /** The exact text the user must write by hand and show (generated from account data). */
    statement: z.optional(proofTextSchema),
    /** Offers the phone's camera through a native `capture` input (`user` = front, `environment` = back). */
    capture: z.optional(z.enum(proofCaptureModes)),
    /** Offers recording (video) or a snapshot (photo) in the page with getUserMedia. */
    record: z.optional(z.boolean()),
    /** A pick that must go with the files, e.g. the ID type. */
    choice: z.optional(proofChoiceSchema),
  })
  .check(
    z.refine((slot) => slot.minFiles === undefined || slot.minFiles <= (slot.maxFiles ?? 1), {
      error: 'must not exceed maxFiles (default 1)',
      path: ['minFiles'],
    }),
  );
export type ProofSlot = z.infer<typeof proofSlotSchema>;

/** A file the host already has (restored after a reload). */
export const uploadedProofSchema = z.object({
  slotId: nonEmpty,
  /** The host's id of the file. */
  fileId: nonEmpty,
  name: z.string(),
  size: z.number().check(z.nonnegative()),
  type: z.string(),
  thumbnailUrl: z.optional(z.string()),
  /** The slot's pick that went with the file (e.g. the ID type chosen on the phone). */
  choice: z.optional(nonEmpty),
});
export type UploadedProof = z.infer<typeof uploadedProofSchema>;

/** The host's answer to `vk-proof-upload`. */
export const proofUploadAnswerSchema = z.union([
  z.object({ ok: z.literal(true), fileId: nonEmpty, thumbnailUrl: z.optional(z.string()) }),
  // `too-large`: the server's own size limit (connectHttp answers it for HTTP 413); final, like `rejected`.
  z.object({ ok: z.literal(false), reason: z.enum(['rejected', 'too-large', 'error']), message: z.optional(z.string()) }),
]);
export type ProofUploadAnswer = z.infer<typeof proofUploadAnswerSchema>;

export const defaultMaxBytes = 20_000_000;
