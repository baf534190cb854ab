/**
 * What `<vk-reset-flow>` shows: the progress, each step's section and the Back / Next bar. One
 * function per step, given a small view-model (`StepView`) built by the element; the flow's own
 * forms are in `reset-flow.forms.ts`. No state lives here: the children's notifications are
 * adapted (typed by the children's own event classes) into the element's handlers (`view.on`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { HostRequest } from '../../core/host-request.js';
import type { MessageParams } from '../../core/i18n.js';
import type { SupportReason } from '../../core/support.js';
import type { VkCodeSentEvent } from '../code-input/code-input.events.js';
import type { VkProofChangeDetail, VkProofChangeEvent } from '../proof-uploader/proof-uploader.events.js';
import type { VkAnswersChangeEvent, VkQuestionnaireFallbackEvent } from '../questionnaire/questionnaire.events.js';
import type { ProofSlot } from '../proof-uploader/proof-uploader.schema.js';
import type { FallbackReason } from '../questionnaire/questionnaire.types.js';
import type { VkFaceScanChooseEvent, VkMigrationStartEvent, VkResetItemsAcceptedEvent, VkResetItemsChangeEvent, VkSupportRequestEvent } from '../reset-picker/reset-picker.events.js';
import type { VkResetFlow } from './reset-flow.js';
import { renderEnd, restrictionNotice, supportButton } from './reset-flow.ends.js';
import { codeVerified, factorCodes, renderAccount, renderAgreement, renderNewContact, renderSubmit } from './reset-flow.forms.js';
import { applicableSteps, canGoBack, canGoNext, everyFactorVerified, faceScanMode, progress, type FlowEvent, type FlowState } from './reset-flow.machine.js';
import type { FlowMessageKey } from './reset-flow.messages.js';
import type { ResetFlowAccount } from './reset-flow.schema.js';
import { missingUploads, slotsFor, statementMissing, type SlotInputs } from './reset-flow.slots.js';
import { uploadSteps, type CodePurpose, type ContactKind, type FactorKind, type StepKind, type UploadStep } from './reset-flow.types.js';


/** The flow's own requests to its host, one per form. */
export type FlowChannel = 'lookup' | 'contact' | 'submit';

/** What the user and the children do, handled by the element (arrow functions: templates pass them unbound). */
export interface StepHandlers {
  send: (event: FlowEvent) => void;
  /** The picker's ticks changed (confirmed or not). */
  picked: (lost: readonly FactorKind[]) => void;
  /** The questionnaire's answers changed. */
  answered: (answers: unknown) => void;
  /** An upload step's uploader reported its files (`vk-proof-change`). */
  uploadsChanged: (step: UploadStep, detail: VkProofChangeDetail) => void;
  /** Next was pressed while the step is not complete: say what is missing, and focus it. */
  blockedNext: () => void;
  /** A code of the flow was accepted. */
  codeVerified: (purpose: CodePurpose) => void;
  /** The new contact's code was sent (its `maskedDestination` is checked against the contact entered). */
  codeSent: (event: VkCodeSentEvent) => void;
  /** The questionnaire leads to documents: no attempts left, or the user's choice. */
  fallback: (reason: FallbackReason) => void;
  agreementSubmit: (event: SubmitEvent) => void;
  agreementChange: (event: Event) => void;
  accountSubmit: (event: SubmitEvent) => void;
  contactSubmit: (event: SubmitEvent) => void;
  contactChange: () => void;
  termsChange: (event: Event) => void;
  submit: (event: SubmitEvent) => void;
  /** "Contact support" on a refusal or dead end (the current step, unless another is named). */
  support: (reason: SupportReason, step?: StepKind | 'pick') => void;
  /** The locked account step's "Forgot password" / "Reset security verification". */
  unlock: (via: 'forgot-password' | 'reset-verification') => void;
  loginReturn: () => void;
  /** The user chose the kind of new contact (journeys with `newContact: 'choice'`) or the recovery code, or a code of the verify step was locked. */
  choose: (change: Partial<Pick<JourneyRun, 'contactKind' | 'recovery' | 'codeLocked'>>) => void;
}

