/** The kinds of question the host can ask. */
export const questionTypes = ['single', 'multiple', 'text', 'address', 'amount'] as const;
export type QuestionType = (typeof questionTypes)[number];

/**
 * One answer, by question type:
 * - `single`: `{ choice: optionId }`;
 * - `multiple`: `{ choices: optionId[] }` (one or more);
 * - `text` and `address`: `{ text }` (trimmed);
 * - `amount`: `{ min, max }`, a range; an exact amount has `min === max`;
 * - any question with `allowDontRemember`: `{ dontRemember: true }`.
 */
export type Answer = { choice: string } | { choices: string[] } | { text: string } | { min: number; max: number } | { dontRemember: true };

/** Answers keyed by question id. Unanswered optional questions are absent. */
export type Answers = Record<string, Answer>;

/** Why the questionnaire hands over to document review. */
export const fallbackReasons = ['attempts-exhausted', 'user-choice'] as const;
export type FallbackReason = (typeof fallbackReasons)[number];
