/**
 * Hostile answers for the property tests (issue 14): anything at all (`fc.anything()` with every
 * option on), and near misses built from each event's valid answers — one field replaced by an
 * edge value or anything, one dropped, one added (a good or bad `serverTime` among them), the answer
 * wrapped or serialised — delivered synchronously, as a resolved promise or as a rejected one.
 */
import fc from 'fast-check';

/** Numbers that break naive code: NaN, infinities, negative zero, outside the Date range, seconds instead of ms. */
export const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    -1,
    0,
    0.5,
    1.5,
    2 ** 31,
    -(2 ** 31),
    Number.MAX_SAFE_INTEGER,
    Number.MIN_SAFE_INTEGER,
    Number.MAX_VALUE,
    Number.EPSILON,
    8.64e15,
    8.64e15 + 1,
    1_700_000_000,
  ),
  fc.double(),
  fc.integer(),
);

/** Strings that break naive code: empty, bidi controls, lone surrogates, placeholders, markup, very long. */
export const edgeString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', ' ', '\u202e', '\u2066x\u2069', '\ud800', 'a\udc00', '{count}', '{name}', '<img src=x onerror=alert(1)>', 'x'.repeat(5_000), '__proto__', 'toString'),
  fc.string({ unit: 'binary' }),
  fc.string(),
);

/** Anything, with every kind of value fast-check knows (null prototypes, BigInt, Map, typed arrays…). */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  maxDepth: 3,
});

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: anyValue, weight: 3 },
  { arbitrary: edgeNumber, weight: 3 },
  { arbitrary: edgeString, weight: 2 },
  { arbitrary: fc.constantFrom(null, undefined, true, false, [], {}, () => 1, Symbol('x'), 10n), weight: 1 },
);

/** A `serverTime` a server (or a careless host) might send: fine, skewed, or broken. */
const serverTime = (now: number): fc.Arbitrary<unknown> =>
  fc.oneof(fc.integer({ min: -2 * 3_600_000, max: 2 * 3_600_000 }).map((skew) => now + skew), hostileValue);

type Answer = Readonly<Record<string, unknown>>;

/** Near misses of one valid answer. */
export function nearMiss(sample: Answer, now: number): fc.Arbitrary<unknown> {
  const keys = Object.keys(sample);
  const arbitraries: fc.Arbitrary<unknown>[] = [
    fc.tuple(fc.constantFrom(...keys), hostileValue).map(([key, value]) => ({ ...sample, [key]: value })),
    fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(sample).filter(([name]) => name !== key))),
    fc.tuple(fc.oneof(fc.constant('serverTime'), edgeString), hostileValue).map(([key, value]) => ({ ...sample, [key]: value })),
    serverTime(now).map((time) => ({ ...sample, serverTime: time })),
    fc.constantFrom<unknown>([sample], JSON.stringify(sample), { answer: sample }, Object.freeze({ ...sample }), Object.assign(Object.create(null) as object, sample)),
  ];
  // A nested object (an account, a list) gets the same treatment one level down.
  for (const key of keys) {
    const value = sample[key];
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      arbitraries.push(nearMiss(value as Answer, now).map((inner) => ({ ...sample, [key]: inner })));
    }
  }
  return fc.oneof(...arbitraries);
}

/** How the host hands the answer over. */
export type Delivery = { how: 'sync' | 'resolved'; value: unknown } | { how: 'rejected'; value: unknown };

/**
 * Answers for one request event: valid ones (each branch), near misses of them, and anything,
 * delivered synchronously, as a resolved promise, or (rarely) as a rejected promise.
 */
export function answers(samples: readonly Answer[], now: number): fc.Arbitrary<Delivery> {
  const value = fc.oneof(
    { arbitrary: fc.constantFrom(...samples), weight: 1 },
    { arbitrary: fc.oneof(...samples.map((sample) => nearMiss(sample, now))), weight: 6 },
    { arbitrary: anyValue, weight: 3 },
  );
  return fc.oneof(
    { arbitrary: value.map((answer): Delivery => ({ how: 'sync', value: answer })), weight: 6 },
    { arbitrary: value.map((answer): Delivery => ({ how: 'resolved', value: answer })), weight: 3 },
    { arbitrary: hostileValue.map((reason): Delivery => ({ how: 'rejected', value: reason })), weight: 1 },
  );
}
