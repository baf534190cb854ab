import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { VkElement } from '../../core/base-element.js';
import { acceptHostValue, checked, listOf, wholeNumber } from '../../core/host-data.js';
import { HostRequest } from '../../core/host-request.js';
import { isolate, numberFormat, type MessageParams } from '../../core/i18n.js';
import { looksWrongForNetwork } from './questionnaire.address.js';
import {
  VkAnswersAcceptedEvent,
  VkAnswersChangeEvent,
  VkAnswersSubmitEvent,
  VkQuestionnaireFallbackEvent,
} from './questionnaire.events.js';
import { questionnaireMessages, type QuestionnaireMessageKey } from './questionnaire.messages.js';
import { answersCheck, answersSubmitResultSchema, questionSchema, type Question } from './questionnaire.schema.js';
import { questionnaireStyles } from './questionnaire.styles.js';
import type { Answer, Answers, FallbackReason } from './questionnaire.types.js';

/** What the user has entered for one question, kept as typed (even when not yet a valid answer). */
interface Draft {
  choice: string;
  choices: readonly string[];
  text: string;
  min: string;
  max: string;
  dontRemember: boolean;
}

interface Problem {
  key: QuestionnaireMessageKey;
  params?: MessageParams;
}

/** What the host's last grading said: nothing yet (or the user is answering again), some answers wrong, all correct. */
type Outcome = 'open' | 'wrong' | 'accepted';

const emptyDraft: Draft = { choice: '', choices: [], text: '', min: '', max: '', dontRemember: false };
/** Bounds may be fractions of a coin (0.00012 BTC): keep every digit the host gave. */
const boundFormatOptions: Intl.NumberFormatOptions = { maximumFractionDigits: 20 };

/** `"0,5"` and `" 0.5 "` → 0.5; empty → undefined; anything else, or digits too long to be a number (Infinity), → NaN. */
function parseAmount(raw: string): number | undefined {
  const compact = raw.replace(/\s/g, '');
  if (compact === '') return undefined;
  const normalized = compact.replace(',', '.');
  const amount = /^\d+(\.\d+)?$|^\.\d+$/.test(normalized) ? Number(normalized) : Number.NaN;
  return Number.isFinite(amount) ? amount : Number.NaN;
}

function draftFromAnswer(answer: Answer): Draft {
  if ('dontRemember' in answer) return { ...emptyDraft, dontRemember: true };
  if ('choice' in answer) return { ...emptyDraft, choice: answer.choice };
  if ('choices' in answer) return { ...emptyDraft, choices: [...answer.choices] };
  if ('text' in answer) return { ...emptyDraft, text: answer.text };
  return { ...emptyDraft, min: String(answer.min), max: answer.max === answer.min ? '' : String(answer.max) };
}

/**
 * Account questions for a security reset (recent trades, holdings, addresses, anti-phishing code,
 * nickname…). Every question is on one page, numbered "Question 2 of 4" with an answered count, so
 * on a phone the user scrolls once, reviews everything before a scarce graded attempt, and sees
 * wrong answers marked in place. The host grades: the element never holds the right answers.
 * After the last failed attempt it switches to "submit documents". While the grading waits for the
 * host, a Cancel button next to the pending message aborts the request (the detail's `signal`),
 * keeps every answer, says so politely and returns focus to the submit button; after a failed
 * grading, "Try again" sends the answers again. Amount bounds are shown with the locale's digit
 * grouping ("1,000,000", "1 000 000").
 *
 * @summary Answer account questions; the host grades them.
 *
 * @fires {VkAnswersChangeEvent} vk-answers-change - The user changed an answer. Detail `{ answers, questionId }`.
 * @fires {VkAnswersSubmitEvent} vk-answers-submit - Request: grade the answers. Detail `{ answers, collect?, respond, signal }` (`collect: true` when the element only collects); answer `{ ok: true }`, `{ ok: false, attemptsLeft, wrong?: questionIds }` or `{ ok: false, reason: 'error', message? }`. Beware `wrong`: marking the wrong questions tells a guesser which of the others were right; leave it out unless your risk policy accepts that. Grade "I don't remember" (`{ dontRemember: true }`) as not known, not as wrong.
 * @fires {VkAnswersAcceptedEvent} vk-answers-accepted - The host accepted every answer. Detail `{}`.
 * @fires {VkQuestionnaireFallbackEvent} vk-questionnaire-fallback - Continue with documents. Detail `{ reason: 'attempts-exhausted' | 'user-choice' }`; fired when an answer leaves 0 attempts, when the user presses "Submit documents" afterwards, and when the user chooses "Submit documents instead".
 *
 * @csspart form - The form around the questions.
 * @csspart intro - The text above the questions.
 * @csspart progress - The "2 of 4 answered" text.
 * @csspart progress-bar - The native progress bar.
 * @csspart summary - The result of a failed attempt (focused after it).
 * @csspart question - One question's fieldset.
 * @csspart question-number - "Question 2 of 4".
 * @csspart prompt - The question text.
 * @csspart question-hint - Help under the question (e.g. "one or more may be correct", network).
 * @csspart option - A choice row (radio or checkbox with its label).
 * @csspart input - A text, address or amount field.
 * @csspart dont-remember - The "I don't remember" row.
 * @csspart question-error - A question's validation or "wrong" message.
 * @csspart submit - The submit button.
 * @csspart documents - The "submit documents" button.
 * @csspart attempts - The attempts-left text.
 * @csspart feedback - Pending, waiting, error or cancelled text (also `error` when it is an error).
 * @csspart cancel - Stops waiting for the host's grading (shown only while it is pending or waiting); the answers are kept.
 * @csspart retry - "Try again" after the grading failed (network, malformed answer, or the host's own error).
 * @csspart result - The accepted or no-attempts-left panel.
 * @csspart status - The polite live region (visually hidden).
 *
 * @cssprop --vk-questionnaire-gap - Space between questions.
 * @cssprop --vk-questionnaire-question-border-color - Border of a question card.
 * @cssprop --vk-questionnaire-option-background - Background of a choice row.
 */
