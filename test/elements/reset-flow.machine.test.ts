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

  it('the questionnaire per journey and per account: MEXC collects it, an account may skip it or have it graded [001 step 4]', () => {
    const picked = { type: 'items-accepted', lost: ['totp'], toVerify: [] } as const;
    const mexc = run(initialState(journeys.mexcLoggedOut, { loggedIn: true }), picked);
    expect([mexc.questionnaireMode, mexc.step]).to.deep.equal(['collect', 'questionnaire']);
    expect(run(mexc, { type: 'questionnaire-fallback' }), 'collected answers have no documents fallback').to.equal(mexc);
    const skipped = run(initialState(journeys.mexcLoggedOut, { loggedIn: true, questionnaire: 'skip' }), picked);
    expect(skipped.step, 'not required for this account').to.equal('proofs');
    expect(applicableSteps(skipped)).to.not.include('questionnaire');
    const found = run(initialState(journeys.mexcLoggedOut), { type: 'account-identified', questionnaire: 'skip' }, picked);
    expect(found.step, 'the looked-up account says so').to.equal('proofs');
  });

  it('a face scan finalises (MEXC), replaces (true) or adds to (OKX) the codes', () => {
    const chosen = run(initialState(journeys.mexcLoggedOut, { loggedIn: true }), { type: 'face-scan-chosen', lost: ['totp'] }, { type: 'face-scan-complete' });
    expect(chosen.step, 'MEXC: only the submission follows').to.equal('submit');
    expect(applicableSteps(chosen)).to.deep.equal(['pick', 'verify', 'submit', 'reset']);
    expect(run(chosen, { type: 'terms-change', accepted: true }, { type: 'submit-start' }, { type: 'submit-accepted' }).step).to.equal('reset');
    const okx = run(initialState(journeys.okxLoggedIn, { loggedIn: true }), { type: 'items-accepted', lost: ['phone'], toVerify: ['email', 'totp'] });
    expect(run(okx, { type: 'face-scan-complete' }).faceScan, 'not before the codes').to.equal('off');
    expect(run(okx, { type: 'face-scan-chosen', lost: ['phone'] }), 'never instead of them').to.equal(okx);
    const coded = run(okx, { type: 'code-verified', purpose: 'current-email' }, { type: 'code-verified', purpose: 'totp' });
    expect([coded.step, canGoNext(coded)]).to.deep.equal(['verify', false]);
    expect(run(coded, { type: 'face-scan-complete' }).step).to.equal('new-contact');
  });

  it('everything lost, logged out: migration only where the journey migrates (OKX), a reset of all three otherwise (MEXC)', () => {
    const lost = { type: 'migration-chosen', lost: ['email', 'phone'] } as const;
    const mexc = run(initialState(journeys.mexcLoggedOut), { type: 'account-identified' });
    expect(run(mexc, lost), 'MEXC never migrates').to.equal(mexc);
    const okx = run(initialState(journeys.okxLoggedOut), { type: 'account-identified' }, lost);
    expect(okx.step).to.equal('migration');
    expect(applicableSteps(okx)).to.deep.equal(['account', 'pick', 'migration', 'new-contact', 'submit', 'review']);
    expect(canGoNext(okx), 'the face scan first').to.equal(false);
    expect(run(okx, { type: 'face-scan-complete' }).step).to.equal('new-contact');
  });

  it('CoinEx: all graded answers right reset at once; a frozen account is refused whatever happens next', () => {
    const coinex = run(initialState(journeys.coinexQuestionsFirst, { loggedIn: true }), { type: 'agreement-change', agreed: true }, { type: 'code-verified', purpose: 'current-email' });
    expect(coinex.step).to.equal('questionnaire');
    const reset = run(coinex, { type: 'questions-start' }, { type: 'answers-accepted' });
    expect([reset.step, canGoBack(reset)]).to.deep.equal(['reset', false]);
    const frozen = run(coinex, { type: 'account-frozen' });
    expect(frozen.step).to.equal('refused');
    expect(run(frozen, { type: 'back' }, { type: 'answers-accepted' }, { type: 'next' })).to.equal(frozen);
  });

  it('counts steps the journey goes through', () => {
    const state = initialState(journeys.mexcLoggedOut);
    expect(progress(state)).to.deep.equal({ index: 0, total: 9 });
    expect(applicableSteps(initialState(journeys.loggedInChangePhone, { loggedIn: true }))).to.deep.equal(['verify', 'new-contact', 'submit', 'done']);
  });
});
