// The partner page's whole integration: import the elements, give the flow its questions, answer
// its request events, and act on its notifications the way a partner's own page would (here a
// polite note saying what the host would open). A real partner answers the requests with its own
// API (or connectHttp) instead of the mock backend.
import 'verikit/provider';
import 'verikit/reset-flow';
import { localeDirection } from '../src/core/i18n.js';
// A partner imports this from 'verikit/reset-flow/class'.
import { journeys } from '../src/elements/reset-flow/journeys.js';
// A partner imports these from 'verikit/locales'.
import { matchLocale, supportedLocales, type SupportedLocale } from '../src/locales/load.js';
import { demoText } from './demo-i18n.js';
import { demoMessages, type DemoMessageKey } from './demo.messages.js';
import { demoQuestions } from './fixtures.js';
import { defineDemoElements } from './inbox-panel.js';
import { createMockBackend } from './mock-backend.js';

/** Each locale named in its own language (never translated: a reader looks for their own). */
const localeNames: Readonly<Record<SupportedLocale, string>> = {
  en: 'English',
  'zh-CN': '简体中文',
  fr: 'Français',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  ru: 'Русский',
  tr: 'Türkçe',
  vi: 'Tiếng Việt',
  ko: '한국어',
  ja: '日本語',
  ar: 'العربية',
};

/**
 * What the host page does when an element hands the user over to it: every navigation and support
 * event the flow and its children fire. Here each one shows what a real page would now open.
 */
export const hostActions = {
  'vk-migration-start': 'demo.host.migration',
  'vk-password-forgot': 'demo.host.passwordForgot',
  'vk-verification-reset': 'demo.host.verificationReset',
  'vk-face-scan-choose': 'demo.host.faceScan',
  'vk-totp-reset': 'demo.host.totpReset',
  'vk-code-lock': 'demo.host.codeLock',
  'vk-reset-flow-complete': 'demo.host.complete',
  'vk-support-request': 'demo.host.support',
  'vk-account-unlock': 'demo.host.unlock',
  'vk-login-return': 'demo.host.login',
} as const satisfies Readonly<Record<string, DemoMessageKey>>;

defineDemoElements();
const backend = createMockBackend();
const required = <T extends Element>(selector: string): T => {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`partner page: ${selector} is missing`);
  return found;
};
const provider = required<HTMLElementTagNameMap['vk-provider']>('vk-provider');
const flow = required<HTMLElementTagNameMap['vk-reset-flow']>('vk-reset-flow');
const inbox = required<HTMLElementTagNameMap['demo-inbox']>('demo-inbox');
const languageSelect = required<HTMLSelectElement>('#language');
const toggle = required<HTMLButtonElement>('#inbox-toggle');
const panel = required<HTMLElement>('#inbox-panel');
const note = required<HTMLElement>('#host-note');
const noteText = required<HTMLElement>('#host-note-text');

flow.questions = demoQuestions;
backend.attach(flow);

// --- the journey: `?journey=coinexQuestionsFirst` walks another preset; anything else keeps the page's MEXC journey.
const journeyName = new URLSearchParams(location.search).get('journey');
if (journeyName !== null && Object.hasOwn(journeys, journeyName)) flow.setAttribute('journey', journeyName);
inbox.backend = backend;

// --- language: every element through <vk-provider locale>, the page's own text from the demo catalog
let locale: SupportedLocale = matchLocale(new URLSearchParams(location.search).get('lang') ?? navigator.language);
let noteKey: DemoMessageKey | undefined;
let unseen = 0;
const t = (key: DemoMessageKey, params?: Record<string, string | number>): string => demoText(key, locale, params);
const isDemoKey = (key: string | undefined): key is DemoMessageKey => key !== undefined && key in demoMessages;

for (const tag of supportedLocales) {
  const option = new Option(localeNames[tag], tag);
  option.lang = tag;
  languageSelect.append(option);
}

function applyLocale(next: SupportedLocale): void {
  locale = next;
  languageSelect.value = next;
  document.documentElement.lang = next;
  document.documentElement.dir = localeDirection(next);
  provider.locale = next;
  document.title = t('demo.partner.documentTitle');
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const key = element.dataset['text'];
    if (isDemoKey(key)) element.textContent = t(key);
  }
  if (noteKey) noteText.textContent = t(noteKey);
  renderBadge();
}

languageSelect.addEventListener('change', () => {
  const next = matchLocale(languageSelect.value);
  const url = new URL(location.href);
  url.searchParams.set('lang', next);
  history.replaceState(null, '', url);
  applyLocale(next);
});

// --- the demo inbox: a drawer under a bar that stays on screen on a phone, a side panel when wide
const narrow = matchMedia('(max-width: 959.98px)');
let open = false;

function setOpen(next: boolean): void {
  open = next;
  toggle.setAttribute('aria-expanded', String(next));
  panel.toggleAttribute('data-open', next);
  if (next) unseen = 0;
  renderBadge();
}

function renderBadge(): void {
  const badge = toggle.querySelector<HTMLElement>('.badge');
  if (!badge) return;
  badge.hidden = unseen === 0;
  badge.querySelector('.badge-count')?.replaceChildren(String(unseen));
  badge.querySelector('.badge-text')?.replaceChildren(t('demo.partner.inboxNew', { count: unseen }));
}

toggle.addEventListener('click', () => setOpen(!open));
required<HTMLButtonElement>('#inbox-close').addEventListener('click', () => {
  setOpen(false);
  toggle.focus();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && open && narrow.matches) {
    setOpen(false);
    toggle.focus();
  }
});
let delivered = backend.inbox.length;
backend.subscribe(() => {
  const now = backend.inbox.length;
  if (now > delivered && narrow.matches && !open) unseen += now - delivered;
  delivered = now;
  renderBadge();
});

// --- the host's own steps in the flow's slots
required<HTMLButtonElement>('#face-scan-pass').addEventListener('click', () => flow.completeFaceScan());
required<HTMLButtonElement>('#human-check-pass').addEventListener('click', () => flow.completeHumanCheck());

// --- what the host page does next: a polite note in place of the page it would open
let focusBeforeNote: HTMLElement | undefined;

/** The focused element, looking inside shadow roots (a click inside an element focuses its button). */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

function showNote(key: DemoMessageKey): void {
  noteKey = key;
  focusBeforeNote = deepActiveElement();
  noteText.textContent = t(key);
  note.hidden = false;
}

for (const [eventName, key] of Object.entries(hostActions)) document.addEventListener(eventName, () => showNote(key));
required<HTMLButtonElement>('#support').addEventListener('click', () => showNote('demo.host.support'));
required<HTMLButtonElement>('#host-note-dismiss').addEventListener('click', () => {
  note.hidden = true;
  noteKey = undefined;
  if (focusBeforeNote?.isConnected) focusBeforeNote.focus();
});

applyLocale(locale);
setOpen(false);

/** For the curious (and the walk test): the mock backend and the page's texts, from the browser console. */
Object.assign(window, { verikitDemo: { backend, text: t } });
