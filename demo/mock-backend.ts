import { generateSync, verifySync } from 'otplib';
import { systemClock, type Clock } from '../src/core/clock.js';
import { demoText } from './demo-i18n.js';
import { createHandoffBackend, handoffRequestNames, type HandoffBackend, type HandoffBackendOptions } from './mock-handoff.js';
import { createRecoveryCodeStore } from './mock-recovery-codes.js';

export { demoRecoveryCodes } from './mock-recovery-codes.js';

/**
 * An in-browser stand-in for an exchange's backend: it answers every verikit request event
 * the way a real server would (codes with 15-minute validity and a resend cooldown, a real
 * TOTP check, lockouts, questionnaire grading, uploads with progress, review after submit).
 * Used by Storybook (a global decorator), the partner page (demo/index.html) and the walk test.
 * Nothing here is secret: the right answers and the TOTP secret are demo data.
 *
 * What it does like a careful real backend, so partners can copy the behaviour:
 * - codes for a new contact (`purpose` 'new-email' / 'new-phone') go to the contact recorded by
 *   `vk-new-contact-submit`, never to the contact the user lost;
 * - "Resend" replaces the previous code of the same purpose: the old one no longer verifies, and
 *   entering it answers `{ ok: false, reason: 'error', message }` ("a newer code was sent");
 * - questionnaire grading says only "not all right" and the attempts left, never which questions
 *   were wrong (per-question `wrong` ids tell a guesser which answers were right);
 *   "I don't remember" counts as not known, not as a wrong answer.
 */

/**
 * How the pretend network and account behave. Only `flaky` and `offline` make requests fail:
 * `normal` and `slow` never do, whatever the inbox says next to them.
 */
export const backendModes = ['normal', 'slow', 'flaky', 'offline', 'locked', 'wrong'] as const;
export type BackendMode = (typeof backendModes)[number];

/** A code "delivered" by e-mail or SMS, shown in the demo inbox. */
export interface InboxMessage {
  id: number;
  channel: 'email' | 'sms';
  purpose: string;
  /** The masked contact the code went to (for 'new-email' / 'new-phone': the new contact). */
  destination: string;
  /** The code went to the new contact the user entered, not to one the account already has. */
  toNewContact: boolean;
  code: string;
  sentAt: number;
  expiresAt: number;
  /** A newer code of the same purpose was sent ("Resend"): this one no longer verifies. */
  replaced: boolean;
}

export interface MockBackendOptions {
  mode?: BackendMode;
  /** Time source for expiry, cooldowns, lockouts and the TOTP window (a `ManualClock` in tests). */
  clock?: Clock;
  /** Called with the whole inbox (newest first) whenever a code is delivered. */
  onInbox?: (messages: readonly InboxMessage[]) => void;
  /** Pretend round-trip time; defaults to 300 ms (3 s in `slow` mode); 0 answers synchronously. */
  latencyMs?: number;
  /** In `flaky` mode, every n-th upload fails like a dropped connection, so the demo shows retry (default 3; 0 = never). Other modes never drop an upload. */
  failEveryNthUpload?: number;
  /** Makes e-mail/SMS codes; random by default. */
  makeCode?: () => string;
  /** The user's locale, for the backend's own messages (a real backend reads Accept-Language). Default: the page's `lang`. */
  locale?: () => string;
  /** "Continue on your phone": this backend's device name and the phone's link (see mock-handoff.ts). */
  handoff?: HandoffBackendOptions;
}

/** The demo account's authenticator secret (base32). The inbox shows its current code. */
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
export const TOTP_PERIOD_SECONDS = 30;
export const CODE_VALIDITY_MS = 15 * 60 * 1000;
export const RESEND_COOLDOWN_MS = 60 * 1000;
export const FIRST_LOCK_AFTER = 5;
export const SECOND_LOCK_AFTER = 10;
export const FIRST_LOCK_MS = 2 * 60 * 60 * 1000;
export const SECOND_LOCK_MS = 24 * 60 * 60 * 1000;
export const QUESTIONNAIRE_ROUNDS = 3;

/** Masked contacts of the demo account, as a backend would send them. */
export const demoDestinations = { email: 'j•••@example.com', sms: '+44 •••• ••• 321' } as const;