export class VkQuestionnaire extends VkElement<QuestionnaireMessageKey> {
  static override styles = [VkElement.styles, questionnaireStyles];
  static override messages = questionnaireMessages;

  /** The answers are collected for support, not graded (MEXC's questionnaire): no attempts, no documents path; `vk-answers-submit` says `collect: true`. */
  @property({ type: Boolean, reflect: true }) collect = false;

  /** Graded attempts left; the host's answer updates it. 0 shows the documents path. */
  @property({ type: Number, attribute: 'attempts-left' }) @checked(wholeNumber(0)) attemptsLeft = 3;

  /**
   * The questions, validated with zod/mini (see `questionSchema`): `{ id, type: 'single' | 'multiple' |
   * 'text' | 'address' | 'amount', prompt, options?, allowDontRemember?, placeholder?, network?, asset?,
   * min?, max?, unit?, required? }`. Malformed data is reported on the console as a `VkDeveloperError`
   * naming the question and the field, and the previous questions are kept. Answers already given are
   * kept by question id.
   */
  @property({ attribute: false }) @checked(listOf('id', questionSchema)) questions: Question[] = [];

  @state() private drafts: Readonly<Record<string, Draft>> = {};
  /** Questions whose validation message is showing (all of them after a submit attempt). */
  @state() private checked: ReadonlySet<string> = new Set();
  /** Questions the host marked wrong, until the user edits them. */
  @state() private wrong: ReadonlySet<string> = new Set();
  @state() private outcome: Outcome = 'open';

