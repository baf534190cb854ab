import { expect } from '@open-wc/testing';
import {
  formatCountdown,
  formatDuration,
  hasMessages,
  localeDirection,
  onMessagesChange,
  registerMessages,
  safeLocale,
  translate,
  type Message,
} from '../../src/core/i18n.js';

const defaults = {
  'test.greeting': 'Hello {name}',
  'test.attempts': { one: '{count} attempt left', other: '{count} attempts left' },
  'test.plain': 'Plain',
} as const satisfies Record<string, Message>;

describe('i18n', () => {
  describe('translate', () => {
    before(() => {
      registerMessages('de', { 'test.greeting': 'Hallo {name}', 'test.attempts': { one: 'Noch {count} Versuch', other: 'Noch {count} Versuche' } });
      registerMessages('pt', { 'test.plain': 'Simples' });
    });

    it('falls back to the English default', () => {
      expect(translate(defaults, 'test.plain', undefined, { locale: 'en' })).to.equal('Plain');
      expect(translate(defaults, 'test.plain', undefined, { locale: 'de' })).to.equal('Plain');
      expect(translate(defaults, 'test.plain', undefined, { locale: 'not a locale!' })).to.equal('Plain');
    });

    it('prefers the registered locale, most specific tag first', () => {
      expect(translate(defaults, 'test.greeting', { name: 'Ada' }, { locale: 'de' })).to.equal('Hallo Ada');
      expect(translate(defaults, 'test.greeting', { name: 'Ada' }, { locale: 'de-AT' })).to.equal('Hallo Ada');
      registerMessages('pt-BR', { 'test.plain': 'Simples (BR)' });
      expect(translate(defaults, 'test.plain', undefined, { locale: 'pt-BR' })).to.equal('Simples (BR)');
      expect(translate(defaults, 'test.plain', undefined, { locale: 'pt-PT' })).to.equal('Simples');
      expect(hasMessages('PT-br')).to.equal(true);
    });

    it('lets a host override beat the locale and the default', () => {
      const overrides = { 'test.greeting': 'Welcome back, {name}', 'test.plain': undefined };
      expect(translate(defaults, 'test.greeting', { name: 'Ada' }, { locale: 'de', overrides })).to.equal('Welcome back, Ada');
      expect(translate(defaults, 'test.plain', undefined, { locale: 'pt', overrides })).to.equal('Simples');
    });

    it('chooses plural forms by count with the locale rules', () => {
      expect(translate(defaults, 'test.attempts', { count: 1 }, { locale: 'en' })).to.equal('1 attempt left');
      expect(translate(defaults, 'test.attempts', { count: 3 }, { locale: 'en' })).to.equal('3 attempts left');
      expect(translate(defaults, 'test.attempts', { count: 0 }, { locale: 'en' })).to.equal('0 attempts left');
      expect(translate(defaults, 'test.attempts', { count: 1 }, { locale: 'de' })).to.equal('Noch 1 Versuch');
      expect(translate(defaults, 'test.attempts', { count: 0 }, { locale: 'fr', overrides: { 'test.attempts': { one: '{count} essai', other: '{count} essais' } } })).to.equal(
        '0 essai',
      );
      // Russian "few" is missing: the "other" form is used.
      const russian = { 'test.attempts': { one: '{count} попытка', many: '{count} попыток', other: '{count} попытки?' } };
      expect(translate(defaults, 'test.attempts', { count: 5 }, { locale: 'ru', overrides: russian })).to.equal('5 попыток');
      expect(translate(defaults, 'test.attempts', { count: 3 }, { locale: 'ru', overrides: russian })).to.equal('3 попытки?');
    });

    it('fills params, formats numbers in the locale and leaves unknown params visible', () => {
      expect(translate(defaults, 'test.greeting', { name: 'Ada', unused: 'x' }, { locale: 'en' })).to.equal('Hello Ada');
      expect(translate(defaults, 'test.greeting', undefined, { locale: 'en' })).to.equal('Hello {name}');
      expect(translate(defaults, 'test.greeting', { other: 1 }, { locale: 'en' })).to.equal('Hello {name}');
      expect(translate(defaults, 'test.attempts', { count: 3 }, { locale: 'ar-EG' })).to.equal('٣ attempts left');
      expect(translate(defaults, 'test.attempts', { count: 12345 }, { locale: 'en' })).to.equal('12345 attempts left');
    });

    it('notifies listeners when a catalog is registered', () => {
      let calls = 0;
      const off = onMessagesChange(() => calls++);
      registerMessages('nl', { 'test.plain': 'Gewoon' });
      off();
      registerMessages('nl', { 'test.greeting': 'Hoi {name}' });
      expect(calls).to.equal(1);
      // A second registration extends the catalog instead of replacing it.
      expect(translate(defaults, 'test.plain', undefined, { locale: 'nl' })).to.equal('Gewoon');
      expect(translate(defaults, 'test.greeting', { name: 'Ada' }, { locale: 'nl' })).to.equal('Hoi Ada');
    });
  });

  describe('formatCountdown', () => {
    it('shows minutes and seconds, rounding up so 0:01 lasts until the end', () => {
      expect(formatCountdown(15 * 60_000, 'en')).to.equal('15:00');
      expect(formatCountdown(15 * 60_000 - 1, 'en')).to.equal('15:00');
      expect(formatCountdown(14 * 60_000 + 59_000, 'en')).to.equal('14:59');
      expect(formatCountdown(1, 'en')).to.equal('0:01');
      expect(formatCountdown(0, 'en')).to.equal('0:00');
      expect(formatCountdown(-5_000, 'en')).to.equal('0:00');
    });

    it('adds hours when needed and uses the locale digits', () => {
      expect(formatCountdown(2 * 3_600_000, 'en')).to.equal('2:00:00');
      expect(formatCountdown(3_600_000 + 61_000, 'en')).to.equal('1:01:01');
      expect(formatCountdown(14 * 60_000 + 59_000, 'ar-EG')).to.equal('١٤:٥٩');
    });
  });

  describe('formatDuration', () => {
    it('says durations in words, two largest units at most', () => {
      expect(formatDuration(2 * 3_600_000, 'en')).to.equal('2 hours');
      expect(formatDuration(24 * 3_600_000, 'en')).to.equal('1 day');
      expect(formatDuration(90 * 60_000, 'en')).to.equal('1 hour, 30 minutes');
      expect(formatDuration(26 * 3_600_000 + 3 * 60_000 + 4_000, 'en')).to.equal('1 day, 2 hours');
      expect(formatDuration(45_000, 'en')).to.equal('45 seconds');
      expect(formatDuration(1, 'en')).to.equal('1 second');
      expect(formatDuration(0, 'en')).to.equal('0 seconds');
      expect(formatDuration(24 * 3_600_000, 'en', { largestUnit: 'hour' })).to.equal('24 hours');
    });

    it('speaks the locale', () => {
      expect(formatDuration(2 * 3_600_000, 'de')).to.equal('2 Stunden');
      expect(formatDuration(5 * 60_000, 'fr')).to.equal('5 minutes');
    });
  });

  describe('locale helpers', () => {
    it('knows right-to-left languages and tolerates malformed tags', () => {
      expect(localeDirection('ar-EG')).to.equal('rtl');
      expect(localeDirection('he')).to.equal('rtl');
      expect(localeDirection('en-GB')).to.equal('ltr');
      expect(safeLocale('pt-br')).to.equal('pt-BR');
      expect(safeLocale('not a locale!')).to.equal('en');
    });
  });
});
