import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { VkDeveloperError } from '../../src/core/errors.js';
import type { RequestDetail } from '../../src/core/events.js';
import '../../src/elements/recovery-codes/vk-recovery-codes.js';
import type { VkRecoveryCodes } from '../../src/elements/recovery-codes/vk-recovery-codes.js';
import { announced, mount, part, partOrFail, recordConsole, settle, START, textOf } from '../helpers.js';
import { runBadDataSuite } from '../suites/bad-data.suite.js';
import { runHostRequestSuite } from '../suites/host-request.suite.js';

const CODES = ['K7MP-2QXR', 'H3TV-9WNC', 'B4ZD-8FJS', 'R6YA-5EGU', 'M2CK-7PVH', 'T9XN-3QBW', 'F5RJ-6DZE', 'W8HS-4MTA'];
const NEW_CODES = ['P3XK-7RNV', 'A9FM-2WHC', 'Z5TB-6KQD', 'E4JR-8SYG', 'N7VC-3PXU', 'G2HW-9AMK', 'S6DQ-5ZFT', 'U8BN-4RJE'];

async function setup(options: { codes?: string[]; issuer?: string; locale?: string } = {}): Promise<VkRecoveryCodes> {
  const { el } = await mount<VkRecoveryCodes>(
    html`<vk-recovery-codes .codes=${options.codes ?? CODES} issuer=${options.issuer ?? 'Example Exchange'}></vk-recovery-codes>`,
    'vk-recovery-codes',
    { locale: options.locale ?? 'en' },
  );
  return el;
}

const shownCodes = (el: VkRecoveryCodes) => [...(el.shadowRoot?.querySelectorAll('[part~="code"] [aria-hidden="true"]') ?? [])].map((node) => node.textContent.trim());
const codeNames = (el: VkRecoveryCodes) => [...(el.shadowRoot?.querySelectorAll('[part~="code"] .visually-hidden') ?? [])].map((node) => node.textContent.trim());
const tickBox = (el: VkRecoveryCodes) => partOrFail<HTMLInputElement>(el, 'input[data-saved]');
const activeIn = (el: VkRecoveryCodes) => el.shadowRoot?.activeElement ?? null;

/** Replaces `navigator.clipboard` for one test. */
function stubClipboard(writeText: (text: string) => Promise<void>): () => void {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  return () => Reflect.deleteProperty(navigator, 'clipboard');
}

/** Catches the download: the Blob handed to `URL.createObjectURL` and the link's file name. */
function stubDownload(): { files: { name: string; blob: Blob }[]; restore: () => void } {
  const files: { name: string; blob: Blob }[] = [];
  const blobs: Blob[] = [];
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (blob instanceof Blob) blobs.push(blob);
    return `blob:test-${blobs.length}`;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.at(-1);
    if (blob) files.push({ name: this.download, blob });
  };
  return {
    files,
    restore: () => {
      URL.createObjectURL = createObjectURL;
      Reflect.deleteProperty(HTMLAnchorElement.prototype, 'click');
    },
  };
}

/** Replaces `window.print` (which would block on the print dialog) for one test. */
function stubPrint(): { printed: () => number; restore: () => void } {
  const original = Object.getOwnPropertyDescriptor(window, 'print');
  let printed = 0;
  Object.defineProperty(window, 'print', { configurable: true, writable: true, value: () => void (printed += 1) });
  return {
    printed: () => printed,
    restore: () => {
      if (original) Object.defineProperty(window, 'print', original);
      else Reflect.deleteProperty(window, 'print');
    },
  };
}

async function tickAndContinue(el: VkRecoveryCodes): Promise<void> {
  tickBox(el).click();
  await settle(el);
  partOrFail(el, 'continue').click();
  await settle(el);
}

/** Opens the confirm step and confirms; the request event goes to `answer`. */
async function regenerate(el: VkRecoveryCodes, answer: (detail: RequestDetail<unknown>) => void): Promise<void> {
  partOrFail(el, 'regenerate').click();
  await settle(el);
  el.addEventListener('vk-recovery-codes-regenerate', (event) => answer(event.detail as RequestDetail<unknown>), { once: true });
  partOrFail(el, 'confirm-regenerate').click();
  await settle(el);
}

