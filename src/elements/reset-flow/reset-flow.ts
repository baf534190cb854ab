import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { VkElement } from '../../core/base-element.js';
import { checked, oneOf } from '../../core/host-data.js';
import { HostRequest } from '../../core/host-request.js';
import { formatMoment, type MessageParams } from '../../core/i18n.js';
import { VkSupportRequestEvent, type SupportReason } from '../../core/support.js';
import '../code-input/vk-code-input.js';
import type { ProofSlot, UploadedProof } from '../proof-uploader/proof-uploader.schema.js';
import { handoffModes, type HandoffMode } from '../proof-uploader/proof-uploader.types.js';
import '../proof-uploader/vk-proof-uploader.js';
import '../questionnaire/vk-questionnaire.js';
import '../reset-picker/vk-reset-picker.js';
import { maskToShow } from './contact.js';
// Exported by `verikit/reset-flow/class` before the contact helpers had their own module.
export { isSameContact, normaliseContact } from './contact.js';
import { formHandlers, hostReasons, keepDestination, submitTexts, supportFor, uploadedIds } from './reset-flow.forms.js';
import { journeys } from './journeys.js';
import { FlowDrafts } from './reset-flow.draft.js';
import { restrictionText } from './reset-flow.ends.js';
import { FlowFocus } from './reset-flow.focus.js';
import { VkAccountLookupEvent, VkAccountUnlockEvent, VkLoginReturnEvent, VkNewContactSubmitEvent, VkResetFlowCompleteEvent, VkResetSubmitEvent, VkStepChangeEvent } from './reset-flow.events.js';
import { AccountLock } from './reset-flow.lock.js';
import { initialState, outcomeOf, progress, summarise, transition, type FlowEvent, type FlowState, type JourneyConfig } from './reset-flow.machine.js';
import { flowMessages, type FlowMessageKey } from './reset-flow.messages.js';
import { accountLookupAnswerSchema, countryCodeCheck, journeyCheck, listWith, newContactAnswerSchema, optionalAccountCheck, resetSubmitAnswerSchema, stringCheck } from './reset-flow.schema.js';
import type { ResetFlowAccount } from './reset-flow.schema.js';
import { statementReason } from './reset-flow.slots.js';
import { newRun, renderFlow, type FlowChannel, type FormProblem, type JourneyRun, type StepHandlers } from './reset-flow.steps.js';
import { resetFlowStyles } from './reset-flow.styles.js';
import { uploadSteps, type ContactKind, type PresetName, type StepKind } from './reset-flow.types.js';

const HOUR_MS = 3_600_000;
/** "14:05, 2 Dec 2026 GMT+1": the exact moment a restriction lifts, unambiguous in any locale. */
const momentFormat: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };

