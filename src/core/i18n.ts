/**
 * Text. Each element ships its English messages next to the key type; other locales are
 * registered (usually loaded on demand) as flat `key → message` catalogs, and hosts override
 * any key at run time. A message is a string with `{param}` placeholders, or a plural object
 * chosen by `Intl.PluralRules` on the `count` parameter.
 */

export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}
export type Message = string | PluralMessage;
export type MessageCatalog = Readonly<Record<string, Message>>;
export type MessageParams = Readonly<Record<string, string | number>>;

const catalogs = new Map<string, MessageCatalog>();
const listeners = new Set<() => void>();

/** Registers (or extends) the messages of a locale, e.g. `registerMessages('fr', fr)`. Elements re-render. */
export function registerMessages(locale: string, messages: MessageCatalog): void {
  const key = locale.toLowerCase();
  catalogs.set(key, { ...catalogs.get(key), ...messages });
  for (const listener of [...listeners]) listener();
}

/** True when a catalog is registered for this exact locale tag. */
export function hasMessages(locale: string): boolean {
  return catalogs.has(locale.toLowerCase());
}

/** Listens for newly registered catalogs. Returns an unsubscribe function. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const chainCache = new Map<string, readonly string[]>();
/** `pt-BR` → [`pt-br`, `pt`], most specific first. */
function localeChain(locale: string): readonly string[] {
  let chain = chainCache.get(locale);
  if (!chain) {
    const parts = locale.toLowerCase().split('-');
    const tags: string[] = [];
    for (let i = parts.length; i > 0; i--) tags.push(parts.slice(0, i).join('-'));
    chain = tags;
    chainCache.set(locale, chain);
  }
  return chain;
}

// Building an Intl formatter costs far more than using one, and a page may render a thousand
// elements that each format a few numbers, dates and lists: keep one per locale and options.
const intlCache = new Map<string, unknown>();
function cachedIntl<F>(kind: string, locale: string, options: object, make: (tag: string) => F): F {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let format = intlCache.get(key) as F | undefined;
  if (!format) {
    format = make(safeLocale(locale));
    intlCache.set(key, format);
  }
  return format;
}

/** A cached `Intl.NumberFormat` for this locale (sanitised) and options. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cachedIntl('number', locale, options, (tag) => new Intl.NumberFormat(tag, options));
}

/** A cached `Intl.DateTimeFormat` for this locale (sanitised) and options. */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return cachedIntl('date', locale, options, (tag) => new Intl.DateTimeFormat(tag, options));
}

/** A cached `Intl.ListFormat` for this locale (sanitised) and options. */
export function listFormat(locale: string, options: Intl.ListFormatOptions = {}): Intl.ListFormat {
  return cachedIntl('list', locale, options, (tag) => new Intl.ListFormat(tag, options));
}

function pluralRules(locale: string): Intl.PluralRules {
  return cachedIntl('plural', locale, {}, (tag) => new Intl.PluralRules(tag));
}

/** A locale tag Intl accepts (falls back to English for a malformed tag). */
export function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

export interface TranslateOptions {
  locale: string;
  overrides?: Readonly<Record<string, Message | undefined>> | undefined;
}

/** Resolves `key`: host override, then the locale's catalog (most specific first), then English. */
export function translate<K extends string>(
  defaults: Readonly<Record<K, Message>>,
  key: K,
  params: MessageParams | undefined,
  options: TranslateOptions,
): string {
  // A malformed message (a plural without `other`, from a host's catalog) is skipped, never a TypeError in
  // render; `<vk-provider>` reports malformed overrides as developer errors.
  let message = usable(options.overrides?.[key]);
  if (message === undefined) {
    for (const tag of localeChain(options.locale)) {
      message = usable(catalogs.get(tag)?.[key]);
      if (message !== undefined) break;
    }
  }
  return format(message ?? defaults[key], params, options.locale);
}

function usable(message: unknown): Message | undefined {
  return typeof message === 'string' || typeof (message as PluralMessage | undefined)?.other === 'string' ? (message as Message) : undefined;
}

function format(message: Message, params: MessageParams | undefined, locale: string): string {
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = Number(params?.['count'] ?? 0);
    const category = pluralRules(locale).select(count);
    text = message[category] ?? message.other;
  }
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