// The element imports its answer's schema on its first request in a page, which settles only after a
// few tasks on a busy machine: one answered request first, so each test's answers validate in `settle`.
before(async () => {
  const el = await setup();
  await regenerate(el, (detail) => detail.respond({ ok: true, codes: NEW_CODES }));
  await waitUntil(() => shownCodes(el)[0] === NEW_CODES[0], 'the first answer was never validated', { timeout: 5000 });
});

describe('<vk-recovery-codes>', () => {
  describe('the codes', () => {
    it('shows each code grouped in a list, with an accessible name that spells it group by group', async () => {
      const el = await setup();
      expect(shownCodes(el)).to.deep.equal(CODES);
      expect(codeNames(el)[0]).to.equal('Code 1: K 7 M P, 2 Q X R');
      expect(part(el, 'codes')?.localName).to.equal('ol');
      expect(part(el, 'codes')?.getAttribute('aria-labelledby')).to.equal('heading');
      expect(textOf(el, 'issuer')).to.equal('Example Exchange');
      expect(textOf(el, 'heading')).to.equal('Save your recovery codes');
      await expect(el).to.be.accessible();
    });

    it("keeps the host's own groups, and groups plain codes in fours (fives for 10 or 15 characters)", async () => {
      const el = await setup({ codes: ['ABCDE FGHJK', 'MNPQRSTU', '2345678923', 'AB-CD-EF'] });
      expect(shownCodes(el)).to.deep.equal(['ABCDE-FGHJK', 'MNPQ-RSTU', '23456-78923', 'AB-CD-EF']);
      expect(codeNames(el)[1]).to.equal('Code 2: M N P Q, R S T U');
    });

    it('shows codes with characters that are easy to misread as given, and warns the developer once naming them by position only', async () => {
      let el: VkRecoveryCodes | undefined;
      const { calls } = await recordConsole('warn', async () => {
        el = await setup({ codes: ['K7MP-2QXR', 'H0TV-9WNC', 'B4ZD-8FJS', 'R6YA-5EGI'] });
      });
      const warnings = calls.filter(([first]) => first instanceof VkDeveloperError);
      expect(warnings).to.have.length(1);
      const text = String(warnings[0]?.[0]);
      expect(text).to.contain('#2, #4').and.to.contain('0, 1, I, L, O').and.to.contain('23456789ABCDEFGHJKMNPQRSTUVWXYZ');
      expect(text).to.not.contain('H0TV').and.to.not.contain('5EGI');
      if (el) expect(shownCodes(el)[1]).to.equal('H0TV-9WNC');
    });

    it('shows an empty state with "Get new codes" when the host gave none', async () => {
      const el = await setup({ codes: [] });
      expect(textOf(el, 'empty')).to.equal('There are no recovery codes to show.');
      expect(part(el, 'codes')).to.equal(null);
      expect(part(el, 'continue')).to.equal(null);
      expect(el.matches(':state(empty)')).to.equal(true);
      await expect(el).to.be.accessible();
      await regenerate(el, (detail) => detail.respond({ ok: true, codes: NEW_CODES }));
      expect(shownCodes(el)).to.deep.equal(NEW_CODES);
      expect(el.matches(':state(empty)')).to.equal(false);
    });

    it('speaks the user’s language (French)', async () => {
      const el = await setup({ locale: 'fr' });
      await waitUntil(() => textOf(el, 'copy') === 'Tout copier', 'the French translation never arrived', { timeout: 5000 });
      // Groups are listed the way the locale lists units (French: "K 7 M P et 2 Q X R").
      const spelled = new Intl.ListFormat('fr', { type: 'unit', style: 'short' }).format(['K 7 M P', '2 Q X R']);
      expect(codeNames(el)[0]).to.equal(`Code 1 : ${spelled}`);
    });
  });

  describe('copy, download, print', () => {
    it('copies every code, one per line, and says so', async () => {
      const el = await setup();
      const copied: string[] = [];
      const restore = stubClipboard((text) => {
        copied.push(text);
        return Promise.resolve();
      });
      try {
        partOrFail(el, 'copy').click();
        await settle(el);
      } finally {
        restore();
      }
      expect(copied).to.deep.equal([CODES.join('\n')]);
      expect(textOf(el, 'copy-status')).to.equal('Codes copied.');
      expect(announced(el)).to.equal('Codes copied.');
      await expect(el).to.be.accessible();
    });

    it('when the clipboard is refused, shows the codes as text, selected and focused, with advice', async () => {
      const el = await setup();
      const restore = stubClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
      try {
        partOrFail(el, 'copy').click();
        await settle(el);
      } finally {
        restore();
      }
      const text = partOrFail<HTMLTextAreaElement>(el, 'codes-text');
      expect(text.value).to.equal(CODES.join('\n'));
      expect(activeIn(el)).to.equal(text);
      expect(text.selectionStart).to.equal(0);
      expect(text.selectionEnd).to.equal(text.value.length);
      expect(textOf(el, 'copy-status')).to.contain('Copying was blocked');
      await expect(el).to.be.accessible();
    });

    it('downloads a .txt named after the issuer and the date of the core clock, holding the codes', async () => {
      const el = await setup({ issuer: 'Example Exchange' });
      const download = stubDownload();
      try {
        partOrFail(el, 'download').click();
        await settle(el);
      } finally {
        download.restore();
      }
      const start = new Date(START);
      const day = `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}-${String(start.getDate()).padStart(2, '0')}`;
      expect(download.files.map((file) => file.name)).to.deep.equal([`example-exchange-recovery-codes-${day}.txt`]);
      const file = download.files[0]?.blob;
      expect(file?.type).to.equal('text/plain;charset=utf-8');
      const text = (await file?.text()) ?? '';
      const date = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(START);
      expect(text.split('\n').slice(0, 3)).to.deep.equal(['Example Exchange', `Recovery codes, ${date}`, '']);
      for (const code of CODES) expect(text).to.contain(`\n${code}\n`);
      expect(text).to.contain('Each code works once.');
      expect(announced(el)).to.equal(`Downloaded example-exchange-recovery-codes-${day}.txt.`);
    });

    it('names the file without an issuer, and folds accents and symbols out of it', async () => {
      const download = stubDownload();
      try {
        const plain = await setup({ issuer: '' });
        partOrFail(plain, 'download').click();
        const accented = await setup({ issuer: 'Échange & Co.' });
        partOrFail(accented, 'download').click();
      } finally {
        download.restore();
      }
      expect(download.files.map((file) => file.name.replace(/\d{4}-\d\d-\d\d/, 'DATE'))).to.deep.equal(['recovery-codes-DATE.txt', 'echange-co-recovery-codes-DATE.txt']);
    });

    it('prints only the issuer and the codes: the rest of the page is hidden while the Print button prints', async () => {
      const el = await setup();
      const print = stubPrint();
      try {
        partOrFail(el, 'print').click();
        await settle(el);
        expect(print.printed()).to.equal(1);
        expect(el.matches(':state(printing)')).to.equal(true);
        const sheets = document.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join(' '));
        expect(sheets.some((text) => text.includes('@media print') && text.includes('visibility: hidden'))).to.equal(true);
        await emulateMedia({ media: 'print' });
        const shown = (name: string) => partOrFail(el, name).getClientRects().length > 0;
        expect(shown('issuer') && shown('codes'), 'issuer and codes printed').to.equal(true);
        for (const name of ['heading', 'intro', 'actions', 'regenerate', 'form']) expect(shown(name), `${name} not printed`).to.equal(false);
        const around = el.parentElement ?? document.body;
        expect(getComputedStyle(el).visibility).to.equal('visible');
        expect(getComputedStyle(around).visibility, 'the rest of the page').to.equal('hidden');
        window.dispatchEvent(new Event('afterprint'));
        expect(el.matches(':state(printing)')).to.equal(false);
        expect(getComputedStyle(around).visibility).to.equal('visible');
      } finally {
        await emulateMedia({ media: 'screen' });
        print.restore();
      }
    });
  });

  describe('saving and forgetting', () => {
    it('requires the "I have saved these codes" tick: Continue shows the message and focuses the box', async () => {
      const el = await setup();
      let saved = 0;
      el.addEventListener('vk-recovery-codes-saved', () => (saved += 1));
      partOrFail(el, 'continue').click();
      await settle(el);
      expect(saved).to.equal(0);
      expect(textOf(el, 'error')).to.equal('Tick the box to confirm you have saved your codes.');
      expect(tickBox(el).getAttribute('aria-invalid')).to.equal('true');
      expect(tickBox(el).getAttribute('aria-describedby')).to.equal('tick-error');
      expect(activeIn(el)).to.equal(tickBox(el));
      await expect(el).to.be.accessible();
      tickBox(el).click();
      await settle(el);
      expect(part(el, 'error')).to.equal(null);
    });

    it('Continue fires vk-recovery-codes-saved without the codes, and forgets them', async () => {
      const el = await setup();
      const restore = stubClipboard(() => Promise.resolve());
      partOrFail(el, 'copy').click();
      await settle(el);
      restore();
      const saved = oneEvent(el, 'vk-recovery-codes-saved');
      await tickAndContinue(el);
      const event = await saved;
      expect(event.detail).to.deep.equal({ methods: ['copy'] });
      expect(el.codes).to.deep.equal([]);
      expect(el.matches(':state(saved)')).to.equal(true);
      const everything = el.shadowRoot?.innerHTML ?? '';
      for (const code of CODES) expect(everything).to.not.contain(code);
      expect(textOf(el, 'done')).to.contain('Recovery codes saved');
      expect(activeIn(el)).to.equal(part(el, 'done'));
      await expect(el).to.be.accessible();
    });

    it('starts over when the host gives new codes after Continue', async () => {
      const el = await setup();
      await tickAndContinue(el);
      el.codes = NEW_CODES;
      await settle(el);
      expect(shownCodes(el)).to.deep.equal(NEW_CODES);
      expect(tickBox(el).checked).to.equal(false);
      expect(el.matches(':state(saved)')).to.equal(false);
    });

    it('never puts a code into an attribute or an event detail (other than the host’s own answer)', async () => {
      const el = await setup();
      const details: unknown[] = [];
      // Every CustomEvent dispatched anywhere during the test, through EventTarget.prototype.dispatchEvent.
      const dispatch = Object.getOwnPropertyDescriptor(EventTarget.prototype, 'dispatchEvent');
      const original = dispatch?.value as EventTarget['dispatchEvent'];
      Object.defineProperty(EventTarget.prototype, 'dispatchEvent', {
        configurable: true,
        writable: true,
        value(this: EventTarget, event: Event): boolean {
          if (event instanceof CustomEvent) details.push(event.detail);
          return Reflect.apply<EventTarget, [Event], boolean>(original, this, [event]);
        },
      });
      const attributes: string[] = [];
      const snapshot = () => {
        for (const node of [el, ...(el.shadowRoot?.querySelectorAll('*') ?? [])]) for (const { name, value } of node.attributes) attributes.push(`${name}=${value}`);
      };
      const download = stubDownload();
      const restoreClipboard = stubClipboard(() => Promise.reject(new Error('denied')));
      const print = stubPrint();
      try {
        snapshot();
        for (const action of ['copy', 'download', 'print']) {
          partOrFail(el, action).click();
          await settle(el);
          snapshot();
        }
        window.dispatchEvent(new Event('afterprint'));
        await regenerate(el, (detail) => detail.respond({ ok: true, codes: NEW_CODES }));
        snapshot();
        await tickAndContinue(el);
        snapshot();
      } finally {
        if (dispatch) Object.defineProperty(EventTarget.prototype, 'dispatchEvent', dispatch);
        download.restore();
        restoreClipboard();
        print.restore();
      }
      expect(details.length, 'events were seen').to.be.greaterThan(2);
      const seen = JSON.stringify(details, (_key, value: unknown) => (typeof value === 'function' ? undefined : value)) + attributes.join('\n');
      for (const code of [...CODES, ...NEW_CODES]) {
        for (const form of [code, code.replace('-', ''), code.replace('-', ' ')]) expect(seen).to.not.contain(form);
      }
    });
  });

  describe('getting new codes', () => {
    it('asks first; "Keep my codes" changes nothing and puts focus back', async () => {
      const el = await setup();
      let asked = 0;
      el.addEventListener('vk-recovery-codes-regenerate', () => (asked += 1));
      partOrFail(el, 'regenerate').click();
      await settle(el);
      expect(textOf(el, 'confirm')).to.contain('Replace your recovery codes?').and.to.contain('stop working at once');
      expect(el.matches(':state(confirming)')).to.equal(true);
      expect(activeIn(el)?.id).to.equal('confirm-title');
      await expect(el).to.be.accessible();
      partOrFail(el, 'keep').click();
      await settle(el);
      expect(asked).to.equal(0);
      expect(part(el, 'confirm')).to.equal(null);
      expect(activeIn(el)).to.equal(part(el, 'regenerate'));
      expect(shownCodes(el)).to.deep.equal(CODES);
    });

    it('replaces the old codes with the answer, starts saving over and says the old ones no longer work', async () => {
      const el = await setup();
      tickBox(el).click();
      await settle(el);
      const regenerated = oneEvent(el, 'vk-recovery-codes-regenerated');
      await regenerate(el, (detail) => detail.respond({ ok: true, codes: NEW_CODES }));
      expect((await regenerated).detail).to.deep.equal({ count: 8 });
      expect(shownCodes(el)).to.deep.equal(NEW_CODES);
      expect(el.codes).to.deep.equal(NEW_CODES);
      expect(el.shadowRoot?.innerHTML).to.not.contain(CODES[0]);
      expect(tickBox(el).checked).to.equal(false);
      expect(announced(el)).to.equal('New codes are ready and your old codes no longer work. Save these.');
      expect(activeIn(el)).to.equal(part(el, 'heading'));
    });

    it('keeps Continue waiting while new codes are on their way', async () => {
      const el = await setup();
      tickBox(el).click();
      await settle(el);
      let saved = 0;
      el.addEventListener('vk-recovery-codes-saved', () => (saved += 1));
      await regenerate(el, (detail) => detail.respond(new Promise(() => undefined)));
      expect(el.matches(':state(pending)')).to.equal(true);
      expect(part(el, 'continue')?.getAttribute('aria-disabled')).to.equal('true');
      partOrFail(el, 'continue').click();
      await settle(el);
      expect(saved).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('rejects an answer with bad codes as malformed, without printing the codes, and keeps the old ones', async () => {
      const el = await setup();
      const { calls } = await recordConsole('error', () => regenerate(el, (detail) => detail.respond({ ok: true, codes: ['AB', 'ZZZZ-ZZZZ'] })));
      expect(calls).to.have.length(1);
      expect(String(calls[0]?.[0])).to.contain('item #1');
      expect(shownCodes(el)).to.deep.equal(CODES);
      expect(textOf(el, 'feedback')).to.not.equal('');
    });
  });
});

runHostRequestSuite<VkRecoveryCodes>('<vk-recovery-codes>', {
  mount: async () => {
    const el = await setup();
    tickBox(el).click();
    await settle(el);
    return el;
  },
  eventName: 'vk-recovery-codes-regenerate',
  trigger: async (el) => {
    partOrFail(el, 'regenerate').click();
    await settle(el);
    partOrFail(el, 'confirm-regenerate').click();
  },
  answer: { ok: true, codes: NEW_CODES },
  expectAnswered: (el) => {
    expect(shownCodes(el)).to.deep.equal(NEW_CODES);
  },
  userInput: (el) => ({ ticked: tickBox(el).checked, codes: shownCodes(el) }),
});

runBadDataSuite<VkRecoveryCodes>('<vk-recovery-codes>', {
  mount: () => setup(),
  properties: {
    codes: [
      { value: 'K7MP-2QXR', mentions: 'array' },
      { value: ['K7MP-2QXR', 42], mentions: 'item #2' },
      { value: ['K7M'], mentions: '4–16' },
      { value: ['K7MP-2QXR-H3TV-9WNC-B'], mentions: '4–16' },
      { value: ['K7MP_2QXR'], mentions: 'letters and digits' },
      { value: ['K7MP-2QXR', 'k7mp 2qxr'], mentions: 'same code' },
      { value: null },
    ],
    issuer: [{ value: 42, mentions: 'string' }],
  },
});

describe('<vk-recovery-codes> bad codes never reach the console', () => {
  it('reports the problem without the values', async () => {
    const el = await setup();
    const { calls } = await recordConsole('error', () => {
      el.codes = ['SECRET-CODE', 'SECRET_CODE2'];
    });
    expect(calls).to.have.length(1);
    const text = String(calls[0]?.[0]);
    expect(text).to.contain('item #2').and.to.contain('withheld');
    expect(text).to.not.contain('SECRET').and.to.not.contain(CODES[0]);
  });
});