/** What one run of the journey gathered besides the machine's state: another journey starts a fresh one. */
export interface JourneyRun {
  /** Steps visited: they stay rendered (hidden), so Back and Next keep everything entered. */
  readonly visited: Set<StepKind>;
  /** Host ids of the uploaded files, by step and slot. */
  readonly files: Record<string, Record<string, string[]>>;
  /** The questionnaire's answers and the picker's ticks as last reported (for the draft). */
  answers: unknown;
  picked: readonly FactorKind[];
  /** What a restored draft puts back into the picker and the questionnaire (bound once, never re-set). */
  restoredPicks: readonly FactorKind[];
  restoredAnswers: unknown;
  /** The accepted new e-mail, put back after "Change". */
  newContactValue: string;
  /** The kind of new contact the user chose, where the journey lets them choose. */
  contactKind: ContactKind | undefined;
  /** The user verifies with a recovery code instead of the codes. */
  recovery: boolean;
  /** A code of the verify step is locked: "Contact support" is offered. */
  codeLocked: boolean;
  /** When the handwritten statement was first shown (server time); kept in the draft. */
  statementAt: number | undefined;
  /** Each upload step's last `vk-proof-change` and the slots it was given: what is still missing. */
  readonly uploads: Partial<Record<UploadStep, VkProofChangeDetail>>;
  readonly shownSlots: Partial<Record<UploadStep, ProofSlot[]>>;
  /** Why the questionnaire led to documents (unknown after a reload). */
  fallbackReason: FallbackReason | undefined;
  /** Next was pressed on this step while it was not complete: the reason shows as an error. */
  nextTried: boolean;
}

export function newRun(): JourneyRun {
  return {
    visited: new Set(),
    files: {},
    answers: undefined,
    picked: [],
    restoredPicks: [],
    restoredAnswers: {},
    newContactValue: '',
    contactKind: undefined,
    recovery: false,
    codeLocked: false,
    statementAt: undefined,
    uploads: {},
    shownSlots: {},
    fallbackReason: undefined,
    nextTried: false,
  };
}

/** A restriction's message params: what it blocks ("withdrawals and fiat trading") and for how long ("24 hours"). */
// A type (not an interface): it passes as message params.
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions
export type RestrictionText = {
  readonly items: string;
  readonly duration: string;
};

/** A form's own check failed: the message (with its params) and the field at fault, the only one marked invalid. */
export interface FormProblem {
  readonly key: FlowMessageKey;
  readonly params?: MessageParams;
  readonly field?: string;
}

/** Everything the steps show, from the element. */
export interface StepView {
  readonly flow: FlowState;
  /** The host data the steps pass on to the children. */
  readonly host: Pick<VkResetFlow, 'questions' | 'documentSlots' | 'proofSlots' | 'identitySlots' | 'uploaded' | 'countryCode' | 'handoff'>;
  /** Everything the upload steps' default slots depend on (the statement's date and reason included). */
  readonly slots: SlotInputs;
  t(key: FlowMessageKey, params?: MessageParams): string;
  /** "a, b and c" in the user's locale. */
  formatList(items: readonly string[]): string;
  readonly account: ResetFlowAccount | undefined;
  /** What a reset blocks and for how long, in the exchange's words. */
  readonly restriction: RestrictionText;
  /** The same after a password reset, for logged-out users. */
  readonly passwordRestriction: RestrictionText | undefined;
  /** When the restriction lifts, once the journey ended ("14:05, 2 Dec 2026"). */
  readonly restrictedUntil: string | undefined;
  /** The account step is locked: until when, and the live countdown. */
  readonly lock: { readonly until: string; readonly countdown: string } | undefined;
  /** The host refused a form's request in a way only support can solve. */
  readonly refusals: Readonly<Partial<Record<FlowChannel, SupportReason>>>;
  /** The user tried to confirm the instructions without ticking the agreement. */
  readonly agreementMissing: boolean;
  /** A form's own check failed (before asking the host). */
  readonly invalid: Readonly<Partial<Record<FlowChannel, FormProblem | undefined>>>;
  readonly requests: Readonly<Record<FlowChannel, HostRequest<FlowMessageKey>>>;
  /** "Expected answer by …", when the host gave a review time. */
  readonly eta: string | undefined;
  /** The request's reference number, when the host's submit answer gave one. */
  readonly reference: string | undefined;
  /** This run of the journey (a new one renders fresh children). */
  readonly run: Readonly<JourneyRun>;
  /** "Step 3 of 7: Documents". */
  readonly position: string;
  readonly on: StepHandlers;
}

