/**
 * The reset journey as a pure state machine: no DOM, no time, no I/O. The element feeds it
 * facts (the picker accepted, a code was verified, the questionnaire fell back to documents…)
 * and navigation (next, back) and renders whatever state comes out.
 */
import type { ResetSummary } from './reset-flow.events.js';
import {
  factorKinds,
  terminalSteps,
  type CodePurpose,
  type ContactKind,
  type FactorKind,
  type QuestionnaireOutcome,
  type StepKind,
  type UploadStep,
} from './reset-flow.types.js';

/** What a journey is made of. Presets live in journeys.ts; hosts may pass their own. */
export interface JourneyConfig {
  /** Names the journey in drafts and in the submit summary. */
  id: string;
  /** The steps in order; the last one is `review` or `done`. */
  steps: readonly StepKind[];
  /** Factors to verify when the journey has no `pick` step (e.g. a logged-in change of phone). */
  verify?: readonly FactorKind[] | undefined;
  /** The items being reset when the journey has no `pick` step, because the host's page chose them (CoinEx: "Mobile unavailable, apply to reset"); reported in the submit summary. */
  lost?: readonly FactorKind[] | undefined;
  /** The kind of new contact the `new-contact` step asks for; default: the contact that was lost, else e-mail. */
  newContact?: ContactKind | undefined;
  /** The `new-contact` step shows the host's `human-check` slot and waits for it before sending a code. */
  humanCheck?: boolean | undefined;
  /** The host offers a face scan (slot `face-scan`) instead of codes when the picker reports that route. */
  faceScan?: boolean | undefined;
  /** The `account` step also asks for the password (CoinEx). */
  askPassword?: boolean | undefined;
}

export interface FlowState {
  readonly journey: JourneyConfig;
  readonly step: StepKind;
  /** Steps passed through to reach `step`, oldest first: what Back walks. */
  readonly history: readonly StepKind[];
  readonly loggedIn: boolean;
  readonly accountKnown: boolean;
  /** The user read the reset instructions and ticked the agreement (`agreement` step). */
  readonly agreed: boolean;
  readonly lost: readonly FactorKind[];
  readonly toVerify: readonly FactorKind[];
  readonly itemsAccepted: boolean;
  readonly faceScan: 'off' | 'chosen' | 'done';
  readonly verified: readonly CodePurpose[];
  readonly questionnaire: QuestionnaireOutcome;
  readonly uploadsComplete: Readonly<Record<UploadStep, boolean>>;
  readonly newContact: { readonly kind: ContactKind; readonly masked: string; readonly verified: boolean } | undefined;
  readonly humanCheckDone: boolean;
  readonly termsAccepted: boolean;
  readonly submission: 'idle' | 'pending' | 'failed' | 'accepted';
}

export type FlowEvent =
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'agreement-change'; agreed: boolean }
  | { type: 'account-identified'; loggedIn?: boolean }
  | { type: 'items-change' }
  | { type: 'items-accepted'; lost: readonly FactorKind[]; toVerify: readonly FactorKind[] }
  | { type: 'face-scan-chosen'; lost: readonly FactorKind[] }
  | { type: 'face-scan-complete' }
  | { type: 'code-verified'; purpose: CodePurpose }
  | { type: 'answers-accepted' }
  | { type: 'questionnaire-fallback' }
  | { type: 'uploads-change'; step: UploadStep; complete: boolean }
  | { type: 'new-contact-accepted'; kind: ContactKind; masked: string }
  | { type: 'new-contact-cleared' }
  | { type: 'human-check-complete' }
  | { type: 'terms-change'; accepted: boolean }
  | { type: 'submit-start' }
  | { type: 'submit-failed' }
  | { type: 'submit-accepted' };

export function factorPurpose(kind: FactorKind): CodePurpose {
  return kind === 'email' ? 'current-email' : kind === 'phone' ? 'current-phone' : 'totp';
}

/** The purposes of codes that prove a factor the account already has (not a new contact). */
const currentFactorPurposes: readonly CodePurpose[] = factorKinds.map(factorPurpose);

export function newContactPurpose(kind: ContactKind): CodePurpose {
  return kind === 'email' ? 'new-email' : 'new-phone';
}

export function isTerminal(step: StepKind): boolean {
  return (terminalSteps as readonly StepKind[]).includes(step);
}