/** The demo account as the backend knows it (factors with masked values, contacts, KYC). */
export const demoAccount = {
  uid: '48213377',
  email: 'jane.doe@example.com',
  phone: '+44 7700 900321',
  reason: 'Lost my phone with the authenticator app',
} as const;

/** E-mail, phone and authenticator all bound (the MEXC / CoinEx case). */
export const demoFactors: { kind: 'email' | 'phone' | 'totp'; bound: boolean; masked?: string }[] = [
  { kind: 'email', bound: true, masked: demoDestinations.email },
  { kind: 'phone', bound: true, masked: demoDestinations.sms },
  { kind: 'totp', bound: true, masked: 'Google Authenticator' },
];

/**
 * The kinds of account the look-up finds, by a word in the identifier typed (`frozen@example.com`,
 * `nokyc@…`): the journeys' branches depend on them (frozen refused, CoinEx documents by KYC and
 * transfers, optional proofs, the advanced-KYC face scan). Anything else finds the KYC account.
 */
export const demoAccountKinds = {
  kyc: { kycLevel: 'basic', hasTransfers: true, hasFiatHistory: true },
  nokyc: { kycLevel: 'none', hasTransfers: false, hasFiatHistory: false },
  trader: { kycLevel: 'none', hasTransfers: true, hasFiatHistory: false },
  advanced: { kycLevel: 'advanced', hasTransfers: true, hasFiatHistory: true },
  frozen: { kycLevel: 'basic', frozen: true, frozenReason: 'You froze this account yourself. Unfreeze it through support before resetting anything.' },
} as const;
export type DemoAccountKind = keyof typeof demoAccountKinds;

/** The account of a kind as the backend sends it: factors masked, uid / e-mail / phone in clear (the handwritten statement needs them). */
export function demoAccountOf(kind: DemoAccountKind): Record<string, unknown> {
  return { factors: demoFactors, uid: demoAccount.uid, email: demoAccount.email, phone: demoAccount.phone, ...demoAccountKinds[kind] };
}

/** One questionnaire answer, in `<vk-questionnaire>`'s answer shapes. */
export type DemoAnswer = { choice: string } | { choices: string[] } | { text: string } | { min: number; max: number } | { dontRemember: true };

/**
 * The answers the demo backend accepts for the questionnaire in demo/fixtures.ts (what the account
 * holder would remember). Only the backend grades with them; the element never sees them.
 * Texts compare case-insensitively; an amount range is right when it includes the real amount.
 * A round is accepted when no answer is wrong and more than half of the graded questions are
 * known: "I don't remember" counts as not known, never as wrong.
 */
export const demoRightAnswers: Readonly<Record<string, DemoAnswer>> = {
  'recent-trade': { choice: 'btc-usdt' },
  holdings: { choices: ['btc', 'usdt'] },
  'anti-phishing': { text: 'blue-otter' },
  'withdrawal-address': { text: '0x52908400098527886E0F7030069857D2E4169EE7' },
  'deposit-amount': { min: 250, max: 250 },
};

/** The current authenticator code at `now` (epoch ms) for `secret` (the demo account's by default). */
export function currentTotpCode(now: number, secret: string = DEMO_TOTP_SECRET): string {
  return generateSync({ secret, epoch: Math.floor(now / 1000) });
}

/** Seconds left in the current 30-second authenticator window. */
export function totpSecondsLeft(now: number): number {
  return TOTP_PERIOD_SECONDS - (Math.floor(now / 1000) % TOTP_PERIOD_SECONDS);
}

/** The request events the mock answers; every one carries `detail.respond`. */
export const requestEventNames = [
  'vk-code-request',
  'vk-code-submit',
  'vk-totp-verify',
  'vk-totp-secret-generate',
  'vk-reset-items-confirm',
  'vk-answers-submit',
  'vk-proof-upload',
  'vk-reset-submit',
  'vk-account-lookup',
  'vk-new-contact-submit',
  ...handoffRequestNames,
  'vk-recovery-codes-regenerate',
] as const;
export type RequestEventName = (typeof requestEventNames)[number];

type Answer = Record<string, unknown>;
type Fields = Readonly<Record<string, unknown>>;

