import { oneOf, schemaCheck, type Check } from '../../core/host-data.js';
import { epochMs } from '../../core/schema.js';
import * as z from '../../core/zod.js';
import { isCountryCode } from './contact.js';
import type { JourneyConfig } from './reset-flow.machine.js';
import {
  allLostModes,
  codePurposes,
  contactKinds,
  faceScanModes,
  factorKinds,
  kycLevels,
  presetNames,
  questionnaireModes,
  questionnaireOutcomes,
  restrictedItems,
  stepKinds,
  terminalSteps,
  type PresetName,
  type StepKind,
} from './reset-flow.types.js';

const stepKind = z.enum(stepKinds);
const factorKind = z.enum(factorKinds);
const contactKind = z.enum(contactKinds);
const questionnaireMode = z.enum(questionnaireModes);
const restriction = z.object({
  hours: z.optional(z.number().check(z.refine(Number.isSafeInteger, 'must be a whole number'), z.nonnegative())),
  items: z.optional(z.array(z.enum(restrictedItems))),
});

const terminal = (step: StepKind | undefined) => step !== undefined && (terminalSteps as readonly StepKind[]).includes(step);

/**
 * A host-defined journey: ordered steps, ending with `review` or `done`, each at most once; `reset`
 * and `refused` are reached by the flow's rules, never listed.
 */
export const journeyConfigSchema: z.ZodMiniType<JourneyConfig> = z
  .object({
    id: z.string().check(z.minLength(1)),
    steps: z.array(stepKind).check(
      z.minLength(2),
      z.refine((steps) => new Set(steps).size === steps.length, 'must not repeat a step'),
      z.refine((steps) => steps.at(-1) === 'review' || steps.at(-1) === 'done', 'must end with "review" or "done"'),
      z.refine((steps) => steps.slice(0, -1).every((step) => !terminal(step)), '"review"/"done" may only come last, "reset"/"refused" never'),
    ),
    verify: z.optional(z.array(factorKind)),
    lost: z.optional(z.array(factorKind)),
    newContact: z.optional(z.union([contactKind, z.literal('choice')])),
    verifyWithNewContact: z.optional(z.boolean()),
    humanCheck: z.optional(z.boolean()),
    faceScan: z.optional(z.union([z.boolean(), z.enum(faceScanModes)])),
    askPassword: z.optional(z.boolean()),
    allLost: z.optional(z.enum(allLostModes)),
    questionnaire: z.optional(questionnaireMode),
    questionsReminder: z.optional(z.boolean()),
    immediateReset: z.optional(z.boolean()),
    restriction: z.optional(restriction),
    passwordRestriction: z.optional(restriction),
    statementPhrase: z.optional(z.string().check(z.minLength(1))),
  })
  .check(
    z.refine(
      (journey) => !journey.steps.includes('verify') || journey.steps.includes('pick') || (journey.verify?.length ?? 0) > 0,
      'a journey with a "verify" step and no "pick" step must list the factors to "verify"',
    ),
    // Neither choice may be a dead end: migrating needs the step that explains it.
    z.refine((journey) => journey.allLost !== 'migrate' || journey.steps.includes('migration'), 'allLost "migrate" needs a "migration" step'),
    z.refine((journey) => !journey.steps.includes('migration') || journey.allLost === 'migrate', 'a "migration" step needs allLost "migrate"'),
  );

/** The account as the host knows it. Current contacts unmasked are optional: they let the flow refuse a "new" contact equal to the current one before any code is sent. */
const accountFactorsSchema = z.array(z.object({ kind: factorKind, bound: z.boolean(), masked: z.optional(z.string()) }));

/**
 * `uid`, `email` and `phone` are in clear, never masked: the handwritten statement repeats them and a
 * "new" contact equal to the current one is refused before any code is sent. `hasTransfers` and
 * `hasFiatHistory` choose the documents (CoinEx) and make proofs the account cannot have optional;
 * `questionnaire` overrides the journey's; `hasRecoveryCodes` offers a recovery code instead of the codes.
 */
export const accountSchema = z.object({
  factors: accountFactorsSchema,
  frozen: z.optional(z.boolean()),
  frozenReason: z.optional(z.string()),
  loggedIn: z.optional(z.boolean()),
  kycLevel: z.optional(z.enum(kycLevels)),
  uid: z.optional(z.string()),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  hasTransfers: z.optional(z.boolean()),
  hasFiatHistory: z.optional(z.boolean()),
  questionnaire: z.optional(questionnaireMode),
  hasRecoveryCodes: z.optional(z.boolean()),
  recoveryCodeLength: z.optional(z.number().check(z.refine((n) => Number.isSafeInteger(n) && n >= 4 && n <= 64, 'must be a whole number from 4 to 64'))),
});
export type ResetFlowAccount = z.infer<typeof accountSchema>;

