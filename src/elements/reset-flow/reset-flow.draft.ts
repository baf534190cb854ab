/**
 * Drafts: non-secret progress in sessionStorage (this tab only, gone when it closes), so a reload
 * does not send the user back to the start. Never codes, passwords, files, contacts (masked or
 * not), and questionnaire answers only when the host opts in (`draft-answers`): the server keeps
 * the rest, and the host restores uploaded files itself.
 *
 * A draft is a hint, never a shortcut: the route is walked again from the first step with the
 * machine's own Next, so a reload resumes at the first step that is not complete, never later.
 */
import { describeIssues, VkDeveloperError } from '../../core/errors.js';
// The questionnaire's own check of its `value` (already in this bundle through <vk-questionnaire>).
import { answersCheck } from '../questionnaire/questionnaire.schema.js';
import type { Answers } from '../questionnaire/questionnaire.types.js';
import { isApplicable, isTerminal, transition, type FlowState, type JourneyConfig } from './reset-flow.machine.js';
import { draftSchema, type ResetFlowAccount, type ResetFlowDraft } from './reset-flow.schema.js';
import { VkAccountUnlockEvent } from './reset-flow.events.js';
import type { JourneyRun } from './reset-flow.steps.js';
import type { FactorKind } from './reset-flow.types.js';

/** What the drafts read from the element. */
export interface DraftHost extends EventTarget {
  readonly localName: string;
  readonly saveDraft: boolean;
  readonly draftKey: string;
  readonly draftAnswers: boolean;
}

/** What a draft saves: the machine's state, the run's picks, answers and statement date, and the account found. */
export interface DraftSource {
  readonly flow: FlowState;
  readonly run: Readonly<JourneyRun>;
  readonly account: ResetFlowAccount | undefined;
}

/** What a draft gives back besides the run's picks, answers and statement date: the state, and the factors of an account found at the `account` step. */
export interface RestoredDraft {
  readonly flow: FlowState;
  readonly account: ResetFlowAccount | undefined;
}

/**
 * One element's draft: restores it when a journey starts, saves it on each change, clears it at an
 * end, on another journey or when the user abandons (leaves for "Forgot password" or another
 * reset), and says once when `draft-key` is missing.
 */
export class FlowDrafts {
  readonly #host: DraftHost;
  readonly #source: () => DraftSource;
  #journey: JourneyConfig | undefined;
  #keyWarned = false;

  constructor(host: DraftHost, source: () => DraftSource) {
    this.#host = host;
    this.#source = source;
    host.addEventListener(VkAccountUnlockEvent.eventName, () => this.clear());
  }