export interface MockBackend {
  readonly mode: BackendMode;
  setMode(mode: BackendMode): void;
  /** Delivered codes, newest first. */
  readonly inbox: readonly InboxMessage[];
  /** The authenticator's current code (the demo secret, or one the browser generated and handed over). */
  totpCode(now: number): string;
  /** The account's recovery codes not used yet, as they were shown when issued (`ABCD-EFGH`). */
  readonly recoveryCodes: readonly string[];
  /** The newest code sent on a channel and still valid, i.e. not replaced by a resend (what a user would read in the mail or SMS). */
  latestCode(channel: 'email' | 'sms', purpose?: string): string | undefined;
  /** Answers every verikit request event dispatched under `root`. Returns a detach function. */
  attach(root: EventTarget): () => void;
  /** The hand-off links it shares with the other frames' backends. */
  readonly handoff: HandoffBackend;
  /** Forgets codes, failures, lockouts and questionnaire rounds. */
  reset(): void;
  /** Calls `listener` whenever the inbox or the mode changes (the inbox panel re-renders). Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const clock = options.clock ?? systemClock;
  let mode: BackendMode = options.mode ?? 'normal';
  let inbox: InboxMessage[] = [];
  let nextMessageId = 1;
  let consecutiveFailures = 0;
  let lockedUntil = 0;
  let questionnaireRoundsLeft = QUESTIONNAIRE_ROUNDS;
  let uploads = 0;
  /** Requests submitted, for their reference numbers. */
  let submissions = 0;
  let totpSecret = DEMO_TOTP_SECRET;
  const recoveryCodes = createRecoveryCodeStore();
  /** The new contacts `vk-new-contact-submit` recorded, by code channel: where 'new-*' codes go. */
  const newContacts = new Map<'email' | 'sms', string>();
  const resendAt = new Map<string, number>();
  const listeners = new Set<() => void>();
  const changed = (): void => {
    options.onInbox?.(inbox);
    for (const listener of [...listeners]) listener();
  };
  const handoff = createHandoffBackend(clock, options.handoff);
  const failEvery = options.failEveryNthUpload ?? 3;
  const makeCode = options.makeCode ?? (() => String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0'));

  const latency = (): number => options.latencyMs ?? (mode === 'slow' ? 3000 : 300);
  const locale = options.locale ?? (() => document.documentElement.lang || 'en');

  /** Answers after the pretend round trip; in `offline` mode the "fetch" fails. */
  const reply = (compute: () => Answer, signal?: AbortSignal): Answer | Promise<Answer> => {
    if (mode === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
    const delay = latency();
    if (delay === 0) return compute();
    return new Promise<Answer>((resolve, reject) => {
      const timer = setTimeout(() => resolve(compute()), delay);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('Aborted', 'AbortError'));
      });
    });
  };

  const lockAnswer = (): Answer | undefined => {
    if (mode === 'locked' && lockedUntil <= clock.now()) lockedUntil = clock.now() + FIRST_LOCK_MS;
    return lockedUntil > clock.now() ? { ok: false, reason: 'locked', lockedUntil } : undefined;
  };

  /** 5 consecutive failures lock for 2 hours, 10 for 24 hours. */
  const recordFailure = (): Answer => {
    consecutiveFailures += 1;
    if (consecutiveFailures === FIRST_LOCK_AFTER) lockedUntil = clock.now() + FIRST_LOCK_MS;
    if (consecutiveFailures >= SECOND_LOCK_AFTER) lockedUntil = clock.now() + SECOND_LOCK_MS;
    if (lockedUntil > clock.now()) return { ok: false, reason: 'locked', lockedUntil };
    const limit = consecutiveFailures < FIRST_LOCK_AFTER ? FIRST_LOCK_AFTER : SECOND_LOCK_AFTER;
    return { ok: false, reason: 'wrong-code', attemptsLeft: limit - consecutiveFailures };
  };

  const codeChannel = (fields: Fields): 'email' | 'sms' | 'totp' | 'recovery' =>
    fields['channel'] === 'sms' || fields['channel'] === 'totp' || fields['channel'] === 'recovery' ? fields['channel'] : 'email';
  const purposeOf = (fields: Fields): string => (typeof fields['purpose'] === 'string' ? fields['purpose'] : '');
  const hostError = (key: 'demo.backend.replacedCode' | 'demo.backend.totpNotSent' | 'demo.backend.noNewContact'): Answer => ({
    ok: false,
    reason: 'error',
    message: demoText(key, locale()),
  });
  /** Marks every code still valid for `channel` + `purpose` as replaced (a newer one was sent, or the destination changed). */
  const replaceCodes = (channel: 'email' | 'sms', purpose: string): void => {
    inbox = inbox.map((message) => (message.channel === channel && message.purpose === purpose && !message.replaced ? { ...message, replaced: true } : message));
  };

  const sendCode = (fields: Fields): Answer => {
    const locked = lockAnswer();
    if (locked) return locked;
    const channel = codeChannel(fields);
    if (channel === 'totp' || channel === 'recovery') return hostError('demo.backend.totpNotSent');
    const purpose = purposeOf(fields);
    const toNewContact = isNewContactPurpose(purpose);
    // A new contact's code goes to the contact the user just entered: the old one may be lost.
    const destination = toNewContact ? newContacts.get(channel) : demoDestinations[channel];
    if (destination === undefined) return hostError('demo.backend.noNewContact');
    const key = `${channel}:${purpose}`;
    const now = clock.now();
    const retryAt = resendAt.get(key) ?? 0;
    if (retryAt > now) return { ok: false, reason: 'rate-limited', retryAt };
    replaceCodes(channel, purpose);
    const message: InboxMessage = {
      id: nextMessageId++,
      channel,
      purpose,
      destination,
      toNewContact,
      code: makeCode(),
      sentAt: now,
      expiresAt: now + CODE_VALIDITY_MS,
      replaced: false,
    };
    inbox = [message, ...inbox];
    resendAt.set(key, now + RESEND_COOLDOWN_MS);
    changed();
    return { ok: true, expiresAt: message.expiresAt, resendAt: now + RESEND_COOLDOWN_MS, maskedDestination: message.destination };
  };

  const totpMatches = (code: string): boolean =>
    verifySync({ secret: totpSecret, token: code, epoch: Math.floor(clock.now() / 1000), epochTolerance: TOTP_PERIOD_SECONDS }).valid;

  const checkCode = (fields: Fields): Answer => {
    const locked = lockAnswer();
    if (locked) return locked;
    const code = typeof fields['code'] === 'string' ? fields['code'] : '';
    const channel = codeChannel(fields);
    if (mode === 'wrong') return recordFailure();
    if (channel === 'totp') {
      if (!/^\d{6}$/.test(code) || !totpMatches(code)) return recordFailure();
    } else if (channel === 'recovery') {
      if (!recoveryCodes.use(code)) return recordFailure();
    } else {
      const sent = inbox.filter((message) => message.channel === channel && message.purpose === purposeOf(fields));
      const newest = sent.find((message) => !message.replaced);
      // An honest mistake, not a guess: the user typed the code a "Resend" replaced. Say so, and do not count it.
      if (newest?.code !== code && sent.some((message) => message.replaced && message.code === code)) return hostError('demo.backend.replacedCode');
      if (newest?.code !== code) return recordFailure();
      if (newest.expiresAt <= clock.now()) return { ok: false, reason: 'expired' };
    }
    consecutiveFailures = 0;
    return { ok: true };
  };

  /**
   * Accepted when no answer is wrong and more than half of the graded questions are known ("I don't
   * remember" is not known, and not wrong). A failed round says only how many rounds are left: never
   * which questions were wrong, because that tells a guesser which of the others were right.
   */
  const gradeAnswers = (fields: Fields): Answer => {
    // A questionnaire that only collects information (MEXC) is recorded, never graded.
    if (fields['collect'] === true) return { ok: true };
    const answers = isRecord(fields['answers']) ? fields['answers'] : {};
    const graded = Object.keys(answers).filter((id) => id in demoRightAnswers);
    const known = graded.filter((id) => !isDontRemember(answers[id]));
    const allKnownRight = known.every((id) => answerIsRight(id, answers[id]));
    if (mode !== 'wrong' && allKnownRight && known.length > graded.length / 2) {
      questionnaireRoundsLeft = QUESTIONNAIRE_ROUNDS;
      return { ok: true };
    }
    questionnaireRoundsLeft = Math.max(0, questionnaireRoundsLeft - 1);
    return { ok: false, attemptsLeft: questionnaireRoundsLeft };
  };

  const upload = (fields: Fields, signal: AbortSignal | undefined): Answer | Promise<Answer> => {
    if (mode === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
    uploads += 1;
    // Only an unstable network drops uploads: in every other mode the inbox's mode name is the truth.
    const fails = mode === 'flaky' && failEvery > 0 && uploads % failEvery === 0;
    const onProgress = typeof fields['onProgress'] === 'function' ? (fields['onProgress'] as (fraction: number) => void) : undefined;
    const fileId = `demo-file-${uploads}`;
    const steps = 4;
    const stepMs = latency() / steps;
    if (stepMs === 0) {
      onProgress?.(1);
      if (fails) return Promise.reject(new TypeError('Failed to fetch'));
      return { ok: true, fileId };
    }
    return new Promise<Answer>((resolve, reject) => {
      let step = 0;
      const timer = setInterval(() => {
        step += 1;
        if (fails && step === steps - 1) {
          clearInterval(timer);
          reject(new TypeError('Failed to fetch'));
          return;
        }
        onProgress?.(step / steps);
        if (step === steps) {
          clearInterval(timer);
          resolve({ ok: true, fileId });
        }
      }, stepMs);
      signal?.addEventListener('abort', () => {
        clearInterval(timer);
        reject(new DOMException('Aborted', 'AbortError'));
      });
    });
  };

  /** Any e-mail, phone or UID finds a demo account (its kind by a word in it, see `demoAccountKinds`); in "wrong answers" mode the password is wrong. */
  const lookUpAccount = (fields: Fields): Answer => {
    if (mode === 'wrong' && typeof fields['password'] === 'string') return { ok: false, reason: 'wrong-password' };
    const locked = lockAnswer();
    if (locked) return { ...locked, reason: 'locked' };
    const identifier = typeof fields['identifier'] === 'string' ? fields['identifier'].toLowerCase() : '';
    const kind = (Object.keys(demoAccountKinds) as DemoAccountKind[]).find((name) => name !== 'kyc' && identifier.includes(name)) ?? 'kyc';
    return { ok: true, account: demoAccountOf(kind) };
  };

  /**
   * A new contact must differ from the current one (compared without case, spaces or dashes). It is
   * recorded as the destination of the next 'new-email' / 'new-phone' code; codes sent to a contact
   * entered before no longer verify, and the resend cooldown starts afresh for the new destination.
   */
  const recordNewContact = (fields: Fields): Answer => {
    const value = typeof fields['value'] === 'string' ? fields['value'] : '';
    const plain = (text: string): string => text.toLowerCase().replace(/[\s()-]/g, '');
    const phone = fields['kind'] === 'phone';
    const current = phone ? demoAccount.phone : demoAccount.email;
    if (plain(value) === plain(current)) return { ok: false, reason: 'same-contact' };
    const masked = maskContact(value);
    const channel = phone ? 'sms' : 'email';
    const purpose = phone ? 'new-phone' : 'new-email';
    if (newContacts.get(channel) !== masked) {
      newContacts.set(channel, masked);
      replaceCodes(channel, purpose);
      resendAt.delete(`${channel}:${purpose}`);
      changed();
    }
    return { ok: true, masked };
  };

  const answer = (name: RequestEventName, fields: Fields, signal: AbortSignal | undefined): Answer | Promise<Answer> => {
    switch (name) {
      case 'vk-code-request':
        return reply(() => sendCode(fields), signal);
      case 'vk-code-submit':
        return reply(() => checkCode(fields), signal);
      case 'vk-totp-verify':
        return reply(() => checkCode({ ...fields, channel: 'totp' }), signal);
      case 'vk-totp-secret-generate':
        return reply(() => {
          // The browser made the secret (`generate`): the account's authenticator uses it from now on.
          if (typeof fields['secret'] === 'string') totpSecret = fields['secret'];
          changed();
          return { ok: true };
        }, signal);
      case 'vk-reset-items-confirm':
        return reply(() => ({ ok: true }), signal);
      case 'vk-answers-submit':
        return reply(() => gradeAnswers(fields), signal);
      case 'vk-proof-upload':
        return handoff.upload(fields, () => upload(fields, signal));
      case 'vk-account-lookup':
        return reply(() => lookUpAccount(fields), signal);
      case 'vk-new-contact-submit':
        return reply(() => recordNewContact(fields), signal);
      case 'vk-reset-submit':
        return reply(() => ({ ok: true, reviewEta: clock.now() + 24 * 60 * 60 * 1000, reference: `VK-${String((submissions += 1)).padStart(6, '0')}` }), signal);
      case 'vk-recovery-codes-regenerate':
        // The old codes stop working at once; the new ones are shown to the user once.
        return reply(() => ({ ok: true, codes: recoveryCodes.renew() }), signal);
      default:
        return reply(() => handoff.answer(name, fields), signal);
    }
  };

  return {
    get mode() {
      return mode;
    },
    setMode(next: BackendMode) {
      mode = next;
      // Leaving "locked account" mode lifts its pretend lock, but not one earned by wrong codes.
      if (next !== 'locked' && consecutiveFailures < FIRST_LOCK_AFTER) lockedUntil = 0;
      changed();
    },
    get inbox() {
      return inbox;
    },
    handoff,
    get recoveryCodes() {
      return recoveryCodes.codes;
    },
    totpCode(now: number) {
      return currentTotpCode(now, totpSecret);
    },
    latestCode(channel, purpose) {
      return inbox.find((message) => message.channel === channel && !message.replaced && (purpose === undefined || message.purpose === purpose))?.code;
    },
    attach(root: EventTarget) {
      const listeners = requestEventNames.map((name) => {
        const listener = (event: Event): void => {
          if (!(event instanceof CustomEvent) || !isRecord(event.detail)) return;
          const detail = event.detail;
          const respond = detail['respond'];
          if (!isRespond(respond)) return;
          const signal = detail['signal'] instanceof AbortSignal ? detail['signal'] : undefined;
          respond(answer(name, detail, signal));
        };
        root.addEventListener(name, listener);
        return () => root.removeEventListener(name, listener);
      });
      listeners.push(handoff.listen(root));
      return () => listeners.forEach((remove) => remove());
    },
    reset() {
      inbox = [];
      consecutiveFailures = 0;
      lockedUntil = 0;
      questionnaireRoundsLeft = QUESTIONNAIRE_ROUNDS;
      uploads = 0;
      submissions = 0;
      totpSecret = DEMO_TOTP_SECRET;
      recoveryCodes.reset();
      newContacts.clear();
      resendAt.clear();
      handoff.reset();
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** `jane@example.com` → `j•••@example.com`; `+44 7700 900123` → `+44 •••• ••• 123`. */
function maskContact(value: string): string {
  const at = value.indexOf('@');
  if (at > 0) return `${value.slice(0, 1)}•••${value.slice(at)}`;
  const digits = value.replace(/\D/g, '');
  return `+${digits.slice(0, 2)} •••• ••• ${digits.slice(-3)}`;
}

/** A request event's `detail.respond` (the element validates whatever is passed to it). */
function isRespond(value: unknown): value is (answer: unknown) => void {
  return typeof value === 'function';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isNewContactPurpose(purpose: string): boolean {
  return purpose === 'new-email' || purpose === 'new-phone';
}

/** `{ dontRemember: true }`: the user said they do not know (the question allows it). */
function isDontRemember(given: unknown): boolean {
  return isRecord(given) && given['dontRemember'] === true;
}

/** Compares one answer (any of the questionnaire's answer shapes) with the right one. */
function answerIsRight(questionId: string, given: unknown): boolean {
  const right = demoRightAnswers[questionId];
  if (!right) return true; // a question the backend does not grade
  if (!isRecord(given)) return false;
  const normalise = (text: string): string => text.trim().toLowerCase();
  if ('choice' in right) return given['choice'] === right.choice;
  if ('choices' in right) {
    const choices = Array.isArray(given['choices']) ? given['choices'] : [];
    return choices.length === right.choices.length && right.choices.every((choice) => choices.includes(choice));
  }
  if ('text' in right) return typeof given['text'] === 'string' && normalise(given['text']) === normalise(right.text);
  if ('min' in right) {
    const { min, max } = given;
    return typeof min === 'number' && typeof max === 'number' && min <= right.max && max >= right.min;
  }
  return false;
}
