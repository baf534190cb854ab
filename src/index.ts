/**
 * verikit's public API without side effects: every element class, event class, type and host
 * helper. Importing this module registers no tag; import `verikit/define` (all tags) or
 * `verikit/<element>` (one tag) for that.
 */

// <vk-provider>
export { VkProvider } from './elements/provider/provider.js';

// <vk-reset-picker>
export { VkResetPicker } from './elements/reset-picker/reset-picker.js';
export {
  VkResetItemsChangeEvent,
  VkResetItemsConfirmEvent,
  VkResetItemsAcceptedEvent,
  VkMigrationStartEvent,
  VkFaceScanChooseEvent,
} from './elements/reset-picker/reset-picker.events.js';
export type {
  VkResetSelection,
  VkResetItemsConfirmDetail,
  VkResetItemsAcceptedDetail,
  VkResetAlternativeDetail,
} from './elements/reset-picker/reset-picker.events.js';
export type { Factor, ResetConfirmAnswer } from './elements/reset-picker/reset-picker.schema.js';
export type { FactorKind, KycLevel, ResetRoute } from './elements/reset-picker/reset-picker.types.js';

// Time
export { SystemClock, ManualClock, systemClock } from './core/clock.js';
export type { Clock, TickListener } from './core/clock.js';

// Host contract
export { VkEvent } from './core/events.js';
export type { Respond, RequestDetail, RequestOutcome, RequestFailure } from './core/events.js';
export { VkDeveloperError } from './core/errors.js';

// Configuration and text
export { vkConfigContext } from './core/context.js';
export type { VkConfig } from './core/context.js';
export { registerMessages, hasMessages, formatCountdown, formatDuration, formatMoment, localeDirection } from './core/i18n.js';
export type { Message, MessageCatalog, MessageParams, PluralMessage } from './core/i18n.js';

// Registration helper for hosts that rename or register lazily
export { defineElement } from './core/define.js';
