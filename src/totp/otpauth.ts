import { parseHostData } from '../core/schema.js';
import * as z from '../core/zod.js';
import { VkDeveloperError } from '../core/errors.js';

/**
 * Key URIs (`otpauth://totp/…`) in the format authenticator apps read: label `Issuer:account`
 * (each part percent-encoded, the separating colon literal), an `issuer` parameter, the base32
 * secret without padding, and algorithm / digits / period only when they differ from the
 * defaults (some apps ignore them, so the defaults keep the widest compatibility).
 */

export const TOTP_ALGORITHMS = ['SHA1', 'SHA256', 'SHA512'] as const;
export type TotpAlgorithm = (typeof TOTP_ALGORITHMS)[number];

export const TOTP_DEFAULTS = { algorithm: 'SHA1', digits: 6, period: 30 } as const;

/** RFC 4226 asks for at least 128 bits of shared secret: 26 base32 characters. */
export const MIN_SECRET_BASE32_LENGTH = 26;

/** A validated TOTP key: what a Key URI holds. */
export interface TotpKey {
  /** Base32, upper case, no padding or spaces. */
  secret: string;
  issuer: string;
  account: string;
  algorithm: TotpAlgorithm;
  digits: number;
  period: number;
}

/** What a host passes: defaults filled in, secret spacing, case and padding forgiven. */
export interface TotpKeyInput {
  secret: string;
  issuer: string;
  account: string;
  algorithm?: TotpAlgorithm | Lowercase<TotpAlgorithm> | undefined;
  digits?: number | undefined;
  period?: number | undefined;
}

/** Upper case without spaces, dashes or `=` padding, as apps and servers print keys differently. */
export function normalizeBase32(secret: string): string {
  return secret.replace(/[\s=-]/g, '').toUpperCase();
}

// A base32 string that is a whole number of bytes leaves 0, 2, 4, 5 or 7 characters in its last group.
const possibleTailLengths = new Set([0, 2, 4, 5, 7]);

/** The longest key otplib takes (its MAX_SECRET_BYTES): 64 bytes, 103 base32 characters. */
export const MAX_SECRET_BYTES = 64;

const base32Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * The bits left over after the last whole byte must be zero (RFC 4648 §3.5 "canonical encoding"):
 * `…JC` and `…JA` would otherwise be two spellings of one key, and otplib refuses the first.
 */
function tailBitsAreZero(value: string): boolean {
  const spareBits = (value.length * 5) % 8;
  const last = base32Alphabet.indexOf(value.at(-1) ?? 'A');
  return spareBits === 0 || (last & ((1 << spareBits) - 1)) === 0;
}

// `overwrite` normalises before the checks (what `trim()` does), so no pipe/transform: zod/mini
// functions nobody else uses cost every entry that validates a key (measured: 0.47 KB gzip off verikit/define).
const base32Secret = z.string('must be a base32 string').check(
  z.overwrite(normalizeBase32),
  z.refine((value) => /^[A-Z2-7]*$/.test(value), 'must be base32 (letters A–Z and digits 2–7 only)'),
  z.minLength(MIN_SECRET_BASE32_LENGTH, `must be at least ${MIN_SECRET_BASE32_LENGTH} base32 characters (128 bits, RFC 4226)`),
  z.refine((value) => possibleTailLengths.has(value.length % 8), 'has a length no whole number of bytes encodes to in base32'),
  z.refine(tailBitsAreZero, 'ends in a character whose unused low bits are not zero (not a canonical base32 encoding)'),
  z.refine((value) => Math.floor((value.length * 5) / 8) <= MAX_SECRET_BYTES, `must encode at most ${MAX_SECRET_BYTES} bytes (otplib's limit)`),
);

/** `sha256 ` → `SHA256`; a string that names no algorithm fails (the cast: `refine` does not narrow the type). */
const algorithm = z
  .string()
  .check(
    z.trim(),
    z.toUpperCase(),
    z.refine((value) => (TOTP_ALGORITHMS as readonly string[]).includes(value), 'must be SHA1, SHA256 or SHA512'),
  ) as z.ZodMiniType<TotpAlgorithm, string>;

// The label separator is a colon, so neither part may hold one (Key URI format). A lone surrogate
// (half of an emoji, cut by a truncation) cannot be percent-encoded: encodeURIComponent throws a URIError.
const labelPart = z.string('must be a string').check(
  z.trim(),
  z.minLength(1, 'must not be empty'),
  z.refine((value) => !value.includes(':'), 'must not contain a colon (it separates issuer and account in the label)'),
  z.refine((value) => !/\p{Cs}/u.test(value), 'must not contain a lone surrogate (half of a character, e.g. a cut emoji)'),
);

