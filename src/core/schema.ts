import * as z from './zod.js';
import { VkDeveloperError, describeIssues } from './errors.js';

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

/** Epoch milliseconds (a finite, non-negative number). */
export const epochMs = z.number().check(z.refine((n) => Number.isFinite(n) && n >= 0, 'must be epoch milliseconds'));

export { z };

/**
 * Validates a host-supplied list item by item, so the error names the bad item by its `key` field
 * (else its position) and the field, e.g. `<vk-questionnaire> question "q2" is invalid — field
 * "options": …`. Two items with the same key are an error too.
 */
export function parseHostList<T>(
  names: { list: string; item: string },
  key: keyof T & string,
  schema: z.ZodMiniType<T>,
  value: unknown,
): T[] {
  const items = parseHostData(names.list, z.array(z.unknown()), value);
  const seen = new Set<unknown>();
  return items.map((item, index) => {
    const rawKey = item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;
    const label = typeof rawKey === 'string' && rawKey ? rawKey : `#${index + 1}`;
    const parsed = parseHostData(`${names.item} "${label}"`, schema, item);
    if (seen.has(parsed[key])) throw new VkDeveloperError(`verikit: ${names.item} "${label}" is invalid — field "${key}": used twice`);
    seen.add(parsed[key]);
    return parsed;
  });
}
