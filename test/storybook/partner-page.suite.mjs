#!/usr/bin/env node
// The partner-page walk (issue 18): demo/index.html, as built into the static Storybook, walked by a
// user end to end on the mock backend — lost phone only, the information questionnaire (MEXC
// collects it, issue 15), uploads, a new phone number with its own code, submit — on a 375×740 touch phone, again at
// 1280×800, and the first three steps in Arabic (right-to-left). A fourth walk, on the phone in English,
// takes CoinEx's journey (`?journey=coinexQuestionsFirst`): instructions + agreement, e-mail + password,
// the e-mail code, the reminder's "Start now", the demo's wrong answers three rounds, then documents —
// which must say the questions were not passed and that this adds a step (the "Step x of N" total
// grows by one) — a blocked Next, the selfie with the statement, submit. On every screen: no horizontal
// scroll, every tap target at least 44×44 px, a screenshot in test-artifacts/partner-page/.
// Along the way: the new number's code reaches the new number in the demo inbox, the inbox stays
// reachable next to a code field on the phone, a resent code replaces the old one, and every button
// that hands over to the host ("Forgot password?", "Contact support", …) shows the host's note.
// Ends with "partner-page: N passed, N failed". Run alone: `node test/storybook/partner-page.suite.mjs`.
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium, serve } from '../interop/browser.mjs';
import { artifacts, TIMEOUT_MS, Walk } from './partner-walk.mjs';
import { axeSource as readAxe, ensureBuild, outDir, runAxe } from './storybook-static.mjs';

/**
 * Issue 18 checks that need element changes not merged yet (the elements under src/elements/** are
 * being refactored on other branches). They RUN on every walk and print what they see, but a failure
 * does not fail the suite while its id is listed here; a listed check that passes says so, so it can
 * be removed. Remove an id to enforce the check.
 *
 * The element-side checks of issue 18 not listed here passed on the elements of this branch and are
 * enforced, so the refactor cannot lose them: 'focus-on-step-heading' (after each step change focus
 * is on the new step's heading), 'new-contact-destination-in-flow' (the new contact's code field
 * names the new contact, before and after "Get code") and 'tap-targets-in-elements' (44×44 px inside
 * the verikit elements too).
 */
// Element fixes the walk reports instead of enforcing (none left: 'blocked-next-reason-visible' is enforced since
// <vk-reset-flow> shows what a blocked Next still needs, visibly, and focuses it on a press).
const PENDING_ELEMENT_FIXES = [];

const NAME = 'partner-page';
const NEW_PHONE = { country: '+44', national: '7700 900999', masked: '+44 •••• ••• 999' };
const OLD_PHONE_TAIL = '321'; // the demo account's phone, lost in this journey

// ---------------------------------------------------------------------------------------------
// The journey

/** Files a user would pick: a real PNG (a screenshot of the page) and a tiny MP4 (its `ftyp` box is what the uploader checks). */
async function makeFiles(page) {
  const png = await page.screenshot({ clip: { x: 0, y: 0, width: 160, height: 120 } });
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2')]);
  const mp4 = Buffer.concat([ftyp, Buffer.alloc(2048)]);
  const image = (name) => ({ name, mimeType: 'image/png', buffer: png });
  return { image, video: { name: 'verification.mp4', mimeType: 'video/mp4', buffer: mp4 } };
}

/**
 * Walks the partner page. `until` stops after the verify step (the Arabic walk); `hostButtons`
 * also presses every button that hands over to the host; `resend` tries a replaced code.
 */
