import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { Announcer } from '../../core/announcer.js';
import { VkElement } from '../../core/base-element.js';
import type { ZodMiniType } from 'zod/mini';
import { LatestRequest } from '../../core/latest-request.js';
import { dispatchRequest, VkDeveloperError, type Respond } from '../../core/events.js';
import { formatDuration, formatMoment, isolate } from '../../core/i18n.js';
import { parseHostData } from '../../core/schema.js';
import { baseStyles } from '../../core/styles.js';
import '../code-input/vk-code-input.js';
import '../proof-uploader/vk-proof-uploader.js';
import { idFrontSlot, historicalEmailSlot, supplementaryProofSlots, verificationVideoSlot } from '../proof-uploader/proof-presets.js';
import type { ProofSlot, UploadedProof } from '../proof-uploader/proof-uploader.schema.js';
import '../questionnaire/vk-questionnaire.js';
import '../reset-picker/vk-reset-picker.js';
import { journeys } from './journeys.js';
import { clearDraft, draftStorageKey, readDraft, stateFromDraft, stateToDraft, writeDraft } from './reset-flow.draft.js';
import {
  VkAccountLookupEvent,
  VkNewContactSubmitEvent,
  VkResetFlowCompleteEvent,
  VkResetSubmitEvent,
  VkStepChangeEvent,
  type ResetSummary,
} from './reset-flow.events.js';
import {
  applicableSteps,
  canGoBack,
  canGoNext,
  factorPurpose,
  initialState,
  newContactKind,
  newContactPurpose,
  progress,
  transition,
  type FlowEvent,
  type FlowState,
  type JourneyConfig,
} from './reset-flow.machine.js';
import { flowMessages, type FlowMessageKey } from './reset-flow.messages.js';
import {
  accountLookupAnswerSchema,
  accountSchema,
  journeyConfigSchema,
  newContactAnswerSchema,
  resetSubmitAnswerSchema,
  type ResetFlowAccount,
} from './reset-flow.schema.js';
import { resetFlowStyles } from './reset-flow.styles.js';
import { codePurposes, presetNames, uploadSteps, type CodePurpose, type ContactKind, type FactorKind, type PresetName, type StepKind, type UploadStep } from './reset-flow.types.js';

const RESTRICTION_MS = 24 * 3_600_000;
const codeChannel = { email: 'email', phone: 'sms', totp: 'totp' } as const satisfies Record<FactorKind, string>;
/** `cancelled`: the user gave up waiting; nothing entered is lost and they may try again. */
type RequestStatus = 'idle' | 'pending' | 'waiting' | 'error' | 'cancelled';
/** The flow's own requests: account lookup, new contact, submit. */
type RequestChannel = 'lookup' | 'contact' | 'submit';
interface RequestView {
  status: RequestStatus;
  error?: FlowMessageKey;
  /** The host's own words, shown after ours. */
  message?: string;
}
const idleViews: Readonly<Record<RequestChannel, RequestView>> = { lookup: { status: 'idle' }, contact: { status: 'idle' }, submit: { status: 'idle' } };

/** Lower-case, trimmed e-mail; `+` and digits for a phone (a leading `00` counts as `+`). */
export function normaliseContact(kind: ContactKind, value: string): string {
  if (kind === 'email') return value.trim().toLowerCase();
  const compact = value.replace(/[^\d+]/g, '').replace(/^00/, '+');
  return compact.startsWith('+') ? `+${compact.slice(1).replace(/\+/g, '')}` : compact.replace(/\+/g, '');
}

/** Same contact? Phones without a country code compare by their national digits. */
export function isSameContact(kind: ContactKind, a: string, b: string): boolean {
  const left = normaliseContact(kind, a);
  const right = normaliseContact(kind, b);
  if (left === right) return true;
  if (kind === 'email' || (left.startsWith('+') && right.startsWith('+'))) return false;
  const [shorter, longer] = [left.replace('+', ''), right.replace('+', '')].sort((x, y) => x.length - y.length);
  return shorter !== undefined && longer !== undefined && shorter.length >= 6 && longer.endsWith(shorter);
}

function maskContact(kind: ContactKind, value: string): string {
  if (kind === 'email') {
    const [name = '', domain = ''] = value.split('@');
    return `${name.slice(0, 1)}•••@${domain}`;
  }
  return `${value.slice(0, 3)} ••• ${value.slice(-3)}`;
}

