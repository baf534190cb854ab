#!/usr/bin/env node
// The partner-page walk (issue 18): demo/index.html, as built into the static Storybook, walked by a
// user end to end on the mock backend — lost phone only, the questions failed into documents,
// uploads, a new phone number with its own code, submit — on a 375×740 touch phone, again at
// 1280×800, and the first three steps in Arabic (right-to-left). On every screen: no horizontal
// scroll, every tap target at least 44×44 px, a screenshot in test-artifacts/partner-page/.
// Along the way: the new number's code reaches the new number in the demo inbox, the inbox stays
// reachable next to a code field on the phone, a resent code replaces the old one, and every button
// that hands over to the host ("Start migration", "Forgot password?", …) shows the host's note.
// Ends with "partner-page: N passed, N failed". Run alone: `node test/storybook/partner-page.suite.mjs`.
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium, serve } from '../interop/browser.mjs';
import { axeSource as readAxe, ensureBuild, outDir, root, runAxe } from './storybook-static.mjs';

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
const PENDING_ELEMENT_FIXES = [
  // A disabled Next says why in text the user can see: today <vk-reset-flow>'s reason
  // ("Finish this step to continue.") is visually hidden, so a sighted user sees a grey Next and no why.
  'blocked-next-reason-visible',
];

const NAME = 'partner-page';
const TIMEOUT_MS = 20_000;
const artifacts = join(root, 'test-artifacts', 'partner-page');
const MIN_TARGET_PX = 44;
const NEW_PHONE = { country: '+44', national: '7700 900999', masked: '+44 •••• ••• 999' };
const OLD_PHONE_TAIL = '321'; // the demo account's phone, lost in this journey

// ---------------------------------------------------------------------------------------------
// Checks run on every screen (in the page; they look inside every open shadow root)

/** Every visible tap target smaller than 44×44 px: `{ where, what, width, height, inElement }`. */
function smallTapTargets(min) {
  const interactive = 'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
  const found = [];
  const visit = (root, host) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) visit(element.shadowRoot, element.localName.startsWith('vk-') ? element : host);
      if (!element.matches(interactive) || element.matches(':disabled')) continue;
      const box = element.getBoundingClientRect();
      // Not rendered (hidden step, closed drawer) or visually hidden: not something a finger can hit.
      if (box.width <= 1 || box.height <= 1 || getComputedStyle(element).visibility === 'hidden') continue;
      // A checkbox or radio is hit through its whole label.
      const label = element.matches('input[type="checkbox"], input[type="radio"]') ? element.closest('label') : null;
      const target = (label ?? element).getBoundingClientRect();
      if (target.width + 0.5 >= min && target.height + 0.5 >= min) continue;
      const part = element.getAttribute('part') ?? '';
      const text = (label ?? element).textContent?.trim().replace(/\s+/g, ' ').slice(0, 40) ?? '';
      found.push({
        where: host ? `<${host.localName}>` : 'page',
        what: `${element.localName}${part ? `[part="${part}"]` : ''}${element.id ? `#${element.id}` : ''}${text ? ` "${text}"` : ''}`,
        width: Math.round(target.width),
        height: Math.round(target.height),
        inElement: Boolean(host),
      });
    }
  };
  visit(document, undefined);
  return found;
}

/** The focused element, looking inside shadow roots. */
function deepActive() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active ? { tag: active.localName, id: active.id, part: active.getAttribute('part') ?? '', text: active.textContent?.trim().slice(0, 40) ?? '' } : undefined;
}

