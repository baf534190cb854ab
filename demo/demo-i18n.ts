import { registerMessages, translate, type MessageParams } from '../src/core/i18n.js';
import type { SupportedLocale } from '../src/locales/load.js';
import { demoMessages, type DemoCatalog, type DemoMessageKey } from './demo.messages.js';
import ar from './locales/ar.js';
import es from './locales/es.js';
import fr from './locales/fr.js';
import ja from './locales/ja.js';
import ko from './locales/ko.js';
import ptBR from './locales/pt-BR.js';
import ru from './locales/ru.js';
import tr from './locales/tr.js';
import vi from './locales/vi.js';
import zhCN from './locales/zh-CN.js';

/**
 * The demo's own translations, one per locale verikit ships (a missing locale or key is a type
 * error). Demo only: they load with the demo, never with the package.
 */
export const demoTranslations: Readonly<Record<Exclude<SupportedLocale, 'en'>, DemoCatalog>> = {
  ar,
  es,
  fr,
  ja,
  ko,
  'pt-BR': ptBR,
  ru,
  tr,
  vi,
  'zh-CN': zhCN,
};

let registered = false;

/**
 * Registers the demo's translations beside the elements' (their keys start with `demo.`, so they
 * never clash), so `<demo-inbox>` and `demoText()` follow `<vk-provider locale>`. Idempotent.
 */
export function registerDemoMessages(): void {
  if (registered) return;
  registered = true;
  for (const [locale, catalog] of Object.entries(demoTranslations)) registerMessages(locale, catalog);
}

/** One demo message in `locale` (English when the locale has no demo translation). */
export function demoText(key: DemoMessageKey, locale: string, params?: MessageParams): string {
  registerDemoMessages();
  return translate(demoMessages, key, params, { locale });
}