/**
 * The whole security-reset journey in one element: read the reset instructions and agree (CoinEx),
 * find the account, pick the lost items, verify
 * the remaining ones (or the host's face scan), answer the account questionnaire (or upload
 * documents once its attempts run out), add supplementary proofs, bind a new contact with its own
 * code, upload ID photo and video, accept the terms, submit, and see "under review" with the
 * 24-hour restriction. Which steps apply comes from `journey` (a preset name or a config).
 *
 * It hosts `<vk-reset-picker>`, `<vk-code-input>`, `<vk-questionnaire>` and `<vk-proof-uploader>`:
 * their request events bubble out unchanged, so one listener (or `connectHttp`) answers everything.
 * Code inputs carry `purpose`: 'current-email', 'current-phone', 'totp', 'new-email' or 'new-phone'.
 * Visited steps stay in the DOM while hidden, so Back and Next keep everything entered. Going Back
 * to an accepted picker reopens it for editing (its `edit()`); a changed pick is confirmed again and
 * the factors to verify recomputed, keeping the codes already verified that still apply.
 * While the flow waits for one of its own requests (account lookup, new contact, submit) a Cancel
 * button is shown, so a host that never answers cannot leave the user stuck.
 *
 * @summary A typed, resumable reset journey composed of the verikit elements.
 *
 * @fires {VkStepChangeEvent} vk-step-change - The current step changed. Detail `{ from, to, index, total }` (`index` zero-based).
 * @fires {VkAccountLookupEvent} vk-account-lookup - Request (logged-out journeys): find the account. Detail `{ identifier, password?, respond, signal }`; answer `{ ok: true, account }` or `{ ok: false, reason: 'not-found' | 'wrong-password' | 'locked' | 'error', message? }`.
 * @fires {VkNewContactSubmitEvent} vk-new-contact-submit - Request: record the new contact before its code is requested. Detail `{ kind, value, respond, signal }`; answer `{ ok: true, masked? }` or `{ ok: false, reason: 'same-contact' | 'invalid' | 'taken' | 'error', message? }`.
 * @fires {VkResetSubmitEvent} vk-reset-submit - Request: submit the reset. Detail `{ summary, respond, signal }` (summary: journey, lost, verified, faceScan, questionnaire, files, newContact masked); answer `{ ok: true, reviewEta? }` or `{ ok: false, reason: 'error' | 'refused', message? }`.
 * @fires {VkResetFlowCompleteEvent} vk-reset-flow-complete - The host accepted the submission. Detail `{ summary, reviewEta? }`.
 *
 * @slot face-scan - The host's face-scan step, shown instead of codes when the user picks it (journey `faceScan`). Dispatch `VkFaceScanCompleteEvent` (`vk-face-scan-complete`) from it, or call `completeFaceScan()`, when it passes.
 * @slot human-check - The host's human check before a code goes to a new phone (journey `humanCheck`). Dispatch `vk-human-check-complete` or call `completeHumanCheck()`.
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
 * @csspart cancel - Cancels a request still waiting for the host's answer (shown only while waiting).
 * @csspart instructions - The `agreement` step's reset instructions.
 * @csspart agreement - The `agreement` step's required checkbox row.
 * @csspart error - A validation or request error.
 * @csspart feedback - Pending or waiting text.
 * @csspart verified - "verified" line of a factor, the face scan or the questionnaire.
 * @csspart change - The link that changes a new contact before its code is verified.
 * @csspart eta - The expected review time.
 * @csspart summary - The submit step's summary list.
 * @csspart terms - The terms checkbox row.
 * @csspart notice - The 24-hour withdrawal / fiat / C2C restriction notice (agreement and end steps).
 * @csspart nav - The Back / Next bar; `back` and `next` for its buttons.
 * @csspart status - The polite live region (visually hidden).
 *
 * @cssprop --vk-reset-flow-gap - Space between the pieces of a step.
 * @cssprop --vk-reset-flow-max-width - Largest width of the flow (default 40rem).
 * @cssprop --vk-reset-flow-progress-color - Progress items not reached yet.
 * @cssprop --vk-reset-flow-progress-active-color - Progress items done and current.
 */
export class VkResetFlow extends VkElement {
  static override styles = [baseStyles, resetFlowStyles];

  /** A preset name (`mexcLoggedOut`, `coinexQuestionsFirst`, `loggedInChangePhone`, `loggedInChangeEmail`) or a journey config (see `JourneyConfig`). Setting another journey starts afresh. */
  @property() journey: PresetName | JourneyConfig = 'mexcLoggedOut';

  /** The account as the host knows it: `{ factors, frozen?, frozenReason?, loggedIn?, kycLevel?, uid?, email?, phone? }`. Logged-out journeys learn it from `vk-account-lookup`. */
  @property({ attribute: false }) account: ResetFlowAccount | undefined;

  /** The questionnaire's questions (validated by `<vk-questionnaire>`). */
  @property({ attribute: false }) questions: readonly unknown[] = [];

  /** Slots of the `documents` step (questionnaire fallback); default: an ID photo and historical e-mails. */
  @property({ attribute: false }) documentSlots: ProofSlot[] | undefined;

  /** Slots of the `proofs` step; default: the five supplementary-proof categories. */
  @property({ attribute: false }) proofSlots: ProofSlot[] | undefined;

  /** Slots of the `identity` step; default: ID front photo and verification video. */
  @property({ attribute: false }) identitySlots: ProofSlot[] | undefined;

  /** Files the host already has (e.g. after a reload): `{ slotId, fileId, name, size, type, thumbnailUrl? }[]`. Each upload step shows those of its own slots. */
  @property({ attribute: false }) uploaded: readonly UploadedProof[] = [];

  /** Keep non-secret progress in sessionStorage and restore it after a reload. */
  @property({ type: Boolean, attribute: 'save-draft' }) saveDraft = false;

  /** Part of the sessionStorage key (e.g. a session id), so two journeys never share a draft. Default: the journey id. */
  @property({ attribute: 'draft-key' }) draftKey = '';

  /** Country code prefilled for a new phone number, e.g. `+44`. */
  @property({ attribute: 'country-code' }) countryCode = '';

  @state() private flowState: FlowState | undefined;
  @state() private requestViews: Readonly<Record<RequestChannel, RequestView>> = idleViews;
  @state() private reviewEta: number | undefined;
  @state() private lookedUpAccount: ResetFlowAccount | undefined;
  /** The user tried to confirm the instructions without ticking the agreement. */
  @state() private agreementMissing = false;