// --- Host properties (core/host-data.ts: a bad value is reported once, the last valid one kept) -----

const presetCheck = oneOf(presetNames);
const journeyConfigCheck = schemaCheck(journeyConfigSchema);
/** `journey`: a preset's name, or a journey config. */
export const journeyCheck: Check<PresetName | JourneyConfig> = (value) => (typeof value === 'string' ? presetCheck(value) : journeyConfigCheck(value));

export const optionalAccountCheck = schemaCheck(z.optional(accountSchema));

export const stringCheck = schemaCheck(z.string());

/**
 * A list whose items each carry a string `key`: the only field the flow reads. The child element
 * the list goes to (questionnaire, proof uploader) checks the rest and reports its own problems.
 * With `optional`, `undefined` (the default) is fine too.
 */
export function listWith<T>(key: string, optional = false): Check<T> {
  return (value) => {
    if (optional && value === undefined) return { ok: true, value: value as T };
    if (!Array.isArray(value)) return { ok: false, problem: 'expected an array' };
    const bad = value.findIndex((item: unknown) => typeof (item as Record<string, unknown> | null)?.[key] !== 'string');
    return bad < 0 ? { ok: true, value: value as T } : { ok: false, problem: `item #${bad + 1}, field "${key}": expected a string` };
  };
}

/** `country-code`: empty, or a calling code like `+44`. */
export const countryCodeCheck: Check<string> = (value) =>
  typeof value === 'string' && (!value.trim() || isCountryCode(value)) ? { ok: true, value } : { ok: false, problem: 'must be a country calling code like +44, or empty' };

// --- Host answers -------------------------------------------------------------------------------

/** `outcome: 'reset'`: the host reset the items at once (no review); `restrictedUntil`: when the restriction lifts, on the server's clock (default: now + the journey's hours). */
export const resetSubmitAnswerSchema = z.union([
  z.object({ ok: z.literal(true), reviewEta: z.optional(epochMs), outcome: z.optional(z.literal('reset')), restrictedUntil: z.optional(epochMs), reference: z.optional(z.string()) }),
  z.object({ ok: z.literal(false), reason: z.enum(['error', 'refused']), message: z.optional(z.string()) }),
]);
export type ResetSubmitAnswer = z.infer<typeof resetSubmitAnswerSchema>;

export const accountLookupAnswerSchema = z.union([
  z.object({ ok: z.literal(true), account: accountSchema }),
  z.object({ ok: z.literal(false), reason: z.enum(['not-found', 'wrong-password', 'locked', 'error']), message: z.optional(z.string()), lockedUntil: z.optional(epochMs) }),
]);
export type AccountLookupAnswer = z.infer<typeof accountLookupAnswerSchema>;

export const newContactAnswerSchema = z.union([
  z.object({ ok: z.literal(true), masked: z.optional(z.string()) }),
  z.object({ ok: z.literal(false), reason: z.enum(['same-contact', 'invalid', 'taken', 'error']), message: z.optional(z.string()) }),
]);
export type NewContactAnswer = z.infer<typeof newContactAnswerSchema>;

// --- Draft (sessionStorage) ---------------------------------------------------------------------

/**
 * Only non-secret progress (reset-flow.draft.ts): never codes, passwords, files or contacts; answers
 * only when the host opts in. `step` is where it was saved: a reload resumes there at the latest.
 */
export const draftSchema = z.object({
  v: z.literal(1),
  journey: z.string(),
  step: stepKind,
  loggedIn: z.boolean(),
  accountKnown: z.boolean(),
  /** Optional: drafts written before the `agreement` step existed lack it. */
  agreed: z.optional(z.boolean()),
  lost: z.array(factorKind),
  toVerify: z.array(factorKind),
  itemsAccepted: z.boolean(),
  faceScan: z.enum(['off', 'chosen', 'done']),
  verified: z.array(z.enum(codePurposes)),
  questionnaire: z.enum(questionnaireOutcomes),
  /** The picker's ticks, confirmed or not. */
  picked: z.optional(z.array(factorKind)),
  /** With `draft-answers`: the questionnaire's answers (checked with its own `answersCheck` when read). */
  answers: z.optional(z.unknown()),
  /** Which factors an account found at the `account` step has (never their masked values), so the picker can show them again. */
  accountFactors: z.optional(accountFactorsSchema),
  migrating: z.optional(z.boolean()),
  questionsStarted: z.optional(z.boolean()),
  questionnaireMode: z.optional(questionnaireMode),
  /** When the handwritten statement was first shown (server time), so a reload shows the same date. */
  statementAt: z.optional(epochMs),
});
export type ResetFlowDraft = z.infer<typeof draftSchema>;
