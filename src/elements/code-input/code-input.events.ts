import { VkEvent, type RequestDetail } from '../../core/events.js';
import type { VkCodeRequestAnswer, VkCodeSubmitAnswer } from './code-input.schema.js';
import type { VkCodeChannel } from './code-input.types.js';

export type { VkCodeRequestAnswer, VkCodeSubmitAnswer };

/** In every event: which input it came from (`purpose` tells several inputs apart, e.g. 'new-phone'). */
export interface VkCodeSource {
  channel: VkCodeChannel;
  purpose: string;
}

export type VkCodeRequestDetail = VkCodeSource & RequestDetail<VkCodeRequestAnswer>;
export interface VkCodeSubmitDetail extends VkCodeSource, RequestDetail<VkCodeSubmitAnswer> {
  code: string;
}
export interface VkCodeChangeDetail extends VkCodeSource {
  value: string;
  /** True when every slot is filled. */
  complete: boolean;
}
export interface VkCodeSentDetail extends VkCodeSource {
  expiresAt: number;
  resendAt: number;
  maskedDestination?: string;
}
export interface VkCodeExpireDetail extends VkCodeSource {
  expiresAt: number;
}
export interface VkCodeLockDetail extends VkCodeSource {
  lockedUntil: number;
}

/** Request: send a code (e-mail or SMS). Answer with `detail.respond(answer | promise)`. */
export class VkCodeRequestEvent extends VkEvent<VkCodeRequestDetail> {
  static readonly eventName = 'vk-code-request' as const;
  constructor(detail: VkCodeRequestDetail) {
    super(VkCodeRequestEvent.eventName, detail);
  }
}

/** Request: check the code the user entered. Answer with `detail.respond(answer | promise)`. */
export class VkCodeSubmitEvent extends VkEvent<VkCodeSubmitDetail> {
  static readonly eventName = 'vk-code-submit' as const;
  constructor(detail: VkCodeSubmitDetail) {
    super(VkCodeSubmitEvent.eventName, detail);
  }
}

/** Notification: the host accepted the code. */
export class VkCodeVerifiedEvent extends VkEvent<VkCodeSource> {
  static readonly eventName = 'vk-code-verified' as const;
  constructor(detail: VkCodeSource) {
    super(VkCodeVerifiedEvent.eventName, detail);
  }
}

/** Notification: the user changed the code. */
export class VkCodeChangeEvent extends VkEvent<VkCodeChangeDetail> {
  static readonly eventName = 'vk-code-change' as const;
  constructor(detail: VkCodeChangeDetail) {
    super(VkCodeChangeEvent.eventName, detail);
  }
}

/** Notification: the host sent a code (after a successful `vk-code-request`). */
export class VkCodeSentEvent extends VkEvent<VkCodeSentDetail> {
  static readonly eventName = 'vk-code-sent' as const;
  constructor(detail: VkCodeSentDetail) {
    super(VkCodeSentEvent.eventName, detail);
  }
}

/** Notification: the sent code expired (its `expiresAt` passed, or the host answered 'expired'). */
export class VkCodeExpireEvent extends VkEvent<VkCodeExpireDetail> {
  static readonly eventName = 'vk-code-expire' as const;
  constructor(detail: VkCodeExpireDetail) {
    super(VkCodeExpireEvent.eventName, detail);
  }
}

/** Notification: the host locked verification until `lockedUntil`. */
export class VkCodeLockEvent extends VkEvent<VkCodeLockDetail> {
  static readonly eventName = 'vk-code-lock' as const;
  constructor(detail: VkCodeLockDetail) {
    super(VkCodeLockEvent.eventName, detail);
  }
}

/** Notification: the user chose "Forgot password?". */
export class VkPasswordForgotEvent extends VkEvent<VkCodeSource> {
  static readonly eventName = 'vk-password-forgot' as const;
  constructor(detail: VkCodeSource) {
    super(VkPasswordForgotEvent.eventName, detail);
  }
}

/** Notification: the user chose "Reset security verification". */
export class VkVerificationResetEvent extends VkEvent<VkCodeSource> {
  static readonly eventName = 'vk-verification-reset' as const;
  constructor(detail: VkCodeSource) {
    super(VkVerificationResetEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vk-code-request': VkCodeRequestEvent;
    'vk-code-submit': VkCodeSubmitEvent;
    'vk-code-verified': VkCodeVerifiedEvent;
    'vk-code-change': VkCodeChangeEvent;
    'vk-code-sent': VkCodeSentEvent;
    'vk-code-expire': VkCodeExpireEvent;
    'vk-code-lock': VkCodeLockEvent;
    'vk-password-forgot': VkPasswordForgotEvent;
    'vk-verification-reset': VkVerificationResetEvent;
  }
}