  readonly #announcer = new Announcer(this);
  #config: JourneyConfig | undefined;
  #visited = new Set<StepKind>();
  #focusHeading = false;
  #answers: unknown;
  /** The picker's current ticks (for the draft; the picker keeps its own state). */
  #picked: FactorKind[] = [];
  /** What a restored draft puts back into the picker and the questionnaire (bound once, never re-set). */
  #restoredPicks: readonly FactorKind[] = [];
  #restoredAnswers: unknown = {};
  #files: Record<string, Record<string, string[]>> = {};
  /** The flow's own requests, one newest per channel. */
  readonly #requests: Readonly<Record<RequestChannel, LatestRequest>> = {
    lookup: new LatestRequest(),
    contact: new LatestRequest(),
    submit: new LatestRequest(),
  };
  #newContactValue = '';
  /** Counts journey starts: a new run renders fresh children instead of reusing the last run's. */
  #run = 0;

  /** The current step (read-only; also the `step` attribute, for styling). */
  get step(): StepKind | undefined {
    return this.flowState?.step;
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

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('vk-face-scan-complete', this.#onFaceScanComplete);
    this.addEventListener('vk-human-check-complete', this.#onHumanCheckComplete);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('vk-face-scan-complete', this.#onFaceScanComplete);
    this.removeEventListener('vk-human-check-complete', this.#onHumanCheckComplete);
    for (const request of Object.values(this.#requests)) request.cancel();
  }

  #onFaceScanComplete = (): void => this.completeFaceScan();
  #onHumanCheckComplete = (): void => this.completeHumanCheck();

  #text(key: FlowMessageKey, params?: Record<string, string | number>): string {
    return this.message(flowMessages, key, params);
  }

  // --- host data -------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    try {
      if (changed.has('account') && this.account !== undefined) parseHostData('<vk-reset-flow> account', accountSchema, this.account);
      if (changed.has('journey') || !this.#config) this.#startJourney(this.#resolveJourney());
      else if (changed.has('account') && this.account?.loggedIn && this.flowState?.accountKnown === false) this.#send({ type: 'account-identified', loggedIn: true });
    } catch (error) {
      // A developer error: say it clearly on the console and render nothing half-configured.
      console.error(error);
      this.flowState = undefined;
      this.#config = undefined;
    }
  }

  #resolveJourney(): JourneyConfig {
    const journey = this.journey;
    if (typeof journey === 'string') {
      if (!(presetNames as readonly string[]).includes(journey)) {
        throw new VkDeveloperError(`verikit: <vk-reset-flow> journey "${journey}" is not a preset — use one of ${presetNames.join(', ')}, or pass a journey config object.`);
      }
      return journeys[journey as PresetName];
    }
    return parseHostData('<vk-reset-flow> journey', journeyConfigSchema, journey);
  }

  /** Starts (or, for a new `journey`, restarts) the run: nothing of a previous run carries over. */
  #startJourney(config: JourneyConfig): void {
    for (const request of Object.values(this.#requests)) request.cancel();
    this.#config = config;
    this.#visited.clear();
    this.#files = {};
    this.#answers = undefined;
    this.#picked = [];
    this.#restoredPicks = [];
    this.#restoredAnswers = {};
    this.#newContactValue = '';
    this.lookedUpAccount = undefined;
    this.reviewEta = undefined;
    this.agreementMissing = false;
    this.requestViews = idleViews;
    this.#run += 1;
    let flow = initialState(config, { loggedIn: this.account?.loggedIn === true });
    const draft = this.saveDraft ? readDraft(draftStorageKey(this.draftKey, config)) : undefined;
    const restored = draft ? stateFromDraft(flow, draft) : undefined;
    if (draft && restored) {
      this.#answers = draft.answers;
      this.#restoredAnswers = draft.answers ?? {};
      this.#restoredPicks = draft.picked ?? draft.lost;
      this.#picked = [...this.#restoredPicks];
      if (draft.accountFactors) this.lookedUpAccount = { factors: draft.accountFactors };
      const from = flow.step;
      flow = restored;
      this.#visited.add(flow.step);
      this.flowState = flow;
      if (from !== flow.step) this.#stepChanged(from, flow, false);
      return;
    }
    this.#visited.add(flow.step);
    this.flowState = flow;
  }

  #currentAccount(): ResetFlowAccount | undefined {
    return this.account ?? this.lookedUpAccount;
  }

  // --- state machine ---------------------------------------------------------------------------

  #send(event: FlowEvent): void {
    const before = this.flowState;
    if (!before) return;
    const after = transition(before, event);
    if (after === before) return;
    this.flowState = after;
    if (after.step !== before.step) {
      // Back to an accepted picker: the user came to change what they lost, so let them.
      if (after.step === 'pick') this.renderRoot.querySelector('vk-reset-picker')?.edit();
      this.#stepChanged(before.step, after, true);
    }
    this.#persist();
  }

  #stepChanged(from: StepKind, flow: FlowState, moveFocus: boolean): void {
    this.#visited.add(flow.step);
    const { index, total } = progress(flow);
    this.#focusHeading = moveFocus;
    this.#announcer.announce(this.#text('flow.progress.announce', { index: index + 1, total, title: this.#stepTitle(flow.step) }));
    this.dispatchEvent(new VkStepChangeEvent({ from, to: flow.step, index, total }));
  }

  #persist(): void {
    const flow = this.flowState;
    if (!this.saveDraft || !flow || !this.#config) return;
    const key = draftStorageKey(this.draftKey, this.#config);
    if (flow.submission === 'accepted') {
      clearDraft(key);
      return;
    }
    writeDraft(key, stateToDraft(flow, { answers: this.#answers, picked: this.#picked, account: this.lookedUpAccount }));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const step = this.flowState?.step;
    if (step) this.setAttribute('step', step);
    else this.removeAttribute('step');
    if (this.#focusHeading && step) {
      this.#focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>(`#heading-${step}`)?.focus();
    }
  }

  // --- children's notifications ----------------------------------------------------------------

  #onItemsChange = (event: Event): void => {
    this.#picked = [...((event as CustomEvent<{ lost?: FactorKind[] }>).detail.lost ?? [])];
    this.#send({ type: 'items-change' });
    this.#persist();
  };

  #onItemsAccepted = (event: Event): void => {
    const detail = (event as CustomEvent<{ lost: FactorKind[]; toVerify: FactorKind[] }>).detail;
    this.#send({ type: 'items-accepted', lost: detail.lost, toVerify: detail.toVerify });
  };

  #onFaceScanChoose = (event: Event): void => {
    const detail = (event as CustomEvent<{ lost: FactorKind[] }>).detail;
    this.#send({ type: 'face-scan-chosen', lost: detail.lost });
  };

  #onCodeVerified = (event: Event): void => {
    const purpose = (event as CustomEvent<{ purpose: string }>).detail.purpose;
    if ((codePurposes as readonly string[]).includes(purpose)) this.#send({ type: 'code-verified', purpose: purpose as CodePurpose });
  };

  #onAnswersChange = (event: Event): void => {
    this.#answers = (event as CustomEvent<{ answers: unknown }>).detail.answers;
    this.#persist();
  };

  #onAnswersAccepted = (): void => this.#send({ type: 'answers-accepted' });
  #onFallback = (): void => this.#send({ type: 'questionnaire-fallback' });

  #onProofChange(step: UploadStep, event: Event): void {
    const detail = (event as CustomEvent<{ complete: boolean; slots: Record<string, { files: Array<{ uploadedId?: string; status: string }> }> }>).detail;
    const files: Record<string, string[]> = {};
    for (const [slotId, slot] of Object.entries(detail.slots)) {
      files[slotId] = slot.files.flatMap((file) => (file.status === 'uploaded' && file.uploadedId ? [file.uploadedId] : []));
    }
    this.#files[step] = files;
    this.#send({ type: 'uploads-change', step, complete: detail.complete });
  }

  #proofChangeHandlers: Record<UploadStep, (event: Event) => void> = {
    documents: (event) => this.#onProofChange('documents', event),
    proofs: (event) => this.#onProofChange('proofs', event),
    identity: (event) => this.#onProofChange('identity', event),
  };

  // --- the flow's own requests -----------------------------------------------------------------

  #setView(channel: RequestChannel, view: RequestView): void {
    this.requestViews = { ...this.requestViews, [channel]: view };
    if (view.error) this.#announcer.announce(this.#text(view.error));
    else if (view.status === 'cancelled') this.#announcer.announce(this.#text('flow.cancelled'));
  }

  /** The user stops waiting for `channel`'s answer: the step's own button works again and, for a submission, Back returns. */
  #cancel(channel: RequestChannel): void {
    this.#requests[channel].cancel();
    this.#setView(channel, { status: 'cancelled' });
    if (channel === 'submit') this.#send({ type: 'submit-failed' });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="step"]:not([hidden]) form [part~="action"]')?.focus());
  }

  /**
   * Runs one of the flow's own requests on `channel` (a newer one replaces it) and keeps its
   * pending / waiting / error view. Returns the host's answer when it is `ok`; otherwise shows
   * `failureKey(answer)` (or the network error for a rejected promise) and returns undefined.
   */
  async #ask<Result extends { ok: boolean; message?: string | undefined }>(
    channel: RequestChannel,
    eventName: string,
    schema: ZodMiniType<Result>,
    makeEvent: (respond: Respond<unknown>, signal: AbortSignal) => Event,
    failureKey: (answer: Result | undefined) => FlowMessageKey,
  ): Promise<Result | undefined> {
    const signal = this.#requests[channel].start();
    this.#setView(channel, { status: 'pending' });
    const outcome = await dispatchRequest<Result>(this, eventName, schema, makeEvent, {
      signal,
      onUnanswered: () => this.#setView(channel, { status: 'waiting' }),
    });
    if (!this.#requests[channel].finish(signal)) return undefined; // superseded or cancelled
    if (outcome.kind === 'aborted') {
      this.#setView(channel, { status: 'idle' });
      return undefined;
    }
    if (outcome.kind === 'answered' && outcome.result.ok) {
      this.#setView(channel, { status: 'idle' });
      return outcome.result;
    }
    const answer = outcome.kind === 'answered' ? outcome.result : undefined;
    const error = outcome.kind === 'rejected' ? 'flow.submit.network' : failureKey(answer);
    this.#setView(channel, { status: 'error', error, message: answer?.message ?? '' });
    return undefined;
  }

  async #onAccountSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const identifier = (form.elements.namedItem('identifier') as HTMLInputElement | null)?.value.trim() ?? '';
    const password = (form.elements.namedItem('password') as HTMLInputElement | null)?.value ?? '';
    const askPassword = this.flowState?.journey.askPassword === true;
    if (!identifier || (askPassword && !password)) {
      this.#setView('lookup', { status: 'error', error: identifier ? 'flow.account.passwordRequired' : 'flow.account.required' });
      form.querySelector<HTMLInputElement>(identifier ? '[name=password]' : '[name=identifier]')?.focus();
      return;
    }
    const keys = { 'not-found': 'flow.account.notFound', 'wrong-password': 'flow.account.wrongPassword', locked: 'flow.account.locked', error: 'flow.submit.error' } as const;
    const answer = await this.#ask(
      'lookup',
      VkAccountLookupEvent.eventName,
      accountLookupAnswerSchema,
      (respond, signal) => new VkAccountLookupEvent({ identifier, ...(askPassword ? { password } : {}), respond, signal }),
      (failed) => (failed && !failed.ok ? keys[failed.reason] : 'flow.submit.error'),
    );
    if (!answer?.ok) return;
    this.lookedUpAccount = answer.account;
    this.#send({ type: 'account-identified' });
  }

  async #onContactSubmit(event: SubmitEvent, kind: ContactKind): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value.trim() ?? '';
    let value: string;
    let invalid: FlowMessageKey | undefined;
    if (kind === 'email') {
      value = normaliseContact('email', field('email'));
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) invalid = 'flow.contact.invalidEmail';
    } else {
      const country = normaliseContact('phone', field('country'));
      const number = field('phone').replace(/[\s().-]/g, '');
      if (!/^\+?\d{1,4}$/.test(country)) invalid = 'flow.contact.invalidCountryCode';
      else if (!/^\d{4,14}$/.test(number)) invalid = 'flow.contact.invalidPhone';
      value = normaliseContact('phone', `+${country.replace('+', '')}${number}`);
    }
    const current = this.#currentAccount()?.[kind];
    if (!invalid && current && isSameContact(kind, value, current)) invalid = 'flow.contact.same';
    if (invalid) {
      this.#setView('contact', { status: 'error', error: invalid });
      form.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    const keys = { 'same-contact': 'flow.contact.same', taken: 'flow.contact.taken', invalid: 'flow.contact.invalid', error: 'flow.submit.error' } as const;
    const answer = await this.#ask(
      'contact',
      VkNewContactSubmitEvent.eventName,
      newContactAnswerSchema,
      (respond, signal) => new VkNewContactSubmitEvent({ kind, value, respond, signal }),
      (failed) => (failed && !failed.ok ? keys[failed.reason] : 'flow.submit.error'),
    );
    if (!answer?.ok) return;
    this.#newContactValue = value;
    this.#send({ type: 'new-contact-accepted', kind, masked: answer.masked ?? maskContact(kind, value) });
  }

  #onContactChange = (): void => {
    this.#requests.contact.abort();
    this.#setView('contact', { status: 'idle' });
    this.#send({ type: 'new-contact-cleared' });
  };

  #summary(flow: FlowState): ResetSummary {
    const summary: ResetSummary = {
      journey: flow.journey.id,
      lost: [...flow.lost],
      verified: [...flow.verified],
      faceScan: flow.faceScan === 'done',
      questionnaire: flow.journey.steps.includes('questionnaire') ? flow.questionnaire : 'skipped',
      files: structuredClone(this.#files),
    };
    if (flow.newContact?.verified) summary.newContact = { kind: flow.newContact.kind, masked: flow.newContact.masked };
    return summary;
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const flow = this.flowState;
    if (!flow) return;
    if (!flow.termsAccepted) {
      this.#setView('submit', { status: 'error', error: 'flow.submit.termsRequired' });
      this.renderRoot.querySelector<HTMLInputElement>('[name=terms]')?.focus();
      return;
    }
    // A retry while the first attempt is still waiting replaces it.
    if (flow.submission === 'pending') this.#send({ type: 'submit-failed' });
    this.#send({ type: 'submit-start' });
    this.#announcer.announce(this.#text('flow.submit.pending'));
    const summary = this.#summary(flow);
    const answer = await this.#ask(
      'submit',
      VkResetSubmitEvent.eventName,
      resetSubmitAnswerSchema,
      (respond, signal) => new VkResetSubmitEvent({ summary, respond, signal }),
      (failed) => (failed && !failed.ok && failed.reason === 'refused' ? 'flow.submit.refused' : 'flow.submit.error'),
    );
    if (answer?.ok) {
      this.reviewEta = answer.reviewEta;
      this.#send({ type: 'submit-accepted' });
      this.dispatchEvent(new VkResetFlowCompleteEvent({ summary, ...(answer.reviewEta !== undefined ? { reviewEta: answer.reviewEta } : {}) }));
    } else if (!this.#requests.submit.pending) {
      // Failed or aborted, and no newer attempt is running: the user may try again.
      this.#send({ type: 'submit-failed' });
    }
  }

  #onTermsChange = (event: Event): void => {
    const accepted = (event.currentTarget as HTMLInputElement).checked;
    if (accepted && this.requestViews.submit.error === 'flow.submit.termsRequired') this.#setView('submit', { status: 'idle' });
    this.#send({ type: 'terms-change', accepted });
  };

  #onAgreementSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const checkbox = (event.currentTarget as HTMLFormElement).elements.namedItem('agreement') as HTMLInputElement | null;
    this.agreementMissing = checkbox?.checked !== true;
    if (this.agreementMissing) {
      checkbox?.focus();
      this.#announcer.announce(this.#text('flow.agreement.required'));
      return;
    }
    this.#send({ type: 'agreement-change', agreed: true });
  };

  #onAgreementChange = (event: Event): void => {
    const ticked = (event.currentTarget as HTMLInputElement).checked;
    if (ticked) this.agreementMissing = false;
    // Ticking counts only once confirmed; unticking withdraws the agreement at once.
    else this.#send({ type: 'agreement-change', agreed: false });
  };

  #onBack = (): void => {
    // Leaving the submit step cancels a submission still waiting for its answer.
    this.#requests.submit.abort();
    this.back();
  };

  // --- rendering -------------------------------------------------------------------------------

  #stepTitle(step: StepKind): string {
    return this.#text(`flow.step.${step}`);
  }

  override render() {
    const flow = this.flowState;
    if (!flow) return html`<div role="status" part="status" class="visually-hidden">${this.#announcer.message}</div>`;
    const steps = applicableSteps(flow);
    const { index, total } = progress(flow);
    return html`
      <section part="flow" aria-label=${this.#text('flow.label')}>
        <ol part="progress" aria-label=${this.#text('flow.progress.label')}>
          ${steps.map(
            (step, position) =>
              html`<li
                part="progress-step"
                aria-current=${ifDefined(step === flow.step ? 'step' : undefined)}
                data-state=${position < index ? 'done' : position === index ? 'current' : 'todo'}
              >
                <span class="visually-hidden">${this.#stepTitle(step)}</span>
              </li>`,
          )}
        </ol>
        <p part="position" aria-hidden="true">${this.#text('flow.progress.announce', { index: index + 1, total, title: this.#stepTitle(flow.step) })}</p>
        ${keyed(this.#run, flow.journey.steps.map((step) => (this.#visited.has(step) ? this.#renderStep(flow, step) : nothing)))} ${this.#renderNav(flow)}
        <div role="status" part="status" class="visually-hidden">${this.#announcer.message}</div>
      </section>
    `;
  }

  #renderStep(flow: FlowState, step: StepKind): TemplateResult {
    return html`
      <section part="step step-${step}" ?hidden=${step !== flow.step} aria-labelledby="heading-${step}">
        <h2 part="heading" id="heading-${step}" tabindex="-1">${this.#stepTitle(step)}</h2>
        ${this.#renderStepBody(flow, step)}
      </section>
    `;
  }

  #renderStepBody(flow: FlowState, step: StepKind): TemplateResult | typeof nothing {
    switch (step) {
      case 'agreement':
        return this.#renderAgreement(flow);
      case 'account':
        return this.#renderAccount(flow);
      case 'pick':
        return this.#renderPick();
      case 'verify':
        return this.#renderVerify(flow);
      case 'questionnaire':
        return this.#renderQuestionnaire(flow);
      case 'documents':
      case 'proofs':
      case 'identity':
        return this.#renderUploads(step);
      case 'new-contact':
        return this.#renderNewContact(flow);
      case 'submit':
        return this.#renderSubmit(flow);
      case 'review':
      case 'done':
        return this.#renderEnd(step);
    }
  }

  #renderFeedback(channel: RequestChannel, id: string): TemplateResult | typeof nothing {
    const { status, error, message } = this.requestViews[channel];
    if (status === 'pending' || status === 'waiting') {
      return html`<p part="feedback" id=${id}>${this.#text(status === 'pending' ? 'flow.submit.pending' : 'flow.submit.waiting')}</p>
        <button part="cancel" class="vk-button" data-variant="secondary" type="button" @click=${() => this.#cancel(channel)}>${this.#text('flow.cancel')}</button>`;
    }
    if (status === 'cancelled') return html`<p part="feedback" id=${id}>${this.#text('flow.cancelled')}</p>`;
    if (status === 'error' && error) return html`<p part="error" id=${id}>${this.#text(error)}${message ? html` ${message}` : nothing}</p>`;
    return nothing;
  }

  /** How long withdrawals, fiat and C2C selling stay blocked after the reset, e.g. "24 hours". */
  get #restrictionDuration(): string {
    return formatDuration(RESTRICTION_MS, this.locale, { largestUnit: 'hour' });
  }

  /** A checkbox the user must tick to go on (the agreement, the terms), with its label and error link. */
  #renderCheckbox(box: { part: string; name: string; checked: boolean; invalid: boolean; describedBy: string | undefined; onChange: (event: Event) => void; label: string }): TemplateResult {
    return html`<label part=${box.part}>
      <input
        name=${box.name}
        type="checkbox"
        .checked=${box.checked}
        aria-invalid=${box.invalid ? 'true' : 'false'}
        aria-describedby=${ifDefined(box.describedBy)}
        @change=${box.onChange}
      />
      <span>${box.label}</span>
    </label>`;
  }

  #renderAgreement(flow: FlowState): TemplateResult {
    const duration = this.#restrictionDuration;
    return html`
      <div part="instructions">
        <p part="intro">${this.#text('flow.agreement.intro')}</p>
        <ul>
          <li>${this.#text('flow.agreement.steps')}</li>
          <li>${this.#text('flow.rebind')}</li>
        </ul>
      </div>
      <p part="notice">${this.#text('flow.restriction', { duration })}</p>
      <form novalidate @submit=${this.#onAgreementSubmit}>
        ${this.#renderCheckbox({
          part: 'agreement',
          name: 'agreement',
          checked: flow.agreed,
          invalid: this.agreementMissing,
          describedBy: this.agreementMissing ? 'agreement-error' : undefined,
          onChange: this.#onAgreementChange,
          label: this.#text('flow.agreement.agree', { duration }),
        })}
        ${this.agreementMissing ? html`<p part="error" id="agreement-error">${this.#text('flow.agreement.required')}</p>` : nothing}
        <button part="action" class="vk-button" type="submit">${this.#text('flow.agreement.confirm')}</button>
      </form>
    `;
  }

  #renderAccount(flow: FlowState): TemplateResult {
    const invalid = this.requestViews.lookup.status === 'error';
    return html`
      <p part="intro">${this.#text('flow.account.intro')}</p>
      <form novalidate @submit=${this.#onAccountSubmit}>
        <label part="field">
          <span>${this.#text('flow.account.identifier')}</span>
          <input part="input" name="identifier" type="text" autocomplete="username" aria-invalid=${invalid ? 'true' : 'false'} aria-describedby="account-feedback" />
        </label>
        ${flow.journey.askPassword
          ? html`<label part="field">
              <span>${this.#text('flow.account.password')}</span>
              <input part="input" name="password" type="password" autocomplete="current-password" aria-describedby="account-feedback" />
            </label>`
          : nothing}
        ${this.#renderFeedback('lookup', 'account-feedback')}
        <button part="action" class="vk-button" type="submit" ?disabled=${this.requestViews.lookup.status === 'pending'}>${this.#text('flow.account.continue')}</button>
      </form>
    `;
  }

  #renderPick(): TemplateResult {
    const account = this.#currentAccount();
    if (!account) return html`<p part="feedback">${this.#text('flow.account.missing')}</p>`;
    return html`<vk-reset-picker
      exportparts="confirm: picker-confirm"
      .factors=${guard([account.factors], () => account.factors)}
      ?frozen=${account.frozen === true}
      ?logged-in=${account.loggedIn === true}
      kyc-level=${account.kycLevel ?? 'none'}
      .value=${guard([this.#restoredPicks], () => this.#restoredPicks)}
      @vk-reset-items-change=${this.#onItemsChange}
      @vk-reset-items-accepted=${this.#onItemsAccepted}
      @vk-face-scan-choose=${this.#onFaceScanChoose}
    ></vk-reset-picker>`;
  }

  #renderVerify(flow: FlowState): TemplateResult {
    if (flow.faceScan !== 'off') {
      return flow.faceScan === 'done'
        ? html`<p part="verified">${this.#text('flow.verify.faceScanDone')}</p>`
        : html`<p part="intro">${this.#text('flow.verify.faceScan')}</p>
            <slot name="face-scan"></slot>`;
    }
    const account = this.#currentAccount();
    return html`
      <p part="intro">${this.#text('flow.verify.intro')}</p>
      ${repeat(flow.toVerify, (kind) => kind, (kind) => {
        const purpose = factorPurpose(kind);
        const masked = account?.factors.find((factor) => factor.kind === kind)?.masked;
        return html`${flow.verified.includes(purpose)
            ? html`<p part="verified">${this.#text('flow.verify.verified', { item: this.#text(`flow.factor.${kind}`) })}</p>`
            : nothing}
          <vk-code-input
            channel=${codeChannel[kind]}
            purpose=${purpose}
            masked-destination=${ifDefined(masked)}
            label=${this.#text(`flow.verify.${kind}`)}
            @vk-code-verified=${this.#onCodeVerified}
          ></vk-code-input>`;
      })}
    `;
  }

  #renderQuestionnaire(flow: FlowState): TemplateResult {
    return html`
      ${flow.questionnaire === 'accepted' ? html`<p part="verified">${this.#text('flow.questionnaire.accepted')}</p>` : nothing}
      ${flow.questionnaire === 'fallback' ? html`<p part="intro">${this.#text('flow.questionnaire.fallback')}</p>` : nothing}
      <vk-questionnaire
        .questions=${guard([this.questions], () => this.questions)}
        .value=${guard([this.#restoredAnswers], () => this.#restoredAnswers)}
        @vk-answers-change=${this.#onAnswersChange}
        @vk-answers-accepted=${this.#onAnswersAccepted}
        @vk-questionnaire-fallback=${this.#onFallback}
      ></vk-questionnaire>
    `;
  }

  #slotsFor(step: UploadStep): ProofSlot[] {
    const account = this.#currentAccount();
    const contact = (kind: ContactKind) => account?.[kind] ?? account?.factors.find((factor) => factor.kind === kind)?.masked ?? '';
    switch (step) {
      case 'documents':
        return this.documentSlots ?? [idFrontSlot({ id: 'document-id-front' }), historicalEmailSlot()];
      case 'proofs':
        return this.proofSlots ?? supplementaryProofSlots();
      case 'identity':
        return (
          this.identitySlots ?? [
            idFrontSlot(),
            verificationVideoSlot({ uid: account?.uid ?? '', email: contact('email'), phone: contact('phone'), reason: this.#text('flow.identity.reason') }),
          ]
        );
    }
  }

  #renderUploads(step: UploadStep): TemplateResult {
    const inputs = [this.documentSlots, this.proofSlots, this.identitySlots, this.#currentAccount()];
    const uploadedHere = () => {
      const slotIds = new Set(this.#slotsFor(step).map((slot) => slot.id));
      return this.uploaded.filter((file) => slotIds.has(file.slotId));
    };
    // The listener comes first so the uploader's report on restored files is heard.
    return html`
      <p part="intro">${this.#text(`flow.uploads.intro.${step}`)}</p>
      <vk-proof-uploader
        @vk-proof-change=${this.#proofChangeHandlers[step]}
        .slots=${guard(inputs, () => this.#slotsFor(step))}
        .uploaded=${guard([this.uploaded, ...inputs], uploadedHere)}
      ></vk-proof-uploader>
    `;
  }

  #renderNewContact(flow: FlowState): TemplateResult {
    const kind = newContactKind(flow);
    const chosen = flow.newContact;
    const invalid = this.requestViews.contact.status === 'error' ? 'true' : 'false';
    const feedback = this.#renderFeedback('contact', 'contact-feedback');
    if (!chosen) {
      return html`
        <p part="intro">${this.#text(`flow.contact.intro.${kind}`)}</p>
        <form novalidate @submit=${(event: SubmitEvent) => this.#onContactSubmit(event, kind)}>
          ${kind === 'email'
            ? html`<label part="field">
                <span>${this.#text('flow.contact.email')}</span>
                <input part="input" name="email" type="email" autocomplete="email" inputmode="email" .value=${this.#newContactValue} aria-invalid=${invalid} aria-describedby="contact-feedback" />
              </label>`
            : html`<div part="phone-fields">
                <label part="field">
                  <span>${this.#text('flow.contact.countryCode')}</span>
                  <input part="input" name="country" type="tel" autocomplete="tel-country-code" inputmode="tel" .value=${this.countryCode} aria-invalid=${invalid} aria-describedby="contact-feedback" />
                </label>
                <label part="field">
                  <span>${this.#text('flow.contact.phone')}</span>
                  <input part="input" name="phone" type="tel" autocomplete="tel-national" inputmode="tel" aria-invalid=${invalid} aria-describedby="contact-feedback" />
                </label>
              </div>`}
          ${feedback}
          <button part="action" class="vk-button" type="submit" ?disabled=${this.requestViews.contact.status === 'pending'}>${this.#text('flow.contact.use')}</button>
        </form>
      `;
    }
    const waitForHumanCheck = flow.journey.humanCheck === true && !flow.humanCheckDone;
    return html`
      <p part="intro">
        ${this.#text('flow.contact.chosen', { masked: isolate(chosen.masked) })}
        ${chosen.verified ? nothing : html`<button part="change" class="vk-link" type="button" @click=${this.#onContactChange}>${this.#text('flow.contact.change')}</button>`}
      </p>
      ${waitForHumanCheck
        ? html`<p part="intro">${this.#text('flow.contact.humanCheck')}</p>
            <slot name="human-check"></slot>`
        : html`<vk-code-input
            channel=${kind === 'email' ? 'email' : 'sms'}
            purpose=${newContactPurpose(kind)}
            masked-destination=${chosen.masked}
            label=${this.#text(`flow.contact.code.${kind}`)}
            @vk-code-verified=${this.#onCodeVerified}
          ></vk-code-input>`}
    `;
  }

  #renderSubmit(flow: FlowState): TemplateResult {
    const summary = this.#summary(flow);
    const none = this.#text('flow.submit.none');
    const list = (items: string[]) => (items.length ? items.join(', ') : none);
    const verified = [
      ...flow.toVerify.filter((kind) => flow.verified.includes(factorPurpose(kind))).map((kind) => this.#text(`flow.factor.${kind}`)),
      ...(summary.faceScan ? [this.#text('flow.faceScan')] : []),
    ];
    const fileCount = Object.values(summary.files).reduce((sum, slots) => sum + Object.values(slots).reduce((n, ids) => n + ids.length, 0), 0);
    const busy = this.requestViews.submit.status === 'pending';
    return html`
      <p part="intro">${this.#text('flow.submit.intro')}</p>
      <dl part="summary">
        ${flow.journey.steps.includes('pick') || flow.lost.length > 0
          ? html`<dt>${this.#text('flow.submit.lost')}</dt>
              <dd>${list(flow.lost.map((kind) => this.#text(`flow.factor.${kind}`)))}</dd>`
          : nothing}
        <dt>${this.#text('flow.submit.verified')}</dt>
        <dd>${list(verified)}</dd>
        ${summary.questionnaire === 'skipped' || summary.questionnaire === 'pending'
          ? nothing
          : html`<dt>${this.#text('flow.submit.questionnaire')}</dt>
              <dd>${this.#text(`flow.submit.questionnaire.${summary.questionnaire}`)}</dd>`}
        ${fileCount > 0
          ? html`<dt>${this.#text('flow.submit.files')}</dt>
              <dd>${fileCount}</dd>`
          : nothing}
        ${summary.newContact
          ? html`<dt>${this.#text('flow.submit.newContact')}</dt>
              <dd dir="ltr">${summary.newContact.masked}</dd>`
          : nothing}
      </dl>
      <form novalidate @submit=${this.#onSubmit}>
        ${this.#renderCheckbox({
          part: 'terms',
          name: 'terms',
          checked: flow.termsAccepted,
          invalid: this.requestViews.submit.error === 'flow.submit.termsRequired',
          describedBy: 'submit-feedback',
          onChange: this.#onTermsChange,
          label: this.#text('flow.submit.terms'),
        })}
        ${this.#renderFeedback('submit', 'submit-feedback')}
        <button part="action" class="vk-button" type="submit" ?disabled=${busy}>${this.#text('flow.submit.action')}</button>
      </form>
    `;
  }

  #renderEnd(step: 'review' | 'done'): TemplateResult {
    const eta = this.reviewEta;
    return html`
      <p part="intro">${this.#text(step === 'review' ? 'flow.review.info' : 'flow.done.info')}</p>
      ${step === 'review' && eta !== undefined
        ? html`<p part="eta">${this.#text('flow.review.eta', { moment: formatMoment(eta, this.clock.now(), this.locale) })}</p>`
        : nothing}
      <p part="notice">${this.#text('flow.restriction', { duration: this.#restrictionDuration })}</p>
      ${step === 'review' ? html`<p part="intro">${this.#text('flow.rebind')}</p>` : nothing}
    `;
  }

  #renderNav(flow: FlowState): TemplateResult | typeof nothing {
    const back = canGoBack(flow);
    const nextEnabled = canGoNext(flow);
    // Steps whose own control moves on (picker, codes, questionnaire, forms) show Next only once
    // they are done, e.g. after Back; upload steps always show it, as their only way forward.
    const showNext = nextEnabled || (uploadSteps as readonly StepKind[]).includes(flow.step);
    if (!back && !showNext) return nothing;
    return html`<div part="nav">
      ${back ? html`<button part="back" class="vk-button" data-variant="secondary" type="button" @click=${this.#onBack}>${this.#text('flow.back')}</button>` : nothing}
      ${showNext
        ? html`<button part="next" class="vk-button" type="button" aria-describedby=${ifDefined(nextEnabled ? undefined : 'next-hint')} ?disabled=${!nextEnabled} @click=${this.next}>
              ${this.#text('flow.next')}
            </button>
            ${nextEnabled ? nothing : html`<span id="next-hint" class="visually-hidden">${this.#text('flow.nextBlocked')}</span>`}`
        : nothing}
    </div>`;
  }
}