/**
 * The whole security-reset journey in one element: read the reset instructions and agree (CoinEx),
 * find the account, pick the lost items, verify
 * the remaining ones (or the host's face scan), answer the account questionnaire (or upload
 * documents once its attempts run out), add supplementary proofs, bind a new contact with its own
 * code, upload ID photo and video, accept the terms, submit, and see "under review" with the
 * exact time the restriction lifts. Which steps apply comes from `journey` (a preset name or a
 * config; docs/journeys.md). A frozen account is refused before any code is requested, and every
 * refusal or dead end offers "Contact support" (`vk-support-request`). Every graded answer right
 * (CoinEx) or a finalising face scan (MEXC) can end with an immediate reset and "Back to log in".
 *
 * It hosts `<vk-reset-picker>`, `<vk-code-input>`, `<vk-questionnaire>` and `<vk-proof-uploader>`:
 * their request events bubble out unchanged, so one listener (or `connectHttp`) answers everything;
 * the upload steps offer "Continue on your phone" (`handoff`, docs/handoff.md).
 * Code inputs carry `purpose`: 'current-email', 'current-phone', 'totp', 'new-email' or 'new-phone'.
 * Visited steps stay in the DOM while hidden, so Back and Next keep everything entered. Going Back
 * to an accepted picker reopens it for editing (its `edit()`); a changed pick is confirmed again and
 * the factors to verify recomputed, keeping the codes already verified that still apply.
 * While the flow waits for one of its own requests (account lookup, new contact, submit) a Cancel
 * button is shown, so a host that never answers cannot leave the user stuck; after a failure,
 * "Try again" asks again. Bad host data (an unknown preset, a malformed journey or account) is
 * reported once on the console and the last valid value kept: the flow never stops rendering.
 *
 * @summary A typed, resumable reset journey composed of the verikit elements.
 *
 * @fires {VkStepChangeEvent} vk-step-change - The current step changed. Detail `{ from, to, index, total }` (`index` zero-based).
 * @fires {VkAccountLookupEvent} vk-account-lookup - Request (logged-out journeys): find the account. Detail `{ identifier, password?, respond, signal }`; answer `{ ok: true, account }` or `{ ok: false, reason: 'not-found' | 'wrong-password' | 'locked' | 'error', message? }`.
 * @fires {VkNewContactSubmitEvent} vk-new-contact-submit - Request: record the new contact before its code is requested. Detail `{ kind, value, respond, signal }`; answer `{ ok: true, masked? }` or `{ ok: false, reason: 'same-contact' | 'invalid' | 'taken' | 'error', message? }`.
 * @fires {VkResetSubmitEvent} vk-reset-submit - Request: submit the reset. Detail `{ summary, respond, signal }` (summary: journey, lost, verified, faceScan, questionnaire, files, newContact masked, migration?); answer `{ ok: true, reviewEta?, outcome?: 'reset', restrictedUntil?, reference? }` (`reference`: the request's number, shown at the end) or `{ ok: false, reason: 'error' | 'refused', message? }`.
 * @fires {VkResetFlowCompleteEvent} vk-reset-flow-complete - The journey reached its end. Detail `{ outcome: 'review' | 'done' | 'reset', summary, reviewEta?, restrictedUntil, reference? }`.
 * @fires {VkSupportRequestEvent} vk-support-request - "Contact support" on a refusal or dead end. Detail `{ journey, step, reason: 'frozen' | 'refused' | 'locked' | 'not-found' | 'taken' | 'missing-data' }`.
 * @fires {VkAccountUnlockEvent} vk-account-unlock - The locked account step's "Forgot password" or "Reset security verification". Detail `{ journey, via: 'forgot-password' | 'reset-verification' }`.
 * @fires {VkLoginReturnEvent} vk-login-return - "Back to log in" after an immediate reset. Detail `{ journey }`.
 *
 * @slot face-scan - The host's face-scan step, shown instead of codes when the user picks it (journey `faceScan`). Dispatch `VkFaceScanCompleteEvent` (`vk-face-scan-complete`) from it, or call `completeFaceScan()`, when it passes.
 * @slot human-check - The host's human check before a code goes to a new phone (journey `humanCheck`). Dispatch `vk-human-check-complete` or call `completeHumanCheck()`.
 * @slot totp-setup - The host's `<vk-totp-setup>` that links a new authenticator when the authenticator was lost (the `new-contact` step); its `vk-totp-linked` moves on.
 *
 * @csspart flow - The whole journey.
 * @csspart progress - The progress list (`<ol>`); `progress-step` for each item, `aria-current="step"` on the current one, `data-state="done"` before it.
 * @csspart position - "Step 3 of 7" text.
 * @csspart step - A step's section; also `step-<kind>` (e.g. `step-verify`).
 * @csspart heading - A step's heading (focused on each step change).
 * @csspart intro - A step's introduction.
 * @csspart field - A label and its input; `input` for the inputs themselves.
 * @csspart phone-fields - Country code and number side by side.
 * @csspart action - A step's own button (Confirm reset, Continue, Use this contact, Submit).
 * @csspart cancel - Stops waiting for the host's answer to the flow's own request (shown only while it is pending or waiting); everything entered is kept.
 * @csspart retry - Asks the host again after a failed request.
 * @csspart instructions - The `agreement` step's reset instructions.
 * @csspart agreement - The `agreement` step's required checkbox row.
 * @csspart error - A validation or request error.
 * @csspart feedback - Pending, waiting, cancelled or error text of the flow's own requests (`error` too for errors).
 * @csspart verified - "verified" line of a factor, the face scan or the questionnaire.
 * @csspart change - The link that changes a new contact before its code is verified.
 * @csspart eta - The expected review time.
 * @csspart reference - "Reference number: …", when the host's submit answer gave one.
 * @csspart next-missing - What a blocked Next still needs (visible; `error` too once Next was pressed).
 * @csspart fallback - On documents after the questions: why (not passed, or the user's choice), with `notice`.
 * @csspart summary - The submit step's summary list.
 * @csspart terms - The terms checkbox row.
 * @csspart notice - The restriction notice in the exchange's words: its duration before the user commits, the exact time it lifts at the end.
 * @csspart password-note - Logged out: reset the lost items before "Forgot password", and the restriction after a password reset.
 * @csspart support - "Contact support" on a refusal or dead end.
 * @csspart lock - The locked account step: until when, `lock-timer` (the live countdown), `links` with `forgot-password` and `reset-verification`.
 * @csspart recovery - "Use a recovery code instead" (accounts with recovery codes).
 * @csspart contact-choice - E-mail or phone for the new contact (journeys that let the user choose); `choice` for each.
 * @csspart login - "Back to log in" after an immediate reset; `reset-items` names what was reset.
 * @csspart nav - The Back / Next bar; `back` and `next` for its buttons.
 * @csspart status - The polite live region (visually hidden).
 *
 * @cssprop --vk-reset-flow-gap - Space between the pieces of a step.
 * @cssprop --vk-reset-flow-max-width - Largest width of the flow (default 40rem).
 * @cssprop --vk-reset-flow-progress-color - Progress items not reached yet.
 * @cssprop --vk-reset-flow-progress-active-color - Progress items done and current.
 */
