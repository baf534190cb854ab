/**
 * The reset journey as a pure state machine: no DOM, no time, no I/O. The element feeds it
 * facts (the picker accepted, a code was verified, the questionnaire fell back to documents…)
 * and navigation (next, back) and renders whatever state comes out. Which steps a run goes through
 * is one table (`applies`), what completes a step another (`complete`).
 */
import type { ResetSummary } from './reset-flow.events.js';
import {
  factorKinds,
  terminalSteps,
  type AllLostMode,
  type CodePurpose,
  type ContactKind,
  type FaceScanMode,
  type FactorKind,
  type FlowOutcome,
  type QuestionnaireMode,
  type QuestionnaireOutcome,
  type RestrictedItem,
  type StepKind,
  type UploadStep,
} from './reset-flow.types.js';

/** A restriction after a reset or a password reset: how long, and what it blocks (worded per exchange). */
export interface Restriction {
  /** Default 24. */
  hours?: number | undefined;
  /** Default: withdrawals, fiat trading and C2C selling. */
  items?: readonly RestrictedItem[] | undefined;
}

/** What a journey is made of. Presets live in journeys.ts; hosts may pass their own. */
export interface JourneyConfig {
  /** Names the journey in drafts and in the submit summary. */
  id: string;
  /** The steps in order; the last one is `review` or `done` (`reset` and `refused` are reached by rules). */
  steps: readonly StepKind[];
  /** Factors to verify when the journey has no `pick` step (e.g. a logged-in change of phone). */
  verify?: readonly FactorKind[] | undefined;
  /** The items being reset when the journey has no `pick` step, because the host's page chose them (CoinEx: "Mobile unavailable, apply to reset"); reported in the submit summary. */
  lost?: readonly FactorKind[] | undefined;
  /** The new contact the `new-contact` step asks for; `choice` lets the user choose e-mail or phone (MEXC). Default: the contact that was lost, else e-mail. */
  newContact?: ContactKind | 'choice' | undefined;
  /** The `new-contact` step also verifies the factors of `verify`, in one form (OKX change of e-mail: codes to the new and the current address). */
  verifyWithNewContact?: boolean | undefined;
  /** The `new-contact` step shows the host's `human-check` slot and waits for it before sending a code. */
  humanCheck?: boolean | undefined;
  /** The host's face scan (slot `face-scan`): `true`/`instead` replaces the codes (advanced KYC), `finalises` also skips to the submission (MEXC), `also` comes after the codes (OKX). */
  faceScan?: boolean | FaceScanMode | undefined;
  /** The `account` step also asks for the password (CoinEx). */
  askPassword?: boolean | undefined;
  /** Logged out with neither e-mail nor phone left: `reset` goes on (MEXC, default), `migrate` goes to the `migration` step (OKX case 3). */
  allLost?: AllLostMode | undefined;
  /** The questionnaire: `graded` (default), `collect` or `skip`; an account's `questionnaire` overrides it. */
  questionnaire?: QuestionnaireMode | undefined;
  /** Before graded questions, a reminder and "Start now" (CoinEx). */
  questionsReminder?: boolean | undefined;
  /** All graded answers right reset the item at once: the `reset` end, "Back to log in" (CoinEx). */
  immediateReset?: boolean | undefined;
  /** What a reset blocks and for how long (default 24 hours: withdrawals, fiat trading, C2C selling). */
  restriction?: Restriction | undefined;
  /** The same after a password reset, shown to logged-out users with the note to reset lost items first (MEXC). Default: `restriction`. */
  passwordRestriction?: Restriction | undefined;
  /** The exchange's fixed phrase for the handwritten statement, kept verbatim in every locale (CoinEx: "Apply to reset Mobile on CoinEx"). */
  statementPhrase?: string | undefined;
}

/** What the flow knows about the account that changes the route. */
export interface AccountFacts {
  loggedIn?: boolean | undefined;
  frozen?: boolean | undefined;
  questionnaire?: QuestionnaireMode | undefined;
}

