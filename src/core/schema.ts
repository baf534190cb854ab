import * as z from './zod.js';
import { VkDeveloperError, describeIssues } from './errors.js';
import { maxEpochMs } from './host-data.js';

// In errors.ts (no zod), so code that only explains issues does not load zod with this module.
export { describeIssues };

/**
 * Validates host-supplied data (properties, attributes) and throws a developer error
 * naming `what` (e.g. `<vk-questionnaire> question "q2"`) and the bad field.
 */
export function parseHostData<T>(what: string, schema: z.ZodMiniType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new VkDeveloperError(`verikit: ${what} is invalid — ${describeIssues(parsed.error.issues)}`);
}

/**
 * Epoch milliseconds a `Date` (and so `Intl`) can hold: a finite number from 0 to `maxEpochMs`.
 * `Number.MAX_SAFE_INTEGER` as "locked forever" is refused here, never a `RangeError` in render.
 */
export const epochMs = z.number().check(z.refine((n) => Number.isFinite(n) && n >= 0 && n <= maxEpochMs, 'must be epoch milliseconds that a Date can hold'));

export { z };
