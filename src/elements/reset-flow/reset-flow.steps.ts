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
import { repeat } from 'lit/directives/repeat.js';
import type { HostRequest } from '../../core/host-request.js';
import type { MessageParams } from '../../core/i18n.js';
import type { VkProofChangeEvent } from '../proof-uploader/proof-uploader.events.js';
import { historicalEmailSlot, idFrontSlot, supplementaryProofSlots, verificationVideoSlot } from '../proof-uploader/proof-presets.js';
import type { ProofSlot } from '../proof-uploader/proof-uploader.schema.js';
import type { VkAnswersChangeEvent } from '../questionnaire/questionnaire.events.js';
import type { VkFaceScanChooseEvent, VkResetItemsAcceptedEvent, VkResetItemsChangeEvent } from '../reset-picker/reset-picker.events.js';
import type { VkResetFlow } from './reset-flow.js';
import { codeVerified, renderAccount, renderAgreement, renderNewContact, renderSubmit } from './reset-flow.forms.js';
import { applicableSteps, canGoBack, canGoNext, factorPurpose, progress, type FlowEvent, type FlowState } from './reset-flow.machine.js';
import type { FlowMessageKey } from './reset-flow.messages.js';
import type { ResetFlowAccount } from './reset-flow.schema.js';
import { uploadSteps, type ContactKind, type FactorKind, type StepKind, type UploadStep } from './reset-flow.types.js';

const codeChannel = { email: 'email', phone: 'sms', totp: 'totp' } as const satisfies Record<FactorKind, string>;

/** The flow's own requests to its host, one per form. */
export type FlowChannel = 'lookup' | 'contact' | 'submit';

/** What the user and the children do, handled by the element. */
export interface StepHandlers {
  send: (event: FlowEvent) => void;
  /** The picker's ticks changed (confirmed or not). */
  picked: (lost: readonly FactorKind[]) => void;
  /** The questionnaire's answers changed. */
  answered: (answers: unknown) => void;
  /** An upload step's host file ids, by slot. */
  uploaded: (step: UploadStep, files: Record<string, string[]>) => void;
  agreementSubmit: (event: SubmitEvent) => void;
  agreementChange: (event: Event) => void;
  accountSubmit: (event: SubmitEvent) => void;
  contactSubmit: (event: SubmitEvent) => void;
  contactChange: () => void;
  termsChange: (event: Event) => void;
  submit: (event: SubmitEvent) => void;
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
}

export function newRun(): JourneyRun {
  return { visited: new Set(), files: {}, answers: undefined, picked: [], restoredPicks: [], restoredAnswers: {}, newContactValue: '' };
}

/** Everything the steps show, from the element. */
export interface StepView {
  readonly flow: FlowState;
  /** The host data the steps pass on to the children. */
  readonly host: Pick<VkResetFlow, 'questions' | 'documentSlots' | 'proofSlots' | 'identitySlots' | 'uploaded' | 'countryCode' | 'handoff'>;
  t(key: FlowMessageKey, params?: MessageParams): string;
  /** "a, b and c" in the user's locale. */
  formatList(items: readonly string[]): string;
  readonly account: ResetFlowAccount | undefined;
  /** How long withdrawals stay blocked, e.g. "24 hours". */
  readonly restriction: string;
  /** The user tried to confirm the instructions without ticking the agreement. */
  readonly agreementMissing: boolean;
  /** A form's own check failed (before asking the host). */
  readonly invalid: Readonly<Partial<Record<FlowChannel, FlowMessageKey | undefined>>>;
  readonly requests: Readonly<Record<FlowChannel, HostRequest<FlowMessageKey>>>;
  /** "Expected answer by …", when the host gave a review time. */
  readonly eta: string | undefined;
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
      flow.journey.steps.map((step) =>
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
  return html`<div part="nav">
    ${back ? html`<button part="back" class="vk-button" data-variant="secondary" type="button" @click=${() => view.on.send({ type: 'back' })}>${view.t('flow.back')}</button>` : nothing}
    ${showNext
      ? html`<button part="next" class="vk-button" type="button" aria-describedby=${ifDefined(nextEnabled ? undefined : 'next-hint')} ?disabled=${!nextEnabled} @click=${() => view.on.send({ type: 'next' })}>
            ${view.t('flow.next')}
          </button>
          ${nextEnabled ? nothing : html`<span id="next-hint" class="visually-hidden">${view.t('flow.nextBlocked')}</span>`}`
      : nothing}
  </div>`;
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
    case 'review':
    case 'done':
      return renderEnd(view, step);
  }
}

function renderPick(view: StepView): TemplateResult {
  const { account, on } = view;
  if (!account) return html`<p part="feedback">${view.t('flow.account.missing')}</p>`;
  return html`<vk-reset-picker
    exportparts="confirm: picker-confirm"
    .factors=${guard([account.factors], () => account.factors)}
    ?frozen=${account.frozen === true}
    ?logged-in=${account.loggedIn === true}
    kyc-level=${account.kycLevel ?? 'none'}
    .value=${guard([view.run.restoredPicks], () => view.run.restoredPicks)}
    @vk-reset-items-change=${(event: VkResetItemsChangeEvent) => on.picked(event.detail.lost)}
    @vk-reset-items-accepted=${(event: VkResetItemsAcceptedEvent) => on.send({ type: 'items-accepted', lost: event.detail.lost, toVerify: event.detail.toVerify })}
    @vk-face-scan-choose=${(event: VkFaceScanChooseEvent) => on.send({ type: 'face-scan-chosen', lost: event.detail.lost })}
  ></vk-reset-picker>`;
}

