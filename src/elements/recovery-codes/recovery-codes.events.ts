import { VkEvent, type RequestDetail } from '../../core/events.js';
import type { VkRecoveryCodesRegenerateAnswer } from './recovery-codes.answers.js';
import type { VkRecoveryCodesSaveMethod } from './recovery-codes.types.js';

export type { VkRecoveryCodesRegenerateAnswer };

/** The request: make new codes (the old ones stop working) and answer `{ ok: true, codes }`. It carries no code. */
export type VkRecoveryCodesRegenerateDetail = RequestDetail<VkRecoveryCodesRegenerateAnswer>;

export interface VkRecoveryCodesRegeneratedDetail {
  /** How many new codes are shown (never the codes). */
  count: number;
}

export interface VkRecoveryCodesSavedDetail {
  /** What the user did with the codes before ticking "I have saved these codes" (never the codes). */
  methods: VkRecoveryCodesSaveMethod[];
}

/** Request: replace the account's recovery codes. Answer with `detail.respond({ ok: true, codes } | { ok: false, reason: 'error', message? })`. */
export class VkRecoveryCodesRegenerateEvent extends VkEvent<VkRecoveryCodesRegenerateDetail> {
  static readonly eventName = 'vk-recovery-codes-regenerate' as const;
  constructor(detail: VkRecoveryCodesRegenerateDetail) {
    super(VkRecoveryCodesRegenerateEvent.eventName, detail);
  }
}

/** Notification: the host made new codes and the element shows them; the old ones no longer work. */
export class VkRecoveryCodesRegeneratedEvent extends VkEvent<VkRecoveryCodesRegeneratedDetail> {
  static readonly eventName = 'vk-recovery-codes-regenerated' as const;
  constructor(detail: VkRecoveryCodesRegeneratedDetail) {
    super(VkRecoveryCodesRegeneratedEvent.eventName, detail);
  }
}

/** Notification: the user confirmed they saved the codes and pressed Continue; the element has forgotten them. */
export class VkRecoveryCodesSavedEvent extends VkEvent<VkRecoveryCodesSavedDetail> {
  static readonly eventName = 'vk-recovery-codes-saved' as const;
  constructor(detail: VkRecoveryCodesSavedDetail) {
    super(VkRecoveryCodesSavedEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vk-recovery-codes-regenerate': VkRecoveryCodesRegenerateEvent;
    'vk-recovery-codes-regenerated': VkRecoveryCodesRegeneratedEvent;
    'vk-recovery-codes-saved': VkRecoveryCodesSavedEvent;
  }
}