export function initialState(journey: JourneyConfig, options: { loggedIn?: boolean } = {}): FlowState {
  const loggedIn = options.loggedIn ?? false;
  const base: FlowState = {
    journey,
    step: journey.steps[0] ?? 'done',
    history: [],
    loggedIn,
    accountKnown: loggedIn,
    agreed: false,
    lost: journey.steps.includes('pick') ? [] : [...(journey.lost ?? [])],
    toVerify: journey.steps.includes('pick') ? [] : [...(journey.verify ?? [])],
    itemsAccepted: false,
    faceScan: 'off',
    verified: [],
    questionnaire: 'pending',
    uploadsComplete: { documents: false, proofs: false, identity: false },
    newContact: undefined,
    humanCheckDone: false,
    termsAccepted: false,
    submission: 'idle',
  };
  return isApplicable(base, base.step) ? base : { ...base, step: nextApplicable(base, base.step) ?? base.step };
}

/** The contact the `new-contact` step asks for. */
export function newContactKind(state: FlowState): ContactKind {
  if (state.journey.newContact) return state.journey.newContact;
  if (state.lost.includes('phone') && !state.lost.includes('email')) return 'phone';
  return 'email';
}

/** Whether a step belongs to this run of the journey, given what is known so far. */
export function isApplicable(state: FlowState, step: StepKind): boolean {
  if (!state.journey.steps.includes(step)) return false;
  switch (step) {
    case 'account':
      return !state.loggedIn;
    case 'verify':
      // Before the picker answered we cannot know yet, so the step counts.
      return state.faceScan !== 'off' || state.toVerify.length > 0 || (state.journey.steps.includes('pick') && !state.itemsAccepted);
    case 'documents':
      // With a questionnaire, documents are its fallback (CoinEx: after 3 failed rounds).
      return !state.journey.steps.includes('questionnaire') || state.questionnaire === 'fallback';
    default:
      return true;
  }
}

/** Guards: whether the user may leave `step` forward. */
export function isComplete(state: FlowState, step: StepKind): boolean {
  switch (step) {
    case 'agreement':
      return state.agreed;
    case 'account':
      return state.accountKnown;
    case 'pick':
      return state.itemsAccepted;
    case 'verify':
      return state.faceScan === 'done' || everyFactorVerified(state);
    case 'questionnaire':
      return state.questionnaire !== 'pending';
    case 'documents':
    case 'proofs':
    case 'identity':
      return state.uploadsComplete[step];
    case 'new-contact':
      return state.newContact?.verified === true;
    case 'submit':
      return state.submission === 'accepted';
    case 'review':
    case 'done':
      return false;
  }
}

export function everyFactorVerified(state: FlowState): boolean {
  return state.toVerify.every((kind) => state.verified.includes(factorPurpose(kind)));
}

/** The steps this run goes through, for the progress indicator and "Step 3 of 7". */
export function applicableSteps(state: FlowState): StepKind[] {
  return state.journey.steps.filter((step) => isApplicable(state, step));
}

export function progress(state: FlowState): { index: number; total: number } {
  const steps = applicableSteps(state);
  return { index: Math.max(0, steps.indexOf(state.step)), total: steps.length };
}

function nextApplicable(state: FlowState, from: StepKind): StepKind | undefined {
  const steps = state.journey.steps;
  for (let i = steps.indexOf(from) + 1; i < steps.length; i++) {
    const candidate = steps[i];
    if (candidate !== undefined && isApplicable(state, candidate)) return candidate;
  }
  return undefined;
}

export function canGoNext(state: FlowState): boolean {
  return isComplete(state, state.step) && nextApplicable(state, state.step) !== undefined;
}

export function canGoBack(state: FlowState): boolean {
  return state.history.length > 0 && !isTerminal(state.step) && state.submission !== 'pending';
}

function goNext(state: FlowState): FlowState {
  if (!canGoNext(state)) return state;
  const to = nextApplicable(state, state.step);
  if (to === undefined) return state;
  return { ...state, step: to, history: [...state.history, state.step] };
}

function goBack(state: FlowState): FlowState {
  if (!canGoBack(state)) return state;
  // Skip steps that no longer apply (e.g. documents after the questionnaire was reset).
  const history = [...state.history];
  let to = history.pop();
  while (to !== undefined && !isApplicable(state, to)) to = history.pop();
  if (to === undefined) return state;
  return { ...state, step: to, history };
}

