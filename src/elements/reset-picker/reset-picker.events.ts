import { VkEvent, type RequestDetail } from '../../core/events.js';
import type { ResetConfirmAnswer } from './reset-picker.schema.js';
import type { FactorKind, ResetRoute } from './reset-picker.types.js';

/** What the user picked and where it leads. */
export interface VkResetSelection {
  /** The ticked (unavailable) items, in the order email, phone, totp. */
  lost: FactorKind[];
  /** The bound items not ticked: the ones the user verifies next. */
  toVerify: FactorKind[];
  route: ResetRoute;
}

/** Notification: the ticked items (and so the route) changed. */
export class VkResetItemsChangeEvent extends VkEvent<VkResetSelection> {
  static readonly eventName = 'vk-reset-items-change' as const;
  constructor(detail: VkResetSelection) {
    super(VkResetItemsChangeEvent.eventName, detail);
  }
}

export interface VkResetItemsConfirmDetail extends VkResetSelection, RequestDetail<ResetConfirmAnswer> {}

/** Request: the user agreed and confirmed the reset. Answer `{ ok: true }` or `{ ok: false, reason: 'refused' | 'error', message? }`. */
export class VkResetItemsConfirmEvent extends VkEvent<VkResetItemsConfirmDetail> {
  static readonly eventName = 'vk-reset-items-confirm' as const;
  constructor(detail: VkResetItemsConfirmDetail) {
    super(VkResetItemsConfirmEvent.eventName, detail);
  }
}

export interface VkResetItemsAcceptedDetail {
  lost: FactorKind[];
  toVerify: FactorKind[];
}

/** Notification: the host accepted the reset; verify `toVerify` next. */
export class VkResetItemsAcceptedEvent extends VkEvent<VkResetItemsAcceptedDetail> {
  static readonly eventName = 'vk-reset-items-accepted' as const;
  constructor(detail: VkResetItemsAcceptedDetail) {
    super(VkResetItemsAcceptedEvent.eventName, detail);
  }
}

export interface VkResetAlternativeDetail {
  lost: FactorKind[];
}

/** Notification: the user, logged out with no contact factor left, chose the new-account migration path. */
export class VkMigrationStartEvent extends VkEvent<VkResetAlternativeDetail> {
  static readonly eventName = 'vk-migration-start' as const;
  constructor(detail: VkResetAlternativeDetail) {
    super(VkMigrationStartEvent.eventName, detail);
  }
}

/** Notification: an advanced-KYC user chose a face scan instead of verification codes. */
export class VkFaceScanChooseEvent extends VkEvent<VkResetAlternativeDetail> {
  static readonly eventName = 'vk-face-scan-choose' as const;
  constructor(detail: VkResetAlternativeDetail) {
    super(VkFaceScanChooseEvent.eventName, detail);
  }
}

/**
 * Notification: the account has recovery codes (`has-recovery-codes`) and the user chose to verify
 * with one instead of the lost items; the host (or `<vk-reset-flow>`) asks for it with
 * `<vk-code-input channel="recovery" purpose="recovery">`.
 */
export class VkRecoveryCodeChooseEvent extends VkEvent<VkResetAlternativeDetail> {
  static readonly eventName = 'vk-recovery-code-choose' as const;
  constructor(detail: VkResetAlternativeDetail) {
    super(VkRecoveryCodeChooseEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vk-reset-items-change': VkResetItemsChangeEvent;
    'vk-reset-items-confirm': VkResetItemsConfirmEvent;
    'vk-reset-items-accepted': VkResetItemsAcceptedEvent;
    'vk-migration-start': VkMigrationStartEvent;
    'vk-face-scan-choose': VkFaceScanChooseEvent;
    'vk-recovery-code-choose': VkRecoveryCodeChooseEvent;
  }
}
