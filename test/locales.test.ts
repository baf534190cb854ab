import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Message, PluralMessage } from '../src/core/i18n.js';
import { requestMessages } from '../src/core/request.messages.js';
import { codeHelpMessages } from '../src/elements/code-input/code-input.help.js';
import { codeInputMessages } from '../src/elements/code-input/code-input.messages.js';
import { handoffMessages } from '../src/elements/proof-uploader/proof-handoff.messages.js';
import { proofMessages } from '../src/elements/proof-uploader/proof-uploader.messages.js';
import { questionnaireMessages } from '../src/elements/questionnaire/questionnaire.messages.js';
import { recoveryCodesMessages } from '../src/elements/recovery-codes/recovery-codes.messages.js';
import { flowMessages } from '../src/elements/reset-flow/reset-flow.messages.js';
import { pickerMessages } from '../src/elements/reset-picker/reset-picker.messages.js';
import { totpSetupMessages } from '../src/elements/totp-setup/totp-setup.messages.js';
import '../src/elements/code-input/vk-code-input.js';
import type { VkCodeInput } from '../src/elements/code-input/vk-code-input.js';
import '../src/elements/provider/vk-provider.js';
import type { VkProvider } from '../src/elements/provider/vk-provider.js';
import en, { type LocaleCatalog } from '../src/locales/en.js';
import { loadLocale, matchLocale, supportedLocales, type SupportedLocale } from '../src/locales/load.js';
import ar from '../src/locales/ar.js';
import es from '../src/locales/es.js';
import fr from '../src/locales/fr.js';
import ja from '../src/locales/ja.js';
import ko from '../src/locales/ko.js';
import ptBR from '../src/locales/pt-BR.js';
import ru from '../src/locales/ru.js';
import tr from '../src/locales/tr.js';
import vi from '../src/locales/vi.js';
import zhCN from '../src/locales/zh-CN.js';

/** Every shipped translation (a missing entry here is a type error). */
const translations: Record<Exclude<SupportedLocale, 'en'>, LocaleCatalog> = { ar, es, fr, ja, ko, 'pt-BR': ptBR, ru, tr, vi, 'zh-CN': zhCN };

const elementCatalogs = [requestMessages, codeInputMessages, codeHelpMessages, pickerMessages, questionnaireMessages, totpSetupMessages, proofMessages, handoffMessages, flowMessages, recoveryCodesMessages];

const placeholdersOf = (text: string): Set<string> => new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''));
const forms = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message).filter((v): v is string => typeof v === 'string'));
const union = (sets: Iterable<Set<string>>): Set<string> => new Set([...sets].flatMap((set) => [...set]));
const sorted = (set: Set<string>): string[] => [...set].sort();
const englishKeys = Object.keys(en).sort();

const labelOf = (element: VkCodeInput): string => element.shadowRoot?.querySelector('[part="label"]')?.textContent.trim() ?? '';
const getCodeOf = (element: VkCodeInput): string => element.shadowRoot?.querySelector('[part="get-code"]')?.textContent.trim() ?? '';

