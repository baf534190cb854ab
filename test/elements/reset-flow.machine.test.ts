import { expect } from '@open-wc/testing';
import { journeys } from '../../src/elements/reset-flow/journeys.js';
import { applicableSteps, canGoBack, canGoNext, initialState, progress } from '../../src/elements/reset-flow/reset-flow.machine.js';
import '../helpers.js';
import { run } from './reset-flow.helpers.js';

describe('<vk-reset-flow> state machine (no DOM)', () => {
  it('starts MEXC at the account step and skips it when logged in', () => {
    expect(initialState(journeys.mexcLoggedOut).step).to.equal('account');
    expect(initialState(journeys.mexcLoggedOut, { loggedIn: true }).step).to.equal('pick');
  });

  it('blocks Next until the step is complete (guards)', () => {
    let state = initialState(journeys.mexcLoggedOut, { loggedIn: true });
    expect(canGoNext(state)).to.equal(false);
    state = run(state, { type: 'next' });
    expect(state.step).to.equal('pick');
    state = run(state, { type: 'items-accepted', lost: ['totp'], toVerify: ['email', 'phone'] });
    expect(state.step).to.equal('verify');
    state = run(state, { type: 'code-verified', purpose: 'current-email' });
    expect(state.step, 'one of two factors verified').to.equal('verify');
    expect(canGoNext(state)).to.equal(false);
    state = run(state, { type: 'code-verified', purpose: 'current-phone' });
    expect(state.step, 'every remaining factor verified').to.equal('questionnaire');
  });

  it('includes documents only after the questionnaire fell back', () => {
    // Without the immediate reset (the CoinEx preset has it: see reset-flow.journeys.test.ts), accepted answers lead to the submission.
    let state = initialState({ ...journeys.coinexQuestionsFirst, immediateReset: false }, { loggedIn: true });
    expect(applicableSteps(state)).to.not.include('documents');
    state = run(state, { type: 'agreement-change', agreed: true }, { type: 'code-verified', purpose: 'current-email' });
    expect(state.step).to.equal('questionnaire');
    const accepted = run(state, { type: 'answers-accepted' });
    expect(accepted.step, 'answers accepted skip the documents').to.equal('submit');
    const fallback = run(state, { type: 'questionnaire-fallback' });
    expect(fallback.step).to.equal('documents');
    expect(applicableSteps(fallback)).to.include('documents');
    expect(canGoNext(fallback), 'documents incomplete').to.equal(false);
    const documented = run(fallback, { type: 'uploads-change', step: 'documents', complete: true }, { type: 'next' });
    expect(documented.step).to.equal('submit');
  });

  it('starts CoinEx with the reset instructions and agreement, before e-mail + password and the e-mail code', () => {
    let state = initialState(journeys.coinexQuestionsFirst);
    expect(applicableSteps(state)).to.deep.equal(['agreement', 'account', 'verify', 'questionnaire', 'submit', 'review']);
    expect(state.step).to.equal('agreement');
    expect(canGoNext(state), 'not agreed yet').to.equal(false);
    expect(run(state, { type: 'next' }).step).to.equal('agreement');
    state = run(state, { type: 'agreement-change', agreed: true });
    expect(state.step).to.equal('account');
    state = run(state, { type: 'account-identified' });
    expect(state.step).to.equal('verify');
    expect(state.toVerify).to.deep.equal(['email']);
    state = run(state, { type: 'back' }, { type: 'back' });
    expect(state.step).to.equal('agreement');
    expect(canGoNext(state), 'the agreement stays given after Back').to.equal(true);
    const withdrawn = run(state, { type: 'agreement-change', agreed: false });
    expect(canGoNext(withdrawn), 'unticked: no way forward').to.equal(false);
    expect(state.lost, 'nothing named lost by the preset').to.deep.equal([]);
    expect(initialState({ ...journeys.coinexQuestionsFirst, lost: ['phone'] }).lost, 'the host page chose the item').to.deep.equal(['phone']);
  });

  it('re-picking lost items keeps the codes verified for factors still to verify, and drops the rest', () => {
    let state = initialState(journeys.mexcLoggedOut, { loggedIn: true });
    state = run(state, { type: 'items-accepted', lost: ['totp'], toVerify: ['email', 'phone'] }, { type: 'code-verified', purpose: 'current-email' }, { type: 'code-verified', purpose: 'current-phone' });
    expect(state.step).to.equal('questionnaire');
    state = run(state, { type: 'back' }, { type: 'back' });
    expect(state.step).to.equal('pick');
    state = run(state, { type: 'items-change' });
    expect(canGoNext(state), 'changed picks need a new confirmation').to.equal(false);
    state = run(state, { type: 'items-accepted', lost: ['phone', 'totp'], toVerify: ['email'] });
    expect(state.step).to.equal('verify');
    expect(state.verified).to.deep.equal(['current-email']);
    expect(canGoNext(state)).to.equal(true);
  });

  it('walks back through history, and forward again without losing facts', () => {
    let state = initialState(journeys.loggedInChangePhone, { loggedIn: true });
    expect(state.step).to.equal('verify');
    expect(canGoBack(state)).to.equal(false);
    state = run(state, { type: 'code-verified', purpose: 'current-email' }, { type: 'code-verified', purpose: 'current-phone' });
    expect(state.step).to.equal('new-contact');
    state = run(state, { type: 'back' });
    expect(state.step).to.equal('verify');
    expect(state.verified).to.deep.equal(['current-email', 'current-phone']);
    state = run(state, { type: 'next' });
    expect(state.step).to.equal('new-contact');
  });

  it('needs the new contact verified, terms accepted, and an accepted submit; the end has no way back', () => {
    let state = initialState(journeys.loggedInChangeEmail, { loggedIn: true });
    state = run(state, { type: 'code-verified', purpose: 'current-email' });
    state = run(state, { type: 'new-contact-accepted', kind: 'email', masked: 'n•••@x.com' });
    expect(state.step).to.equal('new-contact');
    state = run(state, { type: 'code-verified', purpose: 'new-email' });
    expect(state.step).to.equal('submit');
    expect(run(state, { type: 'submit-start' }).submission, 'terms not accepted').to.equal('idle');
    state = run(state, { type: 'terms-change', accepted: true }, { type: 'submit-start' });
    expect(state.submission).to.equal('pending');
    expect(canGoBack(state), 'no Back while submitting').to.equal(false);
    const failed = run(state, { type: 'submit-failed' });
    expect(failed.step).to.equal('submit');
    expect(failed.termsAccepted).to.equal(true);
    const done = run(state, { type: 'submit-accepted' });
    expect(done.step).to.equal('done');
    expect(canGoBack(done)).to.equal(false);
    expect(progress(done)).to.deep.equal({ index: 3, total: 4 });
  });

  it('replaces codes with a face scan only when the journey allows it', () => {
    // `faceScan: true` (instead of the codes); MEXC's own face scan finalises the reset (reset-flow.journeys.test.ts).
    const start = initialState({ ...journeys.mexcLoggedOut, faceScan: true }, { loggedIn: true });
    const scanning = run(start, { type: 'face-scan-chosen', lost: ['email', 'phone'] });
    expect(scanning.step).to.equal('verify');
    expect(scanning.faceScan).to.equal('chosen');
    expect(run(scanning, { type: 'face-scan-complete' }).step).to.equal('questionnaire');
    const coinex = initialState(journeys.coinexQuestionsFirst, { loggedIn: true });
    expect(run(coinex, { type: 'face-scan-chosen', lost: ['email'] })).to.equal(coinex);
  });

  it('counts steps the journey goes through', () => {
    const state = initialState(journeys.mexcLoggedOut);
    expect(progress(state)).to.deep.equal({ index: 0, total: 9 });
    expect(applicableSteps(initialState(journeys.loggedInChangePhone, { loggedIn: true }))).to.deep.equal(['verify', 'new-contact', 'submit', 'done']);
  });
});
