/**
 * The one policy for bad data from the host: a property setter never throws. It logs one
 * `VkDeveloperError` naming the element, the property and the field, keeps the last valid value
 * (at first, the documented default), and the element stays usable. A framework binding that
 * assigns a bad value therefore cannot crash the host's render.
 *
 * ```ts
 * @property({ reflect: true }) @checked(oneOf(codeChannels)) channel: VkCodeChannel = 'email';
 * @property({ attribute: false }) @checked(listOf('kind', factorSchema)) factors: Factor[] = [];
 * ```
 */
import { VkDeveloperError, describeIssues } from './errors.js';
import type { ZodMiniType } from './zod.js';

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };
/** Accepts a value (possibly normalised) or says what is wrong with it, naming the field. */
export type Check<T> = (value: unknown) => Checked<T>;

/** A check from a zod/mini schema. */
export function schemaCheck<T>(schema: ZodMiniType<T>): Check<T> {
  return (value) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: describeIssues(parsed.error.issues) };
  };
}

/**
 * A list checked item by item, so the problem names the bad item by its `key` field (else its
 * position) and the field, e.g. `item "q2", field "options": …`. Two items with the same key are bad too.
 */
export function listOf<T>(key: keyof T & string, schema: ZodMiniType<T>): Check<T[]> {
  return (value) => {
    if (!Array.isArray(value)) return { ok: false, problem: `expected an array, got ${typeof value}` };
    const seen = new Set<unknown>();
    const items: T[] = [];
    for (const [index, item] of value.entries()) {
      const rawKey: unknown = item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;
      const label = typeof rawKey === 'string' && rawKey ? `"${rawKey}"` : `#${index + 1}`;
      const parsed = schema.safeParse(item);
      if (!parsed.success) return { ok: false, problem: `item ${label}, ${describeIssues(parsed.error.issues)}` };
      if (seen.has(parsed.data[key])) return { ok: false, problem: `item ${label}, field "${key}": used twice` };
      seen.add(parsed.data[key]);
      items.push(parsed.data);
    }
    return { ok: true, value: items };
  };
}

/** One of a fixed set of strings (an enum attribute). */
export function oneOf<T extends string>(values: readonly T[]): Check<T> {
  return (value) =>
    (values as readonly unknown[]).includes(value) ? { ok: true, value: value as T } : { ok: false, problem: `must be one of ${values.join(', ')}` };
}

/** A whole number from `min` to `max` (attributes arrive as numbers through `type: Number`). */
export function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER): Check<number> {
  return (value) =>
    Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max
      ? { ok: true, value: value as number }
      : { ok: false, problem: `must be a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? '' : ` to ${max}`}` };
}

/** The largest moment a JavaScript `Date` (and so `Intl`) can show: ±8.64e15 ms around 1970. */
export const maxEpochMs = 8.64e15;

/** An optional absolute moment in epoch milliseconds that a `Date` can hold (`undefined` and `null` mean none). */
export const optionalEpochMs: Check<number | undefined> = (value) => {
  if (value === undefined || value === null) return { ok: true, value: undefined };
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= maxEpochMs) return { ok: true, value };
  return { ok: false, problem: 'must be epoch milliseconds (a finite number from 0 that a Date can hold)' };
};

/** A short, never-throwing picture of a value for an error message. */
export function preview(value: unknown): string {
  try {
    // JSON.stringify gives undefined for undefined, functions and symbols (its lib type says string).
    const text = (typeof value === 'bigint' ? `${value}n` : JSON.stringify(value)) as string | undefined;
    if (text === undefined) return String(value);
    return text.length > 120 ? `${text.slice(0, 120)}…` : text;
  } catch {
    // A cycle, a BigInt inside, a getter that throws; a revoked proxy throws even here.
    try {
      return Object.prototype.toString.call(value);
    } catch {
      return '(a value that cannot be shown)';
    }
  }
}

/** What `secret` data looks like in an error message: never its value (consoles end up in error trackers). */
const withheld = '(withheld: secret)';

/** Logs the one developer error the policy promises; `secret` leaves the values out of it. */
export function reportBadData(element: Element, property: string, problem: string, value: unknown, kept: unknown, secret = false): void {
  const show = (shown: unknown) => (secret ? withheld : preview(shown));
  console.error(new VkDeveloperError(`verikit: <${element.localName}> property "${property}" is invalid — ${problem}. Got ${show(value)}; keeping ${show(kept)}.`));
}

/**
 * Returns `value` when `check` accepts it (normalised), else reports it and returns `current`.
 * For setters written by hand; `@checked` does this for a plain property.
 */
export function acceptHostValue<T>(element: Element, property: string, check: Check<T>, value: unknown, current: T): T {
  const result = check(value);
  if (result.ok) return result.value;
  reportBadData(element, property, result.problem, value, current);
  return current;
}

/**
 * Property decorator: the setter runs `check`; a bad value is reported and the last valid one kept.
 * Put it below `@property` / `@state`, which then wrap this accessor (Lit keeps an existing one).
 * `{ secret: true }` (e.g. recovery codes) reports the problem without the values.
 */
export function checked<T>(check: Check<T>, { secret = false }: { secret?: boolean } = {}) {
  return (prototype: object, name: string): void => {
    const values = new WeakMap<object, T>();
    Object.defineProperty(prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: object): T | undefined {
        return values.get(this);
      },
      set(this: Element, value: unknown) {
        const result = check(value);
        if (result.ok) values.set(this, result.value);
        else reportBadData(this, name, result.problem, value, values.get(this), secret);
      },
    });
  };
}
