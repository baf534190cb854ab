/**
 * verikit's public API without side effects: every element class, event class, type and host
 * helper. Importing this module registers no tag; import `verikit/define` (all tags) or
 * `verikit/<element>` (one tag) for that.
 */

// <vk-provider>
export { VkProvider } from './elements/provider/provider.js';

// <vk-code-input>
export { VkCodeInput } from './elements/code-input/code-input.js';
export {
  VkCodeRequestEvent,
  VkCodeSubmitEvent,
  VkCodeVerifiedEvent,
  VkCodeChangeEvent,
  VkCodeSentEvent,
  VkCodeExpireEvent,
  VkCodeLockEvent,
  VkPasswordForgotEvent,
  VkVerificationResetEvent,
} from './elements/code-input/code-input.events.js';
export type {
  VkCodeSource,
  VkCodeRequestDetail,
  VkCodeSubmitDetail,
  VkCodeChangeDetail,
  VkCodeSentDetail,
  VkCodeExpireDetail,
  VkCodeLockDetail,
  VkCodeRequestAnswer,
  VkCodeSubmitAnswer,
} from './elements/code-input/code-input.events.js';
export type { VkCodeChannel, VkCodeInputState } from './elements/code-input/code-input.types.js';

// <vk-reset-picker>
export { VkResetPicker } from './elements/reset-picker/reset-picker.js';
export {
  VkResetItemsChangeEvent,
  VkResetItemsConfirmEvent,
  VkResetItemsAcceptedEvent,
  VkMigrationStartEvent,
  VkFaceScanChooseEvent,
  VkRecoveryCodeChooseEvent,
} from './elements/reset-picker/reset-picker.events.js';
export type {
  VkResetSelection,
  VkResetItemsConfirmDetail,
  VkResetItemsAcceptedDetail,
  VkResetAlternativeDetail,
} from './elements/reset-picker/reset-picker.events.js';
export type { Factor, ResetConfirmAnswer } from './elements/reset-picker/reset-picker.schema.js';
export type { FactorKind, KycLevel, ResetRoute } from './elements/reset-picker/reset-picker.types.js';

// <vk-questionnaire>
export { VkQuestionnaire } from './elements/questionnaire/questionnaire.js';
export {
  VkAnswersChangeEvent,
  VkAnswersSubmitEvent,
  VkAnswersAcceptedEvent,
  VkQuestionnaireFallbackEvent,
} from './elements/questionnaire/questionnaire.events.js';
export type {
  VkAnswersChangeDetail,
  VkAnswersSubmitDetail,
  VkQuestionnaireFallbackDetail,
} from './elements/questionnaire/questionnaire.events.js';
export type { Question, AnswersSubmitResult } from './elements/questionnaire/questionnaire.schema.js';
export type { QuestionType, Answer, Answers, FallbackReason } from './elements/questionnaire/questionnaire.types.js';

// <vk-proof-uploader> and the slot presets from the help-centre journeys
export { VkProofUploader } from './elements/proof-uploader/proof-uploader.js';
export {
  VkProofUploadEvent,
  VkProofChangeEvent,
  VkProofRemoveEvent,
  VkProofRejectEvent,
} from './elements/proof-uploader/proof-uploader.events.js';
export type {
  VkProofUploadDetail,
  ProofFileSummary,
  ProofSlotSummary,
  VkProofChangeDetail,
  VkProofRemoveDetail,
  VkProofRejectDetail,
} from './elements/proof-uploader/proof-uploader.events.js';
export type { ProofText, ProofChoice, ProofSlot, UploadedProof, ProofUploadAnswer } from './elements/proof-uploader/proof-uploader.schema.js';
export type { ProofFileStatus, ProofRejectReason, ProofCaptureMode, IdType, FileKind, HandoffMode } from './elements/proof-uploader/proof-uploader.types.js';
// "Continue on your phone" (the uploader's cross-device hand-off, docs/handoff.md)
export {
  VkHandoffCreateEvent,
  VkHandoffStatusEvent,
  VkHandoffCancelEvent,
  VkHandoffOpenEvent,
  VkHandoffFinishEvent,
} from './elements/proof-uploader/proof-handoff.events.js';
export type {
  VkHandoffCreateDetail,
  VkHandoffStatusDetail,
  VkHandoffCancelDetail,
  VkHandoffOpenDetail,
  VkHandoffFinishDetail,
} from './elements/proof-uploader/proof-handoff.events.js';
export type {
  HandoffState,
  HandoffStatus,
  HandoffCreateAnswer,
  HandoffStatusAnswer,
  HandoffOpenAnswer,
  HandoffFinishAnswer,
} from './elements/proof-uploader/proof-handoff.schema.js';
export {
  supplementaryProofSlots,
  idFrontSlot,
  verificationVideoSlot,
  selfieWithStatementSlot,
  historicalEmailSlot,
  counterpartyTransactionSlot,
} from './elements/proof-uploader/proof-presets.js';
export type { SlotLimits, IdFrontOptions, StatementData, SelfieStatementData, SupplementaryCategory } from './elements/proof-uploader/proof-presets.js';

