/**
 * A new contact as the user types it: normalising, comparing with the current one, masking and
 * checking. Pure functions (no DOM), so they are unit-tested on their own.
 */
import type { ContactKind } from './reset-flow.types.js';

/** What is wrong with a typed contact; the flow shows `flow.contact.<problem>`. */
export type ContactProblem = 'invalidEmail' | 'invalidCountryCode' | 'invalidPhone' | 'same';

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
export function readContact(kind: ContactKind, fields: ContactFields, current = ''): { value: string } | { problem: ContactProblem } {
  let value: string;
  if (kind === 'email') {
    value = normaliseContact('email', fields.email ?? '');
    if (!isEmail(value)) return { problem: 'invalidEmail' };
  } else {
    const country = fields.country ?? '';
    const number = (fields.phone ?? '').replace(/[\s().-]/g, '');
    if (!isCountryCode(country)) return { problem: 'invalidCountryCode' };
    if (!/^\d{4,14}$/.test(number)) return { problem: 'invalidPhone' };
    value = normaliseContact('phone', `+${normaliseContact('phone', country).replace('+', '')}${number}`);
  }
  return current && isSameContact(kind, value, current) ? { problem: 'same' } : { value };
}