export class VkResetFlow extends VkElement<FlowMessageKey> {
  static override styles = [VkElement.styles, resetFlowStyles];
  static override messages = flowMessages;

  /** A preset name (`mexcLoggedOut`, `coinexQuestionsFirst`, `loggedInChangePhone`, `loggedInChangeEmail`) or a journey config (see `JourneyConfig`). Setting another journey starts afresh. */
  @property() @checked(journeyCheck) journey: PresetName | JourneyConfig = 'mexcLoggedOut';

  /** The account as the host knows it (see `accountSchema`; `uid`, `email`, `phone` in clear). Logged-out journeys learn it from `vk-account-lookup`; pass it again after a reload. */
  @property({ attribute: false }) @checked(optionalAccountCheck) account: ResetFlowAccount | undefined;

  /** The questionnaire's questions (each checked by `<vk-questionnaire>`). */
  @property({ attribute: false }) @checked(listWith('id')) questions: readonly unknown[] = [];

  /** Slots of the `documents` step (questionnaire fallback); default: an ID photo and historical e-mails. */
  @property({ attribute: false }) @checked(listWith('id', true)) documentSlots: ProofSlot[] | undefined;

  /** Slots of the `proofs` step; default: the five supplementary-proof categories. */
  @property({ attribute: false }) @checked(listWith('id', true)) proofSlots: ProofSlot[] | undefined;

  /** Slots of the `identity` step; default: ID front photo and verification video. */
  @property({ attribute: false }) @checked(listWith('id', true)) identitySlots: ProofSlot[] | undefined;

  /** Files the host already has (e.g. after a reload): `{ slotId, fileId, name, size, type, thumbnailUrl? }[]`. Each upload step shows those of its own slots. */
  @property({ attribute: false }) @checked(listWith('slotId')) uploaded: readonly UploadedProof[] = [];

  /** Each upload step's "Continue on your phone": on desktop-class devices (`auto`), always, or never (`off`, for a host without the hand-off endpoints). */
  @property() @checked(oneOf(handoffModes)) handoff: HandoffMode = 'auto';

