import { epochMs } from '../../core/schema.js';
// The named zod/mini functions, imported as a namespace straight from core/zod.ts: `z` re-exported
// by core/schema.ts reaches a bundler as a namespace object holding every function zod.ts lists
// (record, tuple, date, pipe… ~6.8 KB gzip this element never calls).
import * as z from '../../core/zod.js';
import { codeChannels, maxCodeLength, minCodeLength } from './code-input.types.js';

/** Host data: properties and attributes, checked one field at a time. */
export const channelSchema = z.enum(codeChannels);
export const codeLengthSchema = z.int().check(z.minimum(minCodeLength), z.maximum(maxCodeLength));
export const periodSchema = z.int().check(z.positive());
export const optionalEpochMsSchema = z.optional(epochMs);

const lockedAnswer = z.object({ ok: z.literal(false), reason: z.literal('locked'), lockedUntil: epochMs });
const errorAnswer = z.object({ ok: z.literal(false), reason: z.literal('error'), message: z.optional(z.string()) });

/** The answer to `vk-code-request`. */
export const codeRequestAnswerSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), expiresAt: epochMs, resendAt: epochMs, maskedDestination: z.optional(z.string()) }),
  z.discriminatedUnion('reason', [
    z.object({ ok: z.literal(false), reason: z.literal('rate-limited'), retryAt: epochMs }),
    lockedAnswer,
    errorAnswer,
  ]),
]);
export type VkCodeRequestAnswer = z.infer<typeof codeRequestAnswerSchema>;

/** The answer to `vk-code-submit`. */
export const codeSubmitAnswerSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.discriminatedUnion('reason', [
    z.object({ ok: z.literal(false), reason: z.literal('wrong-code'), attemptsLeft: z.optional(z.int().check(z.nonnegative())) }),
    z.object({ ok: z.literal(false), reason: z.literal('expired') }),
    lockedAnswer,
    errorAnswer,
  ]),
]);
export type VkCodeSubmitAnswer = z.infer<typeof codeSubmitAnswerSchema>;