// <vk-totp-setup> (its host helpers — key URIs, verification, QR — are in `verikit/totp`)
export { VkTotpSetup } from './elements/totp-setup/totp-setup.js';
export {
  VkTotpVerifyEvent,
  VkTotpSecretGenerateEvent,
  VkTotpLinkedEvent,
  VkTotpUnlinkedEvent,
  VkTotpResetEvent,
} from './elements/totp-setup/totp-setup.events.js';
export type {
  VkTotpAccount,
  VkTotpVerifyDetail,
  VkTotpSecretGenerateDetail,
  VkTotpVerifyAnswer,
  VkTotpSecretAnswer,
} from './elements/totp-setup/totp-setup.events.js';
export type { VkTotpSetupState, VkTotpVerifyPurpose } from './elements/totp-setup/totp-setup.types.js';

// <vk-recovery-codes>: backup codes shown once (entered later in <vk-code-input channel="recovery">)
export { VkRecoveryCodes } from './elements/recovery-codes/recovery-codes.js';
export {
  VkRecoveryCodesRegenerateEvent,
  VkRecoveryCodesRegeneratedEvent,
  VkRecoveryCodesSavedEvent,
} from './elements/recovery-codes/recovery-codes.events.js';
export type {
  VkRecoveryCodesRegenerateDetail,
  VkRecoveryCodesRegeneratedDetail,
  VkRecoveryCodesSavedDetail,
  VkRecoveryCodesRegenerateAnswer,
} from './elements/recovery-codes/recovery-codes.events.js';
export { recoveryCodeAlphabet } from './elements/recovery-codes/recovery-codes.types.js';
export type { VkRecoveryCodesSaveMethod, VkRecoveryCodesState } from './elements/recovery-codes/recovery-codes.types.js';

// <vk-reset-flow>: the whole journey, composed of the elements above
export { VkResetFlow } from './elements/reset-flow/reset-flow.js';
export {
  VkStepChangeEvent,
  VkResetSubmitEvent,
  VkResetFlowCompleteEvent,
  VkAccountLookupEvent,
  VkNewContactSubmitEvent,
  VkFaceScanCompleteEvent,
  VkHumanCheckCompleteEvent,
  VkAccountUnlockEvent,
  VkLoginReturnEvent,
} from './elements/reset-flow/reset-flow.events.js';
export type {
  VkStepChangeDetail,
  ResetSummary,
  VkResetSubmitDetail,
  VkResetFlowCompleteDetail,
  VkAccountLookupDetail,
  VkNewContactSubmitDetail,
  VkAccountUnlockDetail,
} from './elements/reset-flow/reset-flow.events.js';
export { journeys } from './elements/reset-flow/journeys.js';
export type { JourneyConfig, Restriction } from './elements/reset-flow/reset-flow.machine.js';
export type {
  ResetFlowAccount,
  ResetSubmitAnswer,
  AccountLookupAnswer,
  NewContactAnswer,
  ResetFlowDraft,
} from './elements/reset-flow/reset-flow.schema.js';
export type {
  StepKind,
  ContactKind,
  CodePurpose,
  PresetName,
  QuestionnaireOutcome,
  QuestionnaireMode,
  FaceScanMode,
  FlowOutcome,
  RestrictedItem,
  AllLostMode,
} from './elements/reset-flow/reset-flow.types.js';

// "Contact support" on a refusal or dead end (<vk-reset-flow>, <vk-reset-picker>)
export { VkSupportRequestEvent } from './core/support.js';
export type { VkSupportRequestDetail, SupportReason } from './core/support.js';

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