  /** Keep non-secret progress in sessionStorage (never codes, passwords, files or contacts) and, after a reload, resume at the first step not complete. Cleared at an end, on another journey, on abandon and by `clearDraft()`. */
  @property({ type: Boolean, attribute: 'save-draft' }) saveDraft = false;

  /** Part of the sessionStorage key, unique to the signed-in session (e.g. a session id), so two users of one browser never share a draft (warned once without it). Default: the journey id. */
  @property({ attribute: 'draft-key' }) @checked(stringCheck) draftKey = '';

  /** Opt-in: the draft keeps the questionnaire's answers too (addresses, amounts, nicknames… in sessionStorage). */
  @property({ type: Boolean, attribute: 'draft-answers' }) draftAnswers = false;

  /** Country code prefilled for a new phone number, e.g. `+44`. */
  @property({ attribute: 'country-code' }) @checked(countryCodeCheck) countryCode = '';

  @state() private flowState: FlowState = initialState(journeys.mexcLoggedOut);
  @state() private reviewEta: number | undefined;
  @state() private reference: string | undefined;
  @state() private lookedUpAccount: ResetFlowAccount | undefined;
  /** The user tried to confirm the instructions without ticking the agreement. */
  @state() private agreementMissing = false;
  /** A form's own check failed, before asking the host. */
  @state() private invalid: Partial<Record<FlowChannel, FormProblem | undefined>> = {};
  /** The host refused a form in a way only support can solve. */
  @state() private refusals: Partial<Record<FlowChannel, SupportReason>> = {};
  @state() private restrictedUntil: number | undefined;
  /** The account step's lock: the lookup answered `locked` with `lockedUntil`. */
  readonly #lock = new AccountLock(this, () => this.clock, () => this.announce(this.t('flow.account.unlocked')));

  #run: JourneyRun = newRun();
  readonly #drafts = new FlowDrafts(this, () => ({ flow: this.flowState, run: this.#run, account: this.lookedUpAccount }));
  readonly #focus = new FlowFocus(this, () => this.renderRoot as ShadowRoot);

