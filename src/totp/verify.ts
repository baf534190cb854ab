import { generateSync, verifySync } from 'otplib';
import { TOTP_DEFAULTS, type TotpAlgorithm } from './otpauth.js';

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
  /** Time steps accepted either side of the current one (default 1: the previous and next code too). */
  window?: number | undefined;
}

export interface OtpVerifyResult {
  valid: boolean;
  /** Steps between the matching code and the current one (negative: an older code). */
  delta?: number | undefined;
}

function common(options: OtpSecretOptions) {
  return {
    secret: options.secret,
    algorithm: (options.algorithm ?? TOTP_DEFAULTS.algorithm).toLowerCase() as Lowercase<TotpAlgorithm>,
    digits: options.digits ?? TOTP_DEFAULTS.digits,
  };
}

function epochSeconds(at: number | undefined): number {
  return Math.floor((at ?? Date.now()) / 1000);
}

/** The TOTP code (RFC 6238) at a moment. */
export function totpCode(options: TotpOptions): string {
  return generateSync({ ...common(options), period: options.period ?? TOTP_DEFAULTS.period, epoch: epochSeconds(options.at) });
}

/** Checks a TOTP code within ±`window` time steps (default ±1), in constant time. */
export function verifyTotp(options: TotpVerifyOptions): OtpVerifyResult {
  const period = options.period ?? TOTP_DEFAULTS.period;
  // A malformed token is simply not valid; otplib would throw on its length or characters.
  if (!/^\d+$/.test(options.token) || options.token.length !== (options.digits ?? TOTP_DEFAULTS.digits)) return { valid: false };
  const result = verifySync({
    ...common(options),
    token: options.token,
    period,
    epoch: epochSeconds(options.at),
    epochTolerance: (options.window ?? 1) * period,
  });
  return result.valid ? { valid: true, delta: result.delta } : { valid: false };
}

/** The HOTP code (RFC 4226) for a counter. */
export function hotpCode(options: OtpSecretOptions & { counter: number }): string {
  return generateSync({ ...common(options), strategy: 'hotp', counter: options.counter });
}

/** Checks an HOTP code against one counter. */
export function verifyHotp(options: OtpSecretOptions & { counter: number; token: string }): OtpVerifyResult {
  if (!/^\d+$/.test(options.token) || options.token.length !== (options.digits ?? TOTP_DEFAULTS.digits)) return { valid: false };
  const result = verifySync({ ...common(options), strategy: 'hotp', counter: options.counter, token: options.token });
  return result.valid ? { valid: true, delta: 0 } : { valid: false };
}