export interface FlowState {
  readonly journey: JourneyConfig;
  readonly step: StepKind;
  /** Steps passed through to reach `step`, oldest first: what Back walks. */
  readonly history: readonly StepKind[];
  readonly loggedIn: boolean;
  readonly accountKnown: boolean;
  /** The account is frozen: every journey ends at `refused` before any code is requested. */
  readonly frozen: boolean;
  /** The questionnaire for this account (the journey's, or the account's override). */
  readonly questionnaireMode: QuestionnaireMode;
  /** The user read the reset instructions and ticked the agreement (`agreement` step). */
  readonly agreed: boolean;
  readonly lost: readonly FactorKind[];
  readonly toVerify: readonly FactorKind[];
  readonly itemsAccepted: boolean;
  /** Logged out with no contact left, in a journey that migrates (OKX case 3). */
  readonly migrating: boolean;
  readonly faceScan: 'off' | 'chosen' | 'done';
  readonly verified: readonly CodePurpose[];
  /** The user read the graded questionnaire's reminder and pressed "Start now" (CoinEx). */
  readonly questionsStarted: boolean;
  readonly questionnaire: QuestionnaireOutcome;
  readonly uploadsComplete: Readonly<Record<UploadStep, boolean>>;
  readonly newContact: { readonly kind: ContactKind; readonly masked: string; readonly verified: boolean } | undefined;
  /** A lost authenticator was linked again through the host's `totp-setup` slot. */
  readonly totpLinked: boolean;
  readonly humanCheckDone: boolean;
  readonly termsAccepted: boolean;
  readonly submission: 'idle' | 'pending' | 'failed' | 'accepted';
}

export type FlowEvent =
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'agreement-change'; agreed: boolean }
  | ({ type: 'account-identified' } & AccountFacts)
  | { type: 'account-frozen' }
  | { type: 'items-change' }
  | { type: 'items-accepted'; lost: readonly FactorKind[]; toVerify: readonly FactorKind[] }
  | { type: 'migration-chosen'; lost: readonly FactorKind[] }
  | { type: 'face-scan-chosen'; lost: readonly FactorKind[] }
  | { type: 'face-scan-complete' }
  | { type: 'code-verified'; purpose: CodePurpose }
  | { type: 'questions-start' }
  | { type: 'answers-accepted' }
  | { type: 'questionnaire-fallback' }
  | { type: 'uploads-change'; step: UploadStep; complete: boolean }
  | { type: 'new-contact-accepted'; kind: ContactKind; masked: string }
  | { type: 'new-contact-cleared' }
  | { type: 'totp-linked' }
  | { type: 'human-check-complete' }
  | { type: 'terms-change'; accepted: boolean }
  | { type: 'submit-start' }
  | { type: 'submit-failed' }
  | { type: 'submit-accepted'; outcome?: 'reset' | undefined };

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

export function faceScanMode(journey: JourneyConfig): FaceScanMode | undefined {
  const mode = journey.faceScan;
  return mode === true ? 'instead' : mode === false ? undefined : mode;
}

/** The steps the journey names, or an `account` step the host's data made moot: every step as declared. */
export function initialState(journey: JourneyConfig, facts: AccountFacts = {}): FlowState {
  const picks = journey.steps.includes('pick');
  const base: FlowState = {
    journey,
    step: journey.steps[0] ?? 'done',
    history: [],
    loggedIn: facts.loggedIn ?? false,
    accountKnown: facts.loggedIn ?? false,
    frozen: false,
    questionnaireMode: facts.questionnaire ?? journey.questionnaire ?? 'graded',
    agreed: false,
    lost: picks ? [] : [...(journey.lost ?? [])],
    toVerify: picks ? [] : [...(journey.verify ?? [])],
    itemsAccepted: false,
    migrating: false,
    faceScan: 'off',
    verified: [],
    questionsStarted: false,
    questionnaire: 'pending',
    uploadsComplete: { documents: false, proofs: false, identity: false },
    newContact: undefined,
    totpLinked: false,
    humanCheckDone: false,
    termsAccepted: false,
    submission: 'idle',
  };
  if (facts.frozen) return refuse(base);
  return applies(base, base.step) ? base : { ...base, step: nextApplicable(base, base.step) ?? base.step };
}

