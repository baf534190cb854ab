/** Every kind of step a reset journey can contain, in the order the journeys use them (CoinEx starts with `agreement`). */
export const stepKinds = [
  'agreement',
  'account',
  'pick',
  'verify',
  'migration',
  'questionnaire',
  'documents',
  'proofs',
  'new-contact',
  'identity',
  'submit',
  'review',
  'done',
  'reset',
  'refused',
] as const;
export type StepKind = (typeof stepKinds)[number];

/**
 * Steps that end a journey: nothing follows them and there is no way back. A journey lists the end
 * it normally reaches last; `reset` (an immediate reset) and `refused` (a frozen account) are
 * reached by the flow's rules from any journey.
 */
export const terminalSteps = ['review', 'done', 'reset', 'refused'] as const satisfies readonly StepKind[];
export type TerminalStep = (typeof terminalSteps)[number];

/** How a completed journey ended, in `vk-reset-flow-complete`: reviewed by support, a change done, or reset at once. */
export const flowOutcomes = ['review', 'done', 'reset'] as const satisfies readonly TerminalStep[];
export type FlowOutcome = (typeof flowOutcomes)[number];

/** The security items and contacts: one definition shared with `<vk-reset-picker>`. */
export {
  allLostModes,
  contactKinds,
  factorKinds,
  kycLevels,
  restrictedItems,
  type AllLostMode,
  type ContactKind,
  type FactorKind,
  type KycLevel,
  type RestrictedItem,
} from '../../core/factors.js';

/** The `purpose` each `<vk-code-input>` of the flow carries, so one host listener can tell them apart. */
export const codePurposes = ['current-email', 'current-phone', 'totp', 'new-email', 'new-phone', 'recovery'] as const;
export type CodePurpose = (typeof codePurposes)[number];

export const presetNames = [
  'mexcLoggedOut',
  'coinexQuestionsFirst',
  'loggedInChangePhone',
  'loggedInChangeEmail',
  'okxLoggedIn',
  'okxLoggedOut',
  'okxChangeEmail',
] as const;
export type PresetName = (typeof presetNames)[number];

export const questionnaireOutcomes = ['pending', 'accepted', 'fallback'] as const;
export type QuestionnaireOutcome = (typeof questionnaireOutcomes)[number];

/**
 * What the questionnaire is in a journey (and, overriding it, for one account): `graded` (CoinEx:
 * questions with attempts, documents once they run out), `collect` (MEXC: information for support,
 * no grading and no fallback) or `skip`.
 */
export const questionnaireModes = ['graded', 'collect', 'skip'] as const;
export type QuestionnaireMode = (typeof questionnaireModes)[number];

/**
 * How a face scan takes part: `instead` of the codes (advanced KYC, the rest of the journey follows),
 * `finalises` (instead of the codes, and it finalises the reset: only the submission follows, MEXC),
 * or `also` after the codes (OKX). `true` means `instead`.
 */
export const faceScanModes = ['instead', 'finalises', 'also'] as const;
export type FaceScanMode = (typeof faceScanModes)[number];

/** The steps whose content is a `<vk-proof-uploader>`. */
export const uploadSteps = ['documents', 'proofs', 'identity'] as const satisfies readonly StepKind[];
export type UploadStep = (typeof uploadSteps)[number];
