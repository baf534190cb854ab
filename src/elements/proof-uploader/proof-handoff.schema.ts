import * as z from '../../core/zod.js';
import { epochMs } from '../../core/schema.js';
import { uploadedProofSchema } from './proof-uploader.schema.js';

/** Where the phone is, as the host's backend knows it. */
export const handoffStates = ['waiting', 'connected', 'done', 'expired'] as const;
export type HandoffState = (typeof handoffStates)[number];

const nonEmpty = z.string().check(z.minLength(1));
const hostError = z.object({ ok: z.literal(false), reason: z.literal('error'), message: z.optional(z.string()) });
/** The phone's token was used up (done, or opened by another device) or is past its validity. */
const tokenRefused = z.object({ ok: z.literal(false), reason: z.enum(['expired', 'used']) });

/** An address the phone opens: `https:` (or `http:` on a development machine), never `javascript:` or `data:`. */
const webUrl = z.string().check(z.refine((url) => /^https?:\/\/[^\s]+$/i.test(url), 'must be an http(s) URL'));

/** The host's answer to `vk-handoff-create`. */
export const handoffCreateAnswerSchema = z.union([
  z.object({ ok: z.literal(true), url: webUrl, expiresAt: epochMs, handoffId: z.optional(nonEmpty) }),
  hostError,
]);
export type HandoffCreateAnswer = z.infer<typeof handoffCreateAnswerSchema>;

const statusFields = {
  state: z.enum(handoffStates),
  /** Files the phone uploaded so far, in the shape of the uploader's `uploaded` property. */
  files: z.optional(z.array(uploadedProofSchema)),
};

/** What `handoffUpdate()` takes from a host that pushes (SSE, WebSocket). */
export const handoffStatusSchema = z.object(statusFields);
export type HandoffStatus = z.infer<typeof handoffStatusSchema>;

/** The host's answer to `vk-handoff-status`. */
export const handoffStatusAnswerSchema = z.union([z.object({ ok: z.literal(true), ...statusFields }), hostError]);
export type HandoffStatusAnswer = z.infer<typeof handoffStatusAnswerSchema>;

/** The host's answer to `vk-handoff-open` (phone). */
export const handoffOpenAnswerSchema = z.union([
  z.object({ ok: z.literal(true), slots: z.array(nonEmpty).check(z.minLength(1)), files: z.optional(z.array(uploadedProofSchema)) }),
  tokenRefused,
  hostError,
]);
export type HandoffOpenAnswer = z.infer<typeof handoffOpenAnswerSchema>;

/** The host's answer to `vk-handoff-finish` (phone). */
export const handoffFinishAnswerSchema = z.union([z.object({ ok: z.literal(true) }), tokenRefused, hostError]);
export type HandoffFinishAnswer = z.infer<typeof handoffFinishAnswerSchema>;