async function walkJourney(walk, { until = 'review', hostButtons = false, resend = false, clock }) {
  const { page } = walk;
  const flow = 'vk-reset-flow';

  // 1. The account.
  await walk.waitForStep('account');
  await walk.screen('account', { afterStepChange: false });
  if (hostButtons) {
    await walk.press('#support');
    await walk.expectHostNote('host-buttons', await walk.demoText('demo.host.support'));
  }
  await walk.press(`${flow} input[name="identifier"]`);
  await walk.locator(`${flow} input[name="identifier"]`).fill('jane.doe@example.com');
  await walk.press(`${flow} [part~="step-account"] [part~="action"]`);
  await walk.waitForStep('pick');
  await walk.screen('pick');

  // 2. The lost items: the phone only. First everything at once: MEXC resets all three together
  // (issue 15: no migration notice, no dead end), so the picker says no code is left to verify.
  const factor = (kind) => page.locator(`${flow} vk-reset-picker [part~="factor"]`).filter({ has: page.locator(`[data-factor="${kind}"]`) });
  if (hostButtons) {
    for (const kind of ['email', 'phone', 'totp']) await walk.press(factor(kind));
    walk.expect('all-lost-resets', (await walk.locator(`${flow} vk-reset-picker [part~="migration"]`).count()) === 0, 'MEXC shows a migration notice for everything lost');
    await walk.locator(`${flow} vk-reset-picker [part~="confirm"]`).waitFor();
    await walk.screen('pick-everything', { afterStepChange: false });
    for (const kind of ['email', 'totp']) await walk.press(factor(kind));
  } else {
    await walk.press(factor('phone'));
  }
  await walk.press(`${flow} vk-reset-picker [part~="agreement"]`);
  await walk.press(`${flow} vk-reset-picker [part~="confirm"]`);
  await walk.waitForStep('verify');
  await walk.screen('verify');

  // 3. Verify what is left: the e-mail code and the authenticator code.
  const email = `${flow} vk-code-input[purpose="current-email"]`;
  if (hostButtons) {
    await walk.press(`${email} [part~="help-summary"]`);
    await walk.press(`${email} [part~="forgot-password"]`);
    await walk.expectHostNote('host-buttons', await walk.demoText('demo.host.passwordForgot'));
    await walk.press(`${email} [part~="reset-verification"]`);
    await walk.expectHostNote('host-buttons', await walk.demoText('demo.host.verificationReset'));
    await walk.press(`${email} [part~="help-summary"]`);
  }
  await walk.press(`${email} [part~="get-code"]`);
  const first = await walk.readCode('current-email', walk.locator(`${email} [part~="input"]`));
  if (resend) {
    // After "Resend", the first code is replaced: the inbox says so, and typing it tells the user a newer code was sent.
    await clock.fastForward('01:01');
    await walk.press(`${email} [part~="get-code"]`);
    const second = await walk.readCode('current-email', walk.locator(`${email} [part~="input"]`), first.code);
    walk.expect('resend-replaces', second.code !== first.code, 'Resend did not send a new code');
    const close = await walk.openInbox();
    const replaced = walk.locator(`demo-inbox [part~="message"][data-replaced] [data-code="${first.code}"]`);
    walk.expect('resend-replaces', (await replaced.count()) === 1, 'the inbox does not mark the first code as replaced');
    await walk.screen('verify-inbox-replaced', { afterStepChange: false });
    await close();
    await walk.typeCode(email, first.code);
    const expected = await walk.demoText('demo.backend.replacedCode');
    await page
      .waitForFunction(
        (text) => document.querySelector('vk-reset-flow')?.shadowRoot?.querySelector('vk-code-input[purpose="current-email"]')?.shadowRoot?.querySelector('[part~="status"]')?.textContent?.includes(text),
        expected,
        { timeout: TIMEOUT_MS },
      )
      .then(
        () => walk.expect('resend-replaces', true, ''),
        () => walk.fail('resend-replaces', `typing the replaced code does not show "${expected}"`),
      );
    await walk.screen('verify-replaced-code', { afterStepChange: false });
    await walk.typeCode(email, second.code);
  } else {
    await walk.typeCode(email, first.code);
  }
  await walk.waitForCodeState(email, 'success');
  const totp = `${flow} vk-code-input[purpose="totp"]`;
  await walk.typeCode(totp, await walk.totpCode());
  await walk.waitForStep('questionnaire');
  await walk.screen('questionnaire');
  if (until === 'questionnaire') return;

  // 4. The information questionnaire: MEXC collects it (issue 15), no grading and no documents path.
  const questionnaire = `${flow} vk-questionnaire`;
  const question = (index) => `${questionnaire} [part~="question"][data-index="${index}"]`;
  walk.expect('questionnaire-collects', (await walk.locator(`${questionnaire} [part~="documents"]`).count()) === 0, 'the MEXC questionnaire offers a documents path');
  await walk.press(page.locator(`${question(0)} [part~="option"]`).filter({ hasText: 'ETH/USDT' }));
  await walk.press(page.locator(`${question(1)} [part~="option"]`).filter({ hasText: 'Ether (ETH)' }));
  await walk.locator(`${question(2)} [part~="input"]`).fill('green-fox');
  await walk.press(`${question(3)} [part~="dont-remember"]`);
  await walk.locator(`${question(4)} [data-end="min"]`).fill('100');
  await walk.locator(`${question(4)} [data-end="max"]`).fill('500');
  await walk.press(`${questionnaire} [part~="submit"]`);

  // 5–6. Supplementary proofs.
  const { image, video } = await makeFiles(page);
  await walk.waitForStep('proofs');
  await walk.screen('proofs');
  // Next before the uploads: it says what is missing, next to the uploads, and takes the focus there.
  await walk.pressBlockedNext('proofs');
  for (const slotId of ['source-of-funds', 'destination-of-funds', 'notification-records', 'fiat-transactions']) await walk.upload(slotId, [image(`${slotId}.png`)]);
  await walk.waitForUploads();
  await walk.screen('proofs-uploaded', { afterStepChange: false });
  await walk.press(`${flow} [part~="next"]`);
  await walk.waitForStep('new-contact');
  await walk.screen('new-contact');

  // 7. The new phone number, and its code: it must reach the new number, not the lost one.
  await walk.press(`${flow} input[name="phone"]`);
  await walk.locator(`${flow} input[name="phone"]`).fill(NEW_PHONE.national);
  await walk.press(`${flow} [part~="step-new-contact"] [part~="action"]`);
  const newPhone = `${flow} vk-code-input[purpose="new-phone"]`;
  await walk.locator(newPhone).waitFor();
  const destinationInFlow = async (when) => {
    const shown = (await walk.locator(`${newPhone} [part~="destination"]`).textContent().catch(() => '')) ?? '';
    walk.expect(
      'new-contact-destination-in-flow',
      shown.includes(NEW_PHONE.masked.slice(-3)) && !shown.includes(OLD_PHONE_TAIL),
      `${when}, the new number's code field says "${shown.trim()}" (expected the new number ${NEW_PHONE.masked})`,
    );
  };
  await destinationInFlow('before "Get code"');
  await walk.screen('new-contact-code', { afterStepChange: false });
  await walk.press(`${newPhone} [part~="get-code"]`);
  const sms = await walk.readCode('new-phone', walk.locator(`${newPhone} [part~="input"]`));
  walk.expect('new-contact-code-destination', sms.destination === NEW_PHONE.masked, `the inbox sent the new number's code to "${sms.destination}", not to ${NEW_PHONE.masked}`);
  walk.expect('new-contact-code-destination', sms.text.includes(NEW_PHONE.masked) && !sms.text.includes(OLD_PHONE_TAIL), `the inbox row reads "${sms.text}"`);
  await destinationInFlow('after "Get code"');
  await walk.typeCode(newPhone, sms.code);
  await walk.waitForStep('identity');
  await walk.screen('identity');

  // 8. ID photo and verification video.
  await walk.upload('id-front', [image('passport-front.png')], 'passport');
  await walk.upload('verification-video', [video]);
  // 9. Submit: under review, and the host says what it does next.
  await submitAfterUploads(walk, 'identity');

  if (hostButtons) {
    // Hand-overs this demo account cannot reach by tapping (no advanced KYC, no authenticator setup,
    // no lockout on the way): the page must still act on them. The events are the elements' own names.
    const unreachable = {
      'vk-face-scan-choose': 'demo.host.faceScan',
      'vk-migration-start': 'demo.host.migration',
      'vk-totp-reset': 'demo.host.totpReset',
      'vk-code-lock': 'demo.host.codeLock',
      'vk-support-request': 'demo.host.support',
      'vk-account-unlock': 'demo.host.unlock',
      'vk-login-return': 'demo.host.login',
    };
    for (const [eventName, key] of Object.entries(unreachable)) {
      await page.evaluate((name) => document.querySelector('vk-reset-flow')?.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail: {} })), eventName);
      await walk.expectHostNote('host-buttons', await walk.demoText(key));
    }
  }
}

