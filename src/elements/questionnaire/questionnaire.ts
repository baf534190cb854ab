import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Announcer } from '../../core/announcer.js';
import { VkElement } from '../../core/base-element.js';
import { LatestRequest } from '../../core/latest-request.js';
import { dispatchRequest, VkDeveloperError } from '../../core/events.js';
import { numberFormat, type MessageParams } from '../../core/i18n.js';
import { parseHostData, parseHostList } from '../../core/schema.js';
import { baseStyles } from '../../core/styles.js';
import { looksWrongForNetwork } from './questionnaire.address.js';
import {
  VkAnswersAcceptedEvent,
  VkAnswersChangeEvent,
  VkAnswersSubmitEvent,
  VkQuestionnaireFallbackEvent,
} from './questionnaire.events.js';
import { questionnaireMessages, type QuestionnaireMessageKey } from './questionnaire.messages.js';
import { answersSchema, answersSubmitResultSchema, questionSchema, type Question } from './questionnaire.schema.js';
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

/** `cancelled`: the user stopped waiting; every answer is kept and they may submit again. */
type RequestStatus = 'idle' | 'pending' | 'waiting' | 'error' | 'cancelled' | 'wrong' | 'accepted';

const emptyDraft: Draft = { choice: '', choices: [], text: '', min: '', max: '', dontRemember: false };
const statusMessageKeys: Partial<Record<RequestStatus, QuestionnaireMessageKey>> = {
  pending: 'questionnaire.pending',
  waiting: 'questionnaire.waiting',
  error: 'questionnaire.error',
  cancelled: 'questionnaire.cancelled',
};
/** Bounds may be fractions of a coin (0.00012 BTC): keep every digit the host gave. */
const boundFormatOptions: Intl.NumberFormatOptions = { maximumFractionDigits: 20 };