/** Moves forward only when the fact just learnt completes the step the user is on. */
function advanceFrom(step: StepKind, state: FlowState): FlowState {
  return state.step === step ? goNext(state) : state;
}

function union<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? [...list] : [...list, item];
}

export function transition(state: FlowState, event: FlowEvent): FlowState {
  switch (event.type) {
    case 'next':
      return goNext(state);
    case 'back':
      return goBack(state);
    case 'agreement-change':
      if (state.agreed === event.agreed) return state;
      return event.agreed ? advanceFrom('agreement', { ...state, agreed: true }) : { ...state, agreed: false };
    case 'account-identified':
      return advanceFrom('account', { ...state, accountKnown: true, loggedIn: event.loggedIn ?? state.loggedIn });
    case 'items-change':
      return state.itemsAccepted ? { ...state, itemsAccepted: false } : state;
    case 'items-accepted': {
      // A different set of lost items invalidates face-scan progress; codes already verified stay
      // verified for the factors still to verify, and no longer count for factors now lost.
      const changed = event.toVerify.join() !== state.toVerify.join();
      const stillApplies = (purpose: CodePurpose) => !currentFactorPurposes.includes(purpose) || event.toVerify.some((kind) => factorPurpose(kind) === purpose);
      return advanceFrom('pick', {
        ...state,
        itemsAccepted: true,
        verified: state.verified.filter(stillApplies),
        lost: [...event.lost],
        toVerify: [...event.toVerify],
        faceScan: changed && state.faceScan === 'done' ? 'chosen' : state.faceScan,
      });
    }
    case 'face-scan-chosen':
      // The face scan replaces both the picker's confirmation and the codes.
      if (!state.journey.faceScan) return state;
      return advanceFrom('pick', { ...state, lost: [...event.lost], itemsAccepted: true, faceScan: state.faceScan === 'done' ? 'done' : 'chosen' });
    case 'face-scan-complete':
      return state.faceScan === 'off' ? state : advanceFrom('verify', { ...state, faceScan: 'done' });
    case 'code-verified': {
      const verified = union(state.verified, event.purpose);
      const newContact =
        state.newContact && event.purpose === newContactPurpose(state.newContact.kind) ? { ...state.newContact, verified: true } : state.newContact;
      const next = { ...state, verified, newContact };
      if (state.step === 'verify' && everyFactorVerified(next)) return goNext(next);
      if (state.step === 'new-contact' && newContact?.verified) return goNext(next);
      return next;
    }
    case 'answers-accepted':
      return advanceFrom('questionnaire', { ...state, questionnaire: 'accepted' });
    case 'questionnaire-fallback':
      return advanceFrom('questionnaire', { ...state, questionnaire: state.questionnaire === 'accepted' ? 'accepted' : 'fallback' });
    case 'uploads-change':
      return { ...state, uploadsComplete: { ...state.uploadsComplete, [event.step]: event.complete } };
    case 'new-contact-accepted':
      return { ...state, newContact: { kind: event.kind, masked: event.masked, verified: false } };
    case 'new-contact-cleared':
      return { ...state, newContact: undefined };
    case 'human-check-complete':
      return state.humanCheckDone ? state : { ...state, humanCheckDone: true };
    case 'terms-change':
      return state.termsAccepted === event.accepted ? state : { ...state, termsAccepted: event.accepted };
    case 'submit-start':
      return state.step === 'submit' && state.termsAccepted && state.submission !== 'pending' ? { ...state, submission: 'pending' } : state;
    case 'submit-failed':
      return state.submission === 'pending' ? { ...state, submission: 'failed' } : state;
    case 'submit-accepted':
      return state.submission === 'pending' ? goNext({ ...state, submission: 'accepted' }) : state;
  }
}

/** What was done, for the host: no codes, no passwords, no file contents, the new contact masked only once verified. */
export function summarise(state: FlowState, files: Readonly<Record<string, Record<string, string[]>>>): ResetSummary {
  const summary: ResetSummary = {
    journey: state.journey.id,
    lost: [...state.lost],
    verified: [...state.verified],
    faceScan: state.faceScan === 'done',
    questionnaire: state.journey.steps.includes('questionnaire') ? state.questionnaire : 'skipped',
    files: structuredClone(files),
  };
  if (state.newContact?.verified) summary.newContact = { kind: state.newContact.kind, masked: state.newContact.masked };
  return summary;
}
