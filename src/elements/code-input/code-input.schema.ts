import type { AnswerSchema } from '../../core/events.js';
import type { Check } from '../../core/host-data.js';
import type { VkCodeRequestAnswer, VkCodeSubmitAnswer } from './code-input.answers.js';

export type { VkCodeRequestAnswer, VkCodeSubmitAnswer };

/**
 * Host data and host answers of `<vk-code-input>`, without zod up front. The properties use the
 * core checks (`core/host-data.ts`) and `text` below. The answers' zod schemas live in
 * `code-input.answers.ts`, loaded when the element first asks its host. Measured with
 * `node bench/size.mjs` (esbuild, gzip): `verikit/code-input` loads lit + 12.5 KB up front, against
 * lit + 19.0 KB with the schemas imported statically; the lazy chunk is 6.4 KB, mostly zod.
 * `loadAnswers()` starts that download with each request, so it runs beside the host's own work.
 * (The CDN bundle has zod for the other elements anyway: there the schemas are inline.)
 */

/** A string property; nothing (`null`, `undefined`) means empty. `hint` says why another type is no good. */
export const text =
  (hint = ''): Check<string> =>
  (value) =>
    typeof value === 'string' ? { ok: true, value } : value == null ? { ok: true, value: '' } : { ok: false, problem: `must be a string${hint}` };

type AnswersModule = typeof import('./code-input.answers.js');
let answers: Promise<AnswersModule> | undefined;

/** The answers' schemas, downloaded once (again after a failed download). */
export function loadAnswers(): Promise<AnswersModule> {
  answers ??= import('./code-input.answers.js').catch((error: unknown) => {
    answers = undefined;
    throw error;
  });
  return answers;
}

export type HelpModule = typeof import('./code-input.help.js');
let help: Promise<HelpModule> | undefined;

/** The help's tips, downloaded once, when the help is first opened (again after a failed download). */
export function loadHelp(): Promise<HelpModule> {
  help ??= import('./code-input.help.js').catch((error: unknown) => {
    help = undefined;
    throw error;
  });
  return help;
}

export const requestAnswers: AnswerSchema<VkCodeRequestAnswer> = () => loadAnswers().then((m) => m.codeRequestAnswerSchema);
export const submitAnswers: AnswerSchema<VkCodeSubmitAnswer> = () => loadAnswers().then((m) => m.codeSubmitAnswerSchema);
