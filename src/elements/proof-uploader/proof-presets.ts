import type { ProofMessageKey } from './proof-uploader.messages.js';
import type { ProofSlot, ProofText } from './proof-uploader.schema.js';
import { idTypes as allIdTypes, type IdType } from './proof-uploader.types.js';

/**
 * Ready-made proof slots for the cases in the exchanges' help-centre pages. Texts are message
 * keys with params, so the element translates them in its locale (and hosts can override them);
 * dates are `Date`s, formatted with Intl by the element.
 */

const text = (key: ProofMessageKey, params?: Record<string, string | number | Date>): ProofText => (params ? { key, params } : { key });

const MB = 1_000_000;

/** Slot size limits a host may tighten or loosen. */
export interface SlotLimits {
  maxFiles?: number;
  maxBytes?: number;
}

/** The five supplementary-proof categories; the last ("other") is optional. */
export function supplementaryProofSlots(limits: SlotLimits = {}): ProofSlot[] {
  const categories = [
    ['source-of-funds', 'sourceOfFunds', true],
    ['destination-of-funds', 'destinationOfFunds', true],
    ['notification-records', 'notificationRecords', true],
    ['fiat-transactions', 'fiatTransactions', true],
    ['other-proof', 'otherProof', false],
  ] as const;
  return categories.map(([id, name, required]) => ({
    id,
    title: text(`proof.${name}.title`),
    guidance: [text(`proof.${name}.guidance`)],
    accept: ['image', 'pdf'],
    maxFiles: limits.maxFiles ?? 5,
    maxBytes: limits.maxBytes ?? 10 * MB,
    required,
  }));
}

export interface IdFrontOptions extends SlotLimits {
  /** ID types to offer (known types are translated; `{ value, label }` for a regional one). Default: all known types. */
  idTypes?: readonly (IdType | { value: string; label: string })[];
  id?: string;
}

/** A photo of the ID's front side, with the ID type to choose. */
export function idFrontSlot(options: IdFrontOptions = {}): ProofSlot {
  const choices = options.idTypes ?? allIdTypes;
  return {
    id: options.id ?? 'id-front',
    title: text('proof.idFront.title'),
    guidance: [text('proof.idFront.guidance.photo'), text('proof.idFront.guidance.quality'), text('proof.idFront.guidance.same')],
    accept: ['image'],
    maxFiles: options.maxFiles ?? 1,
    maxBytes: options.maxBytes ?? 15 * MB,
    required: true,
    capture: 'environment',
    choice: {
      label: text('proof.idFront.choice'),
      options: choices.map((choice) =>
        typeof choice === 'string' ? { value: choice, label: text(`proof.idType.${choice}`) } : { value: choice.value, label: choice.label },
      ),
    },
  };
}

/** Account data a handwritten sheet repeats. */
export interface StatementData {
  uid: string;
  email: string;
  phone: string;
  /** The day of recording; default today. */
  date?: Date | number;
  /** Why the user resets, in their words or the host's. */
  reason: string;
}

const asDate = (date: Date | number | undefined): Date => (date === undefined ? new Date() : new Date(date));

/** A video of the user holding the ID and a sheet with UID, e-mail, phone, today's date and the reason. */
export function verificationVideoSlot(data: StatementData & SlotLimits & { id?: string }): ProofSlot {
  return {
    id: data.id ?? 'verification-video',
    title: text('proof.video.title'),
    guidance: [text('proof.video.guidance.hold'), text('proof.video.guidance.write'), text('proof.video.guidance.frame')],
    statement: text('proof.video.statement', { uid: data.uid, email: data.email, phone: data.phone, date: asDate(data.date), reason: data.reason }),
    accept: ['video'],
    maxFiles: data.maxFiles ?? 1,
    maxBytes: data.maxBytes ?? 200 * MB,
    required: true,
    capture: 'user',
    record: true,
  };
}

export interface SelfieStatementData extends SlotLimits {
  /** The platform's name, e.g. `CoinEx`. */
  platform: string;
  /** What is reset, e.g. `Mobile`. */
  item: string;
  /** The application date; default today. */
  date?: Date | number;
  id?: string;
}

/** A selfie holding the ID and a handwritten statement ("Apply to reset Mobile on CoinEx" + date). */
export function selfieWithStatementSlot(data: SelfieStatementData): ProofSlot {
  return {
    id: data.id ?? 'selfie-statement',
    title: text('proof.selfie.title'),
    guidance: [text('proof.selfie.guidance.hold'), text('proof.selfie.guidance.frame')],
    statement: text('proof.selfie.statement', { platform: data.platform, item: data.item, date: asDate(data.date) }),
    accept: ['image'],
    maxFiles: data.maxFiles ?? 1,
    maxBytes: data.maxBytes ?? 15 * MB,
    required: true,
    capture: 'user',
    record: true,
  };
}

/** A screenshots slot of a non-KYC account; the guidance lines say which screenshots count. */
function screenshotsSlot(id: string, title: ProofMessageKey, guidance: readonly ProofMessageKey[], limits: SlotLimits): ProofSlot {
  return {
    id,
    title: text(title),
    guidance: guidance.map((key) => text(key)),
    accept: ['image'],
    maxFiles: limits.maxFiles ?? 5,
    maxBytes: limits.maxBytes ?? 10 * MB,
    required: true,
  };
}

/** Screenshots of the platform's own sign-up / login notification e-mails (non-KYC accounts). */
export function historicalEmailSlot(limits: SlotLimits & { id?: string } = {}): ProofSlot {
  const guidance = ['proof.historicalEmail.guidance.which', 'proof.historicalEmail.guidance.show', 'proof.historicalEmail.guidance.refused'] as const;
  return screenshotsSlot(limits.id ?? 'historical-email', 'proof.historicalEmail.title', guidance, limits);
}

/** The counterparty's transaction screenshot with coin, amount, address and TXID. */
export function counterpartyTransactionSlot(limits: SlotLimits & { id?: string } = {}): ProofSlot {
  const guidance = ['proof.counterparty.guidance.where', 'proof.counterparty.guidance.show', 'proof.counterparty.guidance.refused'] as const;
  return screenshotsSlot(limits.id ?? 'counterparty-transaction', 'proof.counterparty.title', guidance, limits);
}
