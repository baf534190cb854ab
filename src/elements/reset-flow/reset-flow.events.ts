import { VkEvent, type RequestDetail } from '../../core/events.js';
import type { AccountLookupAnswer, NewContactAnswer, ResetSubmitAnswer } from './reset-flow.schema.js';
import type { CodePurpose, ContactKind, FactorKind, FlowOutcome, QuestionnaireOutcome, StepKind } from './reset-flow.types.js';

export { VkSupportRequestEvent, type VkSupportRequestDetail, type SupportReason } from '../../core/support.js';

export interface VkStepChangeDetail {
  from: StepKind;
  to: StepKind;
  /** Zero-based position of `to` among the steps this run goes through. */
  index: number;
  total: number;
}

/** Notification: the user moved to another step (forward, back, or restored from a draft). */
export class VkStepChangeEvent extends VkEvent<VkStepChangeDetail> {
  static readonly eventName = 'vk-step-change' as const;
  constructor(detail: VkStepChangeDetail) {
    super(VkStepChangeEvent.eventName, detail);
  }
}

/** What was done, without secrets: no codes, no passwords, no file contents, the new contact masked. */
export interface ResetSummary {
  journey: string;
  lost: FactorKind[];
  /** Code purposes verified (e.g. 'current-email', 'new-phone'). */
  verified: CodePurpose[];
  faceScan: boolean;
  questionnaire: QuestionnaireOutcome | 'skipped';
  /** Host ids of the uploaded files, by step and slot. */
  files: Record<string, Record<string, string[]>>;
  newContact?: { kind: ContactKind; masked: string };
  /** Logged out with no contact left: the user asks to migrate to a new account (OKX case 3). */
  migration?: true;
}

export interface VkResetSubmitDetail extends RequestDetail<ResetSubmitAnswer> {
  summary: ResetSummary;
}

/**
 * Request: the user submits the reset. Answer `{ ok: true, reviewEta?, outcome?: 'reset', restrictedUntil?, reference? }`
 * (`reference`: the request's number, shown to the user at the end) or `{ ok: false, reason: 'error' | 'refused', message? }`.
 */
export class VkResetSubmitEvent extends VkEvent<VkResetSubmitDetail> {
  static readonly eventName = 'vk-reset-submit' as const;
  constructor(detail: VkResetSubmitDetail) {
    super(VkResetSubmitEvent.eventName, detail);
  }
}

export interface VkResetFlowCompleteDetail {
  /** `review` (support reviews it), `done` (a change is bound) or `reset` (reset at once: log in and rebind). */
  outcome: FlowOutcome;
  summary: ResetSummary;
  reviewEta?: number;
  /** When the withdrawal restriction lifts (epoch ms, server time). */
  restrictedUntil?: number;
  /** The request's reference number, when the host's `vk-reset-submit` answer gave one. */
  reference?: string;
}

/** Notification: the journey reached its end: the host accepted the submission, or (CoinEx) every graded answer was right. */
export class VkResetFlowCompleteEvent extends VkEvent<VkResetFlowCompleteDetail> {
  static readonly eventName = 'vk-reset-flow-complete' as const;
  constructor(detail: VkResetFlowCompleteDetail) {
    super(VkResetFlowCompleteEvent.eventName, detail);
  }
}

export interface VkAccountLookupDetail extends RequestDetail<AccountLookupAnswer> {
  identifier: string;
  /** Only in journeys with `askPassword` (CoinEx). */
  password?: string;
}

/** Request (logged out): find the account. Answer `{ ok: true, account }` or `{ ok: false, reason: 'not-found' | 'wrong-password' | 'locked' | 'error', message? }`. */
export class VkAccountLookupEvent extends VkEvent<VkAccountLookupDetail> {
  static readonly eventName = 'vk-account-lookup' as const;
  constructor(detail: VkAccountLookupDetail) {
    super(VkAccountLookupEvent.eventName, detail);
  }
}

export interface VkNewContactSubmitDetail extends RequestDetail<NewContactAnswer> {
  kind: ContactKind;
  /** Normalised: a lower-case e-mail, or `+` and digits for a phone. */
  value: string;
}

/**
 * Request: the user entered a new contact; the host records it so the next `vk-code-request`
 * (purpose 'new-email' / 'new-phone') goes there. Answer `{ ok: true, masked? }` or
 * `{ ok: false, reason: 'same-contact' | 'invalid' | 'taken' | 'error', message? }`.
 */
export class VkNewContactSubmitEvent extends VkEvent<VkNewContactSubmitDetail> {
  static readonly eventName = 'vk-new-contact-submit' as const;
  constructor(detail: VkNewContactSubmitDetail) {
    super(VkNewContactSubmitEvent.eventName, detail);
  }
}

/** Dispatched by the host's face-scan content (slot `face-scan`) when the scan passed. */
export class VkFaceScanCompleteEvent extends VkEvent<Record<string, never>> {
  static readonly eventName = 'vk-face-scan-complete' as const;
  constructor() {
    super(VkFaceScanCompleteEvent.eventName, {});
  }
}

/** Dispatched by the host's human check (slot `human-check`) when it passed. */
export class VkHumanCheckCompleteEvent extends VkEvent<Record<string, never>> {
  static readonly eventName = 'vk-human-check-complete' as const;
  constructor() {
    super(VkHumanCheckCompleteEvent.eventName, {});
  }
}

export interface VkAccountUnlockDetail {
  journey: string;
  /** "Forgot password" or "Reset security verification", chosen while the account is locked. */
  via: 'forgot-password' | 'reset-verification';
}

/** Notification: the account step is locked and the user chose a way to unlock it sooner (000 §1.3); the host opens that page. */
export class VkAccountUnlockEvent extends VkEvent<VkAccountUnlockDetail> {
  static readonly eventName = 'vk-account-unlock' as const;
  constructor(detail: VkAccountUnlockDetail) {
    super(VkAccountUnlockEvent.eventName, detail);
  }
}

/** Notification: the user chose "Back to log in" after an immediate reset. */
export class VkLoginReturnEvent extends VkEvent<{ journey: string }> {
  static readonly eventName = 'vk-login-return' as const;
  constructor(detail: { journey: string }) {
    super(VkLoginReturnEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vk-step-change': VkStepChangeEvent;
    'vk-reset-submit': VkResetSubmitEvent;
    'vk-reset-flow-complete': VkResetFlowCompleteEvent;
    'vk-account-lookup': VkAccountLookupEvent;
    'vk-new-contact-submit': VkNewContactSubmitEvent;
    'vk-face-scan-complete': VkFaceScanCompleteEvent;
    'vk-human-check-complete': VkHumanCheckCompleteEvent;
    'vk-account-unlock': VkAccountUnlockEvent;
    'vk-login-return': VkLoginReturnEvent;
  }
}
