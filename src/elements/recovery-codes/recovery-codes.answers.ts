import * as z from '../../core/zod.js';
import { checkCodes } from './recovery-codes.format.js';

/**
 * The host's answer to `vk-recovery-codes-regenerate`. Loaded when the element first asks its host,
 * so zod is not part of `verikit/recovery-codes`'s first download (see `recovery-codes.ts`).
 */
const codes = z.array(z.string()).check(
  z.check<string[]>((payload) => {
    const checked = checkCodes(payload.value);
    if (!checked.ok) payload.issues.push({ code: 'custom', message: checked.problem, input: payload.value });
  }),
);

export const regenerateAnswerSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), codes }),
  z.object({ ok: z.literal(false), reason: z.literal('error'), message: z.optional(z.string()) }),
]);
export type VkRecoveryCodesRegenerateAnswer = z.infer<typeof regenerateAnswerSchema>;
