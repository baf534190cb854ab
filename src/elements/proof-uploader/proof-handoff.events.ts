import { VkEvent, type RequestDetail } from '../../core/events.js';
import type { HandoffCreateAnswer, HandoffFinishAnswer, HandoffOpenAnswer, HandoffStatusAnswer } from './proof-handoff.schema.js';

/**
 * The cross-device hand-off of `<vk-proof-uploader>` ("Continue on your phone"): the desktop asks the
 * host for a one-time link, shows it as a QR code and polls the host for the phone's progress; the
 * phone opens the same element with the link's token. See docs/handoff.md for what a backend does.
 */

export interface VkHandoffCreateDetail extends RequestDetail<HandoffCreateAnswer> {
  /** The slots to continue on the phone: every slot that wants a camera and is not complete yet. */
  slots: string[];
}

/**
 * Request (desktop): mint a one-time link for the phone. Answer `{ ok: true, url, expiresAt, handoffId? }`
 * (the URL holds the token your backend made; `handoffId` is an opaque id sent back with each status
 * request, never the token) or `{ ok: false, reason: 'error', message? }`.
 */
export class VkHandoffCreateEvent extends VkEvent<VkHandoffCreateDetail> {
  static readonly eventName = 'vk-handoff-create' as const;
  constructor(detail: VkHandoffCreateDetail) {
    super(VkHandoffCreateEvent.eventName, detail);
  }
}

export interface VkHandoffStatusDetail extends RequestDetail<HandoffStatusAnswer> {
  /** The id from the create answer, when the host gave one. */
  handoffId?: string;
  /** The slots handed off. */
  slots: string[];
}

/**
 * Request (desktop), polled with back-off while the link is valid and the tab visible: where is the
 * phone? Answer `{ ok: true, state: 'waiting' | 'connected' | 'done' | 'expired', files }` (`files`:
 * the files the phone uploaded so far, in the `uploaded` shape) or `{ ok: false, reason: 'error', message? }`.
 */
export class VkHandoffStatusEvent extends VkEvent<VkHandoffStatusDetail> {
  static readonly eventName = 'vk-handoff-status' as const;
  constructor(detail: VkHandoffStatusDetail) {
    super(VkHandoffStatusEvent.eventName, detail);
  }
}

export interface VkHandoffCancelDetail {
  /** The id from the create answer, when the host gave one. */
  handoffId?: string;
}

/** Notification (desktop): the user went back to uploading on this computer; the host should revoke the link. */
export class VkHandoffCancelEvent extends VkEvent<VkHandoffCancelDetail> {
  static readonly eventName = 'vk-handoff-cancel' as const;
  constructor(detail: VkHandoffCancelDetail) {
    super(VkHandoffCancelEvent.eventName, detail);
  }
}

export interface VkHandoffOpenDetail extends RequestDetail<HandoffOpenAnswer> {
  /** The `handoff-token` the phone's page was given. */
  token: string;
}

/**
 * Request (phone): which slots were handed off with this token? Answer `{ ok: true, slots, files? }`
 * (`files`: what the phone already uploaded, after a reload), `{ ok: false, reason: 'expired' | 'used' }`,
 * or `{ ok: false, reason: 'error', message? }`.
 */
export class VkHandoffOpenEvent extends VkEvent<VkHandoffOpenDetail> {
  static readonly eventName = 'vk-handoff-open' as const;
  constructor(detail: VkHandoffOpenDetail) {
    super(VkHandoffOpenEvent.eventName, detail);
  }
}

export interface VkHandoffFinishDetail extends RequestDetail<HandoffFinishAnswer> {
  token: string;
}

/**
 * Request (phone): the user is done; the host marks the hand-off done (the desktop's next status says
 * so) and the token used. Answer `{ ok: true }`, `{ ok: false, reason: 'expired' | 'used' }` or
 * `{ ok: false, reason: 'error', message? }`.
 */
export class VkHandoffFinishEvent extends VkEvent<VkHandoffFinishDetail> {
  static readonly eventName = 'vk-handoff-finish' as const;
  constructor(detail: VkHandoffFinishDetail) {
    super(VkHandoffFinishEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vk-handoff-create': VkHandoffCreateEvent;
    'vk-handoff-status': VkHandoffStatusEvent;
    'vk-handoff-cancel': VkHandoffCancelEvent;
    'vk-handoff-open': VkHandoffOpenEvent;
    'vk-handoff-finish': VkHandoffFinishEvent;
  }
}