/** The whole journey: progress, the visited steps (only the current one shown), Back / Next. */
export function renderFlow(view: StepView): TemplateResult {
  const { flow } = view;
  const { index } = progress(flow);
  const title = (step: StepKind) => view.t(`flow.step.${step}`);
  return html`<ol part="progress" aria-label=${view.t('flow.progress.label')}>
      ${applicableSteps(flow).map(
        (step, position) =>
          html`<li part="progress-step" aria-current=${ifDefined(step === flow.step ? 'step' : undefined)} data-state=${position < index ? 'done' : position === index ? 'current' : 'todo'}>
            <span class="visually-hidden">${title(step)}</span>
          </li>`,
      )}
    </ol>
    <p part="position" aria-hidden="true">${view.position}</p>
    ${keyed(
      view.run,
      // An end the journey does not list (an immediate reset, a refusal) is rendered after its steps.
      [...flow.journey.steps, ...(flow.journey.steps.includes(flow.step) ? [] : [flow.step])].map((step) =>
        view.run.visited.has(step)
          ? html`<section part="step step-${step}" ?hidden=${step !== flow.step} aria-labelledby="heading-${step}">
              <h2 part="heading" id="heading-${step}" tabindex="-1">${title(step)}</h2>
              ${renderStepBody(view, step)}
            </section>`
          : nothing,
      ),
    )}
    ${renderNav(view)}`;
}

function renderNav(view: StepView): TemplateResult | typeof nothing {
  const { flow } = view;
  const back = canGoBack(flow);
  const nextEnabled = canGoNext(flow);
  // Steps whose own control moves on (picker, codes, questionnaire, forms) show Next only once
  // they are done, e.g. after Back; upload steps always show it, as their only way forward.
  const showNext = nextEnabled || (uploadSteps as readonly StepKind[]).includes(flow.step);
  if (!back && !showNext) return nothing;
  // A blocked Next still answers a press (validate on submit, like <vk-reset-picker>): what is missing
  // is visible between the step and Next, turns into an error on a press, and takes the focus.
  const blocked = showNext && !nextEnabled;
  return html`${blocked
      ? html`<p part=${view.run.nextTried ? 'next-missing error' : 'next-missing'} id="next-hint" tabindex="-1">${blockedReason(view).join(' ')}</p>`
      : nothing}
    <div part="nav">
      ${back ? html`<button part="back" class="vk-button" data-variant="secondary" type="button" @click=${() => view.on.send({ type: 'back' })}>${view.t('flow.back')}</button>` : nothing}
      ${showNext
        ? html`<button
            part="next"
            class="vk-button"
            type="button"
            aria-disabled=${blocked ? 'true' : 'false'}
            aria-describedby=${ifDefined(blocked ? 'next-hint' : undefined)}
            @click=${() => (blocked ? view.on.blockedNext() : view.on.send({ type: 'next' }))}
          >
            ${view.t('flow.next')}
          </button>`
        : nothing}
    </div>`;
}

/** What the current step still needs before Next, in the user's words. */
export function blockedReason(view: StepView): string[] {
  const step = view.flow.step;
  const isUpload = (uploadSteps as readonly StepKind[]).includes(step);
  const missing = isUpload ? missingUploads(view.run.shownSlots[step as UploadStep] ?? [], view.run.uploads[step as UploadStep]) : [];
  return missing.length ? missing.map((reason) => view.t(`flow.uploads.missing.${reason}`)) : [view.t('flow.nextBlocked')];
}

function renderStepBody(view: StepView, step: StepKind): TemplateResult | typeof nothing {
  switch (step) {
    case 'agreement':
      return renderAgreement(view);
    case 'account':
      return renderAccount(view);
    case 'pick':
      return renderPick(view);
    case 'verify':
      return renderVerify(view);
    case 'migration':
      return renderMigration(view);
    case 'questionnaire':
      return renderQuestionnaire(view);
    case 'documents':
    case 'proofs':
    case 'identity':
      return renderUploads(view, step);
    case 'new-contact':
      return renderNewContact(view);
    case 'submit':
      return renderSubmit(view);
    default:
      return renderEnd(view, step);
  }
}