  /**
   * The flow's own requests, one per form; Cancel puts focus back on the form's button. The lookup
   * and the new contact use the shared wording; the submission says what is at stake (it was submitted, nothing is lost).
   */
  readonly #requests: Readonly<Record<FlowChannel, HostRequest<FlowMessageKey>>> = {
    lookup: new HostRequest(this, { onCancel: () => this.#focus.action() }),
    contact: new HostRequest(this, { onCancel: () => this.#focus.action() }),
    submit: new HostRequest(this, { texts: submitTexts, onCancel: () => this.#focus.action() }),
  };

  /** What the steps' controls and the children's adapters call. */
  readonly #on: StepHandlers = {
    send: (event) => this.#send(event),
    picked: (lost) => {
      this.#run.picked = [...lost];
      this.#send({ type: 'items-change' });
      this.#drafts.save();
    },
    answered: (answers) => {
      this.#run.answers = answers;
      this.#drafts.save();
    },
    uploadsChanged: (step, detail) => {
      const done = detail.complete && !this.flowState.uploadsComplete[step] && this.flowState.step === step;
      this.#run.uploads[step] = detail;
      this.#run.files[step] = uploadedIds(detail);
      this.#send({ type: 'uploads-change', step, complete: detail.complete });
      this.requestUpdate();
      if (done) this.#focus.uploadsDone();
    },
    blockedNext: () => {
      this.#run.nextTried = true;
      this.announce(this.#focus.blockedReason());
    },
    codeVerified: (purpose) => {
      const step = this.flowState.step;
      this.#send({ type: 'code-verified', purpose });
      if (this.flowState.step === step) this.#focus.nextCodeField(() => this.flowState.verified);
    },
    codeSent: (event) => keepDestination(event, this.flowState, this.#run),
    fallback: (reason) => {
      this.#run.fallbackReason = reason;
      this.#send({ type: 'questionnaire-fallback' });
    },
    // The flow's own forms: each checks itself before asking the host (reset-flow.forms.ts).
    ...formHandlers({
      flow: () => this.flowState,
      run: () => this.#run,
      account: () => this.#account(),
      send: (event) => this.#send(event),
      setInvalid: (channel, problem, field) => this.#setInvalid(channel, problem, field),
      agreementMissing: (missing) => {
        this.agreementMissing = missing;
        if (missing) this.announce(this.t('flow.agreement.required'));
      },
      lookup: (identifier, password) => void this.#lookup(identifier, password),
      submitContact: (kind, value) => void this.#submitContact(kind, value),
      submit: () => void this.#submit(),
    }),
    contactChange: () => {
      this.#requests.contact.abort();
      this.#send({ type: 'new-contact-cleared' });
    },
    support: (reason, step = this.flowState.step) => this.emit(new VkSupportRequestEvent({ journey: this.flowState.journey.id, step, reason })),
    unlock: (via) => this.emit(new VkAccountUnlockEvent({ journey: this.flowState.journey.id, via })),
    loginReturn: () => this.emit(new VkLoginReturnEvent({ journey: this.flowState.journey.id })),
    choose: (change) => {
      Object.assign(this.#run, change);
      this.requestUpdate();
    },
  };

  constructor() {
    super();
    // The host's own steps in the slots (face scan, human check, its <vk-totp-setup>) report that they passed.
    this.addEventListener('vk-face-scan-complete', () => this.completeFaceScan());
    this.addEventListener('vk-human-check-complete', () => this.completeHumanCheck());
    this.addEventListener('vk-totp-linked', () => this.#send({ type: 'totp-linked' }));
  }

  /** The current step (read-only; also the `step` attribute, for styling). */
  get step(): StepKind {
    return this.flowState.step;
  }

  /** The host's face scan passed (same as dispatching `vk-face-scan-complete` from the slot). */
  completeFaceScan(): void {
    this.#send({ type: 'face-scan-complete' });
  }

  /** The host's human check passed (same as dispatching `vk-human-check-complete` from the slot). */
  completeHumanCheck(): void {
    this.#send({ type: 'human-check-complete' });
  }

  /** Goes one step back, keeping everything entered (same as the Back button). */
  back(): void {
    this.#send({ type: 'back' });
  }

  /** Goes to the next step when the current one is complete (same as the Next button). */
  next(): void {
    this.#send({ type: 'next' });
  }

  /** Removes the saved draft (e.g. when the user signs out); with `save-draft`, later progress is saved again. */
  clearDraft(): void {
    this.#drafts.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('journey') || !this.hasUpdated) {
      const journey = this.journey;
      this.#startJourney(typeof journey === 'string' ? journeys[journey] : journey);
    } else if (changed.has('account')) {
      // Frozen in the middle of a journey: refused at once, whatever step the user is on.
      if (this.account?.frozen) this.#send({ type: 'account-frozen' });
      else if (this.account?.loggedIn && !this.flowState.accountKnown) this.#send({ type: 'account-identified', loggedIn: true, questionnaire: this.account.questionnaire });
    }
  }

  /** Starts (or, for a new `journey`, restarts) the run: nothing of a previous run carries over. */
  #startJourney(config: JourneyConfig): void {
    for (const request of Object.values(this.#requests)) request.abort();
    this.#run = newRun();
    this.reviewEta = undefined;
    this.reference = undefined;
    this.restrictedUntil = undefined;
    this.#lock.set(undefined);
    this.agreementMissing = false;
    this.invalid = {};
    this.refusals = {};
    const account = this.account;
    const flow = initialState(config, { loggedIn: account?.loggedIn === true, frozen: account?.frozen, questionnaire: account?.questionnaire });
    const restored = this.#drafts.start(flow, this.#run);
    this.flowState = restored?.flow ?? flow;
    this.lookedUpAccount = restored?.account;
    if (flow.step !== this.flowState.step) this.#stepChanged(flow.step, this.flowState, false);
    else this.#run.visited.add(flow.step);
    if ((uploadSteps as readonly StepKind[]).includes(flow.step)) this.#run.statementAt ??= this.clock.now();
  }

  #account(): ResetFlowAccount | undefined {
    return this.account ?? this.lookedUpAccount;
  }

  #send(event: FlowEvent): void {
    const before = this.flowState;
    const after = transition(before, event);
    if (after === before) return;
    this.flowState = after;
    if (after.step !== before.step) {
      // Back to an accepted picker: the user came to change what they lost, so let them.
      if (after.step === 'pick') this.renderRoot.querySelector('vk-reset-picker')?.edit();
      this.#stepChanged(before.step, after, true);
      const outcome = outcomeOf(after);
      if (outcome) {
        // The restriction starts now, on the server's clock (the clock carries its offset), unless the host said when it lifts.
        const restrictedUntil = (this.restrictedUntil ??= this.clock.now() + (after.journey.restriction?.hours ?? 24) * HOUR_MS);
        const eta = this.reviewEta;
        const reference = this.reference === undefined ? {} : { reference: this.reference };
        this.emit(new VkResetFlowCompleteEvent({ outcome, summary: summarise(after, this.#run.files), restrictedUntil, ...(eta === undefined ? {} : { reviewEta: eta }), ...reference }));
      }
    }
    this.#drafts.save();
  }

  #stepChanged(from: StepKind, flow: FlowState, moveFocus: boolean): void {
    this.#run.visited.add(flow.step);
    // The handwritten statement's date: the server's day when it is first shown, kept across reloads.
    if ((uploadSteps as readonly StepKind[]).includes(flow.step)) this.#run.statementAt ??= this.clock.now();
    const { index, total } = progress(flow);
    this.#run.nextTried = false;
    if (moveFocus) this.#focus.heading(flow.step);
    this.announce(this.#position(flow));
    this.emit(new VkStepChangeEvent({ from, to: flow.step, index, total }));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.setAttribute('step', this.flowState.step);
  }

  /** A form's own check failed: say why (instead of an earlier request's state) and focus the field at fault; or, without a problem, clear it. */
  #setInvalid(channel: FlowChannel, problem?: FormProblem, field?: HTMLElement | null): void {
    this.invalid = { ...this.invalid, [channel]: problem };
    this.refusals = { ...this.refusals, [channel]: undefined };
    if (!problem) return;
    this.#requests[channel].reset();
    this.announce(this.t(problem.key, problem.params));
    field?.focus();
  }

  /** The host said no: its reason in the flow's words with its own message after them; for a plain error, its message (else ours). */
  #refused(channel: FlowChannel, answer: { reason: string; message?: string | undefined } | undefined): void {
    if (!answer) return; // failed, cancelled, superseded or aborted: the request shows it
    const key = hostReasons[answer.reason];
    const message = answer.message ?? '';
    this.#requests[channel].fail(key ? `${this.t(key)} ${message}`.trim() : message);
    const support = supportFor[answer.reason];
    if (support) this.refusals = { ...this.refusals, [channel]: support };
  }

  async #lookup(identifier: string, password: string | undefined): Promise<void> {
    this.#setInvalid('lookup');
    const answer = await this.#requests.lookup.run(
      VkAccountLookupEvent.eventName,
      accountLookupAnswerSchema,
      (respond, signal) => new VkAccountLookupEvent({ identifier, ...(password === undefined ? {} : { password }), respond, signal }),
      { retry: () => void this.#lookup(identifier, password) },
    );
    if (answer) this.#lock.set(answer.ok ? undefined : answer.lockedUntil);
    if (!answer?.ok) {
      this.#refused('lookup', answer);
      return;
    }
    this.lookedUpAccount = answer.account;
    this.#send({ type: 'account-identified', frozen: answer.account.frozen, questionnaire: answer.account.questionnaire });
  }

  async #submitContact(kind: ContactKind, value: string): Promise<void> {
    this.#setInvalid('contact');
    const answer = await this.#requests.contact.run(
      VkNewContactSubmitEvent.eventName,
      newContactAnswerSchema,
      (respond, signal) => new VkNewContactSubmitEvent({ kind, value, respond, signal }),
      { retry: () => void this.#submitContact(kind, value) },
    );
    if (!answer?.ok) {
      this.#refused('contact', answer);
      return;
    }
    this.#run.newContactValue = value;
    // Never a destination that contradicts the contact just entered; then its code is the next thing to do.
    this.#send({ type: 'new-contact-accepted', kind, masked: maskToShow(kind, value, answer.masked, "the vk-new-contact-submit answer's masked") });
    this.#focus.afterContact();
  }

  async #submit(): Promise<void> {
    const flow = this.flowState;
    if (!flow.termsAccepted) {
      this.#setInvalid('submit', { key: 'flow.submit.termsRequired', field: 'terms' }, this.renderRoot.querySelector<HTMLElement>('[name=terms]'));
      return;
    }
    // A retry while the first attempt is still waiting replaces it.
    if (flow.submission === 'pending') this.#send({ type: 'submit-failed' });
    this.#send({ type: 'submit-start' });
    const summary = summarise(flow, this.#run.files);
    const request = this.#requests.submit;
    const answer = await request.run(
      VkResetSubmitEvent.eventName,
      resetSubmitAnswerSchema,
      (respond, signal) => new VkResetSubmitEvent({ summary, respond, signal }),
      { retry: () => void this.#submit() },
    );
    if (answer?.ok) {
      this.reviewEta = answer.reviewEta;
      this.restrictedUntil = answer.restrictedUntil;
      // An empty reference is none.
      this.reference = answer.reference?.trim() ? answer.reference.trim() : undefined;
      // Reaching the end fires vk-reset-flow-complete with the outcome.
      this.#send({ type: 'submit-accepted', outcome: answer.outcome });
      return;
    }
    this.#refused('submit', answer);
    // Failed, cancelled or aborted, and no newer attempt is running: Back and Submit work again.
    if (!request.busy) this.#send({ type: 'submit-failed' });
  }

  #position(flow: FlowState): string {
    const { index, total } = progress(flow);
    return this.t('flow.progress.announce', { index: index + 1, total, title: this.t(`flow.step.${flow.step}`) });
  }

  override render() {
    const flow = this.flowState;
    const { journey, lost } = flow;
    const eta = this.reviewEta;
    const account = this.#account();
    const t = (key: FlowMessageKey, params?: MessageParams) => this.t(key, params);
    const formatList = (items: readonly string[]) => this.formatList(items);
    const restriction = (about = journey.restriction) => restrictionText(t, formatList, this.locale, about);
    return html`<section part="flow" aria-label=${this.t('flow.label')}>
      ${renderFlow({
        flow,
        host: this,
        slots: {
          flow,
          account,
          documentSlots: this.documentSlots,
          proofSlots: this.proofSlots,
          identitySlots: this.identitySlots,
          statementAt: this.#run.statementAt ?? this.clock.now(),
          reason: statementReason(t, formatList, lost),
          files: this.#run.files,
        },
        t,
        formatList,
        account,
        restriction: restriction(),
        // Logged out [000 §1.2, 001]: the lost items first, then "Forgot password", which blocks withdrawals too.
        passwordRestriction: journey.steps.includes('account') && !flow.loggedIn ? restriction(journey.passwordRestriction ?? journey.restriction) : undefined,
        restrictedUntil: this.restrictedUntil === undefined ? undefined : this.formatDate(this.restrictedUntil, momentFormat),
        lock: this.#lock.view(this.locale),
        refusals: this.refusals,
        agreementMissing: this.agreementMissing,
        invalid: this.invalid,
        requests: this.#requests,
        eta: eta === undefined ? undefined : formatMoment(eta, this.clock.now(), this.locale),
        reference: this.reference,
        run: this.#run,
        position: this.#position(flow),
        on: this.#on,
      })}
      ${this.liveRegion()}
    </section>`;
  }
}
