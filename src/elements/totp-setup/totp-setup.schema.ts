import { epochMs } from '../../core/schema.js';
import * as z from '../../core/zod.js';

/** The host's answer to `vk-totp-verify` (the same shapes `<vk-code-input>` understands). */
export const totpVerifyAnswerSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.discriminatedUnion('reason', [
    z.object({ ok: z.literal(false), reason: z.literal('wrong-code'), attemptsLeft: z.optional(z.number().check(z.refine(Number.isSafeInteger, 'must be a whole number'), z.minimum(0))) }),
    z.object({ ok: z.literal(false), reason: z.literal('expired') }),
    z.object({ ok: z.literal(false), reason: z.literal('locked'), lockedUntil: epochMs }),
    z.object({ ok: z.literal(false), reason: z.literal('error'), message: z.optional(z.string()) }),
  ]),
]);
export type VkTotpVerifyAnswer = z.infer<typeof totpVerifyAnswerSchema>;

/** The host's answer to `vk-totp-secret-generate`: it stored the secret (or could not). */
export const totpSecretAnswerSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), message: z.optional(z.string()) }),
]);
export type VkTotpSecretAnswer = z.infer<typeof totpSecretAnswerSchema>;
