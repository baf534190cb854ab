/** Every kind of step a reset journey can contain, in the order the journeys use them (CoinEx starts with `agreement`). */
export const stepKinds = [
  'agreement',
  'account',
  'pick',
  'verify',
  'questionnaire',
  'documents',
  'proofs',
  'new-contact',
  'identity',
  'submit',
  'review',
  'done',
] as const;
export type StepKind = (typeof stepKinds)[number];

/** Steps that end a journey: nothing follows them and there is no way back. */
export const terminalSteps = ['review', 'done'] as const satisfies readonly StepKind[];
export type TerminalStep = (typeof terminalSteps)[number];

/** The security items and contacts: one definition shared with `<vk-reset-picker>`. */
export { contactKinds, factorKinds, kycLevels, type ContactKind, type FactorKind } from '../../core/factors.js';

/** The `purpose` each `<vk-code-input>` of the flow carries, so one host listener can tell them apart. */
export const codePurposes = ['current-email', 'current-phone', 'totp', 'new-email', 'new-phone'] as const;
export type CodePurpose = (typeof codePurposes)[number];

export const presetNames = ['mexcLoggedOut', 'coinexQuestionsFirst', 'loggedInChangePhone', 'loggedInChangeEmail'] as const;
export type PresetName = (typeof presetNames)[number];

export const questionnaireOutcomes = ['pending', 'accepted', 'fallback'] as const;
export type QuestionnaireOutcome = (typeof questionnaireOutcomes)[number];

/** The steps whose content is a `<vk-proof-uploader>`. */
export const uploadSteps = ['documents', 'proofs', 'identity'] as const satisfies readonly StepKind[];
export type UploadStep = (typeof uploadSteps)[number];