function renderVerify(view: StepView): TemplateResult {
  const { flow } = view;
  if (flow.faceScan !== 'off') {
    return flow.faceScan === 'done'
      ? html`<p part="verified">${view.t('flow.verify.faceScanDone')}</p>`
      : html`<p part="intro">${view.t('flow.verify.faceScan')}</p>
          <slot name="face-scan"></slot>`;
  }
  return html`
    <p part="intro">${view.t('flow.verify.intro')}</p>
    ${repeat(
      flow.toVerify,
      (kind) => kind,
      (kind) => {
        const purpose = factorPurpose(kind);
        const masked = view.account?.factors.find((factor) => factor.kind === kind)?.masked;
        return html`${flow.verified.includes(purpose) ? html`<p part="verified">${view.t('flow.verify.verified', { item: view.t(`flow.factor.${kind}`) })}</p>` : nothing}
          <vk-code-input
            channel=${codeChannel[kind]}
            purpose=${purpose}
            masked-destination=${ifDefined(masked)}
            label=${view.t(`flow.verify.${kind}`)}
            @vk-code-verified=${codeVerified(view)}
          ></vk-code-input>`;
      },
    )}
  `;
}

function renderQuestionnaire(view: StepView): TemplateResult {
  const { flow, on } = view;
  return html`
    ${flow.questionnaire === 'accepted' ? html`<p part="verified">${view.t('flow.questionnaire.accepted')}</p>` : nothing}
    ${flow.questionnaire === 'fallback' ? html`<p part="intro">${view.t('flow.questionnaire.fallback')}</p>` : nothing}
    <vk-questionnaire
      .questions=${guard([view.host.questions], () => view.host.questions)}
      .value=${guard([view.run.restoredAnswers], () => view.run.restoredAnswers)}
      @vk-answers-change=${(event: VkAnswersChangeEvent) => on.answered(event.detail.answers)}
      @vk-answers-accepted=${() => on.send({ type: 'answers-accepted' })}
      @vk-questionnaire-fallback=${() => on.send({ type: 'questionnaire-fallback' })}
    ></vk-questionnaire>
  `;
}

/** An upload step's slots: the host's, else the help centres' defaults. */
function slotsFor(view: StepView, step: UploadStep): readonly ProofSlot[] {
  const { account, host } = view;
  const contact = (kind: ContactKind) => account?.[kind] ?? account?.factors.find((factor) => factor.kind === kind)?.masked ?? '';
  switch (step) {
    case 'documents':
      return host.documentSlots ?? [idFrontSlot({ id: 'document-id-front' }), historicalEmailSlot()];
    case 'proofs':
      return host.proofSlots ?? supplementaryProofSlots();
    case 'identity':
      return (
        host.identitySlots ?? [
          idFrontSlot(),
          verificationVideoSlot({ uid: account?.uid ?? '', email: contact('email'), phone: contact('phone'), reason: view.t('flow.identity.reason') }),
        ]
      );
  }
}

function renderUploads(view: StepView, step: UploadStep): TemplateResult {
  const { host, on } = view;
  const inputs = [host.documentSlots, host.proofSlots, host.identitySlots, view.account];
  const uploadedHere = () => {
    const slotIds = new Set(slotsFor(view, step).map((slot) => slot.id));
    return host.uploaded.filter((file) => slotIds.has(file.slotId));
  };
  const onChange = (event: VkProofChangeEvent) => {
    const files: Record<string, string[]> = {};
    for (const [slotId, slot] of Object.entries(event.detail.slots)) {
      files[slotId] = slot.files.flatMap((file) => (file.status === 'uploaded' && file.uploadedId ? [file.uploadedId] : []));
    }
    on.uploaded(step, files);
    on.send({ type: 'uploads-change', step, complete: event.detail.complete });
  };
  // The listener comes first so the uploader's report on restored files is heard.
  return html`
    <p part="intro">${view.t(`flow.uploads.intro.${step}`)}</p>
    <vk-proof-uploader
      handoff=${host.handoff}
      @vk-proof-change=${onChange}
      .slots=${guard(inputs, () => slotsFor(view, step))}
      .uploaded=${guard([host.uploaded, ...inputs], uploadedHere)}
    ></vk-proof-uploader>
  `;
}

function renderEnd(view: StepView, step: 'review' | 'done'): TemplateResult {
  const review = step === 'review';
  return html`
    <p part="intro">${view.t(review ? 'flow.review.info' : 'flow.done.info')}</p>
    ${review && view.eta !== undefined ? html`<p part="eta">${view.t('flow.review.eta', { moment: view.eta })}</p>` : nothing}
    <p part="notice">${view.t('flow.restriction', { duration: view.restriction })}</p>
    ${review ? html`<p part="intro">${view.t('flow.rebind')}</p>` : nothing}
  `;
}