/** Frozen: nothing more happens but support (003: a self-frozen account cannot reset anything). */
function refuse(state: FlowState): FlowState {
  return { ...state, frozen: true, step: 'refused', history: [] };
}

/** The factor the `new-contact` step binds: a contact, or the authenticator when it was lost and no contact was. */
export function newContactKind(state: FlowState): ContactKind | 'totp' {
  const wanted = state.journey.newContact;
  if (wanted === 'choice') return state.newContact?.kind ?? (state.lost.includes('phone') && !state.lost.includes('email') ? 'phone' : 'email');
  if (wanted) return wanted;
  if (state.lost.includes('phone') && !state.lost.includes('email')) return 'phone';
  if (state.lost.includes('totp') && !state.lost.includes('email')) return 'totp';
  return 'email';
}

/** Only the submission follows an advanced-KYC face scan that finalises the reset (MEXC 001 step 3). */
function finalised(state: FlowState): boolean {
  return state.faceScan === 'done' && faceScanMode(state.journey) === 'finalises';
}

/** The steps that prove the account the long way: none of them once migrating or after a finalising face scan. */
const longWay = (state: FlowState) => !state.migrating && !finalised(state);

/** Whether each step belongs to this run of the journey, given what is known so far. */
const applies: (state: FlowState, step: StepKind) => boolean = (state, step) => state.journey.steps.includes(step) && appliesTable[step](state);

const appliesTable: Readonly<Record<StepKind, (state: FlowState) => boolean>> = {
  agreement: () => true,
  account: (state) => !state.loggedIn,
  pick: () => true,
  // Before the picker answered we cannot know yet, so the step counts.
  verify: (state) =>
    !state.migrating &&
    (state.faceScan !== 'off' ||
      state.toVerify.length > 0 ||
      faceScanMode(state.journey) === 'also' ||
      (state.journey.steps.includes('pick') && !state.itemsAccepted)),
  migration: (state) => state.migrating,
  questionnaire: (state) => longWay(state) && state.questionnaireMode !== 'skip',
  // With a graded questionnaire, documents are its fallback (CoinEx: after 3 failed rounds).
  documents: (state) =>
    longWay(state) && (!state.journey.steps.includes('questionnaire') || state.questionnaireMode !== 'graded' || state.questionnaire === 'fallback'),
  proofs: longWay,
  'new-contact': (state) => !finalised(state),
  identity: longWay,
  submit: () => true,
  review: () => true,
  done: () => true,
  reset: () => true,
  refused: () => true,
};

export { applies as isApplicable };

/** Guards: whether the user may leave `step` forward. */
const completeTable: Readonly<Record<StepKind, (state: FlowState) => boolean>> = {
  agreement: (state) => state.agreed,
  account: (state) => state.accountKnown,
  pick: (state) => state.itemsAccepted,
  // A face scan after the codes needs both; one chosen instead of them needs itself.
  verify: (state) =>
    faceScanMode(state.journey) === 'also' ? everyFactorVerified(state) && state.faceScan === 'done' : state.faceScan === 'off' ? everyFactorVerified(state) : state.faceScan === 'done',
  migration: (state) => state.faceScan === 'done',
  questionnaire: (state) => state.questionnaire !== 'pending',
  documents: (state) => state.uploadsComplete.documents,
  proofs: (state) => state.uploadsComplete.proofs,
  identity: (state) => state.uploadsComplete.identity,
  'new-contact': (state) =>
    (newContactKind(state) === 'totp' ? state.totpLinked : state.newContact?.verified === true) && (!state.journey.verifyWithNewContact || everyFactorVerified(state)),
  submit: (state) => state.submission === 'accepted',
  review: () => false,
  done: () => false,
  reset: () => false,
  refused: () => false,
};

export function isComplete(state: FlowState, step: StepKind): boolean {
  return completeTable[step](state);
}

/** Every factor still to verify has its code, or a recovery code replaced them all. */
export function everyFactorVerified(state: FlowState): boolean {
  return state.verified.includes('recovery') || state.toVerify.every((kind) => state.verified.includes(factorPurpose(kind)));
}

