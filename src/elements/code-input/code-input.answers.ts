// The named zod/mini functions, imported as a namespace straight from core/zod.ts: `z` re-exported
// by core/schema.ts reaches esbuild (bundling the source, as Storybook does) as a namespace object
// holding every function zod.ts lists (record, tuple, date, pipe… ~3 KB gzip this element never
// calls). The package build (rollup) resolves either form to named imports.
import * as z from '../../core/zod.js';

/**
 * The host's answers to `<vk-code-input>`'s requests. The element loads this module when it first
 * asks its host, so zod is not part of its first download (see `code-input.schema.ts`).
 */

/**
 * Epoch milliseconds a `Date` can hold: what the element's time properties accept (`optionalEpochMs`).
 * (This module imports nothing the element loads up front but zod, so no chunk is shared with it.)
 */
const epochMs = z.number().check(z.refine((n) => n >= 0 && !Number.isNaN(new Date(n).getTime()), 'must be epoch milliseconds that a Date can hold'));

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
    z.object({
      ok: z.literal(false),
      reason: z.literal('wrong-code'),
      // A whole number: a refine on z.number(), which epochMs already brings along, instead of
      // z.int(), which would add zod's number-format checks (~0.4 KB gzip) for one rule.
      attemptsLeft: z.optional(z.number().check(z.refine(Number.isSafeInteger, 'must be a whole number'), z.nonnegative())),
    }),
    z.object({ ok: z.literal(false), reason: z.literal('expired') }),
    lockedAnswer,
    errorAnswer,
  ]),
]);
export type VkCodeSubmitAnswer = z.infer<typeof codeSubmitAnswerSchema>;
