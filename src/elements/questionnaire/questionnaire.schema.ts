import type { Check } from '../../core/host-data.js';
import { describeIssues } from '../../core/schema.js';
import * as z from '../../core/zod.js';
import { questionTypes, type Answers } from './questionnaire.types.js';

const nonEmpty = z.string().check(z.minLength(1));
const needsOptions = (type: string) => type === 'single' || type === 'multiple';

/**
 * One question as the host passes it in `questions`. It never carries the right answer: the host
 * grades the submitted answers.
 */
export const questionSchema = z
  .object({
    id: nonEmpty,
    type: z.enum(questionTypes),
    prompt: nonEmpty,
    /** For `single` and `multiple`: at least two, with unique ids. */
    options: z.optional(z.array(z.object({ id: nonEmpty, label: nonEmpty }))),
    /** Adds an "I don't remember" answer. */
    allowDontRemember: z.optional(z.boolean()),
    /** Example text in an empty text, address or amount field. */
    placeholder: z.optional(z.string()),
    /** For `address`: the network (e.g. `BTC`, `ERC20`, `TRC20`); known ones get a light format check. */
    network: z.optional(z.string()),
    /** For `address`: the asset, e.g. `USDT`. */
    asset: z.optional(z.string()),
    /** For `amount`: the smallest and largest accepted amount, and the unit shown. */
    min: z.optional(z.number()),
    max: z.optional(z.number()),
    unit: z.optional(z.string()),
    /** Defaults to true; an optional question may be left empty. */
    required: z.optional(z.boolean()),
  })
  .check(
    z.refine((question) => !needsOptions(question.type) || (question.options?.length ?? 0) >= 2, {
      error: 'a single or multiple choice question needs at least two options',
      path: ['options'],
    }),
    z.refine((question) => new Set(question.options?.map((option) => option.id)).size === (question.options?.length ?? 0), {
      error: 'option ids must be unique',
      path: ['options'],
    }),
    z.refine((question) => question.min === undefined || question.max === undefined || question.min <= question.max, {
      error: 'must not be less than min',
      path: ['max'],
    }),
  );
export type Question = z.infer<typeof questionSchema>;

const optionalNumber = z.number().check(z.refine(Number.isFinite, 'must be a finite number'));

/** One answer (see `Answer` in questionnaire.types.ts), as set through `value`. */
export const answerSchema = z.union([
  z.object({ choice: nonEmpty }),
  z.object({ choices: z.array(nonEmpty) }),
  z.object({ text: z.string() }),
  z.object({ min: optionalNumber, max: optionalNumber }),
  z.object({ dontRemember: z.literal(true) }),
]);

/**
 * Answers keyed by question id, as set through `value`, each checked with `answerSchema`. A loop
 * rather than `z.record`, which weighs ~0.7 KB gzip in this element's bundle (measured from source).
 */
export const answersCheck: Check<Answers> = (value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: 'expected an object of answers keyed by question id' };
  const answers: Answers = {};
  for (const [id, answer] of Object.entries(value)) {
    const parsed = answerSchema.safeParse(answer);
    if (!parsed.success) return { ok: false, problem: `answer "${id}", ${describeIssues(parsed.error.issues)}` };
    answers[id] = parsed.data;
  }
  return { ok: true, value: answers };
};

/**
 * The host's answer to `vk-answers-submit`. (Whole numbers through a refine rather than `z.int()`,
 * which would bring zod's number-format checks along for this one field.)
 */
export const answersSubmitResultSchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({
    ok: z.literal(false),
    /** Attempts left after this one; 0 hands over to document review. */
    attemptsLeft: z.number().check(z.refine(Number.isSafeInteger, 'must be a whole number'), z.nonnegative()),
    /** Ids of the questions answered wrongly, when the host chooses to say. */
    wrong: z.optional(z.array(z.string())),
  }),
  z.object({ ok: z.literal(false), reason: z.literal('error'), message: z.optional(z.string()) }),
]);
export type AnswersSubmitResult = z.infer<typeof answersSubmitResultSchema>;