  readonly #grading = new HostRequest(this, {
    texts: { pending: 'questionnaire.pending', error: 'questionnaire.error' },
    onCancel: () => this.#focus('[part~="submit"]'),
  });

  /**
   * The answers given so far, keyed by question id (see `Answers`). Set it to restore a draft; a
   * malformed draft is reported on the console and changes nothing.
   */
  get value(): Answers {
    const answers: Answers = {};
    for (const question of this.questions) {
      const answer = this.#answerFor(question);
      if (answer) answers[question.id] = answer;
    }
    return answers;
  }

  set value(answers: Answers) {
    const current = this.value;
    const parsed = acceptHostValue(this, 'value', answersCheck, answers, current);
    if (parsed === current) return;
    const drafts: Record<string, Draft> = { ...this.drafts };
    for (const [id, answer] of Object.entries(parsed)) drafts[id] = draftFromAnswer(answer);
    this.drafts = drafts;
  }

  #draft(id: string): Draft {
    return this.drafts[id] ?? emptyDraft;
  }

  #answerFor(question: Question): Answer | undefined {
    const draft = this.#draft(question.id);
    if (question.allowDontRemember && draft.dontRemember) return { dontRemember: true };
    switch (question.type) {
      case 'single':
        return question.options?.some((option) => option.id === draft.choice) ? { choice: draft.choice } : undefined;
      case 'multiple': {
        const choices = (question.options ?? []).map((option) => option.id).filter((id) => draft.choices.includes(id));
        return choices.length ? { choices } : undefined;
      }
      case 'text':
      case 'address': {
        const text = draft.text.trim();
        return text ? { text } : undefined;
      }
      case 'amount': {
        const from = parseAmount(draft.min);
        const to = parseAmount(draft.max);
        const min = from ?? to;
        const max = to ?? from;
        if (min === undefined || max === undefined || Number.isNaN(min) || Number.isNaN(max)) return undefined;
        return { min, max };
      }
    }
  }

  /** Why this question cannot be submitted as it is, if it cannot. */
  #problem(question: Question): Problem | undefined {
    const draft = this.#draft(question.id);
    if (question.allowDontRemember && draft.dontRemember) return undefined;
    const required = question.required !== false;
    const answer = this.#answerFor(question);
    switch (question.type) {
      case 'single':
        return !answer && required ? { key: 'questionnaire.error.choose' } : undefined;
      case 'multiple':
        return !answer && required ? { key: 'questionnaire.error.chooseSome' } : undefined;
      case 'text':
        return !answer && required ? { key: 'questionnaire.error.text' } : undefined;
      case 'address':
        if (!answer) return required ? { key: 'questionnaire.error.address' } : undefined;
        return 'text' in answer && looksWrongForNetwork(answer.text, question.network)
          ? { key: 'questionnaire.error.addressShape', params: { network: isolate(question.network ?? '') } }
          : undefined;
      case 'amount':
        return this.#amountProblem(question, draft, required);
    }
  }

  #amountProblem(question: Question, draft: Draft, required: boolean): Problem | undefined {
    const from = parseAmount(draft.min);
    const to = parseAmount(draft.max);
    if (from === undefined && to === undefined) return required ? { key: 'questionnaire.error.amount' } : undefined;
    if (Number.isNaN(from) || Number.isNaN(to)) return { key: 'questionnaire.error.number' };
    const low = from ?? to ?? 0;
    const high = to ?? from ?? 0;
    if (low > high) return { key: 'questionnaire.error.order' };
    const outside = (question.min !== undefined && low < question.min) || (question.max !== undefined && high > question.max);
    return outside ? { key: 'questionnaire.error.bounds', params: { range: this.#boundsText(question) } } : undefined;
  }

  #boundsText(question: Question): string {
    const format = numberFormat(this.locale, boundFormatOptions);
    const min = question.min === undefined ? undefined : format.format(question.min);
    const max = question.max === undefined ? undefined : format.format(question.max);
    if (min !== undefined && max !== undefined) return this.t('questionnaire.amount.between', { min, max });
    if (min !== undefined) return this.t('questionnaire.amount.atLeast', { min });
    if (max !== undefined) return this.t('questionnaire.amount.atMost', { max });
    return '';
  }

  /** The message shown under a question: its validation problem once checked, else the host's "wrong". */
  #errorText(question: Question): string {
    const problem = this.checked.has(question.id) ? this.#problem(question) : undefined;
    if (problem) return this.t(problem.key, problem.params);
    return this.wrong.has(question.id) ? this.t('questionnaire.error.wrong') : '';
  }

  #edit(question: Question, patch: Partial<Draft>): void {
    this.drafts = { ...this.drafts, [question.id]: { ...this.#draft(question.id), ...patch } };
    if (this.wrong.has(question.id)) {
      const wrong = new Set(this.wrong);
      wrong.delete(question.id);
      this.wrong = wrong;
    }
    this.emit(new VkAnswersChangeEvent({ answers: this.value, questionId: question.id }));
  }

  #toggleChoice(question: Question, optionId: string, on: boolean): void {
    const choices = this.#draft(question.id).choices.filter((id) => id !== optionId);
    this.#edit(question, { choices: on ? [...choices, optionId] : choices });
  }

  #focus(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  #onSubmit(event: Event): void {
    event.preventDefault();
    this.#trySubmit();
  }

  /** Checks every answer; sends them when all are fine, else marks the questions and focuses the first one to fix. */
  #trySubmit(): void {
    if (this.#grading.status === 'pending') return;
    this.checked = new Set(this.questions.map((question) => question.id));
    const firstInvalid = this.questions.findIndex((question) => this.#problem(question));
    if (firstInvalid >= 0) this.#focus(`[data-index="${firstInvalid}"] input:not(:disabled)`);
    else void this.#submit();
  }

  async #submit(): Promise<void> {
    const answers = this.value;
    this.outcome = 'open';
    const result = await this.#grading.run(
      VkAnswersSubmitEvent.eventName,
      answersSubmitResultSchema,
      (respond, signal) => new VkAnswersSubmitEvent({ answers, ...(this.collect ? { collect: true } : {}), respond, signal }),
      { retry: () => this.#trySubmit() },
    );
    if (!result) return;
    if (result.ok) {
      this.outcome = 'accepted';
      this.#focus('[part="result"]');
      this.emit(new VkAnswersAcceptedEvent());
    } else if ('attemptsLeft' in result) {
      this.attemptsLeft = result.attemptsLeft;
      this.wrong = new Set(result.wrong ?? []);
      this.outcome = 'wrong';
      this.#focus(result.attemptsLeft > 0 ? '[part="summary"]' : '[part="result"]');
      if (result.attemptsLeft === 0) this.#fallBack('attempts-exhausted');
    } else {
      this.#grading.fail(result.message);
    }
  }

  #fallBack(reason: FallbackReason): void {
    this.#grading.abort();
    this.emit(new VkQuestionnaireFallbackEvent({ reason }));
  }

  override render() {
    return html`${this.#renderBody()} ${this.liveRegion()}`;
  }

  #renderBody() {
    if (this.outcome === 'accepted') {
      return html`<div part="result" class="panel" tabindex="-1"><p class="title">${this.t(this.collect ? 'questionnaire.recorded' : 'questionnaire.accepted')}</p></div>`;
    }
    if (this.attemptsLeft <= 0 && !this.collect) {
      return html`<div part="result" class="panel" tabindex="-1">
        <p class="title">${this.t('questionnaire.exhausted.title')}</p>
        <p>${this.t('questionnaire.exhausted.info')}</p>
        <button type="button" part="documents" class="vk-button" @click=${() => this.#fallBack('attempts-exhausted')}>
          ${this.t('questionnaire.exhausted.action')}
        </button>
      </div>`;
    }
    const total = this.questions.length;
    const answered = this.questions.filter((question) => this.#answerFor(question)).length;
    return html`<form part="form" novalidate @submit=${this.#onSubmit}>
      <p part="intro" class="hint">${this.t('questionnaire.intro')}</p>
      <div class="progress">
        <span id="progress" part="progress">${this.t('questionnaire.progress', { answered, total })}</span>
        <progress part="progress-bar" max=${Math.max(total, 1)} .value=${answered} aria-labelledby="progress"></progress>
      </div>
      ${this.outcome === 'wrong' ? this.#renderSummary() : nothing}
      ${this.questions.map((question, index) => this.#renderQuestion(question, index, total))} ${this.#grading.render()}
      ${this.collect ? nothing : html`<p part="attempts" class="hint">${this.t('questionnaire.attemptsLeft', { count: this.attemptsLeft })}</p>`}
      <div class="actions">
        <button type="submit" part="submit" class="vk-button" aria-disabled=${this.#grading.status === 'pending' ? 'true' : 'false'}>
          ${this.t('questionnaire.submit')}
        </button>
        ${this.collect
          ? nothing
          : html`<button type="button" part="documents" class="vk-button" data-variant="secondary" @click=${() => this.#fallBack('user-choice')}>
              ${this.t('questionnaire.documentsInstead')}
            </button>`}
      </div>
    </form>`;
  }

  #renderSummary() {
    const marked = this.wrong.size;
    return html`<div part="summary" class="summary" tabindex="-1">
      <p>${this.t('questionnaire.wrong', { count: this.attemptsLeft })}</p>
      ${marked ? html`<p>${this.t('questionnaire.wrongCount', { count: marked })}</p>` : nothing}
    </div>`;
  }

  #renderQuestion(question: Question, index: number, total: number) {
    const draft = this.#draft(question.id);
    const error = this.#errorText(question);
    const hints = this.#hintLines(question);
    const ids = { legend: `q${index}-legend`, hint: `q${index}-hint`, error: `q${index}-error` };
    const describedBy = [hints.length ? ids.hint : '', error ? ids.error : ''].filter(Boolean).join(' ');
    const disabled = Boolean(question.allowDontRemember && draft.dontRemember);
    const field = { question, draft, index, ids, describedBy, invalid: error ? 'true' : 'false', disabled };
    return html`<fieldset part="question" class="question" data-index=${index} ?data-invalid=${Boolean(error)} aria-describedby=${describedBy || nothing}>
      <legend id=${ids.legend}>
        <span part="question-number" class="number">${this.t('questionnaire.questionNumber', { index: index + 1, total })}</span>
        <span part="prompt" class="prompt" dir="auto">${question.prompt}</span>
        ${question.required === false ? html`<span class="hint">${this.t('questionnaire.optional')}</span>` : nothing}
      </legend>
      ${hints.length ? html`<p id=${ids.hint} part="question-hint" class="hint">${hints.map((line) => html`<span class="hint-line">${line}</span> `)}</p>` : nothing}
      ${this.#renderControl(field)}
      ${question.allowDontRemember
        ? html`<label part="dont-remember" class="choice">
            <input type="checkbox" data-dont-remember .checked=${draft.dontRemember} @change=${(event: Event) => this.#edit(question, { dontRemember: (event.target as HTMLInputElement).checked })} />
            <span>${this.t('questionnaire.dontRemember')}</span>
          </label>`
        : nothing}
      ${error ? html`<p id=${ids.error} part="question-error" class="error">${error}</p>` : nothing}
    </fieldset>`;
  }

  /** Help under a question, one short line each (multiple-choice rule, asset and network, amount rules). */
  #hintLines(question: Question): string[] {
    const lines: string[] = [];
    if (question.type === 'multiple') lines.push(this.t('questionnaire.multipleHint'));
    if (question.type === 'address') {
      // The host's names keep their own direction in a right-to-left sentence.
      if (question.asset) lines.push(this.t('questionnaire.address.asset', { asset: isolate(question.asset) }));
      if (question.network) lines.push(this.t('questionnaire.address.network', { network: isolate(question.network) }));
    }
    if (question.type === 'amount') {
      lines.push(this.t('questionnaire.amount.hint'));
      if (question.unit) lines.push(this.t('questionnaire.amount.unit', { unit: isolate(question.unit) }));
      const bounds = this.#boundsText(question);
      if (bounds) lines.push(bounds);
    }
    return lines;
  }

  #renderControl(field: {
    question: Question;
    draft: Draft;
    index: number;
    ids: { legend: string };
    describedBy: string;
    invalid: string;
    disabled: boolean;
  }) {
    const { question, draft, index, ids, describedBy, invalid, disabled } = field;
    const described = describedBy || nothing;
    switch (question.type) {
      case 'single':
      case 'multiple': {
        const single = question.type === 'single';
        return html`<div class="options">
          ${(question.options ?? []).map(
            (option) => html`<label part="option" class="choice">
              <input
                type=${single ? 'radio' : 'checkbox'}
                name=${`q${index}`}
                value=${option.id}
                .checked=${!disabled && (single ? draft.choice === option.id : draft.choices.includes(option.id))}
                ?disabled=${disabled}
                aria-invalid=${invalid}
                @change=${(event: Event) => {
                  const on = (event.target as HTMLInputElement).checked;
                  if (single) this.#edit(question, { choice: option.id });
                  else this.#toggleChoice(question, option.id, on);
                }}
              />
              <span dir="auto">${option.label}</span>
            </label>`,
          )}
        </div>`;
      }
      case 'text':
      case 'address':
        return html`<input
          part="input"
          class="text"
          type="text"
          autocomplete="off"
          spellcheck="false"
          autocapitalize=${question.type === 'address' ? 'off' : 'sentences'}
          dir=${question.type === 'address' ? 'ltr' : 'auto'}
          placeholder=${question.placeholder ?? nothing}
          .value=${disabled ? '' : draft.text}
          ?disabled=${disabled}
          aria-labelledby=${ids.legend}
          aria-describedby=${described}
          aria-invalid=${invalid}
          @input=${(event: Event) => this.#edit(question, { text: (event.target as HTMLInputElement).value })}
        />`;
      case 'amount':
        return html`<div class="range">
          ${(['min', 'max'] as const).map(
            (end) => html`<label class="range-end">
              <span>${this.t(end === 'min' ? 'questionnaire.amount.from' : 'questionnaire.amount.to')}</span>
              <input
                part="input"
                class="text"
                type="text"
                inputmode="decimal"
                autocomplete="off"
                dir="ltr"
                data-end=${end}
                placeholder=${question.placeholder ?? nothing}
                .value=${disabled ? '' : draft[end]}
                ?disabled=${disabled}
                aria-describedby=${described}
                aria-invalid=${invalid}
                @input=${(event: Event) => this.#edit(question, { [end]: (event.target as HTMLInputElement).value })}
              />
            </label>`,
          )}
        </div>`;
    }
  }
}