/** The steps this run goes through, for the progress indicator and "Step 3 of 7". */
export function applicableSteps(state: FlowState): StepKind[] {
  // An end the journey does not list (an immediate reset, a refusal) closes the steps walked.
  if (!state.journey.steps.includes(state.step)) return [...state.history, state.step];
  return [...state.journey.steps.filter((step) => applies(state, step) && !isTerminal(step)), lastStep(state)];
}

/** The end the journey reaches by walking its steps. */
function lastStep(state: FlowState): StepKind {
  return finalised(state) ? 'reset' : (state.journey.steps.at(-1) ?? 'done');
}

export function progress(state: FlowState): { index: number; total: number } {
  const steps = applicableSteps(state);
  return { index: Math.max(0, steps.indexOf(state.step)), total: steps.length };
}

function nextApplicable(state: FlowState, from: StepKind): StepKind | undefined {
  const steps = state.journey.steps;
  for (let i = steps.indexOf(from) + 1; i < steps.length; i++) {
    const candidate = steps[i];
    if (candidate !== undefined && applies(state, candidate)) return isTerminal(candidate) ? lastStep(state) : candidate;
  }
  return undefined;
}

export function canGoNext(state: FlowState): boolean {
  return isComplete(state, state.step) && nextApplicable(state, state.step) !== undefined;
}

export function canGoBack(state: FlowState): boolean {
  return state.history.length > 0 && !isTerminal(state.step) && state.submission !== 'pending';
}

function goTo(state: FlowState, to: StepKind): FlowState {
  return { ...state, step: to, history: [...state.history, state.step] };
}

function goNext(state: FlowState): FlowState {
  const to = canGoNext(state) ? nextApplicable(state, state.step) : undefined;
  return to === undefined ? state : goTo(state, to);
}