/** A disabled Next button and whether the reason it names (aria-describedby) is visible text. */
function blockedNextReason() {
  const flow = document.querySelector('vk-reset-flow');
  const next = flow?.shadowRoot?.querySelector('[part~="next"]');
  if (!next || !(next.disabled || next.getAttribute('aria-disabled') === 'true')) return undefined;
  const ids = (next.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const reasons = ids.map((id) => flow.shadowRoot.getElementById(id)).filter(Boolean);
  const visible = reasons.filter((reason) => {
    const box = reason.getBoundingClientRect();
    const style = getComputedStyle(reason);
    return box.width > 1 && box.height > 1 && style.visibility !== 'hidden' && style.clipPath === 'none' && style.clip === 'auto' && reason.textContent.trim() !== '';
  });
  return { reasons: reasons.map((reason) => reason.textContent.trim()), visible: visible.length > 0 };
}

// ---------------------------------------------------------------------------------------------
// One walk: a page, what it found, and the user's gestures

class Walk {
  constructor(page, { label, touch, lang }) {
    this.page = page;
    this.label = label;
    this.touch = touch;
    this.lang = lang;
    this.problems = [];
    /** Pending checks: id → failures seen (an empty list: the check ran and passed). */
    this.pending = new Map();
    this.screens = 0;
  }

  /** A failed check: enforced, or recorded against its pending id. */
  fail(check, message) {
    if (PENDING_ELEMENT_FIXES.includes(check)) {
      this.ranPending(check);
      this.pending.get(check).push(message);
    } else {
      this.problems.push(`${check}: ${message}`);
    }
  }

  ranPending(check) {
    if (!this.pending.has(check)) this.pending.set(check, []);
  }

  expect(check, ok, message) {
    if (ok) {
      if (PENDING_ELEMENT_FIXES.includes(check)) this.ranPending(check);
    } else {
      this.fail(check, message);
    }
  }

  locator(selector) {
    return this.page.locator(selector).first();
  }

  /** A tap on a phone, a click on a desktop. */
  async press(target) {
    const locator = typeof target === 'string' ? this.locator(target) : target;
    await locator.scrollIntoViewIfNeeded();
    if (this.touch) await locator.tap();
    else await locator.click();
  }

  async step() {
    return this.page.evaluate(() => document.querySelector('vk-reset-flow')?.step);
  }

  async waitForStep(step) {
    await this.page.waitForFunction((want) => document.querySelector('vk-reset-flow')?.step === want, step, { timeout: TIMEOUT_MS });
    await this.settle();
  }

  /** Two animation frames: Lit's updates and the focus move after a step change are done. */
  async settle() {
    await this.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }

  /** Checks a screen and saves its screenshot: no horizontal scroll, tap targets, the pending element checks. */
  async screen(name, { afterStepChange = true } = {}) {
    await this.settle();
    this.screens += 1;
    const where = `${name}`;
    const overflow = await this.page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    this.expect('no-horizontal-scroll', overflow.scroll <= overflow.client, `${where}: the page scrolls sideways (${overflow.scroll} px content in ${overflow.client} px)`);
    for (const small of await this.page.evaluate(smallTapTargets, MIN_TARGET_PX)) {
      this.fail(small.inElement ? 'tap-targets-in-elements' : 'tap-targets', `${where}: ${small.where} ${small.what} is ${small.width}×${small.height} px`);
    }
    this.expect('tap-targets-in-elements', true, ''); // it ran on this screen
    const step = await this.step();
    if (afterStepChange && step) {
      const active = await this.page.evaluate(deepActive);
      this.expect(
        'focus-on-step-heading',
        active?.id === `heading-${step}`,
        `${where}: after moving to "${step}" focus is on ${active ? `<${active.tag}${active.part ? ` part="${active.part}"` : ''}> "${active.text}"` : 'nothing'}, not on the step's heading`,
      );
    }
    const blocked = await this.page.evaluate(blockedNextReason);
    if (blocked) this.expect('blocked-next-reason-visible', blocked.visible, `${where}: Next is disabled and its reason (${JSON.stringify(blocked.reasons)}) is not visible`);
    const file = `${this.label}-${String(this.screens).padStart(2, '0')}-${name}.png`;
    await this.page.screenshot({ path: join(artifacts, file), fullPage: true });
  }

  // --- the demo inbox, read the way the user reads it ---------------------------------------

  /** On a phone, opens the drawer from the bar (which must be on screen beside `field`); returns a closer. */
  async openInbox(field) {
    if (!this.touch) return async () => {};
    const toggle = this.locator('#inbox-toggle');
    if (field) {
      await field.scrollIntoViewIfNeeded();
      const [fieldBox, toggleBox, viewport] = [await field.boundingBox(), await toggle.boundingBox(), this.page.viewportSize()];
      const onScreen = (box) => box && box.y >= 0 && box.y + box.height <= viewport.height;
      this.expect('inbox-reachable', onScreen(fieldBox) && onScreen(toggleBox), `the inbox bar is not on screen next to the code field (field ${JSON.stringify(fieldBox)}, bar ${JSON.stringify(toggleBox)})`);
    }
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.tap();
    await this.locator('#inbox-panel demo-inbox').waitFor({ state: 'visible' });
    return async () => {
      await this.locator('#inbox-close').tap();
      await this.locator('#inbox-panel').waitFor({ state: 'hidden' });
    };
  }

  /** The newest valid code for `purpose` in the inbox, checked to be on screen; also its row's data. */
  async readCode(purpose, field) {
    const close = await this.openInbox(field);
    const row = this.locator(`demo-inbox [part~="message"][data-purpose="${purpose}"]:not([data-replaced])`);
    await row.waitFor({ state: 'visible', timeout: TIMEOUT_MS });
    const code = this.locator(`demo-inbox [part~="message"][data-purpose="${purpose}"]:not([data-replaced]) [data-code]`);
    await code.scrollIntoViewIfNeeded();
    const box = await code.boundingBox();
    const viewport = this.page.viewportSize();
    this.expect('inbox-reachable', box && box.y >= 0 && box.y + box.height <= viewport.height, `the ${purpose} code is not on screen in the inbox`);
    const result = { code: await code.getAttribute('data-code'), destination: await row.getAttribute('data-destination'), text: (await row.textContent()).replace(/\s+/g, ' ').trim() };
    await close();
    return result;
  }

  async totpCode() {
    const close = await this.openInbox();
    // Wait for a code with a few seconds left, so it is still valid when typed.
    await this.page.waitForFunction(() => Math.floor(Date.now() / 1000) % 30 < 25, undefined, { timeout: 40_000 });
    const code = await this.locator('demo-inbox [data-totp-code]').getAttribute('data-totp-code');
    await close();
    return code;
  }

  /** Types a code into a `<vk-code-input>` (replacing what is there) and returns its status text after the answer. */
  async typeCode(codeInput, code) {
    const input = this.locator(`${codeInput} [part~="input"]`);
    await this.press(input);
    await input.fill(code);
  }

  async waitForCodeState(codeInput, state) {
    await this.page.waitForFunction(
      ({ selector, state }) => {
        const flow = document.querySelector('vk-reset-flow');
        return flow?.shadowRoot?.querySelector(selector)?.matches(`:state(${state})`) === true;
      },
      { selector: codeInput.replace(/^vk-reset-flow\s+/, ''), state },
      { timeout: TIMEOUT_MS },
    );
  }

  /** The host's note (the page's own "the host would now open …") shows `expected`; dismisses it. */
  async expectHostNote(check, expected) {
    const note = this.locator('#host-note');
    try {
      await note.waitFor({ state: 'visible', timeout: 5000 });
      const text = (await this.locator('#host-note-text').textContent())?.trim();
      this.expect(check, text === expected, `the host note says "${text}", expected "${expected}"`);
      await this.press('#host-note-dismiss');
      await note.waitFor({ state: 'hidden' });
    } catch (error) {
      this.fail(check, `no visible host note (${String(error.message ?? error).split('\n')[0]})`);
    }
  }

  /** What the partner page says for a demo message key, in its current language (its `verikitDemo.text`). */
  async demoText(key, params) {
    return this.page.evaluate(({ key, params }) => window.verikitDemo.text(key, params), { key, params });
  }

  // --- uploads ----------------------------------------------------------------------------------

  /** Adds files to one slot through its "Add" button and the file chooser, as a user does. */
  async upload(slotId, files, choice) {
    const slot = `vk-reset-flow [part~="step"]:not([hidden]) vk-proof-uploader [part~="slot"][data-slot-id="${slotId}"]`;
    if (choice) await this.locator(`${slot} select[part~="choice"]`).selectOption(choice);
    const add = this.locator(`${slot} [part~="add-button"]`);
    await add.scrollIntoViewIfNeeded();
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.touch ? add.tap() : add.click()]);
    await chooser.setFiles(files);
  }

  async waitForUploads() {
    await this.page.waitForFunction(
      () => {
        const uploader = document.querySelector('vk-reset-flow')?.shadowRoot?.querySelector('[part~="step"]:not([hidden]) vk-proof-uploader');
        const rows = [...(uploader?.shadowRoot?.querySelectorAll('[part~="file"]') ?? [])];
        return rows.length > 0 && rows.every((row) => row.getAttribute('data-status') === 'uploaded');
      },
      undefined,
      { timeout: TIMEOUT_MS },
    );
  }
}

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

  // 2. The lost items: the phone only. First e-mail and phone together, which leads to migration.
  const factor = (kind) => page.locator(`${flow} vk-reset-picker [part~="factor"]`).filter({ has: page.locator(`[data-factor="${kind}"]`) });
  if (hostButtons) {
    await walk.press(factor('email'));
    await walk.press(factor('phone'));
    await walk.locator(`${flow} vk-reset-picker [part~="migration"]`).waitFor();
    await walk.screen('pick-migration', { afterStepChange: false });
    await walk.press(`${flow} vk-reset-picker [part~="alternative"]`);
    await walk.expectHostNote('host-buttons', await walk.demoText('demo.host.migration'));
    await walk.press(factor('email'));
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
    const second = await walk.readCode('current-email', walk.locator(`${email} [part~="input"]`));
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

  // 4. The questions, answered wrong three times: documents instead.
  const questionnaire = `${flow} vk-questionnaire`;
  const question = (index) => `${questionnaire} [part~="question"][data-index="${index}"]`;
  await walk.press(page.locator(`${question(0)} [part~="option"]`).filter({ hasText: 'ETH/USDT' }));
  await walk.press(page.locator(`${question(1)} [part~="option"]`).filter({ hasText: 'Ether (ETH)' }));
  await walk.locator(`${question(2)} [part~="input"]`).fill('green-fox');
  await walk.press(`${question(3)} [part~="dont-remember"]`);
  await walk.locator(`${question(4)} [data-end="min"]`).fill('100');
  await walk.locator(`${question(4)} [data-end="max"]`).fill('500');
  for (const left of [2, 1]) {
    await walk.press(`${questionnaire} [part~="submit"]`);
    await page.waitForFunction(
      (want) => document.querySelector('vk-reset-flow')?.shadowRoot?.querySelector('vk-questionnaire')?.attemptsLeft === want,
      left,
      { timeout: TIMEOUT_MS },
    );
    await walk.screen(`questionnaire-${left}-left`, { afterStepChange: false });
  }
  // The third wrong round: the flow moves on to documents (or offers them, if a questionnaire waits for the user).
  await walk.press(`${questionnaire} [part~="submit"]`);
  await page.waitForFunction(
    () => {
      const flow = document.querySelector('vk-reset-flow');
      return flow?.step === 'documents' || flow?.shadowRoot?.querySelector('vk-questionnaire')?.attemptsLeft === 0;
    },
    undefined,
    { timeout: TIMEOUT_MS },
  );
  if ((await walk.step()) === 'questionnaire') await walk.press(`${questionnaire} [part~="result"] [part~="documents"]`);
  await walk.waitForStep('documents');
  await walk.screen('documents');

  // 5–6. Documents, then supplementary proofs.
  const { image, video } = await makeFiles(page);
  await walk.upload('document-id-front', [image('passport.png')], 'passport');
  await walk.upload('historical-email', [image('signup-mail.png')]);
  await walk.waitForUploads();
  await walk.screen('documents-uploaded', { afterStepChange: false });
  await walk.press(`${flow} [part~="next"]`);
  await walk.waitForStep('proofs');
  await walk.screen('proofs');
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
  await walk.waitForUploads();
  await walk.screen('identity-uploaded', { afterStepChange: false });
  await walk.press(`${flow} [part~="next"]`);
  await walk.waitForStep('submit');
  await walk.screen('submit');

  // 9. Submit: under review, and the host says what it does next.
  await walk.press(`${flow} [part~="terms"]`);
  await walk.press(`${flow} [part~="step-submit"] [part~="action"]`);
  await walk.waitForStep('review');
  await walk.screen('review');
  await walk.expectHostNote('host-buttons', await walk.demoText('demo.host.complete'));

  if (hostButtons) {
    // Hand-overs this demo account cannot reach by tapping (no advanced KYC, no authenticator setup,
    // no lockout on the way): the page must still act on them. The events are the elements' own names.
    const unreachable = { 'vk-face-scan-choose': 'demo.host.faceScan', 'vk-totp-reset': 'demo.host.totpReset', 'vk-code-lock': 'demo.host.codeLock' };
    for (const [eventName, key] of Object.entries(unreachable)) {
      await page.evaluate((name) => document.querySelector('vk-reset-flow')?.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail: {} })), eventName);
      await walk.expectHostNote('host-buttons', await walk.demoText(key));
    }
  }
}

// ---------------------------------------------------------------------------------------------

const walks = [
  // The phone: touch, every host button, the resend case.
  { label: 'phone-375x740-en', viewport: { width: 375, height: 740 }, touch: true, lang: 'en', hostButtons: true, resend: true },
  { label: 'desktop-1280x800-en', viewport: { width: 1280, height: 800 }, touch: false, lang: 'en' },
  // Arabic, right-to-left: the first three steps.
  { label: 'phone-375x740-ar', viewport: { width: 375, height: 740 }, touch: true, lang: 'ar', until: 'questionnaire' },
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
    const walk = new Walk(page, options);
    page.on('console', (message) => {
      if (message.type() === 'error') walk.problems.push(`console error: ${message.text().slice(0, 300)}`);
    });
    page.on('pageerror', (error) => walk.problems.push(`page error: ${String(error.message ?? error).slice(0, 300)}`));
    page.on('requestfailed', (request) => walk.problems.push(`failed request: ${request.url()}`));
    try {
      await page.goto(`${server.origin}/demo/index.html?lang=${options.lang}`, { timeout: TIMEOUT_MS });
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
      await walkJourney(walk, { until: options.until, hostButtons: options.hostButtons, resend: options.resend, clock: context.clock });
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