/** `"0,5"` and `" 0.5 "` → 0.5; empty → undefined; anything else → NaN. */
function parseAmount(raw: string): number | undefined {
  const compact = raw.replace(/\s/g, '');
  if (compact === '') return undefined;
  const normalized = compact.replace(',', '.');
  return /^\d+(\.\d+)?$|^\.\d+$/.test(normalized) ? Number(normalized) : Number.NaN;
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
 * keeps every answer, says so politely and returns focus to the submit button. Amount bounds are
 * shown with the locale's digit grouping ("1,000,000", "1 000 000").
 *
 * @summary Answer account questions; the host grades them.
 *
 * @fires {VkAnswersChangeEvent} vk-answers-change - The user changed an answer. Detail `{ answers, questionId }`.
 * @fires {VkAnswersSubmitEvent} vk-answers-submit - Request: grade the answers. Detail `{ answers, respond, signal }`; answer `{ ok: true }`, `{ ok: false, attemptsLeft, wrong?: questionIds }` or `{ ok: false, reason: 'error', message? }`.
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
 * @csspart feedback - Pending, waiting, error or cancelled text.
 * @csspart cancel - Stops waiting for the host's grading (shown only while it is pending or waiting); the answers are kept.
 * @csspart result - The accepted or no-attempts-left panel.
 * @csspart status - The polite live region (visually hidden).
 *
 * @cssprop --vk-questionnaire-gap - Space between questions.
 * @cssprop --vk-questionnaire-question-border-color - Border of a question card.
 * @cssprop --vk-questionnaire-option-background - Background of a choice row.
 */
export class VkQuestionnaire extends VkElement {
  static override styles = [baseStyles, questionnaireStyles];

  /** Graded attempts left; the host's answer updates it. 0 shows the documents path. */
  @property({ type: Number, attribute: 'attempts-left' }) attemptsLeft = 3;

  @state() private parsedQuestions: Question[] = [];
  @state() private drafts: Readonly<Record<string, Draft>> = {};
  /** Questions whose validation message is showing (all of them after a submit attempt). */
  @state() private checked: ReadonlySet<string> = new Set();
  /** Questions the host marked wrong, until the user edits them. */
  @state() private wrong: ReadonlySet<string> = new Set();
  @state() private status: RequestStatus = 'idle';
  @state() private hostMessage = '';

  readonly #announcer = new Announcer(this);
  readonly #request = new LatestRequest();

  /**
   * The questions, validated with zod/mini (see `questionSchema`): `{ id, type: 'single' | 'multiple' |
   * 'text' | 'address' | 'amount', prompt, options?, allowDontRemember?, placeholder?, network?, asset?,
   * min?, max?, unit?, required? }`. Malformed data throws a `VkDeveloperError` naming the question and
   * the field. Answers already given are kept by question id.
   */
  get questions(): Question[] {
    return this.parsedQuestions;
  }

  set questions(value: readonly unknown[]) {
    this.parsedQuestions = parseHostList({ list: '<vk-questionnaire> questions', item: '<vk-questionnaire> question' }, 'id', questionSchema, value);
  }

  /** The answers given so far, keyed by question id (see `Answers`). Set it to restore a draft. */
  get value(): Answers {
    const answers: Answers = {};
    for (const question of this.parsedQuestions) {
      const answer = this.#answerFor(question);
      if (answer) answers[question.id] = answer;
    }
    return answers;
  }

  set value(answers: Answers) {
    const parsed = parseHostData('<vk-questionnaire> value', answersSchema, answers);
    const drafts: Record<string, Draft> = { ...this.drafts };
    for (const [id, answer] of Object.entries(parsed)) drafts[id] = draftFromAnswer(answer);
    this.drafts = drafts;
  }

  #text(key: QuestionnaireMessageKey, params?: MessageParams): string {
    return this.message(questionnaireMessages, key, params);
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
          ? { key: 'questionnaire.error.addressShape', params: { network: question.network ?? '' } }
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
    if (min !== undefined && max !== undefined) return this.#text('questionnaire.amount.between', { min, max });
    if (min !== undefined) return this.#text('questionnaire.amount.atLeast', { min });
    if (max !== undefined) return this.#text('questionnaire.amount.atMost', { max });
    return '';
  }

  /** The message shown under a question: its validation problem once checked, else the host's "wrong". */
  #errorText(question: Question): string {
    const problem = this.checked.has(question.id) ? this.#problem(question) : undefined;
    if (problem) return this.#text(problem.key, problem.params);
    return this.wrong.has(question.id) ? this.#text('questionnaire.error.wrong') : '';
  }

  #edit(question: Question, patch: Partial<Draft>): void {
    this.drafts = { ...this.drafts, [question.id]: { ...this.#draft(question.id), ...patch } };
    if (this.wrong.has(question.id)) {
      const wrong = new Set(this.wrong);
      wrong.delete(question.id);
      this.wrong = wrong;
    }
    this.dispatchEvent(new VkAnswersChangeEvent({ answers: this.value, questionId: question.id }));
  }

  #toggleChoice(question: Question, optionId: string, on: boolean): void {
    const choices = this.#draft(question.id).choices.filter((id) => id !== optionId);
    this.#edit(question, { choices: on ? [...choices, optionId] : choices });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('attemptsLeft') && !(Number.isInteger(this.attemptsLeft) && this.attemptsLeft >= 0)) {
      console.error(new VkDeveloperError(`verikit: <vk-questionnaire> attempts-left must be a whole number ≥ 0, got ${String(this.attemptsLeft)}; keeping the previous value.`));
      this.attemptsLeft = changed.get('attemptsLeft') ?? 3;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#request.abort();
  }

  protected override updated(changed: PropertyValues): void {
    if (!changed.has('status') && !changed.has('attemptsLeft')) return;
    const target = this.status === 'wrong' && this.attemptsLeft > 0 ? 'summary' : this.status === 'accepted' || this.attemptsLeft <= 0 ? 'result' : '';
    if (target && changed.get('status') !== undefined) this.renderRoot.querySelector<HTMLElement>(`[part="${target}"]`)?.focus();
  }

  #onSubmit(event: Event): void {
    event.preventDefault();
    if (this.status === 'pending') return;
    this.checked = new Set(this.parsedQuestions.map((question) => question.id));
    const firstInvalid = this.parsedQuestions.findIndex((question) => this.#problem(question));
    if (firstInvalid >= 0) {
      void this.updateComplete.then(() => {
        this.renderRoot.querySelector<HTMLInputElement>(`[data-index="${firstInvalid}"] input:not(:disabled)`)?.focus();
      });
      return;
    }
    void this.#submit();
  }

  /** The user stops waiting: the request's `signal` aborts, the answers stay, and submit works again. */
  #onCancel(): void {
    this.#request.cancel();
    this.#setStatus('cancelled');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="submit"]')?.focus());
  }

  async #submit(): Promise<void> {
    const signal = this.#request.start();
    const answers = this.value;
    this.#setStatus('pending');
    const outcome = await dispatchRequest(
      this,
      VkAnswersSubmitEvent.eventName,
      answersSubmitResultSchema,
      (respond, signal) => new VkAnswersSubmitEvent({ answers, respond, signal }),
      { signal, onUnanswered: () => this.#setStatus('waiting') },
    );
    if (!this.#request.finish(signal)) return; // superseded or cancelled
    if (outcome.kind === 'aborted') return this.#setStatus('idle');
    if (outcome.kind !== 'answered') return this.#setStatus('error');
    const result = outcome.result;
    if (result.ok) {
      this.#setStatus('accepted');
      this.dispatchEvent(new VkAnswersAcceptedEvent());
    } else if ('attemptsLeft' in result) {
      this.attemptsLeft = result.attemptsLeft;
      this.wrong = new Set(result.wrong ?? []);
      this.#setStatus('wrong');
      if (result.attemptsLeft === 0) this.#fallBack('attempts-exhausted');
    } else {
      this.#setStatus('error', result.message);
    }
  }

  #setStatus(status: RequestStatus, hostMessage = ''): void {
    this.status = status;
    this.hostMessage = hostMessage;
    const key = statusMessageKeys[status];
    if (key) this.#announcer.announce(hostMessage || this.#text(key));
  }

  #fallBack(reason: FallbackReason): void {
    this.#request.abort();
    this.dispatchEvent(new VkQuestionnaireFallbackEvent({ reason }));
  }

  override render() {
    return html`${this.#renderBody()}
      <p part="status" role="status" class="visually-hidden">${this.#announcer.message}</p>`;
  }

  #renderBody() {
    if (this.status === 'accepted') {
      return html`<div part="result" class="panel" tabindex="-1"><p class="title">${this.#text('questionnaire.accepted')}</p></div>`;
    }
    if (this.attemptsLeft <= 0) {
      return html`<div part="result" class="panel" tabindex="-1">
        <p class="title">${this.#text('questionnaire.exhausted.title')}</p>
        <p>${this.#text('questionnaire.exhausted.info')}</p>
        <button type="button" part="documents" class="vk-button" @click=${() => this.#fallBack('attempts-exhausted')}>
          ${this.#text('questionnaire.exhausted.action')}
        </button>
      </div>`;
    }
    const total = this.parsedQuestions.length;
    const answered = this.parsedQuestions.filter((question) => this.#answerFor(question)).length;
    const feedbackKey = statusMessageKeys[this.status];
    return html`<form part="form" novalidate @submit=${this.#onSubmit}>
      <p part="intro" class="hint">${this.#text('questionnaire.intro')}</p>
      <div class="progress">
        <span id="progress" part="progress">${this.#text('questionnaire.progress', { answered, total })}</span>
        <progress part="progress-bar" max=${Math.max(total, 1)} .value=${answered} aria-labelledby="progress"></progress>
      </div>
      ${this.status === 'wrong' ? this.#renderSummary() : nothing}
      ${this.parsedQuestions.map((question, index) => this.#renderQuestion(question, index, total))}
      ${feedbackKey
        ? html`<div class="feedback-row">
            <p part="feedback" class="feedback" data-kind=${this.status}>${this.hostMessage || this.#text(feedbackKey)}</p>
            ${this.status === 'pending' || this.status === 'waiting'
              ? html`<button type="button" part="cancel" class="vk-button" data-variant="secondary" @click=${this.#onCancel}>${this.#text('questionnaire.cancel')}</button>`
              : nothing}
          </div>`
        : nothing}
      <p part="attempts" class="hint">${this.#text('questionnaire.attemptsLeft', { count: this.attemptsLeft })}</p>
      <div class="actions">
        <button type="submit" part="submit" class="vk-button" aria-disabled=${this.status === 'pending' ? 'true' : 'false'}>
          ${this.#text('questionnaire.submit')}
        </button>
        <button type="button" part="documents" class="vk-button" data-variant="secondary" @click=${() => this.#fallBack('user-choice')}>
          ${this.#text('questionnaire.documentsInstead')}
        </button>
      </div>
    </form>`;
  }

  #renderSummary() {
    const marked = this.wrong.size;
    return html`<div part="summary" class="summary" tabindex="-1">
      <p>${this.#text('questionnaire.wrong', { count: this.attemptsLeft })}</p>
      ${marked ? html`<p>${this.#text('questionnaire.wrongCount', { count: marked })}</p>` : nothing}
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
        <span part="question-number" class="number">${this.#text('questionnaire.questionNumber', { index: index + 1, total })}</span>
        <span part="prompt" class="prompt">${question.prompt}</span>
        ${question.required === false ? html`<span class="hint">${this.#text('questionnaire.optional')}</span>` : nothing}
      </legend>
      ${hints.length ? html`<p id=${ids.hint} part="question-hint" class="hint">${hints.map((line) => html`<span class="hint-line">${line}</span> `)}</p>` : nothing}
      ${this.#renderControl(field)}
      ${question.allowDontRemember
        ? html`<label part="dont-remember" class="choice">
            <input type="checkbox" data-dont-remember .checked=${draft.dontRemember} @change=${(event: Event) => this.#edit(question, { dontRemember: (event.target as HTMLInputElement).checked })} />
            <span>${this.#text('questionnaire.dontRemember')}</span>
          </label>`
        : nothing}
      ${error ? html`<p id=${ids.error} part="question-error" class="error">${error}</p>` : nothing}
    </fieldset>`;
  }

  /** Help under a question, one short line each (multiple-choice rule, asset and network, amount rules). */
  #hintLines(question: Question): string[] {
    const lines: string[] = [];
    if (question.type === 'multiple') lines.push(this.#text('questionnaire.multipleHint'));
    if (question.type === 'address') {
      if (question.asset) lines.push(this.#text('questionnaire.address.asset', { asset: question.asset }));
      if (question.network) lines.push(this.#text('questionnaire.address.network', { network: question.network }));
    }
    if (question.type === 'amount') {
      lines.push(this.#text('questionnaire.amount.hint'));
      if (question.unit) lines.push(this.#text('questionnaire.amount.unit', { unit: question.unit }));
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
                .checked=${single ? draft.choice === option.id : draft.choices.includes(option.id)}
                ?disabled=${disabled}
                aria-invalid=${invalid}
                @change=${(event: Event) => {
                  const on = (event.target as HTMLInputElement).checked;
                  if (single) this.#edit(question, { choice: option.id });
                  else this.#toggleChoice(question, option.id, on);
                }}
              />
              <span>${option.label}</span>
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
          .value=${draft.text}
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
              <span>${this.#text(end === 'min' ? 'questionnaire.amount.from' : 'questionnaire.amount.to')}</span>
              <input
                part="input"
                class="text"
                type="text"
                inputmode="decimal"
                autocomplete="off"
                dir="ltr"
                data-end=${end}
                placeholder=${question.placeholder ?? nothing}
                .value=${draft[end]}
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
