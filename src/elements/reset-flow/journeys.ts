import type { JourneyConfig } from './reset-flow.machine.js';
import type { PresetName } from './reset-flow.types.js';

/**
 * Journeys from the exchanges' help centres (requirements §6). Hosts pass a preset's name as
 * `journey="…"`, or one of these objects (spread and changed) as the `journey` property.
 */
export const journeys: Readonly<Record<PresetName, JourneyConfig>> = {
  /** Logged out [001]: account → pick lost items → verify the rest (or a face scan) → questionnaire → supplementary proofs → new contact → ID photo and video → submit → under review. */
  mexcLoggedOut: {
    id: 'mexcLoggedOut',
    steps: ['account', 'pick', 'verify', 'questionnaire', 'documents', 'proofs', 'new-contact', 'identity', 'submit', 'review'],
    faceScan: true,
  },
  /**
   * CoinEx [002]: reset instructions + agreement → e-mail + password → e-mail code → 3 rounds of
   * questions, or documents once they run out → submit → under review ("rebind soon"). The item to
   * reset was chosen on the host's page before ("Mobile unavailable, apply to reset"): pass it as
   * `{ ...journeys.coinexQuestionsFirst, lost: ['phone'] }` so the submit summary names it.
   */
  coinexQuestionsFirst: {
    id: 'coinexQuestionsFirst',
    steps: ['agreement', 'account', 'verify', 'questionnaire', 'documents', 'submit', 'review'],
    verify: ['email'],
    askPassword: true,
  },
  /** Logged in, change a bound phone [002]: current e-mail + SMS codes → new number → human check → code to the new number → done. */
  loggedInChangePhone: {
    id: 'loggedInChangePhone',
    steps: ['verify', 'new-contact', 'submit', 'done'],
    verify: ['email', 'phone'],
    newContact: 'phone',
    humanCheck: true,
  },
  /** Logged in, change e-mail [004]: codes to both the current and the new address. */
  loggedInChangeEmail: {
    id: 'loggedInChangeEmail',
    steps: ['verify', 'new-contact', 'submit', 'done'],
    verify: ['email'],
    newContact: 'email',
  },
};