const plainNumber: Intl.NumberFormatOptions = { useGrouping: false };
const twoDigits: Intl.NumberFormatOptions = { minimumIntegerDigits: 2, useGrouping: false };

function formatNumber(value: number, locale: string): string {
  return numberFormat(locale, plainNumber).format(value);
}

/** Clock-style remaining time: `14:59`, `1:59:59`. Digits in the locale's numbering system. */
export function formatCountdown(ms: number, locale: string): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = numberFormat(locale, twoDigits);
  const one = numberFormat(locale, plainNumber);
  return hours > 0
    ? `${one.format(hours)}:${two.format(minutes)}:${two.format(seconds)}`
    : `${one.format(minutes)}:${two.format(seconds)}`;
}

interface DurationFormatLike {
  format(duration: Record<string, number>): string;
}
type DurationFormatCtor = new (locale: string, options: { style: 'long' | 'short' | 'narrow' }) => DurationFormatLike;

/**
 * Spoken-style duration for announcements and lockouts: "2 hours", "1 hour, 30 minutes",
 * "45 seconds". Uses `Intl.DurationFormat` where the browser has it; otherwise unit formatting.
 * Rounds to the two largest non-zero units so announcements stay short.
 */
export function formatDuration(ms: number, locale: string, options: { largestUnit?: 'day' | 'hour' } = {}): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  // Policies are worded in hours ("24 hours"), so callers may keep days folded into hours.
  const dayUnit = options.largestUnit === 'hour' ? Number.POSITIVE_INFINITY : 86400;
  const parts: [unit: 'day' | 'hour' | 'minute' | 'second', value: number][] = [
    ['day', Math.floor(total / dayUnit)],
    ['hour', Math.floor((total % dayUnit) / 3600)],
    ['minute', Math.floor((total % 3600) / 60)],
    ['second', total % 60],
  ];
  const firstNonZero = parts.findIndex(([, value]) => value > 0);
  const shown = firstNonZero === -1 ? [parts[3] ?? ['second', 0]] : parts.slice(firstNonZero, firstNonZero + 2).filter(([, v]) => v > 0);
  const tag = safeLocale(locale);
  const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatCtor }).DurationFormat;
  // Intl.DurationFormat leaves out zero units, so "0 seconds" would come out empty.
  if (DurationFormat && total > 0) {
    const duration: Record<string, number> = {};
    for (const [unit, value] of shown) duration[`${unit}s`] = value;
    return cachedIntl('duration', tag, {}, (safe) => new DurationFormat(safe, { style: 'long' })).format(duration);
  }
  const pieces = shown.map(([unit, value]) => numberFormat(tag, { style: 'unit', unit, unitDisplay: 'long' }).format(value));
  return listFormat(tag, { style: 'long', type: 'unit' }).format(pieces);
}

const timeOnly: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const dayAndTime: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };

/** A moment as the user reads it: time only when today, otherwise date and time. */
export function formatMoment(epochMs: number, now: number, locale: string): string {
  const sameDay = new Date(epochMs).toDateString() === new Date(now).toDateString();
  return dateFormat(locale, sameDay ? timeOnly : dayAndTime).format(epochMs);
}

const rtlLanguages = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ku']);
/** Text direction of a locale. */
export function localeDirection(locale: string): 'ltr' | 'rtl' {
  return rtlLanguages.has(locale.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/** A file size as people read it: "820 kB", "4.2 MB" (decimal units, like phones and file managers). */
export function formatFileSize(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = Math.max(0, bytes);
  let index = 0;
  while (value >= 1000 && index < units.length - 1) {
    value /= 1000;
    index++;
  }
  const unit = units[index] ?? 'byte';
  return numberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: unit === 'byte' ? 'long' : 'short',
    maximumFractionDigits: value < 10 && index > 0 ? 1 : 0,
  }).format(value);
}

/**
 * Wraps a value from data (a masked phone, an e-mail, an account label) in Unicode first-strong
 * isolates, so inside a right-to-left sentence "+44 •••• 321" keeps its own order.
 */
export function isolate(value: string): string {
  return `\u2068${value}\u2069`;
}
