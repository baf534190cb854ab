import { VkEvent, type RequestDetail } from '../../core/events.js';
import type { TotpAlgorithm } from '../../totp/otpauth.js';
import type { VkTotpSecretAnswer, VkTotpVerifyAnswer } from './totp-setup.schema.js';
import type { VkTotpVerifyPurpose } from './totp-setup.types.js';

export type { VkTotpSecretAnswer, VkTotpVerifyAnswer };

/** The entry as the authenticator app shows it: never the secret. */
export interface VkTotpAccount {
  issuer: string;
  account: string;
}

export interface VkTotpVerifyDetail extends RequestDetail<VkTotpVerifyAnswer> {
  /** The code the user typed from the app. */
  code: string;
  /** `link` while setting up, `unlink` when confirming removal. */
  purpose: VkTotpVerifyPurpose;
}

export interface VkTotpSecretGenerateDetail extends VkTotpAccount, RequestDetail<VkTotpSecretAnswer> {
  /** Base32 secret made in this browser. Store it server-side; this is the only event that carries it. */
  secret: string;
  /** The Key URI the QR code will show. */
  uri: string;
  algorithm: TotpAlgorithm;
  digits: number;
  period: number;
}

/** Request: check a code from the authenticator app. Answer with `detail.respond(answer | promise)`. */
export class VkTotpVerifyEvent extends VkEvent<VkTotpVerifyDetail> {
  static readonly eventName = 'vk-totp-verify' as const;
  constructor(detail: VkTotpVerifyDetail) {
    super(VkTotpVerifyEvent.eventName, detail);
  }
}

/**
 * Request, only with `generate`: the browser made a secret; store it and answer `{ ok: true }` before
 * the QR code is shown, so the user never links a key the server does not know.
 */
export class VkTotpSecretGenerateEvent extends VkEvent<VkTotpSecretGenerateDetail> {
  static readonly eventName = 'vk-totp-secret-generate' as const;
  constructor(detail: VkTotpSecretGenerateDetail) {
    super(VkTotpSecretGenerateEvent.eventName, detail);
  }
}

/** Notification: the host accepted the code; the app is linked. */
export class VkTotpLinkedEvent extends VkEvent<VkTotpAccount> {
  static readonly eventName = 'vk-totp-linked' as const;
  constructor(detail: VkTotpAccount) {
    super(VkTotpLinkedEvent.eventName, detail);
  }
}

/** Notification: the host accepted the unlink code; the app is no longer linked. */
export class VkTotpUnlinkedEvent extends VkEvent<VkTotpAccount> {
  static readonly eventName = 'vk-totp-unlinked' as const;
  constructor(detail: VkTotpAccount) {
    super(VkTotpUnlinkedEvent.eventName, detail);
  }
}

/** Notification: the user lost the authenticator and asks to reset it (start the reset journey). */
export class VkTotpResetEvent extends VkEvent<VkTotpAccount> {
  static readonly eventName = 'vk-totp-reset' as const;
  constructor(detail: VkTotpAccount) {
    super(VkTotpResetEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vk-totp-verify': VkTotpVerifyEvent;
    'vk-totp-secret-generate': VkTotpSecretGenerateEvent;
    'vk-totp-linked': VkTotpLinkedEvent;
    'vk-totp-unlinked': VkTotpUnlinkedEvent;
    'vk-totp-reset': VkTotpResetEvent;
  }
}
