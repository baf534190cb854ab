/**
 * The proof slots of the flow's upload steps when the host gives none, from the help centres and
 * the account: CoinEx's documents depend on KYC and transfers [002], the supplementary proofs an
 * account cannot have are optional [001 step 5], and the handwritten statements repeat the account's
 * data in clear, the server's date and the reason for the reset [001 step 6, 002].
 */
import {
  counterpartyTransactionSlot,
  historicalEmailSlot,
  idFrontSlot,
  selfieWithStatementSlot,
  supplementaryProofSlots,
  verificationVideoSlot,
  type SupplementaryCategory,
} from '../proof-uploader/proof-presets.js';
import type { VkProofChangeDetail } from '../proof-uploader/proof-uploader.events.js';
import type { ProofSlot } from '../proof-uploader/proof-uploader.schema.js';
import type { FlowState } from './reset-flow.machine.js';
import type { FlowMessageKey } from './reset-flow.messages.js';
import type { ResetFlowAccount } from './reset-flow.schema.js';
import { uploadSteps, type FactorKind, type UploadStep } from './reset-flow.types.js';

/** The statement's reason, from the lost items: "Reset phone and authenticator app". */
export function statementReason(t: (key: FlowMessageKey, params?: { items: string }) => string, formatList: (items: readonly string[]) => string, lost: readonly FactorKind[]): string {
  return lost.length ? t('flow.statement.reason', { items: formatList(lost.map((kind) => t(`flow.item.${kind}`))) }) : t('flow.identity.reason');
}

export interface SlotInputs {
  readonly flow: FlowState;
  readonly account: ResetFlowAccount | undefined;
  /** The host's own slots per step, when it gave them. */
  readonly documentSlots: ProofSlot[] | undefined;
  readonly proofSlots: ProofSlot[] | undefined;
  readonly identitySlots: ProofSlot[] | undefined;
  /** When the statement was first shown (server time): a reload shows the same date. */
  readonly statementAt: number;
  /** "Reset phone and authenticator app", in the user's locale. */
  readonly reason: string;
  /** Host ids of the files uploaded so far, by step and slot: a proof given on an earlier step is not asked again. */
  readonly files: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

/** Slots that ask again for what another slot already has: the supplementary "notification records" are the screenshots of our e-mails. */
const sameProof: Readonly<Record<string, string>> = { 'historical-email': 'notification-records' };

/** KYC accounts: a selfie with the ID and the handwritten phrase; others: the platform's e-mails, and the counterparty's screenshots with transfers. */
function documentSlots({ flow, account, statementAt, reason }: SlotInputs): ProofSlot[] {
  if (account?.kycLevel === 'basic' || account?.kycLevel === 'advanced') {
    return [selfieWithStatementSlot({ phrase: flow.journey.statementPhrase ?? reason, date: statementAt })];
  }
  return account?.hasTransfers ? [historicalEmailSlot(), counterpartyTransactionSlot()] : [historicalEmailSlot()];
}

/** Categories the host says the account cannot have: no transfers, no fiat history. */
function optionalProofs(account: ResetFlowAccount | undefined): SupplementaryCategory[] {
  return [
    ...(account?.hasTransfers === false ? (['source-of-funds', 'destination-of-funds'] as const) : []),
    ...(account?.hasFiatHistory === false ? (['fiat-transactions'] as const) : []),
  ];
}

/**
 * An upload step's slots: the host's, else the help centres' for this account; without those an
 * earlier upload step of this run already has (an ID front uploaded with the documents counts for
 * the identity step, the e-mails' screenshots for the notification records).
 */
export function slotsFor(inputs: SlotInputs, step: UploadStep): ProofSlot[] {
  const given = new Set<string>();
  for (const earlier of uploadSteps.slice(0, uploadSteps.indexOf(step))) {
    for (const [slotId, ids] of Object.entries(inputs.files[earlier] ?? {})) {
      if (ids.length) given.add(slotId).add(sameProof[slotId] ?? slotId);
    }
  }
  return ownSlots(inputs, step).filter((slot) => !given.has(slot.id));
}

function ownSlots(inputs: SlotInputs, step: UploadStep): ProofSlot[] {
  const { account } = inputs;
  switch (step) {
    case 'documents':
      return inputs.documentSlots ?? documentSlots(inputs);
    case 'proofs':
      return inputs.proofSlots ?? supplementaryProofSlots({ optional: optionalProofs(account) });
    case 'identity':
      return (
        inputs.identitySlots ?? [
          idFrontSlot(),
          verificationVideoSlot({ uid: account?.uid ?? '', email: account?.email ?? '', phone: account?.phone ?? '', date: inputs.statementAt, reason: inputs.reason }),
        ]
      );
  }
}

/** The default verification video's statement lacks account data the host must give in clear: the step offers support. */
export function statementMissing({ account, identitySlots }: SlotInputs, step: UploadStep): boolean {
  if (step !== 'identity' || identitySlots) return false;
  return [account?.uid, account?.email, account?.phone].some((value) => !value?.trim() || /[•*]/.test(value));
}

/** Why an upload step is not complete yet, from the uploader's last `vk-proof-change`: each reason once, in the order to fix them. */
export type MissingUpload = 'busy' | 'failed' | 'files' | 'choice';

export function missingUploads(slots: readonly ProofSlot[], detail: VkProofChangeDetail | undefined): MissingUpload[] {
  const found = new Set<MissingUpload>();
  for (const slot of slots) {
    const summary = detail?.slots[slot.id];
    if (!summary || summary.complete) continue;
    const statuses = summary.files.map((file) => file.status);
    const uploaded = statuses.filter((status) => status === 'uploaded').length;
    if (statuses.includes('queued') || statuses.includes('uploading')) found.add('busy');
    else if (uploaded < (slot.minFiles ?? (slot.required === false ? 0 : 1))) found.add(statuses.includes('failed') ? 'failed' : 'files');
    if (slot.choice && summary.choice === undefined && (slot.required !== false || statuses.length > 0)) found.add('choice');
  }
  return (['busy', 'failed', 'files', 'choice'] as const).filter((reason) => found.has(reason));
}