/** The host's face scan, in the current step only: one slot can show its content once. */
function faceScan(view: StepView, step: StepKind, intro: FlowMessageKey): TemplateResult {
  if (view.flow.faceScan === 'done') return html`<p part="verified">${view.t('flow.verify.faceScanDone')}</p>`;
  return html`<p part="intro">${view.t(intro)}</p>
    ${view.flow.step === step ? html`<slot name="face-scan"></slot>` : nothing}`;
}

function renderPick(view: StepView): TemplateResult {
  const { account, on, flow } = view;
  if (!account) return html`<p part="feedback">${view.t('flow.account.missing')}</p>`;
  const scan = faceScanMode(flow.journey);
  const restriction = flow.journey.restriction;
  // The picker offers the face scan only where it replaces the codes; after them (OKX) the verify step asks for it.
  return html`<vk-reset-picker
    exportparts="confirm: picker-confirm"
    .factors=${guard([account.factors], () => account.factors)}
    ?frozen=${account.frozen === true}
    ?logged-in=${account.loggedIn === true}
    kyc-level=${scan === 'instead' || scan === 'finalises' ? (account.kycLevel ?? 'none') : 'none'}
    all-lost=${flow.journey.allLost ?? 'reset'}
    restriction-hours=${restriction?.hours ?? 24}
    .restrictedItems=${guard([restriction], () => [...(restriction?.items ?? ['withdrawals', 'fiat', 'c2c'])])}
    .value=${guard([view.run.restoredPicks], () => view.run.restoredPicks)}
    @vk-reset-items-change=${(event: VkResetItemsChangeEvent) => on.picked(event.detail.lost)}
    @vk-reset-items-accepted=${(event: VkResetItemsAcceptedEvent) => on.send({ type: 'items-accepted', lost: event.detail.lost, toVerify: event.detail.toVerify })}
    @vk-face-scan-choose=${(event: VkFaceScanChooseEvent) => on.send({ type: 'face-scan-chosen', lost: event.detail.lost })}
    @vk-migration-start=${(event: VkMigrationStartEvent) => on.send({ type: 'migration-chosen', lost: event.detail.lost })}
    @vk-support-request=${(event: VkSupportRequestEvent) => {
      // The flow says which journey it was.
      event.stopPropagation();
      on.support(event.detail.reason, 'pick');
    }}
  ></vk-reset-picker>`;
}

/** A recovery code replaces the codes still to verify, like the face scan does (the account says it has recovery codes). */
function recoveryCode(view: StepView): TemplateResult | typeof nothing {
  const { account, run, on } = view;
  if (!account?.hasRecoveryCodes || view.flow.toVerify.length === 0) return nothing;
  return html`<button part="recovery" class="vk-link" type="button" @click=${() => on.choose({ recovery: !run.recovery })}>
      ${view.t(run.recovery ? 'flow.recovery.back' : 'flow.recovery.use')}
    </button>
    ${run.recovery
      ? html`<vk-code-input
          channel="recovery"
          purpose="recovery"
          alphanumeric
          length=${account.recoveryCodeLength ?? 10}
          label=${view.t('flow.recovery.label')}
          @vk-code-verified=${codeVerified(view)}
        ></vk-code-input>`
      : nothing}`;
}

function renderVerify(view: StepView): TemplateResult {
  const { flow, run } = view;
  if (flow.faceScan !== 'off' && faceScanMode(flow.journey) !== 'also') return faceScan(view, 'verify', 'flow.verify.faceScan');
  const codesDone = everyFactorVerified(flow);
  return html`
    ${flow.toVerify.length ? html`<p part="intro">${view.t('flow.verify.intro')}</p>` : nothing}
    <div ?hidden=${run.recovery}>${factorCodes(view)}</div>
    ${recoveryCode(view)} ${run.codeLocked ? supportButton(view, 'locked') : nothing}
    ${faceScanMode(flow.journey) === 'also' && codesDone ? faceScan(view, 'verify', 'flow.verify.faceScanAlso') : nothing}
  `;
}

