import type { Check } from '../../core/host-data.js';
import { maxRecoveryCodeLength, minRecoveryCodeLength } from './recovery-codes.types.js';

/**
 * Recovery codes as the host gives them and as the user reads them, without zod (the element's
 * property check and the lazily loaded answer schema share it). No message here ever holds a code:
 * problems name the item by its position.
 */

/** Letters and digits, in groups split by one dash or space. */
const codeShape = /^[\da-z]+(?:[ -][\da-z]+)*$/i;
/** Characters that are easy to misread for one another. */
const ambiguous = /[01ilo]/i;

/** The groups a code is shown in: the host's own (`ABCD-EFGH`, `ABCD EFGH`), else fours (fives for 10 or 15 characters). */
export function codeGroups(code: string): string[] {
  const groups = code.split(/[ -]/);
  if (groups.length > 1) return groups;
  const size = code.length % 4 && !(code.length % 5) ? 5 : 4;
  return code.match(new RegExp(`.{1,${size}}`, 'g')) ?? [];
}

/** A code as shown and copied: its groups joined by dashes. */
export const groupedCode = (code: string): string => codeGroups(code).join('-');

/** A list of distinct codes, each 4–16 letters and digits (dashes or spaces between groups). */
export const checkCodes: Check<string[]> = (value) => {
  if (!Array.isArray(value)) return { ok: false, problem: `expected an array of codes, got ${typeof value}` };
  const seen = new Set<string>();
  const codes: string[] = [];
  for (const [index, raw] of value.entries()) {
    const item = `item #${index + 1}`;
    if (typeof raw !== 'string') return { ok: false, problem: `${item}: expected a string, got ${typeof raw}` };
    const code = raw.trim();
    const plain = code.replace(/[ -]/g, '').toUpperCase();
    if (!codeShape.test(code)) return { ok: false, problem: `${item}: use only letters and digits, with single dashes or spaces between groups` };
    if (plain.length < minRecoveryCodeLength || plain.length > maxRecoveryCodeLength) {
      return { ok: false, problem: `${item}: must have ${minRecoveryCodeLength}–${maxRecoveryCodeLength} letters and digits` };
    }
    if (seen.has(plain)) return { ok: false, problem: `${item}: the same code as an earlier one` };
    seen.add(plain);
    codes.push(code);
  }
  return { ok: true, value: codes };
};

/** Positions (`#2`) of the codes holding characters that are easy to misread. */
export const ambiguousCodes = (codes: readonly string[]): string[] => codes.flatMap((code, index) => (ambiguous.test(code) ? [`#${index + 1}`] : []));
