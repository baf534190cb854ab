import { expect } from '@open-wc/testing';
import { buildOtpauthUri, groupSecret, parseOtpauthUri, totpLabel } from '../../src/totp/otpauth.js';

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('otpauth Key URIs', () => {
  describe('building', () => {
    it('encodes issuer and account in the label with a literal colon, and omits defaults', () => {
      const uri = buildOtpauthUri({ secret, issuer: 'ACME Co', account: 'john.doe+1@example.com' });
      expect(uri).to.equal(`otpauth://totp/ACME%20Co:john.doe%2B1%40example.com?secret=${secret}&issuer=ACME%20Co`);
    });

    it('includes algorithm, digits and period only when they differ from SHA1 / 6 / 30', () => {
      const uri = buildOtpauthUri({ secret, issuer: 'Ex', account: 'a@b.c', algorithm: 'sha256', digits: 8, period: 60 });
      expect(uri).to.equal(`otpauth://totp/Ex:a%40b.c?secret=${secret}&issuer=Ex&algorithm=SHA256&digits=8&period=60`);
      const defaults = buildOtpauthUri({ secret, issuer: 'Ex', account: 'a', algorithm: 'SHA1', digits: 6, period: 30 });
      expect(defaults).to.equal(`otpauth://totp/Ex:a?secret=${secret}&issuer=Ex`);
    });

    it('strips padding, spaces and lower case from the secret', () => {
      const padded = 'jbsw y3dp ehpk 3pxp jbsw y3dp ehpk 3pxp gq======';
      expect(buildOtpauthUri({ secret: padded, issuer: 'Ex', account: 'a' })).to.equal(
        `otpauth://totp/Ex:a?secret=${secret}GQ&issuer=Ex`,
      );
    });

    it('encodes non-ASCII and reserved characters in issuer and account', () => {
      const uri = buildOtpauthUri({ secret, issuer: 'Börse & Co', account: 'zoë/main#1' });
      expect(uri).to.equal(`otpauth://totp/B%C3%B6rse%20%26%20Co:zo%C3%AB%2Fmain%231?secret=${secret}&issuer=B%C3%B6rse%20%26%20Co`);
    });

    it('gives the label as the app shows it', () => {
      expect(totpLabel({ issuer: 'ACME Co', account: 'john@example.com' })).to.equal('ACME Co:john@example.com');
    });
  });

  describe('developer errors', () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['a non-base32 secret', { secret: 'JBSWY3DPEHPK3PXP0189JBSWY3DPEHPK', issuer: 'Ex', account: 'a' }, /field "secret": must be base32/],
      ['a short secret', { secret: 'JBSWY3DPEHPK3PXP', issuer: 'Ex', account: 'a' }, /field "secret": must be at least 26 base32 characters/],
      ['digits 5', { secret, issuer: 'Ex', account: 'a', digits: 5 }, /field "digits": must be 6, 7 or 8/],
      ['an empty account', { secret, issuer: 'Ex', account: '  ' }, /field "account": must not be empty/],
      ['a missing issuer', { secret, account: 'a' }, /field "issuer"/],
      ['a colon in the account', { secret, issuer: 'Ex', account: 'a:b' }, /field "account": must not contain a colon/],
      ['an unknown algorithm', { secret, issuer: 'Ex', account: 'a', algorithm: 'MD5' }, /field "algorithm": must be SHA1, SHA256 or SHA512/],
      ['a fractional period', { secret, issuer: 'Ex', account: 'a', period: 29.5 }, /field "period": must be a whole number/],
      // Issue 14: what otplib then cannot use, and what encodeURIComponent cannot encode.
      ['non-zero trailing bits', { secret: `${secret}GR`, issuer: 'Ex', account: 'a' }, /field "secret": ends in a character whose unused low bits are not zero/],
      ['a key over 64 bytes', { secret: 'A'.repeat(104), issuer: 'Ex', account: 'a' }, /field "secret": must encode at most 64 bytes/],
      ['a lone surrogate in the issuer', { secret, issuer: 'ACME \ud83d', account: 'a' }, /field "issuer": must not contain a lone surrogate/],
      ['a lone surrogate in the account', { secret, issuer: 'Ex', account: '\udc00jo' }, /field "account": must not contain a lone surrogate/],
    ];
    for (const [name, input, message] of cases) {
      it(`names the field for ${name}`, () => {
        expect(() => buildOtpauthUri(input as never, '<vk-totp-setup> totpConfig')).to.throw(/^verikit: <vk-totp-setup> totpConfig is invalid/);
        expect(() => buildOtpauthUri(input as never)).to.throw(message);
      });
    }
  });

  describe('parsing', () => {
    it('round-trips a built URI', () => {
      const key = { secret, issuer: 'ACME Co', account: 'john@example.com', algorithm: 'SHA512' as const, digits: 8, period: 60 };
      expect(parseOtpauthUri(buildOtpauthUri(key))).to.deep.equal(key);
    });

    it('takes the issuer from the label when the parameter is missing, and fills defaults', () => {
      expect(parseOtpauthUri(`otpauth://totp/ACME%20Co:jo%40ex.com?secret=${secret.toLowerCase()}`)).to.deep.equal({
        secret,
        issuer: 'ACME Co',
        account: 'jo@ex.com',
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
      });
    });

    it('rejects other schemes, HOTP, and an issuer that disagrees with the label', () => {
      expect(() => parseOtpauthUri('https://example.com')).to.throw(/must start with "otpauth:\/\/totp\/"/);
      expect(() => parseOtpauthUri(`otpauth://hotp/Ex:a?secret=${secret}&counter=1`)).to.throw(/otpauth:\/\/totp/);
      expect(() => parseOtpauthUri(`otpauth://totp/Ex:a?secret=${secret}&issuer=Other`)).to.throw(/field "issuer": the label prefix "Ex" differs/);
      expect(() => parseOtpauthUri(`otpauth://totp/Ex:a?secret=${secret}&issuer=Ex&digits=5`)).to.throw(/field "digits"/);
    });
  });

  it('groups the manual key by four', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPGQ')).to.deep.equal(['JBSW', 'Y3DP', 'EHPK', '3PXP', 'GQ']);
  });

  describe('what otplib can use (issue 14)', () => {
    it('accepts the longest key otplib takes (64 bytes) and a whole emoji in the issuer', () => {
      const longest = 'A'.repeat(103); // 103 × 5 = 515 bits: 64 bytes and 3 zero bits
      expect(parseOtpauthUri(buildOtpauthUri({ secret: longest, issuer: 'ACME 🔐', account: 'a' })).secret).to.equal(longest);
    });
  });
});
