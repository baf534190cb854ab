import * as z from 'zod/mini';
import { VkDeveloperError } from './errors.js';

/** Minimal shape of a zod issue, enough to explain it. */
interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  expected?: unknown;
}

/** Turns zod issues into one readable line naming each bad field. */
export function describeIssues(issues: readonly IssueLike[]): string {
  return issues
    .slice(0, 4)
    .map((issue) => {
      const where = issue.path.length ? `field "${issue.path.map(String).join('.')}"` : 'the value';
      const expected = issue.code === 'invalid_type' && issue.expected !== undefined ? ` (expected ${String(issue.expected)})` : '';
      return `${where}: ${issue.message}${expected}`;
    })
    .join('; ');
}

/**
 * Validates host-supplied data (properties, attributes) and throws a developer error
 * naming `what` (e.g. `<vk-questionnaire> question "q2"`) and the bad field.
 */
export function parseHostData<T>(what: string, schema: z.ZodMiniType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new VkDeveloperError(`verikit: ${what} is invalid — ${describeIssues(parsed.error.issues)}`);
}

/** Epoch milliseconds (a finite, non-negative number). */
export const epochMs = z.number().check(z.refine((n) => Number.isFinite(n) && n >= 0, 'must be epoch milliseconds'));

export { z };
