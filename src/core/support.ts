import { VkEvent } from './events.js';

/** Why the user asks for support: the account is frozen, the host refused, verification or the account is locked, the account was not found, the contact is taken, or data the step needs is missing. */
export const supportReasons = ['frozen', 'refused', 'locked', 'not-found', 'taken', 'missing-data'] as const;
export type SupportReason = (typeof supportReasons)[number];

export interface VkSupportRequestDetail {
  /** The journey's id (`<vk-reset-flow>`); absent from a standalone element. */
  journey?: string;
  /** Where the user was, e.g. the flow's step (`refused`, `account`, `submit`…) or `pick` for `<vk-reset-picker>`. */
  step: string;
  reason: SupportReason;
}

/**
 * Notification: the user chose "Contact support" on a refusal or a dead end. The host opens its own
 * support (chat, ticket, video call) with what the detail says; nothing is sent anywhere by verikit.
 */
export class VkSupportRequestEvent extends VkEvent<VkSupportRequestDetail> {
  static readonly eventName = 'vk-support-request' as const;
  constructor(detail: VkSupportRequestDetail) {
    super(VkSupportRequestEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vk-support-request': VkSupportRequestEvent;
  }
}