describe('locales', () => {
  describe('the English catalog', () => {
    it('holds every key of every element exactly once (no element shadows another’s key)', () => {
      const total = elementCatalogs.reduce((sum, catalog) => sum + Object.keys(catalog).length, 0);
      expect(Object.keys(en).length).to.equal(total);
      for (const catalog of elementCatalogs) for (const key of Object.keys(catalog)) expect(en).to.have.property(key);
    });

    it('lists English and every translation as supported', () => {
      expect([...supportedLocales].sort()).to.deep.equal(['en', ...Object.keys(translations)].sort());
    });
  });

  for (const [locale, catalog] of Object.entries(translations)) {
    describe(locale, () => {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

      it('has exactly the English keys', () => {
        const keys = Object.keys(catalog).sort();
        expect(keys.filter((key) => !(key in en)), 'keys English does not have').to.deep.equal([]);
        expect(englishKeys.filter((key) => !(key in catalog)), 'missing keys').to.deep.equal([]);
        expect(keys).to.deep.equal(englishKeys);
      });

      it('keeps every placeholder and invents none', () => {
        for (const [key, english] of Object.entries(en) as [keyof typeof en, Message][]) {
          const translated = catalog[key];
          const allowed = union(forms(english).map(placeholdersOf));
          const englishOther = placeholdersOf(typeof english === 'string' ? english : english.other);
          for (const text of forms(translated)) {
            const found = placeholdersOf(text);
            expect(sorted(found).filter((name) => !allowed.has(name)), `${locale} ${key}: unknown placeholder in "${text}"`).to.deep.equal([]);
            // A plural form may spell the number out ("one file"), but every other parameter stays.
            const needed = typeof translated === 'string' ? englishOther : new Set([...englishOther].filter((name) => name !== 'count'));
            expect(sorted(needed).filter((name) => !found.has(name)), `${locale} ${key}: missing placeholder in "${text}"`).to.deep.equal([]);
          }
          if (typeof translated !== 'string') {
            expect(sorted(placeholdersOf(translated.other)), `${locale} ${key}: the "other" form`).to.deep.equal(sorted(englishOther));
          }
        }
      });

      it(`has the plural forms ${categories.join(', ')} wherever English has a plural, and only those`, () => {
        for (const [key, english] of Object.entries(en) as [keyof typeof en, Message][]) {
          const translated = catalog[key];
          expect(typeof translated, `${locale} ${key}`).to.equal(typeof english);
          if (typeof translated === 'string') continue;
          const present = (Object.keys(translated) as (keyof PluralMessage)[]).filter((category) => translated[category] !== undefined);
          expect(present.sort(), `${locale} ${key}`).to.deep.equal([...categories].sort());
        }
      });

      it('has no empty text, and really translates (not English copied over)', () => {
        let sameAsEnglish = 0;
        for (const [key, english] of Object.entries(en) as [keyof typeof en, Message][]) {
          const translated = catalog[key];
          for (const text of forms(translated)) expect(text.trim(), `${locale} ${key}`).to.not.equal('');
          if (forms(translated).join() === forms(english).join()) sameAsEnglish++;
        }
        // Brand-like texts ("PDF", "{name} ({masked})") may stay as they are; whole sentences may not.
        expect(sameAsEnglish, `${locale}: texts identical to English`).to.be.below(englishKeys.length * 0.05);
      });
    });
  }

  describe('loading on demand', () => {
    it('matches a tag to the best shipped locale, and unknown tags to English', () => {
      expect(matchLocale('fr')).to.equal('fr');
      expect(matchLocale('FR-ca')).to.equal('fr');
      expect(matchLocale('pt-BR')).to.equal('pt-BR');
      expect(matchLocale('pt')).to.equal('pt-BR');
      expect(matchLocale('pt-PT')).to.equal('pt-BR');
      expect(matchLocale('de')).to.equal('en');
      expect(matchLocale('en-GB')).to.equal('en');
      expect(matchLocale('not a tag!')).to.equal('en');
      expect(matchLocale('')).to.equal('en');
    });

    it('resolves an unknown locale to English without an error', async () => {
      expect(await loadLocale('de-AT')).to.equal('en');
      expect(await loadLocale('??')).to.equal('en');
    });

    it('loadLocale("fr") makes an element on a French page speak French', async () => {
      // The element's own lang (as on a French page); fixture a Lit element: a plain <div> would wait
      // for an animation frame, which never comes in a background test page.
      const element = await fixture<VkCodeInput>(html`<vk-code-input lang="fr" channel="email"></vk-code-input>`);
      // Before the catalog arrives the element already works, in English.
      expect(labelOf(element)).to.equal(codeInputMessages['code.label.email']);
      expect(await loadLocale('fr-FR')).to.equal('fr');
      await element.updateComplete;
      expect(labelOf(element)).to.equal(fr['code.label.email']);
      expect(getCodeOf(element)).to.equal(fr['code.getCode']);
      await expect(element).to.be.accessible();
    }).timeout(20_000); // axe is slow on a busy shared machine

    it('<vk-provider locale="pt"> loads the Brazilian catalog by itself, and a host override beats it', async () => {
      const provider = await fixture<VkProvider>(html`
        <vk-provider locale="pt" .messages=${{ 'code.getCode': 'Me envie um código' }}>
          <vk-code-input channel="sms"></vk-code-input>
        </vk-provider>
      `);
      const element = provider.querySelector('vk-code-input');
      if (!element) throw new Error('no element');
      await waitUntil(() => labelOf(element) === ptBR['code.label.sms'], 'the Portuguese label never appeared');
      expect(getCodeOf(element)).to.equal('Me envie um código');
      provider.messages = {};
      await provider.updateComplete;
      await element.updateComplete;
      expect(getCodeOf(element)).to.equal(ptBR['code.getCode']);
      await expect(provider).to.be.accessible();
    }).timeout(20_000);
  });
});