/** Issuer and account alone (when the secret is made later). */
export const totpAccountSchema = z.object({ issuer: labelPart, account: labelPart });

export const totpKeySchema = z.object({
  secret: base32Secret,
  issuer: labelPart,
  account: labelPart,
  algorithm: z._default(algorithm, TOTP_DEFAULTS.algorithm),
  digits: z._default(z.number().check(z.refine(Number.isSafeInteger, 'must be a whole number'), z.minimum(6, 'must be 6, 7 or 8'), z.maximum(8, 'must be 6, 7 or 8')), TOTP_DEFAULTS.digits),
  period: z._default(
    z.number().check(z.refine(Number.isSafeInteger, 'must be a whole number of seconds'), z.minimum(1, 'must be 1–3600 seconds'), z.maximum(3600, 'must be 1–3600 seconds')),
    TOTP_DEFAULTS.period,
  ),
});

/** Validates a host's key, throwing a `VkDeveloperError` that names `what` and the bad field. */
export function parseTotpKey(input: unknown, what = 'TOTP key'): TotpKey {
  return parseHostData(what, totpKeySchema, input);
}

/** `Issuer:account` as the app shows it. */
export function totpLabel(key: Pick<TotpKey, 'issuer' | 'account'>): string {
  return `${key.issuer}:${key.account}`;
}

/** Builds the Key URI for a key (validated first). */
export function buildOtpauthUri(input: TotpKeyInput | TotpKey, what = 'TOTP key'): string {
  const key = parseTotpKey(input, what);
  const label = `${encodeURIComponent(key.issuer)}:${encodeURIComponent(key.account)}`;
  let uri = `otpauth://totp/${label}?secret=${key.secret}&issuer=${encodeURIComponent(key.issuer)}`;
  if (key.algorithm !== TOTP_DEFAULTS.algorithm) uri += `&algorithm=${key.algorithm}`;
  if (key.digits !== TOTP_DEFAULTS.digits) uri += `&digits=${key.digits}`;
  if (key.period !== TOTP_DEFAULTS.period) uri += `&period=${key.period}`;
  return uri;
}

const otpauthPattern = /^otpauth:\/\/totp\/([^?#]*)(?:\?([^#]*))?$/i;

function decodePart(text: string, what: string, field: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new VkDeveloperError(`verikit: ${what} is invalid — field "${field}": is not valid percent-encoding`);
  }
}

/**
 * Reads a TOTP Key URI back into a validated key. The issuer comes from the `issuer`
 * parameter, else from the label prefix; when both are present they must agree.
 */
export function parseOtpauthUri(uri: string, what = 'otpauth URI'): TotpKey {
  const match = otpauthPattern.exec(typeof uri === 'string' ? uri.trim() : '');
  if (!match) throw new VkDeveloperError(`verikit: ${what} is invalid — the value: must start with "otpauth://totp/" followed by a label`);
  const label = decodePart(match[1] ?? '', what, 'label');
  const params = new Map<string, string>();
  for (const pair of (match[2] ?? '').split('&')) {
    if (!pair) continue;
    const [name = '', value = ''] = pair.split('=');
    params.set(name.toLowerCase(), decodePart(value.replace(/\+/g, '%20'), what, name));
  }
  const separator = label.indexOf(':');
  const labelIssuer = separator >= 0 ? label.slice(0, separator).trim() : undefined;
  const account = separator >= 0 ? label.slice(separator + 1) : label;
  const issuer = params.get('issuer') ?? labelIssuer;
  if (labelIssuer !== undefined && params.has('issuer') && labelIssuer !== issuer) {
    throw new VkDeveloperError(`verikit: ${what} is invalid — field "issuer": the label prefix "${labelIssuer}" differs from the issuer parameter "${issuer ?? ''}"`);
  }
  const number = (name: string): number | undefined => {
    const value = params.get(name);
    return value === undefined ? undefined : Number(value);
  };
  return parseTotpKey(
    { secret: params.get('secret'), issuer, account, algorithm: params.get('algorithm'), digits: number('digits'), period: number('period') },
    what,
  );
}

/** The key for reading aloud or typing: groups of four, e.g. `JBSW Y3DP EHPK …`. */
export function groupSecret(secret: string, size = 4): string[] {
  const groups: string[] = [];
  for (let i = 0; i < secret.length; i += size) groups.push(secret.slice(i, i + size));
  return groups;
}
