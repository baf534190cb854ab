import { registerMessages, safeLocale, type MessageCatalog } from '../core/i18n.js';

interface LocaleModule {
  readonly default: MessageCatalog;
}

/** One dynamic import per locale, so a bundler keeps each translation in its own chunk. */
const loaders = {
  ar: () => import('./ar.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ja: () => import('./ja.js'),
  ko: () => import('./ko.js'),
  'pt-BR': () => import('./pt-BR.js'),
  ru: () => import('./ru.js'),
  tr: () => import('./tr.js'),
  vi: () => import('./vi.js'),
  'zh-CN': () => import('./zh-CN.js'),
} as const satisfies Record<string, () => Promise<LocaleModule>>;

/** A locale verikit ships a translation for (`en` is built into every element). */
export type SupportedLocale = 'en' | keyof typeof loaders;

const translated = Object.keys(loaders) as (keyof typeof loaders)[];

/** Every locale verikit ships, English first. */
export const supportedLocales: readonly SupportedLocale[] = ['en', ...translated];

/**
 * The shipped locale that best serves `tag`: the same tag (any case), else the same language
 * (`pt` and `pt-PT` → `pt-BR`, `zh` and `zh-TW` → `zh-CN`), else English.
 */
export function matchLocale(tag: string): SupportedLocale {
  const canonical = safeLocale(tag).toLowerCase();
  const exact = translated.find((locale) => locale.toLowerCase() === canonical);
  if (exact) return exact;
  const language = canonical.split('-')[0];
  return translated.find((locale) => locale.toLowerCase().split('-')[0] === language) ?? 'en';
}

const loading = new Map<string, Promise<SupportedLocale>>();

/**
 * Loads and registers the translation that best serves `tag`, and resolves with the locale
 * used. English and unknown tags resolve at once with `'en'` (the elements' own defaults).
 * Each locale is fetched once; a failed fetch rejects and may be retried.
 */
export function loadLocale(tag: string): Promise<SupportedLocale> {
  const locale = matchLocale(tag);
  if (locale === 'en') return Promise.resolve(locale);
  // Elements look a tag up most specific first (`pt-pt`, then `pt`): register under the
  // requested language too when the shipped tag is not on that path.
  const language = safeLocale(tag).toLowerCase().split('-')[0] ?? '';
  const aliases = language === locale.toLowerCase() ? [locale] : [locale, language];
  const key = aliases.join(' ');
  let pending = loading.get(key);
  if (!pending) {
    pending = loaders[locale]().then(
      (module) => {
        for (const alias of aliases) registerMessages(alias, module.default);
        return locale;
      },
      (error: unknown) => {
        loading.delete(key);
        throw error;
      },
    );
    loading.set(key, pending);
  }
  return pending;
}
