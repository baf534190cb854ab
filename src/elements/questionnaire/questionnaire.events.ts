import { VkEvent, type RequestDetail } from '../../core/events.js';
import type { AnswersSubmitResult } from './questionnaire.schema.js';
import type { Answers, FallbackReason } from './questionnaire.types.js';

export interface VkAnswersChangeDetail {
  /** Every answer given so far (see `Answers`). */
  answers: Answers;
  /** The question the user just changed. */
  questionId: string;
}

/** Notification: the user changed an answer (save it as a draft if you like; set it back through `value`). */
export class VkAnswersChangeEvent extends VkEvent<VkAnswersChangeDetail> {
  static readonly eventName = 'vk-answers-change' as const;
  constructor(detail: VkAnswersChangeDetail) {
    super(VkAnswersChangeEvent.eventName, detail);
  }
}

export interface VkAnswersSubmitDetail extends RequestDetail<AnswersSubmitResult> {
  answers: Answers;
  /** The questionnaire only collects information (`collect`): record the answers and answer `{ ok: true }`. */
  collect?: true;
}

/**
 * Request: grade these answers. Answer `{ ok: true }`, `{ ok: false, attemptsLeft, wrong? }` or
 * `{ ok: false, reason: 'error', message? }`.
 */
export class VkAnswersSubmitEvent extends VkEvent<VkAnswersSubmitDetail> {
  static readonly eventName = 'vk-answers-submit' as const;
  constructor(detail: VkAnswersSubmitDetail) {
    super(VkAnswersSubmitEvent.eventName, detail);
  }
}

/** Notification: the host accepted every answer. */
export class VkAnswersAcceptedEvent extends VkEvent<Record<string, never>> {
  static readonly eventName = 'vk-answers-accepted' as const;
  constructor() {
    super(VkAnswersAcceptedEvent.eventName, {});
  }
}

export interface VkQuestionnaireFallbackDetail {
  reason: FallbackReason;
}

/** Notification: continue with documents instead (attempts used up, or the user chose to). */
export class VkQuestionnaireFallbackEvent extends VkEvent<VkQuestionnaireFallbackDetail> {
  static readonly eventName = 'vk-questionnaire-fallback' as const;
  constructor(detail: VkQuestionnaireFallbackDetail) {
    super(VkQuestionnaireFallbackEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vk-answers-change': VkAnswersChangeEvent;
    'vk-answers-submit': VkAnswersSubmitEvent;
    'vk-answers-accepted': VkAnswersAcceptedEvent;
    'vk-questionnaire-fallback': VkQuestionnaireFallbackEvent;
  }
}
