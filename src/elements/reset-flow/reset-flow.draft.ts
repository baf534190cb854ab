/**
 * Draft safety: non-secret progress in sessionStorage (this tab only, gone when it closes), so a
 * reload does not send the user back to the start. Never codes, passwords, files, or the new
 * contact in clear: the server keeps those, and the host restores uploaded files itself.
 */
import type { FlowState, JourneyConfig } from './reset-flow.machine.js';
import type { FactorKind } from './reset-flow.types.js';
import { draftSchema, type ResetFlowAccount, type ResetFlowDraft } from './reset-flow.schema.js';

export function draftStorageKey(draftKey: string, journey: JourneyConfig): string {
  return `verikit:reset-flow:${draftKey || journey.id}`;
}

export function stateToDraft(
  state: FlowState,
  extras: { answers?: unknown; picked?: readonly FactorKind[]; account?: ResetFlowAccount | undefined; statementAt?: number | undefined },
): ResetFlowDraft {
  const draft: ResetFlowDraft = {
    v: 1,
    journey: state.journey.id,
    step: state.step,
    history: [...state.history],
    loggedIn: state.loggedIn,
    accountKnown: state.accountKnown,
    agreed: state.agreed,
    lost: [...state.lost],
    toVerify: [...state.toVerify],
    itemsAccepted: state.itemsAccepted,
    faceScan: state.faceScan,
    verified: [...state.verified],
    questionnaire: state.questionnaire,
    migrating: state.migrating,
    questionsStarted: state.questionsStarted,
    questionnaireMode: state.questionnaireMode,
  };
  if (extras.statementAt !== undefined) draft.statementAt = extras.statementAt;
  if (extras.answers !== undefined) draft.answers = extras.answers;
  if (extras.picked) draft.picked = [...extras.picked];
  if (extras.account) draft.accountFactors = extras.account.factors;
  return draft;
}

/** The state a draft describes, for this journey; undefined when it belongs to another journey. */
export function stateFromDraft(base: FlowState, draft: ResetFlowDraft): FlowState | undefined {
  // A frozen account stays refused, whatever a draft says.
  if (base.frozen || draft.journey !== base.journey.id || !base.journey.steps.includes(draft.step)) return undefined;
  // A new contact waits for a fresh code after a reload: its verified flag is not restored.
  const verified = draft.verified.filter((purpose) => purpose !== 'new-email' && purpose !== 'new-phone');
  return {
    ...base,
    step: draft.step,
    history: draft.history.filter((step) => base.journey.steps.includes(step)),
    loggedIn: draft.loggedIn,
    accountKnown: draft.accountKnown,
    agreed: draft.agreed ?? false,
    lost: draft.lost,
    toVerify: draft.toVerify,
    itemsAccepted: draft.itemsAccepted,
    faceScan: draft.faceScan,
    verified,
    questionnaire: draft.questionnaire,
    migrating: draft.migrating ?? false,
    questionsStarted: draft.questionsStarted ?? false,
    questionnaireMode: draft.questionnaireMode ?? base.questionnaireMode,
  };
}

export function readDraft(key: string): ResetFlowDraft | undefined {
  try {
    const text = sessionStorage.getItem(key);
    if (!text) return undefined;
    const parsed = draftSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    // Storage disabled (privacy mode) or a corrupt entry: start afresh.
    return undefined;
  }
}

export function writeDraft(key: string, draft: ResetFlowDraft): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Quota or privacy mode: the journey works without a draft.
  }
}

export function clearDraft(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}
