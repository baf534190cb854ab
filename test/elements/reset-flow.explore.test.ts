/**
 * Every preset's machine explored: from every state a user can reach, with every kind of account,
 * an end is reachable (no dead end), and the ends reached are exactly the ones docs/journeys.md
 * lists. What a user can do at each step (`offers`) mirrors what the step renders.
 */
import { expect } from '@open-wc/testing';
import { journeys } from '../../src/elements/reset-flow/journeys.js';
import {
  everyFactorVerified,
  factorPurpose,
  faceScanMode,
  initialState,
  isTerminal,
  newContactKind,
  newContactPurpose,
  transition,
  type FlowEvent,
  type FlowState,
} from '../../src/elements/reset-flow/reset-flow.machine.js';
import { factorKinds, presetNames, type FactorKind, type PresetName, type QuestionnaireMode, type StepKind } from '../../src/elements/reset-flow/reset-flow.types.js';
import '../helpers.js';

interface Account {
  loggedIn: boolean;
  frozen: boolean;
  advanced: boolean;
  questionnaire: QuestionnaireMode | undefined;
  recoveryCodes: boolean;
  /** The items the user ticks at the pick step (one set per exploration keeps the state space small). */
  lost: FactorKind[];
}

const subsets = (items: readonly FactorKind[]): FactorKind[][] =>
  items.reduce<FactorKind[][]>((all, item) => [...all, ...all.map((subset) => [...subset, item])], [[]]).filter((subset) => subset.length > 0);

/**
 * What the current step lets the user (or the host's slot) do, as the step renders it. Undoing
 * (unticking, removing a file, changing the new contact, a failed submission) only returns to a
 * state of the same kind, so it is left out to keep the exploration small; the journey tests cover it.
 */
function offers(state: FlowState, account: Account): FlowEvent[] {
  const events: FlowEvent[] = [{ type: 'next' }, { type: 'back' }];
  const journey = state.journey;
  const scan = faceScanMode(journey);
  switch (state.step) {
    case 'agreement':
      events.push({ type: 'agreement-change', agreed: true });
      break;
    case 'account':
      events.push({ type: 'account-identified', loggedIn: false, frozen: account.frozen, questionnaire: account.questionnaire });
      break;
    case 'pick':
      for (const lost of [account.lost]) {
        const toVerify = factorKinds.filter((kind) => !lost.includes(kind));
        // The picker's routes (reset-picker.ts #route): migration only logged out with no contact left, in a journey that migrates.
        const contactLeft = toVerify.includes('email') || toVerify.includes('phone');
        if (!state.loggedIn && !contactLeft && journey.allLost === 'migrate') events.push({ type: 'migration-chosen', lost });
        else {
          events.push({ type: 'items-accepted', lost, toVerify });
          if (account.advanced && (scan === 'instead' || scan === 'finalises')) events.push({ type: 'face-scan-chosen', lost });
        }
      }
      break;
    case 'verify':
      if (state.faceScan === 'chosen') events.push({ type: 'face-scan-complete' });
      else {
        for (const kind of state.toVerify) events.push({ type: 'code-verified', purpose: factorPurpose(kind) });
        if (account.recoveryCodes && state.toVerify.length > 0) events.push({ type: 'code-verified', purpose: 'recovery' });
        if (scan === 'also' && everyFactorVerified(state)) events.push({ type: 'face-scan-complete' });
      }
      break;
    case 'migration':
      events.push({ type: 'face-scan-complete' });
      break;
    case 'questionnaire':
      if (state.questionnaireMode === 'graded' && journey.questionsReminder && !state.questionsStarted) events.push({ type: 'questions-start' });
      else {
        events.push({ type: 'answers-accepted' });
        if (state.questionnaireMode === 'graded') events.push({ type: 'questionnaire-fallback' });
      }
      break;
    case 'documents':
    case 'proofs':
    case 'identity':
      events.push({ type: 'uploads-change', step: state.step, complete: true });
      break;
    case 'new-contact': {
      const kind = newContactKind(state);
      if (journey.verifyWithNewContact) for (const factor of state.toVerify) events.push({ type: 'code-verified', purpose: factorPurpose(factor) });
      if (kind === 'totp') events.push({ type: 'totp-linked' });
      else if (!state.newContact) {
        for (const offered of journey.newContact === 'choice' ? (['email', 'phone'] as const) : [kind]) events.push({ type: 'new-contact-accepted', kind: offered, masked: 'n•••' });
      } else {
        if (journey.humanCheck && !state.humanCheckDone) events.push({ type: 'human-check-complete' });
        else events.push({ type: 'code-verified', purpose: newContactPurpose(state.newContact.kind) });
      }
      break;
    }
    case 'submit':
      events.push({ type: 'terms-change', accepted: true }, { type: 'submit-start' }, { type: 'submit-accepted' }, { type: 'submit-accepted', outcome: 'reset' });
      break;
    default:
      break;
  }
  return events;
}

