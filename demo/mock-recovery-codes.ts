/**
 * The demo account's recovery codes, as the mock backend (`mock-backend.ts`) keeps them: each
 * verifies once, compared without case or separators, and "Get new codes" voids every old one.
 */

/** The codes the demo account starts with (verikit's expected alphabet: no 0/O, 1/I/L). */
export const demoRecoveryCodes: readonly string[] = ['K7MP-2QXR', 'H3TV-9WNC', 'B4ZD-8FJS', 'R6YA-5EGU', 'M2CK-7PVH', 'T9XN-3QBW', 'F5RJ-6DZE', 'W8HS-4MTA'];

/** Eight new codes like `ABCD-EFGH`, as a backend makes them (random, in verikit's expected alphabet). */
export function makeRecoveryCodes(): string[] {
  const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
  const random = crypto.getRandomValues(new Uint8Array(64));
  const character = (index: number): string => alphabet[(random[index] ?? 0) % alphabet.length] ?? '2';
  return Array.from({ length: 8 }, (_, code) => {
    const characters = Array.from({ length: 8 }, (_, offset) => character(code * 8 + offset)).join('');
    return `${characters.slice(0, 4)}-${characters.slice(4)}`;
  });
}

export interface RecoveryCodeStore {
  /** The unused codes, as they were shown when issued. */
  readonly codes: readonly string[];
  /** Uses `code` (as the code input sends it: upper-cased, no separators) if it is one of the unused codes. */
  use(code: string): boolean;
  /** New codes; the old ones stop working. */
  renew(): string[];
  reset(): void;
}

export function createRecoveryCodeStore(): RecoveryCodeStore {
  let codes = [...demoRecoveryCodes];
  const plain = (text: string): string => text.replace(/[\s-]/g, '').toUpperCase();
  return {
    get codes() {
      return codes;
    },
    use(code) {
      const match = codes.find((saved) => plain(saved) === plain(code));
      codes = codes.filter((saved) => saved !== match);
      return match !== undefined;
    },
    renew() {
      codes = makeRecoveryCodes();
      return [...codes];
    },
    reset() {
      codes = [...demoRecoveryCodes];
    },
  };
}
