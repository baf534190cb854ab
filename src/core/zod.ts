/**
 * The zod/mini functions verikit uses, re-exported by name. `export * as z` of the whole
 * `zod/mini` namespace defeats esbuild's tree-shaking (every zod locale and the JSON-schema
 * code came along: ~430 KB min per element); named re-exports keep only what is used.
 * Add a function here when a schema needs one.
 */
export {
  _default,
  array,
  boolean,
  check,
  custom,
  discriminatedUnion,
  enum,
  literal,
  maximum,
  minimum,
  minLength,
  nonnegative,
  number,
  object,
  optional,
  overwrite,
  positive,
  refine,
  string,
  toUpperCase,
  trim,
  union,
  unknown,
} from 'zod/mini';
export type { infer, input, output, ZodMiniType } from 'zod/mini';