/** OKX case 3: neither phone nor e-mail, logged out: a new account's contact is migrated to the verified one, after a face scan. */
function renderMigration(view: StepView): TemplateResult {
  return html`<p part="intro">${view.t('flow.migration.info')}</p>
    ${restrictionNotice(view)} ${faceScan(view, 'migration', 'flow.migration.faceScan')}`;
}

function renderQuestionnaire(view: StepView): TemplateResult {
  const { flow, on } = view;
  const graded = flow.questionnaireMode === 'graded';
  // CoinEx: the reminder, then "Start now" [002 option 1 (1)].
  if (graded && flow.journey.questionsReminder && !flow.questionsStarted) {
    return html`<div part="instructions">
        <p part="intro">${view.t('flow.questions.reminder')}</p>
        ${flow.journey.immediateReset ? html`<p part="intro">${view.t('flow.questions.reminderReset')}</p>` : nothing}
      </div>
      <button part="action" class="vk-button" type="button" @click=${() => on.send({ type: 'questions-start' })}>${view.t('flow.questions.start')}</button>`;
  }
  return html`
    ${flow.questionnaire === 'accepted' ? html`<p part="verified">${view.t('flow.questionnaire.accepted')}</p>` : nothing}
    ${flow.questionnaire === 'fallback' ? html`<p part="intro">${view.t('flow.questionnaire.fallback')}</p>` : nothing}
    ${graded ? nothing : html`<p part="intro">${view.t('flow.questionnaire.collect')}</p>`}
    <vk-questionnaire
      ?collect=${!graded}
      .questions=${guard([view.host.questions], () => view.host.questions)}
      .value=${guard([view.run.restoredAnswers], () => view.run.restoredAnswers)}
      @vk-answers-change=${(event: VkAnswersChangeEvent) => on.answered(event.detail.answers)}
      @vk-answers-accepted=${() => on.send({ type: 'answers-accepted' })}
      @vk-questionnaire-fallback=${(event: VkQuestionnaireFallbackEvent) => on.fallback(event.detail.reason)}
    ></vk-questionnaire>
  `;
}

/** Why the questionnaire led to documents (after a reload the flow no longer knows which). */
const fallbackTexts = { 'attempts-exhausted': 'flow.documents.failed', 'user-choice': 'flow.documents.chosen', unknown: 'flow.questionnaire.fallback' } as const;

function renderUploads(view: StepView, step: UploadStep): TemplateResult {
  const { host, on, flow } = view;
  const earlierFiles = uploadSteps.slice(0, uploadSteps.indexOf(step)).map((earlier) => view.run.files[earlier]);
  const inputs = [host.documentSlots, host.proofSlots, host.identitySlots, view.account, view.slots.statementAt, view.slots.reason, ...earlierFiles];
  const uploadedHere = () => {
    const slotIds = new Set(slotsFor(view.slots, step).map((slot) => slot.id));
    return host.uploaded.filter((file) => slotIds.has(file.slotId));
  };
  // Documents after the questions: say why, and that the journey grew by this step.
  const fallback =
    step === 'documents' && flow.questionnaire === 'fallback' && flow.questionnaireMode === 'graded'
      ? html`<p part="notice fallback">
          ${view.t(fallbackTexts[view.run.fallbackReason ?? 'unknown'])} ${view.t('flow.documents.addedStep')}
        </p>`
      : nothing;
  // The listener comes first so the uploader's report on restored files is heard.
  return html`
    ${fallback}
    <p part="intro">${view.t(`flow.uploads.intro.${step}`)}</p>
    <vk-proof-uploader
      handoff=${host.handoff}
      @vk-proof-change=${(event: VkProofChangeEvent) => on.uploadsChanged(step, event.detail)}
      .slots=${guard(inputs, () => (view.run.shownSlots[step] = slotsFor(view.slots, step)))}
      .uploaded=${guard([host.uploaded, ...inputs], uploadedHere)}
    ></vk-proof-uploader>
    ${statementMissing(view.slots, step) ? supportButton(view, 'missing-data') : nothing}
  `;
}
