import { expect } from '@open-wc/testing';
import type { Message, PluralMessage } from '../../src/core/i18n.js';
import { demoTranslations } from '../../demo/demo-i18n.js';
import { demoMessages } from '../../demo/demo.messages.js';
import '../helpers.js';

const placeholdersOf = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''))].sort();
const forms = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message).filter((v): v is string => typeof v === 'string'));
const englishKeys = Object.keys(demoMessages).sort();

/** The demo's own catalogs (inbox, mock backend, partner page) get the checks test/locales.test.ts runs on the elements'. */
describe('demo locales', () => {
  for (const [locale, catalog] of Object.entries(demoTranslations)) {
    describe(locale, () => {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

      it('has exactly the English keys', () => {
        expect(Object.keys(catalog).sort()).to.deep.equal(englishKeys);
      });

      it('keeps every placeholder, has the locale\'s plural forms, and really translates', () => {
        let sameAsEnglish = 0;
        for (const [key, english] of Object.entries(demoMessages) as [keyof typeof demoMessages, Message][]) {
          const translated = catalog[key];
          expect(typeof translated, `${locale} ${key}`).to.equal(typeof english);
          const englishOther = placeholdersOf(typeof english === 'string' ? english : english.other);
          for (const text of forms(translated)) {
            expect(text.trim(), `${locale} ${key}`).to.not.equal('');
            const found = placeholdersOf(text);
            // A plural form may spell the number out ("one code"), but every other parameter stays.
            const needed = typeof translated === 'string' ? englishOther : englishOther.filter((name) => name !== 'count');
            expect(found.filter((name) => !englishOther.includes(name)), `${locale} ${key}: unknown placeholder in "${text}"`).to.deep.equal([]);
            expect(needed.filter((name) => !found.includes(name)), `${locale} ${key}: missing placeholder in "${text}"`).to.deep.equal([]);
          }
          if (typeof translated !== 'string') {
            const present = (Object.keys(translated) as (keyof PluralMessage)[]).filter((category) => translated[category] !== undefined);
            expect(present.sort(), `${locale} ${key}`).to.deep.equal([...categories].sort());
            expect(placeholdersOf(translated.other), `${locale} ${key}: the "other" form`).to.deep.equal(englishOther);
          }
          if (forms(translated).join() === forms(english).join()) sameAsEnglish++;
        }
        // "OK" and "normal" may stay as they are in some languages; sentences may not.
        expect(sameAsEnglish, `${locale}: texts identical to English`).to.be.at.most(2);
      });
    });
  }
});
