/**
 * A new contact as the user types it: normalising, comparing with the current one, masking and
 * checking. Pure functions (no DOM; `maskToShow` warns on the console), so they are unit-tested on their own.
 */
import { VkDeveloperError } from '../../core/errors.js';
import type { ContactKind } from './reset-flow.types.js';

/** What is wrong with a typed contact; the flow shows `flow.contact.<problem>`. */
export type ContactProblem = 'invalidEmail' | 'invalidCountryCode' | 'invalidPhone' | 'phoneTooShort' | 'phoneTooLong' | 'same';

/** The form field at fault: only it turns red and gets the focus. */
export type ContactField = 'email' | 'country' | 'phone';

/** A typed contact's problem, its field, and for a wrong length the digits expected ("10", "10–11"). */
export interface ContactIssue {
  problem: ContactProblem;
  field: ContactField;
  expected?: string;
}

/**
 * Digits after the country code of mobile numbers, for the countries of the shipped locales and a few
 * more (ITU-T E.164 national plans); elsewhere 6 to 14. "too short, expected 10" beats "digits only".
 */
const nationalDigits: Readonly<Record<string, string>> = {
  '1': '10', '7': '10', '20': '10', '33': '9', '34': '9', '39': '9-10', '44': '10', '49': '10-11', '52': '10', '55': '10-11', '61': '9',
  '62': '9-12', '81': '10', '82': '9-10', '84': '9', '86': '11', '90': '10', '91': '10', '966': '9', '971': '9',
};

/** What the new-contact form holds: an e-mail, or a country code and a national number. */
export interface ContactFields {
  email?: string;
  country?: string;
  phone?: string;
}

/** Lower-case, trimmed e-mail; `+` and digits for a phone (a leading `00` counts as `+`). */
export function normaliseContact(kind: ContactKind, value: string): string {
  if (kind === 'email') return value.trim().toLowerCase();
  const compact = value.replace(/[^\d+]/g, '').replace(/^00/, '+');
  return compact.startsWith('+') ? `+${compact.slice(1).replace(/\+/g, '')}` : compact.replace(/\+/g, '');
}

/** Same contact? Phones without a country code compare by their national digits. */
export function isSameContact(kind: ContactKind, a: string, b: string): boolean {
  const left = normaliseContact(kind, a);
  const right = normaliseContact(kind, b);
  if (left === right) return true;
  if (kind === 'email' || (left.startsWith('+') && right.startsWith('+'))) return false;
  const [shorter = '', longer = ''] = [left.replace('+', ''), right.replace('+', '')].sort((x, y) => x.length - y.length);
  return shorter.length >= 6 && longer.endsWith(shorter);
}

/** `j•••@mail.com`, `+44 ••• 999`: what the flow shows when the host gives no masked form. */
export function maskContact(kind: ContactKind, value: string): string {
  if (kind === 'email') {
    const [name = '', domain = ''] = value.split('@');
    return `${name.slice(0, 1)}•••@${domain}`;
  }
  return `${value.slice(0, 3)} ••• ${value.slice(-3)}`;
}

export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

/** `+44`, `44`, `0044` (spaces and dashes allowed). */
export function isCountryCode(value: string): boolean {
  return /^\+?\d{1,4}$/.test(normaliseContact('phone', value));
}

/**
 * The normalised contact the user typed, or what is wrong with it; `current` (the account's
 * contact of that kind, when the host gave it) is refused before any code is sent.
 */
export function readContact(kind: ContactKind, fields: ContactFields, current = ''): { value: string } | ContactIssue {
  let value: string;
  if (kind === 'email') {
    value = normaliseContact('email', fields.email ?? '');
    if (!isEmail(value)) return { problem: 'invalidEmail', field: 'email' };
  } else {
    const country = fields.country ?? '';
    const code = normaliseContact('phone', country).replace('+', '');
    // A national trunk 0 ("07700 900999") is not dialled after the country code (Italy keeps it).
    const typed = (fields.phone ?? '').replace(/[\s().-]/g, '');
    const number = code === '39' ? typed : typed.replace(/^0/, '');
    if (!isCountryCode(country)) return { problem: 'invalidCountryCode', field: 'country' };
    if (!/^\d+$/.test(number)) return { problem: 'invalidPhone', field: 'phone' };
    const expected = nationalDigits[code] ?? '6-14';
    const [min = 0, max = min] = expected.split('-').map(Number);
    if (number.length < min || number.length > max) return { problem: number.length < min ? 'phoneTooShort' : 'phoneTooLong', field: 'phone', expected: expected.replace('-', '–') };
    value = `+${code}${number}`;
  }
  return current && isSameContact(kind, value, current) ? { problem: 'same', field: kind } : { value };
}

/**
 * Whether the host's masked form (`+44 •••• ••• 999`, `j•••@mail.com`) can be `value`: its visible
 * pieces appear in order, the first at the start and the last at the end.
 */
export function maskFits(kind: ContactKind, masked: string, value: string): boolean {
  const clean = (text: string) => (kind === 'email' ? text.trim().toLowerCase() : text.replace(/\D/g, ''));
  const target = clean(value);
  const pieces = masked.split(/[•*·…]+/).map(clean);
  let at = 0;
  return pieces.every((piece, index) => {
    const found = index === pieces.length - 1 ? target.length - piece.length : target.indexOf(piece, at);
    const fits = found >= at && (index > 0 || found === 0 || piece === '') && target.startsWith(piece, found);
    at = found + piece.length;
    return fits;
  });
}

/**
 * What the flow shows for the new contact: the host's mask when it fits the contact entered, else
 * the flow's own, with one developer warning naming `source` (a code must never seem to go elsewhere).
 */
export function maskToShow(kind: ContactKind, value: string, hostMasked: string | undefined, source: string): string {
  if (hostMasked !== undefined && maskFits(kind, hostMasked, value)) return hostMasked;
  const own = maskContact(kind, value);
  if (hostMasked !== undefined) console.warn(new VkDeveloperError(`verikit: <vk-reset-flow> ${source} "${hostMasked}" is not the new contact the user entered; the flow shows "${own}".`));
  return own;
}
