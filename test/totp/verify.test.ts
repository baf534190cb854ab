import { expect } from '@open-wc/testing';
import { hotpCode, totpCode, verifyHotp, verifyTotp } from '../../src/totp/verify.js';
import type { TotpAlgorithm } from '../../src/totp/otpauth.js';
import { VkDeveloperError } from '../../src/core/errors.js';

const ascii = (text: string) => new TextEncoder().encode(text);

// RFC 6238 appendix B: ASCII keys of 20, 32 and 64 bytes, 8 digits, 30-second steps.
const rfc6238Keys: Record<TotpAlgorithm, Uint8Array> = {
  SHA1: ascii('12345678901234567890'),
  SHA256: ascii('12345678901234567890123456789012'),
  SHA512: ascii('1234567890123456789012345678901234567890123456789012345678901234'),
};
const rfc6238Vectors: [seconds: number, sha1: string, sha256: string, sha512: string][] = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

// RFC 4226 appendix D: HOTP for counters 0–9 with the 20-byte ASCII key, 6 digits.
const rfc4226Codes = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];

describe('TOTP helpers (otplib)', () => {
  describe('RFC 6238 vectors', () => {
    for (const [seconds, sha1, sha256, sha512] of rfc6238Vectors) {
      const expected: Record<TotpAlgorithm, string> = { SHA1: sha1, SHA256: sha256, SHA512: sha512 };
      for (const algorithm of ['SHA1', 'SHA256', 'SHA512'] as const) {
        it(`T=${seconds} ${algorithm} → ${expected[algorithm]}`, () => {
          const options = { secret: rfc6238Keys[algorithm], algorithm, digits: 8, at: seconds * 1000 };
          expect(totpCode(options)).to.equal(expected[algorithm]);
          expect(verifyTotp({ ...options, token: expected[algorithm] })).to.deep.equal({ valid: true, delta: 0, timeStep: Math.floor(seconds / 30) });
        });
      }
    }
  });

  describe('RFC 4226 HOTP vectors', () => {
    rfc4226Codes.forEach((code, counter) => {
      it(`counter ${counter} → ${code}`, () => {
        const secret = rfc6238Keys.SHA1;
        expect(hotpCode({ secret, counter })).to.equal(code);
        expect(verifyHotp({ secret, counter, token: code }).valid).to.equal(true);
        expect(verifyHotp({ secret, counter: counter + 1, token: code }).valid).to.equal(false);
      });
    });
  });

  describe('verification window', () => {
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const now = 1_700_000_015_000; // 15 s into a step

    it('accepts the previous and the next code (±1 step) and reports the delta', () => {
      const previous = totpCode({ secret, at: now - 30_000 });
      const next = totpCode({ secret, at: now + 30_000 });
      const step = Math.floor(now / 30_000);
      expect(verifyTotp({ secret, token: previous, at: now })).to.deep.equal({ valid: true, delta: -1, timeStep: step - 1 });
      expect(verifyTotp({ secret, token: next, at: now })).to.deep.equal({ valid: true, delta: 1, timeStep: step + 1 });
    });

    it('refuses codes two steps away, and with window 0 refuses the neighbours too', () => {
      const twoBack = totpCode({ secret, at: now - 60_000 });
      const twoAhead = totpCode({ secret, at: now + 60_000 });
      const previous = totpCode({ secret, at: now - 30_000 });
      expect(verifyTotp({ secret, token: twoBack, at: now }).valid).to.equal(false);
      expect(verifyTotp({ secret, token: twoAhead, at: now }).valid).to.equal(false);
      expect(verifyTotp({ secret, token: previous, at: now, window: 0 }).valid).to.equal(false);
    });

    it('treats a malformed token as not valid instead of throwing', () => {
      expect(verifyTotp({ secret, token: '12ab56', at: now }).valid).to.equal(false);
      expect(verifyTotp({ secret, token: '12345', at: now }).valid).to.equal(false);
    });

    it('honours a non-default period and digit count', () => {
      const code = totpCode({ secret, at: now, period: 60, digits: 8 });
      expect(code).to.match(/^\d{8}$/);
      expect(verifyTotp({ secret, token: code, at: now + 60_000, period: 60, digits: 8 })).to.deep.equal({ valid: true, delta: -1, timeStep: Math.floor(now / 60_000) });
    });
  });

  describe('hostile input (issue 14)', () => {
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const now = 1_700_000_015_000;

    it('normalises a base32 secret as parseTotpKey does (case, spaces, dashes, padding)', () => {
      const code = totpCode({ secret, at: now });
      for (const spelling of ['jbsw y3dp ehpk 3pxp jbsw y3dp ehpk 3pxp', 'JBSW-Y3DP-EHPK-3PXP-JBSW-Y3DP-EHPK-3PXP', secret.toLowerCase(), ' JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP ']) {
        expect(verifyTotp({ secret: spelling, token: code, at: now }).valid, spelling).to.equal(true);
        expect(totpCode({ secret: spelling, at: now })).to.equal(code);
      }
      expect(verifyTotp({ secret: 'jbsw y3dp ehpk 3pxp jbsw y3dp ehpk 3pxp gq======', token: totpCode({ secret: `${secret}GQ`, at: now }), at: now }).valid).to.equal(true);
    });

    it('returns the matched time step, so a server can refuse a replayed code (RFC 6238 §5.2)', () => {
      const code = totpCode({ secret, at: now });
      const first = verifyTotp({ secret, token: code, at: now });
      expect(first).to.deep.equal({ valid: true, delta: 0, timeStep: Math.floor(now / 30_000) });
      // The README's recipe: accept only a step later than the last one accepted.
      let lastAccepted = first.timeStep ?? -1;
      const replay = verifyTotp({ secret, token: code, at: now + 20_000 });
      expect(replay.valid).to.equal(true);
      expect((replay.timeStep ?? -1) > lastAccepted, 'the same code a second time is refused').to.equal(false);
      const next = verifyTotp({ secret, token: totpCode({ secret, at: now + 30_000 }), at: now + 30_000 });
      expect((next.timeStep ?? -1) > lastAccepted).to.equal(true);
      lastAccepted = next.timeStep ?? lastAccepted;
      expect(lastAccepted).to.equal(Math.floor(now / 30_000) + 1);
    });

    for (const window of [-1, 1.5, Number.NaN, 50]) {
      it(`a window of ${String(window)} is a developer error`, () => {
        expect(() => verifyTotp({ secret, token: '123456', at: now, window })).to.throw(VkDeveloperError, /window must be a whole number of time steps from 0 to 49/);
      });
    }

    it('accepts the widest window otplib checks (49 steps either side)', () => {
      const old = totpCode({ secret, at: now - 49 * 30_000 });
      expect(verifyTotp({ secret, token: old, at: now, window: 49 })).to.deep.equal({ valid: true, delta: -49, timeStep: Math.floor(now / 30_000) - 49 });
    });
  });
});
