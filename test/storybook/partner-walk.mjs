// The partner-page walk's user and its checks (used by partner-page.suite.mjs): taps or clicks, reads
// codes in the demo inbox the way the user does, uploads through the file chooser, and checks each
// screen (no sideways scroll, 44 px tap targets, focus, a visible reason on a disabled Next).
import { join } from 'node:path';
import { root } from './storybook-static.mjs';

export const TIMEOUT_MS = 20_000;
export const artifacts = join(root, 'test-artifacts', 'partner-page');
const MIN_TARGET_PX = 44;

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

export class Walk {
  /** `pendingIds`: the checks the suite's PENDING_ELEMENT_FIXES reports instead of enforcing. */
  constructor(page, { label, touch, lang }, pendingIds) {
    this.page = page;
    this.pendingIds = pendingIds;
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
    if (this.pendingIds.includes(check)) {
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
      if (this.pendingIds.includes(check)) this.ranPending(check);
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

  /** Presses a blocked Next: the step stays, its reason turns into a visible error and takes the focus. */
  async pressBlockedNext(where) {
    const before = await this.step();
    // aria-disabled: Playwright would wait for it to be enabled; a user can press it.
    const next = this.locator('vk-reset-flow [part~="next"]');
    await next.scrollIntoViewIfNeeded();
    if (this.touch) await next.tap({ force: true });
    else await next.click({ force: true });
    await this.settle();
    const after = await this.page.evaluate(() => {
      const hint = document.querySelector('vk-reset-flow')?.shadowRoot?.getElementById('next-hint');
      return { step: document.querySelector('vk-reset-flow')?.step, part: hint?.getAttribute('part') ?? '', text: hint?.textContent?.trim() ?? '', focus: deepActiveId() };
      function deepActiveId() {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.id ?? '';
      }
    });
    this.expect('blocked-next-press', after.step === before, `${where}: a blocked Next moved on to "${after.step}"`);
    this.expect('blocked-next-press', after.part.includes('error') && after.text !== '', `${where}: pressing a blocked Next shows no reason (part "${after.part}", "${after.text}")`);
    this.expect('blocked-next-press', after.focus === 'next-hint', `${where}: pressing a blocked Next leaves focus on "${after.focus}", not on what is missing`);
    await this.screen(`${where}-blocked-next`, { afterStepChange: false });
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
  /** The newest valid code for `purpose` in the inbox; with `newerThan`, waits until a different code arrived (after Resend). */
  async readCode(purpose, field, newerThan) {
    const close = await this.openInbox(field);
    const row = this.locator(`demo-inbox [part~="message"][data-purpose="${purpose}"]:not([data-replaced])`);
    await row.waitFor({ state: 'visible', timeout: TIMEOUT_MS });
    if (newerThan) {
      await this.page
        .locator(`demo-inbox [part~="message"][data-purpose="${purpose}"]:not([data-replaced]) [data-code]:not([data-code="${newerThan}"])`)
        .waitFor({ state: 'attached', timeout: TIMEOUT_MS })
        .catch(() => undefined);
    }
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
