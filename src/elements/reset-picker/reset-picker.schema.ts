import * as z from '../../core/zod.js';
import { factorKinds } from './reset-picker.types.js';

/** One security item of the account, as the host passes it in `factors`. */
export const factorSchema = z.object({
  kind: z.enum(factorKinds),
  bound: z.boolean(),
  /** Shown to the user, e.g. `j•••@mail.com`; never the full address. */
  masked: z.optional(z.string()),
});
export type Factor = z.infer<typeof factorSchema>;

/** The host's answer to `vk-reset-items-confirm`. */
export const resetConfirmAnswerSchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), reason: z.enum(['refused', 'error']), message: z.optional(z.string()) }),
]);
export type ResetConfirmAnswer = z.infer<typeof resetConfirmAnswerSchema>;