/** The number of steps a "Step x of N" line names (the last number in it, in any script's digits). */
async function stepTotal(walk) {
  const text = (await walk.locator('vk-reset-flow [part~="position"]').textContent()) ?? '';
  return { text: text.trim(), total: Number(text.match(/(\d+)\D*$/)?.[1] ?? Number.NaN) };
}

/**
 * The CoinEx journey (`?journey=coinexQuestionsFirst`): instructions and agreement → e-mail and
 * password → the e-mail code → the reminder and "Start now" → the demo's wrong answers, three rounds
 * → documents, which say the questions were not passed and that this adds a step → the selfie with
 * the statement (Next pressed before it, blocked) → submit → under review.
 */
async function walkCoinex(walk) {
  const { page } = walk;
  const flow = 'vk-reset-flow';

  // 1. The reset instructions and the agreement.
  await walk.waitForStep('agreement');
  await walk.screen('agreement', { afterStepChange: false });
  await walk.press(`${flow} [part~="step-agreement"] [part~="agreement"]`);
  await walk.press(`${flow} [part~="step-agreement"] [part~="action"]`);
  await walk.waitForStep('account');
  await walk.screen('account');

  // 2. E-mail and password (the mock backend finds the KYC demo account for any e-mail).
  await walk.press(`${flow} input[name="identifier"]`);
  await walk.locator(`${flow} input[name="identifier"]`).fill('jane.doe@example.com');
  await walk.press(`${flow} input[name="password"]`);
  await walk.locator(`${flow} input[name="password"]`).fill('correct horse battery staple');
  await walk.press(`${flow} [part~="step-account"] [part~="action"]`);
  await walk.waitForStep('verify');
  await walk.screen('verify');

  // 3. The e-mail code, read in the demo inbox.
  const email = `${flow} vk-code-input[purpose="current-email"]`;
  await walk.press(`${email} [part~="get-code"]`);
  const { code } = await walk.readCode('current-email', walk.locator(`${email} [part~="input"]`));
  await walk.typeCode(email, code);
  await walk.waitForStep('questionnaire');
  await walk.screen('questions-reminder');
  const before = await stepTotal(walk);

  // 4. The reminder's "Start now", then the demo's wrong answers for three rounds.
  await walk.press(`${flow} [part~="step-questionnaire"] [part~="action"]`);
  const questionnaire = `${flow} vk-questionnaire`;
  const question = (index) => `${questionnaire} [part~="question"][data-index="${index}"]`;
  await walk.locator(question(0)).waitFor();
  await walk.screen('questions', { afterStepChange: false });
  // demoWrongAnswers (demo/fixtures.ts), as a user picks them; they stay filled in after a failed round.
  await walk.press(page.locator(`${question(0)} [part~="option"]`).filter({ hasText: 'ETH/USDT' }));
  await walk.press(page.locator(`${question(1)} [part~="option"]`).filter({ hasText: 'Ether (ETH)' }));
  await walk.locator(`${question(2)} [part~="input"]`).fill('green-fox');
  await walk.press(`${question(3)} [part~="dont-remember"]`);
  await walk.locator(`${question(4)} [data-end="min"]`).fill('100');
  await walk.locator(`${question(4)} [data-end="max"]`).fill('500');
  for (let round = 1; round <= 3; round += 1) {
    await walk.press(`${questionnaire} [part~="submit"]`);
    if (round === 3) break;
    await page.waitForFunction(
      (left) => document.querySelector('vk-reset-flow')?.shadowRoot?.querySelector('vk-questionnaire')?.attemptsLeft === left,
      3 - round,
      { timeout: TIMEOUT_MS },
    );
    await walk.screen(`questions-wrong-${round}`, { afterStepChange: false });
  }

  // 5. Documents: the step says why it is here, and that the journey grew by one step.
  await walk.waitForStep('documents');
  await walk.screen('documents');
  const fallback = walk.locator(`${flow} [part~="step-documents"] [part~="fallback"]`);
  const fallbackVisible = (await fallback.count()) === 1 && (await fallback.isVisible());
  const said = ((await fallback.textContent().catch(() => '')) ?? '').replace(/\s+/g, ' ').trim();
  walk.expect('fallback-explained', fallbackVisible && said.includes('did not pass') && said.includes('no attempts are left') && said.includes('Upload documents instead'), `the documents step does not say the questions failed (visible: ${fallbackVisible}, "${said}")`);
  const after = await stepTotal(walk);
  walk.expect('step-total-explained', said.includes('This adds one step'), `the documents step does not say a step was added ("${said}")`);
  walk.expect('step-total-explained', after.total === before.total + 1, `"${before.text}" became "${after.text}"`);
  await walk.pressBlockedNext('documents');
  const { image } = await makeFiles(page);
  await walk.upload('selfie-statement', [image('selfie-with-statement.png')]);
  // 6. Submit: under review.
  await submitAfterUploads(walk, 'documents');
}