const keyOf = (state: FlowState) => JSON.stringify({ ...state, journey: undefined });

/** Explores every state reachable from the start; returns the states whose ends cannot be reached, and the ends reached. */
function explore(preset: PresetName, account: Account): { states: number; stuck: FlowState[]; ends: Set<StepKind> } {
  const start = initialState(journeys[preset], { loggedIn: account.loggedIn, frozen: account.loggedIn && account.frozen, questionnaire: account.questionnaire });
  const states = new Map<string, FlowState>([[keyOf(start), start]]);
  const edges = new Map<string, Set<string>>();
  const queue = [start];
  while (queue.length > 0) {
    const state = queue.shift();
    if (!state) break;
    const from = keyOf(state);
    const targets = new Set<string>();
    for (const event of isTerminal(state.step) ? [] : offers(state, account)) {
      const next = transition(state, event);
      const key = keyOf(next);
      if (key === from) continue;
      targets.add(key);
      if (!states.has(key)) {
        states.set(key, next);
        queue.push(next);
      }
    }
    edges.set(from, targets);
    if (states.size > 50_000) throw new Error(`${preset}: too many states to explore`);
  }
  // Walk backwards from the ends: every state that cannot reach one is stuck.
  const canEnd = new Set([...states].filter(([, state]) => isTerminal(state.step)).map(([key]) => key));
  for (let grew = true; grew; ) {
    grew = false;
    for (const [key, targets] of edges) {
      if (!canEnd.has(key) && [...targets].some((target) => canEnd.has(target))) {
        canEnd.add(key);
        grew = true;
      }
    }
  }
  const stuck = [...states].filter(([key]) => !canEnd.has(key)).map(([, state]) => state);
  const ends = new Set([...states.values()].filter((state) => isTerminal(state.step)).map((state) => state.step));
  return { states: states.size, stuck, ends };
}

/** The ends each preset can reach (docs/journeys.md, "Presets"), with any account. */
const documentedEnds: Readonly<Record<PresetName, readonly StepKind[]>> = {
  mexcLoggedOut: ['review', 'reset', 'refused'],
  coinexQuestionsFirst: ['review', 'reset', 'refused'],
  loggedInChangePhone: ['done', 'reset', 'refused'],
  loggedInChangeEmail: ['done', 'reset', 'refused'],
  okxLoggedIn: ['done', 'reset', 'refused'],
  okxLoggedOut: ['review', 'reset', 'refused'],
  okxChangeEmail: ['done', 'reset', 'refused'],
};

const accounts: Account[] = [];
for (const loggedIn of [false, true])
  for (const frozen of [false, true])
    for (const advanced of [false, true])
      for (const questionnaire of [undefined, 'skip', 'graded'] as const)
        for (const recoveryCodes of [false, true])
          for (const lost of subsets(factorKinds)) accounts.push({ loggedIn, frozen, advanced, questionnaire, recoveryCodes, lost });

describe('<vk-reset-flow> presets explored: no state without a way forward', () => {
  for (const preset of presetNames) {
    it(`${preset}: every reachable state, with every kind of account, can still reach an end; the ends are the documented ones`, () => {
      const ends = new Set<StepKind>();
      let explored = 0;
      for (const account of accounts) {
        const result = explore(preset, account);
        explored += result.states;
        const stuck = result.stuck.map((state) => `${state.step} (${JSON.stringify({ lost: state.lost, toVerify: state.toVerify, verified: state.verified, faceScan: state.faceScan })})`);
        expect(stuck, `${preset} with ${JSON.stringify(account)}: dead ends`).to.deep.equal([]);
        for (const end of result.ends) ends.add(end);
      }
      expect([...ends].sort(), `${preset}: ends reached`).to.deep.equal([...documentedEnds[preset]].sort());
      expect(explored).to.be.above(accounts.length);
    }).timeout(60_000);
  }

  it('refuses a frozen account in every preset before anything else, logged in or found by the account step', () => {
    for (const preset of presetNames) {
      expect(initialState(journeys[preset], { loggedIn: true, frozen: true }).step, preset).to.equal('refused');
      const start = initialState(journeys[preset]);
      if (start.step === 'account' || start.step === 'agreement') {
        const found = [{ type: 'agreement-change', agreed: true } as const, { type: 'account-identified', frozen: true } as const].reduce(transition, start);
        expect(found.step, preset).to.equal('refused');
        expect(found.verified).to.deep.equal([]);
      }
    }
  });
});