function goBack(state: FlowState): FlowState {
  if (!canGoBack(state)) return state;
  // Skip steps that no longer apply (e.g. documents after the questionnaire was reset).
  const history = [...state.history];
  let to = history.pop();
  while (to !== undefined && !applies(state, to)) to = history.pop();
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
  // A frozen account stays refused, whatever happens.
  if (state.frozen) return state;
  switch (event.type) {
    case 'next':
      return goNext(state);
    case 'back':
      return goBack(state);
    case 'agreement-change':
      if (state.agreed === event.agreed) return state;
      return event.agreed ? advanceFrom('agreement', { ...state, agreed: true }) : { ...state, agreed: false };
    case 'account-identified': {
      if (event.frozen) return refuse(state);
      const known = { ...state, accountKnown: true, loggedIn: event.loggedIn ?? state.loggedIn, questionnaireMode: event.questionnaire ?? state.questionnaireMode };
      return advanceFrom('account', known);
    }
    case 'account-frozen':
      return isTerminal(state.step) ? state : refuse(state);
    case 'items-change':
      return state.itemsAccepted ? { ...state, itemsAccepted: false } : state;
    case 'items-accepted': {
      // A different set of lost items invalidates face-scan progress; codes already verified stay
      // verified for the factors still to verify, and no longer count for factors now lost.
      const changed = event.toVerify.join() !== state.toVerify.join();
      const stillApplies = (purpose: CodePurpose) => !currentFactorPurposes.includes(purpose) || event.toVerify.some((kind) => factorPurpose(kind) === purpose);
      // Confirming the picks is the codes route: a face scan chosen before no longer counts, except
      // one that comes after the codes (OKX), which stands while the items stay the same.
      const faceScan = faceScanMode(state.journey) === 'also' && !changed ? state.faceScan : 'off';
      return advanceFrom('pick', {
        ...state,
        itemsAccepted: true,
        migrating: false,
        verified: state.verified.filter(stillApplies),
        lost: [...event.lost],
        toVerify: [...event.toVerify],
        faceScan,
      });
    }
    case 'migration-chosen':
      if (state.journey.allLost !== 'migrate') return state;
      return advanceFrom('pick', { ...state, lost: [...event.lost], toVerify: [], itemsAccepted: true, migrating: true, faceScan: 'off' });
    case 'face-scan-chosen': {
      // The face scan replaces both the picker's confirmation and the codes.
      const mode = faceScanMode(state.journey);
      if (mode !== 'instead' && mode !== 'finalises') return state;
      return advanceFrom('pick', { ...state, lost: [...event.lost], itemsAccepted: true, migrating: false, faceScan: state.faceScan === 'done' ? 'done' : 'chosen' });
    }
    case 'face-scan-complete': {
      const expected = state.migrating ? state.step === 'migration' : state.faceScan !== 'off' || (faceScanMode(state.journey) === 'also' && everyFactorVerified(state));
      if (!expected) return state;
      return advanceFrom(state.step, { ...state, faceScan: 'done' });
    }
    case 'code-verified': {
      const verified = union(state.verified, event.purpose);
      const newContact =
        state.newContact && event.purpose === newContactPurpose(state.newContact.kind) ? { ...state.newContact, verified: true } : state.newContact;
      const next = { ...state, verified, newContact };
      return state.step === 'verify' || state.step === 'new-contact' ? advanceFrom(state.step, next) : next;
    }
    case 'questions-start':
      return state.questionsStarted ? state : { ...state, questionsStarted: true };
    case 'answers-accepted': {
      const accepted = { ...state, questionnaire: 'accepted' as const };
      // CoinEx: every answer right resets the item at once (002 option 1 (3)).
      if (state.step === 'questionnaire' && state.journey.immediateReset && state.questionnaireMode === 'graded') return goTo(accepted, 'reset');
      return advanceFrom('questionnaire', accepted);
    }
    case 'questionnaire-fallback':
      if (state.questionnaireMode !== 'graded') return state;
      return advanceFrom('questionnaire', { ...state, questionnaire: state.questionnaire === 'accepted' ? 'accepted' : 'fallback' });
    case 'uploads-change':
      return { ...state, uploadsComplete: { ...state.uploadsComplete, [event.step]: event.complete } };
    case 'new-contact-accepted':
      return { ...state, newContact: { kind: event.kind, masked: event.masked, verified: false } };
    case 'new-contact-cleared':
      return { ...state, newContact: undefined };
    case 'totp-linked':
      return newContactKind(state) === 'totp' ? advanceFrom('new-contact', { ...state, totpLinked: true }) : state;
    case 'human-check-complete':
      return state.humanCheckDone ? state : { ...state, humanCheckDone: true };
    case 'terms-change':
      return state.termsAccepted === event.accepted ? state : { ...state, termsAccepted: event.accepted };
    case 'submit-start':
      return state.step === 'submit' && state.termsAccepted && state.submission !== 'pending' ? { ...state, submission: 'pending' } : state;
    case 'submit-failed':
      return state.submission === 'pending' ? { ...state, submission: 'failed' } : state;
    case 'submit-accepted': {
      if (state.submission !== 'pending') return state;
      const accepted = { ...state, submission: 'accepted' as const };
      return event.outcome === 'reset' ? goTo(accepted, 'reset') : goNext(accepted);
    }
  }
}

/** How the journey ended, for `vk-reset-flow-complete`; undefined before an end (or at a refusal). */
export function outcomeOf(state: FlowState): FlowOutcome | undefined {
  return state.step === 'review' || state.step === 'done' || state.step === 'reset' ? state.step : undefined;
}

/** What was done, for the host: no codes, no passwords, no file contents, the new contact masked only once verified. */
export function summarise(state: FlowState, files: Readonly<Record<string, Record<string, string[]>>>): ResetSummary {
  const summary: ResetSummary = {
    journey: state.journey.id,
    lost: [...state.lost],
    verified: [...state.verified],
    faceScan: state.faceScan === 'done',
    questionnaire: state.journey.steps.includes('questionnaire') && state.questionnaireMode !== 'skip' ? state.questionnaire : 'skipped',
    files: structuredClone(files),
  };
  if (state.migrating) summary.migration = true;
  if (state.newContact?.verified) summary.newContact = { kind: state.newContact.kind, masked: state.newContact.masked };
  return summary;
}