// ---------------------------------------------------------------------------------------------

/**
 * The end every walk shares: the upload step's files finish, Next, the terms ticked, Submit, then
 * "Under review" and the host's note on what it does next.
 */
async function submitAfterUploads(walk, uploadStep) {
  const flow = 'vk-reset-flow';
  await walk.waitForUploads();
  await walk.screen(`${uploadStep}-uploaded`, { afterStepChange: false });
  await walk.press(`${flow} [part~="next"]`);
  await walk.waitForStep('submit');
  await walk.screen('submit');
  await walk.press(`${flow} [part~="terms"]`);
  await walk.press(`${flow} [part~="step-submit"] [part~="action"]`);
  await walk.waitForStep('review');
  await walk.screen('review');
  await walk.expectHostNote('host-buttons', await walk.demoText('demo.host.complete'));
}

const walks = [
  // The phone: touch, every host button, the resend case.
  { label: 'phone-375x740-en', viewport: { width: 375, height: 740 }, touch: true, lang: 'en', hostButtons: true, resend: true },
  { label: 'desktop-1280x800-en', viewport: { width: 1280, height: 800 }, touch: false, lang: 'en' },
  // Arabic, right-to-left: the first three steps.
  { label: 'phone-375x740-ar', viewport: { width: 375, height: 740 }, touch: true, lang: 'ar', until: 'questionnaire' },
  // CoinEx: the questions failed three times, then documents instead.
  { label: 'phone-375x740-en-coinex', viewport: { width: 375, height: 740 }, touch: true, lang: 'en', journey: 'coinexQuestionsFirst' },
];

