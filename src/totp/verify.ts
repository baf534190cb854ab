import { generateSync, verifySync } from 'otplib';
import { VkDeveloperError } from '../core/errors.js';
import { normalizeBase32, TOTP_DEFAULTS, type TotpAlgorithm } from './otpauth.js';

/**
 * Local TOTP / HOTP helpers on otplib, for hosts (a mock backend, a demo, a Node server) and
 * tests. The browser element never verifies codes itself: the host's server does. Times are
 * epoch milliseconds like the rest of verikit; otplib counts in seconds.
 */

export interface OtpSecretOptions {
  /** Base32 string, or the raw key bytes (RFC test vectors use ASCII keys). */
  secret: string | Uint8Array;
  algorithm?: TotpAlgorithm | undefined;
  digits?: number | undefined;
}

export interface TotpOptions extends OtpSecretOptions {
  period?: number | undefined;
  /** Epoch milliseconds; defaults to now. */
  at?: number | undefined;
}

export interface TotpVerifyOptions extends TotpOptions {
  token: string;
  /**
   * Time steps accepted either side of the current one (default 1: the previous and next code too).
   * A whole number from 0 to 49 (otplib checks at most 99 steps); anything else is a developer error.
   */
  window?: number | undefined;
}

export interface OtpVerifyResult {
  valid: boolean;
  /** Steps between the matching code and the current one (negative: an older code). */
  delta?: number | undefined;
  /**
   * The time step (RFC 6238 T: epoch seconds ÷ period) of the code that matched. Store the last one
   * accepted per user and refuse a code whose step is not later: a code must not work twice (RFC 6238 §5.2).
   */
  timeStep?: number | undefined;
}

/** Base32 as `parseTotpKey` takes it (case, spaces, dashes, `=` padding forgiven); bytes as they are. */
function common(options: OtpSecretOptions) {
  return {
    secret: typeof options.secret === 'string' ? normalizeBase32(options.secret) : options.secret,
    algorithm: (options.algorithm ?? TOTP_DEFAULTS.algorithm).toLowerCase() as Lowercase<TotpAlgorithm>,
    digits: options.digits ?? TOTP_DEFAULTS.digits,
  };
}

function epochSeconds(at: number | undefined): number {
  return Math.floor((at ?? Date.now()) / 1000);
}

/** A well-formed token for `digits`; otplib would throw on its length or characters. */
function wellFormed(token: string, digits: number | undefined): boolean {
  return typeof token === 'string' && /^\d+$/.test(token) && token.length === (digits ?? TOTP_DEFAULTS.digits);
}

/** The largest window otplib accepts: 2 × 49 + 1 = 99 steps checked (its MAX_WINDOW). */
export const MAX_TOTP_WINDOW = 49;

/** The TOTP code (RFC 6238) at a moment. */
export function totpCode(options: TotpOptions): string {
  return generateSync({ ...common(options), period: options.period ?? TOTP_DEFAULTS.period, epoch: epochSeconds(options.at) });
}

/**
 * Checks a TOTP code within ±`window` time steps (default ±1), in constant time. A valid result
 * says which time step matched (`timeStep`), so a server can refuse a replayed code. A negative,
 * fractional or too large `window` throws a `VkDeveloperError`.
 */
export function verifyTotp(options: TotpVerifyOptions): OtpVerifyResult {
  const period = options.period ?? TOTP_DEFAULTS.period;
  const window = options.window ?? 1;
  if (!Number.isInteger(window) || window < 0 || window > MAX_TOTP_WINDOW) {
    throw new VkDeveloperError(`verikit: verifyTotp(): window must be a whole number of time steps from 0 to ${MAX_TOTP_WINDOW}, got ${String(window)}`);
  }
  // A malformed token is simply not valid.
  if (!wellFormed(options.token, options.digits)) return { valid: false };
  const epoch = epochSeconds(options.at);
  const result = verifySync({ ...common(options), token: options.token, period, epoch, epochTolerance: window * period });
  return result.valid ? { valid: true, delta: result.delta, timeStep: Math.floor(epoch / period) + result.delta } : { valid: false };
}

/** The HOTP code (RFC 4226) for a counter. */
export function hotpCode(options: OtpSecretOptions & { counter: number }): string {
  return generateSync({ ...common(options), strategy: 'hotp', counter: options.counter });
}

/** Checks an HOTP code against one counter. */
export function verifyHotp(options: OtpSecretOptions & { counter: number; token: string }): OtpVerifyResult {
  if (!wellFormed(options.token, options.digits)) return { valid: false };
  const result = verifySync({ ...common(options), strategy: 'hotp', counter: options.counter, token: options.token });
  return result.valid ? { valid: true, delta: 0 } : { valid: false };
}
