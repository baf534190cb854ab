import type { JourneyConfig } from './reset-flow.machine.js';
import type { PresetName } from './reset-flow.types.js';

/**
 * Journeys from the exchanges' help centres (requirements §6; docs/journeys.md lists each one's
 * steps and ends). Hosts pass a preset's name as `journey="…"`, or one of these objects (spread and
 * changed) as the `journey` property. Every journey refuses a frozen account before any code is
 * requested (the `refused` end, with "Contact support").
 */
export const journeys: Readonly<Record<PresetName, JourneyConfig>> = {
  /**
   * MEXC, logged out [001] (logged in: the same without the account step): account → pick the lost
   * items, all three at once if need be → verify the rest, or an advanced-KYC face scan that
   * finalises the reset → the information questionnaire (if the account needs it) → supplementary
   * proofs → new e-mail or phone → ID photo and video with the handwritten statement → submit →
   * under review.
   */
  mexcLoggedOut: {
    id: 'mexcLoggedOut',
    steps: ['account', 'pick', 'verify', 'questionnaire', 'proofs', 'new-contact', 'identity', 'submit', 'review'],
    faceScan: 'finalises',
    allLost: 'reset',
    questionnaire: 'collect',
    newContact: 'choice',
    restriction: { items: ['withdrawals', 'fiat'] },
  },
  /**
   * CoinEx [002]: reset instructions + agreement → e-mail + password → e-mail code → reminder and
   * "Start now" → 4 graded questions: all right resets the item at once ("Back to log in"); after 3
   * failed rounds, documents by account (KYC: selfie with the handwritten "Apply to reset Mobile on
   * CoinEx" and the date; non-KYC: CoinEx's e-mails, plus the counterparty's transaction screenshot
   * with transfers) → submit → under review. The item was chosen on the host's page before
   * ("Mobile unavailable, apply to reset"): pass `{ ...journeys.coinexQuestionsFirst, lost: ['phone'] }`
   * so the summary names it.
   */
  coinexQuestionsFirst: {
    id: 'coinexQuestionsFirst',
    steps: ['agreement', 'account', 'verify', 'questionnaire', 'documents', 'submit', 'review'],
    verify: ['email'],
    askPassword: true,
    questionnaire: 'graded',
    questionsReminder: true,
    immediateReset: true,
    statementPhrase: 'Apply to reset Mobile on CoinEx',
    restriction: { items: ['withdrawals'] },
  },
  /** CoinEx, logged in, change a bound phone [002]: current e-mail + SMS codes → new number → human check → code to the new number → done. */
  loggedInChangePhone: {
    id: 'loggedInChangePhone',
    steps: ['verify', 'new-contact', 'submit', 'done'],
    verify: ['email', 'phone'],
    newContact: 'phone',
    humanCheck: true,
    restriction: { items: ['withdrawals'] },
  },
  /** MEXC, logged in, change an e-mail still in reach [000 §2.1.2]: current e-mail code → new address and its code → done. */
  loggedInChangeEmail: {
    id: 'loggedInChangeEmail',
    steps: ['verify', 'new-contact', 'submit', 'done'],
    verify: ['email'],
    newContact: 'email',
    restriction: { items: ['withdrawals', 'fiat'] },
  },
  /**
   * OKX, logged in [003 case 2]: pick the item → codes for the factors still available (e.g. e-mail
   * and authenticator) → then the face scan, which adds to the codes → bind the new factor (a new
   * authenticator through the host's `totp-setup` slot) → done. All three factors stay bound [004].
   */
  okxLoggedIn: {
    id: 'okxLoggedIn',
    steps: ['pick', 'verify', 'new-contact', 'submit', 'done'],
    faceScan: 'also',
    restriction: { items: ['withdrawals', 'c2c'] },
  },
  /**
   * OKX, logged out [003 cases 1 and 3]: credentials → "Can't verify?" → pick → codes + face scan →
   * bind the new factor → under review; with neither phone nor e-mail left, the migration step
   * instead (a new account's working contact is migrated to the verified account, with a face scan).
   */
  okxLoggedOut: {
    id: 'okxLoggedOut',
    steps: ['account', 'pick', 'verify', 'migration', 'new-contact', 'submit', 'review'],
    askPassword: true,
    faceScan: 'also',
    allLost: 'migrate',
    restriction: { items: ['withdrawals', 'c2c'] },
  },
  /** OKX, change e-mail [004]: the new address, its code and the current address's code in one form → done. */
  okxChangeEmail: {
    id: 'okxChangeEmail',
    steps: ['new-contact', 'submit', 'done'],
    verify: ['email'],
    newContact: 'email',
    verifyWithNewContact: true,
    restriction: { items: ['withdrawals', 'c2c'] },
  },
};