const started = performance.now();
ensureBuild(NAME);
rmSync(artifacts, { recursive: true, force: true });
mkdirSync(artifacts, { recursive: true });
const axeSource = readAxe();
const server = await serve(resolve(outDir), { allowed: ['.'] });
const browser = await launchChromium();
let passed = 0;
let failed = 0;
const pendingReport = new Map(PENDING_ELEMENT_FIXES.map((id) => [id, { ran: false, failures: [] }]));

try {
  for (const options of walks) {
    const walkStarted = performance.now();
    const context = await browser.newContext({
      viewport: options.viewport,
      hasTouch: options.touch,
      isMobile: options.touch,
      deviceScaleFactor: 1,
      locale: 'en-US',
      reducedMotion: 'reduce',
    });
    // Time flows normally; the resend walk jumps over the 60-second cooldown.
    await context.clock.install();
    const page = await context.newPage();
    const walk = new Walk(page, options, PENDING_ELEMENT_FIXES);
    page.on('console', (message) => {
      if (message.type() === 'error') walk.problems.push(`console error: ${message.text().slice(0, 300)}`);
    });
    page.on('pageerror', (error) => walk.problems.push(`page error: ${String(error.message ?? error).slice(0, 300)}`));
    page.on('requestfailed', (request) => walk.problems.push(`failed request: ${request.url()}`));
    try {
      const journey = options.journey ? `&journey=${options.journey}` : '';
      await page.goto(`${server.origin}/demo/index.html?lang=${options.lang}${journey}`, { timeout: TIMEOUT_MS });
      // The page's own translations, for comparing what it shows with what it should say.
      await page.waitForFunction(() => document.querySelector('vk-reset-flow')?.shadowRoot?.childElementCount && window.verikitDemo, undefined, { timeout: TIMEOUT_MS });
      if (options.lang !== 'en') {
        // The elements' translation loads on demand through <vk-provider locale>.
        await page
          .waitForFunction(() => document.querySelector('vk-reset-flow')?.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.trim() !== 'Your account', undefined, { timeout: TIMEOUT_MS })
          .catch(() => walk.fail('language', 'the flow still speaks English'));
      }
      const chrome = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        title: document.querySelector('h1')?.textContent?.trim(),
      }));
      walk.expect('language', chrome.lang === options.lang && chrome.dir === (options.lang === 'ar' ? 'rtl' : 'ltr'), `the page is lang="${chrome.lang}" dir="${chrome.dir}"`);
      walk.expect('language', chrome.title === (await walk.demoText('demo.partner.title')), `the page title reads "${chrome.title}"`);
      if (options.journey === 'coinexQuestionsFirst') await walkCoinex(walk);
      else await walkJourney(walk, { until: options.until, hostButtons: options.hostButtons, resend: options.resend, clock: context.clock });
      if (options.lang === 'en' && options.touch) walk.problems.push(...(await runAxe(page, axeSource, 'body')));
    } catch (error) {
      walk.problems.push(`walk stopped at step "${await walk.step().catch(() => '?')}": ${String(error.message ?? error).split('\n')[0]}`);
      await page.screenshot({ path: join(artifacts, `${options.label}-stopped.png`), fullPage: true }).catch(() => {});
    } finally {
      await context.close();
    }
    for (const [id, failures] of walk.pending) {
      const entry = pendingReport.get(id);
      entry.ran = true;
      entry.failures.push(...failures.map((failure) => `${options.label}: ${failure}`));
    }
    const ms = Math.round(performance.now() - walkStarted);
    if (walk.problems.length === 0) {
      passed += 1;
      console.log(`  ✓ ${options.label}: ${walk.screens} screens (${ms} ms)`);
    } else {
      failed += 1;
      console.log(`  ✗ ${options.label} (${ms} ms)`);
      for (const problem of walk.problems) console.log(`      ${problem}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`${NAME}: pending element fixes (PENDING_ELEMENT_FIXES; reported, not failing):`);
for (const [id, { ran, failures }] of pendingReport) {
  if (!ran) console.log(`  ? ${id}: did not run`);
  else if (failures.length === 0) console.log(`  ! ${id}: passes now — remove it from PENDING_ELEMENT_FIXES to enforce it`);
  else {
    console.log(`  … ${id}: still failing (${failures.length})`);
    for (const failure of failures.slice(0, 4)) console.log(`      ${failure}`);
    if (failures.length > 4) console.log(`      … and ${failures.length - 4} more`);
  }
}
console.log(`${NAME}: walked ${walks.length} journeys in ${((performance.now() - started) / 1000).toFixed(1)} s; screenshots in test-artifacts/partner-page/`);
console.log(`${NAME}: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