  #key(journey: JourneyConfig): string {
    const { draftKey } = this.#host;
    if (!draftKey && this.#host.saveDraft && !this.#keyWarned) {
      this.#keyWarned = true;
      console.warn(new VkDeveloperError(`verikit: <${this.#host.localName}> save-draft without draft-key: two users of one browser would share a draft. Set draft-key, e.g. to a session id.`));
    }
    return `verikit:reset-flow:${draftKey || journey.id}`;
  }

  /**
   * A journey starts at `base` (another one than before clears the previous one's draft). Returns
   * the state its saved draft describes, filling `run`, or undefined: no draft, another journey's,
   * or a malformed one (dropped with one warning).
   */
  start(base: FlowState, run: JourneyRun): RestoredDraft | undefined {
    if (this.#journey && this.#journey.id !== base.journey.id) this.clear();
    this.#journey = base.journey;
    if (!this.#host.saveDraft) return undefined;
    const key = this.#key(base.journey);
    const draft = this.#read(key);
    const flow = draft && stateFromDraft(base, draft);
    if (!draft || !flow) return undefined;
    if (this.#host.draftAnswers && draft.answers) run.answers = run.restoredAnswers = draft.answers;
    run.picked = run.restoredPicks = draft.picked ?? draft.lost;
    run.statementAt = draft.statementAt;
    return { flow, account: draft.accountFactors && { factors: draft.accountFactors } };
  }

  /** Saves the progress; an end (review, done, reset, refused) clears it. */
  save(): void {
    if (!this.#host.saveDraft) return;
    const { flow, run, account } = this.#source();
    const key = this.#key(flow.journey);
    if (isTerminal(flow.step)) {
      removeItem(key);
      return;
    }
    const answers = this.#host.draftAnswers ? storableAnswers(run.answers) : undefined;
    const draft = stateToDraft(flow, { answers, picked: run.picked, account, statementAt: run.statementAt });
    try {
      sessionStorage.setItem(key, JSON.stringify(draft));
    } catch {
      // Quota or privacy mode: the journey works without a draft.
    }
  }

  /** Removes the current journey's draft (whether or not `save-draft` is set now). */
  clear(): void {
    if (this.#journey) removeItem(`verikit:reset-flow:${this.#host.draftKey || this.#journey.id}`);
  }

  #read(key: string): ResetFlowDraft | undefined {
    let text: string | null;
    try {
      text = sessionStorage.getItem(key);
    } catch {
      return undefined; // storage disabled (privacy mode): start afresh
    }
    if (!text) return undefined;
    let problem: string;
    try {
      const parsed = draftSchema.safeParse(JSON.parse(text));
      if (!parsed.success) problem = describeIssues(parsed.error.issues);
      else {
        const answers = parsed.data.answers === undefined ? undefined : answersCheck(parsed.data.answers);
        if (!answers || answers.ok) return parsed.data;
        problem = `field "answers": ${answers.problem}`;
      }
    } catch {
      problem = 'not JSON';
    }
    removeItem(key);
    console.warn(new VkDeveloperError(`verikit: <${this.#host.localName}> dropped the saved draft — ${problem}.`));
    return undefined;
  }
}

function removeItem(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}

/** The answers that pass the questionnaire's own check (e.g. not an amount that overflowed to Infinity, which JSON would store as null). */
function storableAnswers(answers: unknown): Answers | undefined {
  if (typeof answers !== 'object' || answers === null) return undefined;
  const kept: Answers = {};
  for (const [id, answer] of Object.entries(answers as Record<string, unknown>)) {
    const checked = answersCheck({ [id]: answer });
    if (checked.ok) Object.assign(kept, checked.value);
  }
  return Object.keys(kept).length ? kept : undefined;
}

export function stateToDraft(
  state: FlowState,
  extras: { answers: Answers | undefined; picked: readonly FactorKind[]; account: ResetFlowAccount | undefined; statementAt: number | undefined },
): ResetFlowDraft {
  const draft: ResetFlowDraft = {
    v: 1,
    journey: state.journey.id,
    step: state.step,
    loggedIn: state.loggedIn,
    accountKnown: state.accountKnown,
    agreed: state.agreed,
    lost: [...state.lost],
    toVerify: [...state.toVerify],
    itemsAccepted: state.itemsAccepted,
    faceScan: state.faceScan,
    verified: [...state.verified],
    questionnaire: state.questionnaire,
    migrating: state.migrating,
    questionsStarted: state.questionsStarted,
    questionnaireMode: state.questionnaireMode,
    picked: [...extras.picked],
  };
  if (extras.statementAt !== undefined) draft.statementAt = extras.statementAt;
  if (extras.answers) draft.answers = extras.answers;
  // Which factors the account has, never their masked values: those reveal the contacts.
  if (extras.account) draft.accountFactors = extras.account.factors.map(({ kind, bound }) => ({ kind, bound }));
  return draft;
}

/**
 * The state a draft describes for `base`'s journey: its facts, at the first step that is not
 * complete (walked with the machine's own Next), never past the step it was saved on. Undefined
 * when it belongs to another journey or the account is frozen.
 */
export function stateFromDraft(base: FlowState, draft: ResetFlowDraft): FlowState | undefined {
  const { steps } = base.journey;
  // A frozen account stays refused, whatever a draft says.
  if (base.frozen || draft.journey !== base.journey.id || !steps.includes(draft.step)) return undefined;
  const facts: FlowState = {
    ...base,
    loggedIn: draft.loggedIn,
    accountKnown: draft.accountKnown,
    agreed: draft.agreed ?? false,
    lost: draft.lost,
    toVerify: draft.toVerify,
    itemsAccepted: draft.itemsAccepted,
    faceScan: draft.faceScan,
    // A new contact waits for a fresh code after a reload: it is not restored, nor its verified flag.
    verified: draft.verified.filter((purpose) => purpose !== 'new-email' && purpose !== 'new-phone'),
    questionnaire: draft.questionnaire,
    migrating: draft.migrating ?? false,
    questionsStarted: draft.questionsStarted ?? false,
    questionnaireMode: draft.questionnaireMode ?? base.questionnaireMode,
  };
  let flow: FlowState = { ...facts, step: steps.find((step) => isApplicable(facts, step)) ?? base.step, history: [] };
  while (steps.indexOf(flow.step) < steps.indexOf(draft.step)) {
    const next = transition(flow, { type: 'next' });
    if (next === flow) break;
    flow = next;
  }
  return flow;
}
