import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ManualClock } from '../../src/core/clock.js';
import { VkDeveloperError } from '../../src/core/errors.js';
import { resetUnansweredWarnings } from '../../src/core/events.js';
import { isolate } from '../../src/core/i18n.js';
import '../../src/elements/provider/vk-provider.js';
import '../../src/elements/proof-uploader/vk-proof-uploader.js';
import type { VkProofUploader } from '../../src/elements/proof-uploader/proof-uploader.js';
import type {
  VkProofChangeDetail,
  VkProofChangeEvent,
  VkProofRejectDetail,
  VkProofUploadDetail,
  VkProofUploadEvent,
} from '../../src/elements/proof-uploader/proof-uploader.events.js';
import {
  counterpartyTransactionSlot,
  historicalEmailSlot,
  idFrontSlot,
  selfieWithStatementSlot,
  supplementaryProofSlots,
  verificationVideoSlot,
} from '../../src/elements/proof-uploader/proof-presets.js';
import type { ProofSlot, ProofUploadAnswer } from '../../src/elements/proof-uploader/proof-uploader.schema.js';
import { announced, nextEvent, part, recordConsole, textOf } from '../helpers.js';
import { runBadDataSuite } from '../suites/bad-data.suite.js';
import { runHostRequestSuite } from '../suites/host-request.suite.js';

// ——— files ———

async function imageFile(name: string, options: { width?: number; height?: number; type?: string; reportedType?: string } = {}): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = options.width ?? 40;
  canvas.height = options.height ?? 30;
  const context = canvas.getContext('2d');
  if (context) {
    context.fillStyle = '#3a7';
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  const type = options.type ?? 'image/png';
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type));
  if (!blob) throw new Error('canvas could not encode');
  return new File([blob], name, { type: options.reportedType ?? type });
}

const pdfFile = (name = 'statement.pdf'): File => new File(['%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'], name, { type: 'application/pdf' });
const mp4File = (name = 'video.mp4'): File =>
  new File([new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d, 0, 0, 2, 0, 0x69, 0x73, 0x6f, 0x6d, 0x6d, 0x70, 0x34, 0x31]), new Uint8Array(500)], name, {
    type: 'video/mp4',
  });

// ——— slots and fixtures ———

const screenshotSlot: ProofSlot = { id: 'screens', title: 'Screenshots', accept: ['image'], maxFiles: 2, maxBytes: 50_000 };
const docsSlot: ProofSlot = { id: 'docs', title: 'Documents', guidance: ['Bank statements'], accept: ['image', 'pdf'], maxFiles: 3, required: false };

async function mount(slots: ProofSlot[], options: { clock?: ManualClock; locale?: string; downscale?: number } = {}): Promise<VkProofUploader> {
  const provider = await fixture(html`<vk-provider locale=${options.locale ?? 'en'} .clock=${options.clock ?? new ManualClock(Date.UTC(2026, 10, 23, 12))}>
    <vk-proof-uploader .slots=${slots} downscale=${options.downscale ?? 0}></vk-proof-uploader>
  </vk-provider>`);
  const element = provider.querySelector('vk-proof-uploader');
  if (!element) throw new Error('no uploader');
  await element.updateComplete;
  return element;
}

const shadow = (element: VkProofUploader): ShadowRoot => {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
};
const slotSection = (element: VkProofUploader, slotId: string): HTMLElement => {
  const section = shadow(element).querySelector<HTMLElement>(`[data-slot-id="${slotId}"]`);
  if (!section) throw new Error(`no slot ${slotId}`);
  return section;
};
const rows = (element: VkProofUploader, slotId: string): HTMLElement[] => Array.from(slotSection(element, slotId).querySelectorAll<HTMLElement>('[part="file"]'));
const rowText = (row: HTMLElement | undefined): string => row?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const button = (scope: ParentNode, selector: string): HTMLButtonElement => {
  const found = scope.querySelector<HTMLButtonElement>(selector);
  if (!found) throw new Error(`no button ${selector}`);
  return found;
};
const rejectionsText = (element: VkProofUploader, slotId: string): string => slotSection(element, slotId).querySelector('[part="rejections"]')?.textContent.replace(/\s+/g, ' ') ?? '';

/** A fake host: keeps each request so the test decides when and how it is answered. */
function fakeHost(element: VkProofUploader) {
  const requests: VkProofUploadDetail[] = [];
  const answers: ((answer: ProofUploadAnswer | Promise<ProofUploadAnswer>) => void)[] = [];
  element.addEventListener('vk-proof-upload', (event: VkProofUploadEvent) => {
    requests.push(event.detail);
    event.detail.respond(new Promise<ProofUploadAnswer>((resolve) => answers.push(resolve)));
  });
  return {
    requests,
    answer(index: number, answer: ProofUploadAnswer | Promise<ProofUploadAnswer>) {
      const respond = answers[index];
      if (!respond) throw new Error(`no request #${index}`);
      respond(answer);
    },
  };
}

async function settle(element: VkProofUploader): Promise<void> {
  await aTimeout(0);
  await element.updateComplete;
}

describe('<vk-proof-uploader>', () => {
  beforeEach(() => resetUnansweredWarnings());

  describe('accessibility', () => {
    it('is accessible with every preset, empty', async () => {
      const date = Date.UTC(2026, 10, 23);
      const element = await mount([
        ...supplementaryProofSlots(),
        idFrontSlot({ idTypes: ['passport', 'national-id', { value: 'aadhaar', label: 'Aadhaar card' }] }),
        verificationVideoSlot({ uid: '48213377', email: 'ana@example.com', phone: '+34 600 000 000', date, reason: 'Lost my phone' }),
        selfieWithStatementSlot({ platform: 'CoinEx', item: 'Mobile', date }),
        historicalEmailSlot(),
        counterpartyTransactionSlot(),
      ]);
      expect(shadow(element).querySelectorAll('[part="slot"]')).to.have.length(10);
      await expect(element).to.be.accessible();
    });

    it('labels each picker button and file button with the slot or the file it acts on', async () => {
      const element = await mount([screenshotSlot]);
      fakeHost(element);
      await element.addFiles('screens', [await imageFile('login-mail.png')]);
      await settle(element);
      expect(button(slotSection(element, 'screens'), '[part="add-button"]').getAttribute('aria-label')).to.equal('Choose files for Screenshots');
      expect(button(rows(element, 'screens')[0] ?? element, '[data-action="cancel"]').getAttribute('aria-label')).to.equal(`Cancel upload of ${isolate('login-mail.png')}`);
      expect(shadow(element).querySelector('progress')?.getAttribute('aria-label')).to.equal(`Upload of ${isolate('login-mail.png')}`);
      await expect(element).to.be.accessible();
    });
  });

  describe('slots and presets', () => {
    it('shows title, requirement, guidance, limits and the statement built from account data', async () => {
      const element = await mount([
        verificationVideoSlot({ uid: '48213377', email: 'ana@example.com', phone: '+34 600 000 000', date: Date.UTC(2026, 10, 23, 12), reason: 'Lost my phone' }),
      ]);
      const section = slotSection(element, 'verification-video');
      expect(section.querySelector('[part="slot-title"]')?.textContent).to.equal('Verification video');
      expect(section.querySelector('[part="badge"]')?.textContent.trim()).to.equal('Required');
      expect(section.querySelector('[part="guidance"]')?.textContent).to.contain('holding your ID document and a sheet of paper');
      const statement = section.querySelector('.statement-text')?.textContent ?? '';
      expect(statement).to.equal('UID: 48213377\nE-mail: ana@example.com\nPhone: +34 600 000 000\nDate: November 23, 2026\nReason: Lost my phone');
      expect(section.querySelector('[part="limits"]')?.textContent).to.equal('videos (MP4, MOV, WebM), up to 200 MB, one file.');
      const input = section.querySelector<HTMLInputElement>('input[data-input="picker"]');
      expect(input?.accept).to.contain('video/webm');
      expect(input?.multiple).to.equal(false);
      expect(section.querySelector('input[data-input="capture"]')?.getAttribute('capture')).to.equal('user');
    });

    it('translates preset texts through the provider: locale dates and host overrides', async () => {
      const provider = await fixture(html`<vk-provider locale="de" .messages=${{ 'proof.selfie.title': 'Selfie mit Ausweis' }}>
        <vk-proof-uploader .slots=${[selfieWithStatementSlot({ platform: 'CoinEx', item: 'Mobile', date: Date.UTC(2026, 10, 23, 12) })]}></vk-proof-uploader>
      </vk-provider>`);
      const element = provider.querySelector('vk-proof-uploader');
      if (!element) throw new Error('no uploader');
      await element.updateComplete;
      expect(shadow(element).querySelector('[part="slot-title"]')?.textContent).to.equal('Selfie mit Ausweis');
      expect(shadow(element).querySelector('.statement-text')?.textContent).to.equal('Apply to reset Mobile on CoinEx\n23. November 2026');
    });

    it('keeps an exchange\'s phrase verbatim in every locale, shows missing data as missing, copies the statement and prints it alone', async () => {
      const fr = await mount([selfieWithStatementSlot({ phrase: 'Apply to reset Mobile on CoinEx', date: Date.UTC(2026, 10, 23, 12) })], { locale: 'fr' });
      for (let i = 0; i < 20 && !shadow(fr).textContent.includes('Écrivez'); i++) await settle(fr);
      expect(shadow(fr).querySelector('.statement-text')?.textContent).to.equal('Apply to reset Mobile on CoinEx\n23 novembre 2026');

      const { calls, result: element } = await recordConsole('error', () => mount([verificationVideoSlot({ uid: '48213377', email: 'a•••@example.com', phone: '', reason: 'Reset phone' })]));
      expect(calls).to.have.length(1);
      expect(String(calls[0]?.[0])).to.contain('email is masked').and.contain('phone is missing');
      const statement = shadow(element).querySelector('.statement-text')?.textContent ?? '';
      expect(statement).to.contain('E-mail: [missing: reload the page or contact support]').and.contain('UID: 48213377');
      expect(statement).to.not.contain('•');

      let copied = '';
      const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (text: string) => ((copied = text), Promise.resolve()) } });
      try {
        const copy = shadow(element).querySelector<HTMLButtonElement>('[part="copy-button"]');
        copy?.click();
        await settle(element);
        expect(copied).to.equal(statement);
        expect(copy?.textContent.trim()).to.equal('Copied');
        expect(shadow(element).querySelector('[role="status"]')?.textContent).to.contain('Copied');
      } finally {
        if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
        else Reflect.deleteProperty(navigator, 'clipboard');
      }
      const printRules = [...shadow(element).adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((rule) => rule instanceof CSSMediaRule && rule.conditionText === 'print');
      expect(printRules.map((rule) => rule.cssText).join(), 'a print stylesheet for the sheet').to.contain('.statement-text');
      await expect(element).to.be.accessible();
    });

    it('makes the supplementary proofs an account cannot have optional', () => {
      const slots = supplementaryProofSlots({ optional: ['fiat-transactions'] });
      expect(slots.map((slot) => [slot.id, slot.required])).to.deep.equal([
        ['source-of-funds', true],
        ['destination-of-funds', true],
        ['notification-records', true],
        ['fiat-transactions', false],
        ['other-proof', false],
      ]);
    });

    it('lays out right-to-left for a right-to-left locale', async () => {
      const element = await mount([docsSlot], { locale: 'ar' });
      expect(shadow(element).querySelector('.slots')?.getAttribute('dir')).to.equal('rtl');
      const zone = slotSection(element, 'docs').querySelector('[part="drop-zone"]');
      const add = slotSection(element, 'docs').querySelector('[part="add-button"]');
      if (!zone || !add) throw new Error('no drop zone');
      // The picker button starts at the right edge in RTL.
      expect(Math.abs(zone.getBoundingClientRect().right - add.getBoundingClientRect().right)).to.be.below(30);
      await expect(element).to.be.accessible();
    });

    // Was "throws a developer error": the one bad-data policy (issue 13) never throws from a setter.
    it('reports a bad slot or file once, naming the item and the field, and keeps the last valid list', async () => {
      const element = await mount([screenshotSlot]);
      const record = element as unknown as Record<string, unknown>;
      const problems: [property: string, value: unknown, message: RegExp][] = [
        ['slots', [{ id: 'id-front', title: 'ID', accept: ['image', 'gif'] }], /"slots".*item "id-front", field "accept\.1"/],
        ['slots', [{ id: 'a', title: 'A', accept: ['pdf'], maxFiles: 2, minFiles: 3 }], /"slots".*item "a", field "minFiles"/],
        ['slots', [screenshotSlot, { ...docsSlot, id: 'screens' }], /"slots".*item "screens", field "id": used twice/],
        ['uploaded', [{ slotId: 'screens', fileId: 'f1', name: 'a.png', size: -1, type: 'image/png' }], /"uploaded".*item "f1", field "size"/],
      ];
      for (const [property, value, message] of problems) {
        const { calls } = await recordConsole('error', () => {
          record[property] = value;
        });
        expect(calls, property).to.have.length(1);
        expect(calls[0]?.[0]).to.be.instanceOf(VkDeveloperError);
        expect(String(calls[0]?.[0])).to.match(message);
      }
      expect(element.slots).to.deep.equal([screenshotSlot]);
      expect(element.uploaded).to.deep.equal([]);
      await element.updateComplete;
      expect(shadow(element).querySelectorAll('[part="slot"]')).to.have.length(1);
    });

    it('gives every button and the choice a touch target of at least 44px', async () => {
      const element = await mount([idFrontSlot(), docsSlot]);
      fakeHost(element);
      await element.addFiles('docs', [pdfFile()]);
      await settle(element);
      const targets = Array.from(shadow(element).querySelectorAll<HTMLElement>('button, select')).filter((target) => target.getClientRects().length > 0);
      expect(targets.length).to.be.at.least(4);
      for (const target of targets) expect(target.getBoundingClientRect().height, target.getAttribute('part') ?? '').to.be.at.least(44);
    });

    it('keeps every file when the host sets new slot definitions with the same ids', async () => {
      const element = await mount([screenshotSlot, docsSlot]);
      fakeHost(element);
      await element.addFiles('docs', [pdfFile()]);
      element.slots = [{ ...screenshotSlot }, { ...docsSlot, title: 'Bank documents' }];
      await settle(element);
      expect(rows(element, 'docs')).to.have.length(1);
      expect(rowText(rows(element, 'docs')[0])).to.contain('statement.pdf');
      // Equal definitions in a fresh array (a host re-rendering) are no change to report.
      let changes = 0;
      element.addEventListener('vk-proof-change', () => changes++);
      element.slots = [{ ...screenshotSlot }, { ...docsSlot, title: 'Bank documents' }];
      await settle(element);
      expect(changes).to.equal(0);
      element.slots = [screenshotSlot];
      element.slots = [screenshotSlot, docsSlot];
      await settle(element);
      expect(rows(element, 'docs')).to.have.length(1);
    });
  });

  describe('checks before sending', () => {
    it('rejects a file whose content does not match its extension, and says why next to the slot', async () => {
      const element = await mount([screenshotSlot]);
      const host = fakeHost(element);
      const spoofed = new File(['<html><body>not a photo</body></html>'], 'passport.jpg', { type: 'image/jpeg' });
      const rejected = nextEvent(element, 'vk-proof-reject');
      await element.addFiles('screens', [spoofed]);
      expect((await rejected).detail).to.deep.equal({ slotId: 'screens', name: 'passport.jpg', reason: 'wrong-type' } satisfies VkProofRejectDetail);
      await settle(element);
      // Plain words (issue 18): no "Its content decides, not its name.", no nested brackets.
      expect(rejectionsText(element, 'screens')).to.contain(`${isolate('passport.jpg')} is not a photo. Choose a file in JPEG, PNG, WebP, or HEIC format.`);
      expect(rows(element, 'screens')).to.have.length(0);
      expect(host.requests).to.have.length(0);
      expect(shadow(element).querySelector('[role="status"]')?.textContent).to.contain('One file was not added');
      await expect(element).to.be.accessible();
    });

    it('accepts a file by its true type even when its name says otherwise', async () => {
      const element = await mount([screenshotSlot]);
      const host = fakeHost(element);
      await element.addFiles('screens', [await imageFile('scan.pdf', { reportedType: 'application/pdf' })]);
      expect(host.requests).to.have.length(1);
      expect(host.requests[0]?.kind).to.equal('image');
      expect(host.requests[0]?.mime).to.equal('image/png');
    });

    it('takes a video into a video slot and refuses a photo renamed to .mp4', async () => {
      const element = await mount([{ id: 'video', title: 'Video', accept: ['video'], maxFiles: 2, maxBytes: 10_000 }]);
      const host = fakeHost(element);
      const reasons: string[] = [];
      element.addEventListener('vk-proof-reject', (event) => reasons.push(`${event.detail.name}:${event.detail.reason}`));
      await element.addFiles('video', [mp4File('me.mp4'), await imageFile('fake.mp4', { reportedType: 'video/mp4' })]);
      expect(host.requests.map((request) => `${request.file.name}:${request.kind}:${request.mime}`)).to.deep.equal(['me.mp4:video:video/mp4']);
      expect(reasons).to.deep.equal(['fake.mp4:wrong-type']);
    });

    it('rejects zero-byte and oversize files', async () => {
      const element = await mount([screenshotSlot]);
      const host = fakeHost(element);
      const reasons: string[] = [];
      element.addEventListener('vk-proof-reject', (event) => reasons.push(event.detail.reason));
      const huge = new File([new Uint8Array(60_000)], 'huge.png', { type: 'image/png' });
      await element.addFiles('screens', [new File([], 'empty.png', { type: 'image/png' }), huge]);
      await settle(element);
      expect(reasons).to.deep.equal(['empty', 'too-large']);
      const text = rejectionsText(element, 'screens');
      expect(text).to.contain(`${isolate('empty.png')} is empty (0 bytes)`);
      expect(text).to.contain(`${isolate('huge.png')} is 60 kB; the limit is 50 kB.`);
      expect(host.requests).to.have.length(0);
    });

    it('refuses files beyond the slot maximum, also across quick successive adds', async () => {
      const element = await mount([screenshotSlot]);
      const host = fakeHost(element);
      const reasons: string[] = [];
      element.addEventListener('vk-proof-reject', (event) => reasons.push(`${event.detail.name}:${event.detail.reason}`));
      const [a, b, c] = await Promise.all(['a.png', 'b.png', 'c.png'].map((name) => imageFile(name)));
      if (!a || !b || !c) throw new Error('files');
      await Promise.all([element.addFiles('screens', [a, b]), element.addFiles('screens', [c])]);
      await settle(element);
      expect(rows(element, 'screens')).to.have.length(2);
      expect(reasons).to.deep.equal(['c.png:too-many']);
      expect(rejectionsText(element, 'screens')).to.contain(`${isolate('c.png')} was not added: this item takes at most 2 files.`);
      expect(host.requests.map((request) => request.file.name)).to.deep.equal(['a.png', 'b.png']);
      expect(button(slotSection(element, 'screens'), '[part="add-button"]').disabled).to.equal(true);
    });
  });

  describe('adding files', () => {
    it('adds a screenshot pasted into the focused slot', async () => {
      const element = await mount([screenshotSlot, docsSlot]);
      const host = fakeHost(element);
      button(slotSection(element, 'docs'), '[part="add-button"]').focus();
      const clipboard = new DataTransfer();
      clipboard.items.add(await imageFile('image.png'));
      const paste = new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, composed: true, cancelable: true });
      button(slotSection(element, 'docs'), '[part="add-button"]').dispatchEvent(paste);
      expect(paste.defaultPrevented).to.equal(true);
      await waitUntil(() => host.requests.length === 1);
      expect(host.requests[0]?.slotId).to.equal('docs');
    });

    it('adds a pasted screenshot to the only image slot when focus is elsewhere in the uploader, and ignores pasted text', async () => {
      const element = await mount([screenshotSlot, { id: 'video', title: 'Video', accept: ['video'] }]);
      const host = fakeHost(element);
      const text = new DataTransfer();
      text.setData('text/plain', 'hello');
      const textPaste = new ClipboardEvent('paste', { clipboardData: text, bubbles: true, composed: true, cancelable: true });
      element.dispatchEvent(textPaste);
      expect(textPaste.defaultPrevented).to.equal(false);
      const clipboard = new DataTransfer();
      clipboard.items.add(await imageFile('image.png'));
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, composed: true, cancelable: true }));
      await waitUntil(() => host.requests.length === 1);
      expect(host.requests[0]?.slotId).to.equal('screens');
    });

    it('adds dropped files and shows the drop zone as active while dragging', async () => {
      const element = await mount([docsSlot]);
      const host = fakeHost(element);
      const zone = slotSection(element, 'docs').querySelector<HTMLElement>('[part="drop-zone"]');
      if (!zone) throw new Error('no drop zone');
      const transfer = new DataTransfer();
      transfer.items.add(pdfFile('bank.pdf'));
      const over = new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true });
      zone.dispatchEvent(over);
      await element.updateComplete;
      expect(over.defaultPrevented).to.equal(true);
      expect(zone.hasAttribute('data-active')).to.equal(true);
      expect(zone.textContent).to.contain('Drop to add');
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      await waitUntil(() => host.requests.length === 1);
      await element.updateComplete;
      expect(zone.hasAttribute('data-active')).to.equal(false);
      expect(host.requests[0]?.file.name).to.equal('bank.pdf');
      expect(host.requests[0]?.kind).to.equal('pdf');
    });

    it('opens the native picker from the visible button and takes its files', async () => {
      const element = await mount([docsSlot]);
      const host = fakeHost(element);
      const input = slotSection(element, 'docs').querySelector<HTMLInputElement>('input[data-input="picker"]');
      if (!input) throw new Error('no input');
      let opened = false;
      input.addEventListener('click', (event) => {
        opened = true;
        event.preventDefault();
      });
      button(slotSection(element, 'docs'), '[part="add-button"]').click();
      expect(opened).to.equal(true);
      const picked = new DataTransfer();
      picked.items.add(pdfFile('statement.pdf'));
      input.files = picked.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => host.requests.length === 1);
      expect(input.value).to.equal('');
    });
  });

  describe('uploading', () => {
    it('shows progress from the host, then uploaded, and reports completeness', async () => {
      const element = await mount([screenshotSlot, docsSlot]);
      const host = fakeHost(element);
      const changes: VkProofChangeDetail[] = [];
      element.addEventListener('vk-proof-change', (event: VkProofChangeEvent) => changes.push(event.detail));
      await element.addFiles('screens', [await imageFile('login.png')]);
      await settle(element);
      const request = host.requests[0];
      if (!request) throw new Error('no request');
      expect(request.slotId).to.equal('screens');
      expect(request.file.name).to.equal('login.png');
      expect(request.signal.aborted).to.equal(false);
      request.onProgress(0.4);
      await element.updateComplete;
      const progress = shadow(element).querySelector('progress');
      expect(progress?.value).to.be.closeTo(0.4, 0.001);
      expect(rowText(rows(element, 'screens')[0])).to.contain('Uploading, 40%');
      expect(changes.at(-1)?.slots['screens']?.files[0]?.status).to.equal('uploading');
      expect(changes.at(-1)?.complete).to.equal(false);
      await expect(element).to.be.accessible();

      const changed = nextEvent(element, 'vk-proof-change');
      host.answer(0, { ok: true, fileId: 'srv-1' });
      const detail = (await changed).detail;
      expect(detail.slots['screens']).to.deep.equal({
        files: [{ fileId: request.fileId, uploadedId: 'srv-1', name: 'login.png', size: request.file.size, status: 'uploaded' }],
        complete: true,
      });
      // The optional slot with no files is complete too.
      expect(detail.complete).to.equal(true);
      await element.updateComplete;
      expect(shadow(element).querySelector('progress')).to.equal(null);
      expect(rowText(rows(element, 'screens')[0])).to.contain('Uploaded');
      expect(shadow(element).querySelector('[role="status"]')?.textContent).to.equal(`${isolate('login.png')} uploaded.`);
      expect(element.matches(':state(complete)')).to.equal(true);
      await expect(element).to.be.accessible();
    });

    it('keeps a failed file and retries it: host error, then network failure, then success', async () => {
      const element = await mount([screenshotSlot]);
      const host = fakeHost(element);
      await element.addFiles('screens', [await imageFile('mail.png')]);
      host.answer(0, { ok: false, reason: 'error' });
      await settle(element);
      let row = rows(element, 'screens')[0];
      expect(row?.dataset['status']).to.equal('failed');
      expect(rowText(row)).to.contain('The upload failed. Please retry.');
      await expect(element).to.be.accessible();

      button(row ?? element, '[data-action="retry"]').click();
      expect(host.requests).to.have.length(2);
      expect(host.requests[1]?.file).to.equal(host.requests[0]?.file);
      expect(host.requests[1]?.fileId).to.equal(host.requests[0]?.fileId);
      host.answer(1, Promise.reject(new TypeError('Failed to fetch')));
      await settle(element);
      row = rows(element, 'screens')[0];
      expect(rowText(row)).to.contain('Could not reach the server');

      element.retry(host.requests[0]?.fileId ?? '');
      host.answer(2, { ok: true, fileId: 'srv-9' });
      await settle(element);
      expect(rows(element, 'screens')[0]?.dataset['status']).to.equal('uploaded');
    });

    it('shows the host’s reason for a refused file and offers remove, not retry', async () => {
      const element = await mount([screenshotSlot]);
      const host = fakeHost(element);
      await element.addFiles('screens', [await imageFile('blurry.png')]);
      host.answer(0, { ok: false, reason: 'rejected', message: 'The image is too blurry to read.' });
      await settle(element);
      const row = rows(element, 'screens')[0];
      expect(rowText(row)).to.contain('The image is too blurry to read.');
      expect(row?.querySelector('[data-action="retry"]')).to.equal(null);
      expect(row?.querySelector('[data-action="remove"]')).to.not.equal(null);
    });

    it('shows a refusal as final, with the host’s message, unlike a network failure, which can be retried', async () => {
      const element = await mount([docsSlot]);
      const host = fakeHost(element);
      await element.addFiles('docs', [pdfFile('old.pdf'), pdfFile('offline.pdf')]);
      host.answer(0, { ok: false, reason: 'rejected', message: 'This statement is older than 3 months.' });
      await settle(element);
      expect(announced(element)).to.equal(`${isolate('old.pdf')}: The server refused this file: ${isolate('This statement is older than 3 months.')}`);
      host.answer(1, Promise.reject(new TypeError('Failed to fetch')));
      await settle(element);
      const [refused, offline] = rows(element, 'docs');
      const status = (row: HTMLElement | undefined) => row?.querySelector<HTMLElement>('[part="file-status"]');
      expect(status(refused)?.textContent).to.equal(`The server refused this file: ${isolate('This statement is older than 3 months.')}`);
      expect(status(refused)?.dataset['kind']).to.equal('refused');
      expect(refused?.querySelector('[data-action="retry"]'), 'a refusal is final').to.equal(null);
      expect(refused?.querySelector('[data-action="remove"]')).to.not.equal(null);
      expect(status(offline)?.textContent).to.equal('Could not reach the server. Check your connection and try again.');
      expect(status(offline)?.dataset['kind']).to.equal('error');
      expect(offline?.querySelector('[data-action="retry"]')).to.not.equal(null);
      expect(announced(element)).to.equal(`${isolate('offline.pdf')}: Could not reach the server. Check your connection and try again.`);
      element.retry(refused?.dataset['fileId'] ?? '');
      expect(host.requests, 'retry() does not send a refused file').to.have.length(2);
      await expect(element).to.be.accessible();
    });

    it('says the server refused a file even when the host gave no reason', async () => {
      const element = await mount([docsSlot]);
      const host = fakeHost(element);
      await element.addFiles('docs', [pdfFile()]);
      host.answer(0, { ok: false, reason: 'rejected' });
      await settle(element);
      const row = rows(element, 'docs')[0];
      expect(row?.dataset['status']).to.equal('failed');
      expect(row?.querySelector('[part="file-status"]')?.textContent).to.equal('The server refused this file. Remove it and add another.');
      expect(row?.querySelector('[data-action="retry"]')).to.equal(null);
    });

    it('leaves the waiting state once the host reports progress', async () => {
      const element = await mount([docsSlot]);
      let progress: (fraction: number) => void = () => undefined;
      element.addEventListener('vk-proof-upload', (event) => (progress = event.detail.onProgress), { once: true });
      await recordConsole('warn', async () => {
        await element.addFiles('docs', [pdfFile()]);
        await settle(element);
      });
      expect(rowText(rows(element, 'docs')[0])).to.contain('Waiting for the server');
      progress(0.25);
      await element.updateComplete;
      expect(rowText(rows(element, 'docs')[0])).to.contain('Uploading, 25%');
      expect(shadow(element).querySelector('progress')?.value).to.be.closeTo(0.25, 0.001);
    });

    it('adds nothing to an unknown slot: one developer error, and the promise resolves', async () => {
      const element = await mount([docsSlot]);
      const host = fakeHost(element);
      const { calls } = await recordConsole('error', () => element.addFiles('nope', [pdfFile()]));
      expect(calls).to.have.length(1);
      expect(calls[0]?.[0]).to.be.instanceOf(VkDeveloperError);
      expect(String(calls[0]?.[0])).to.contain('"nope"');
      expect(host.requests).to.have.length(0);
      await element.addFiles('docs', [pdfFile()]);
      expect(host.requests, 'still usable').to.have.length(1);
    });

    it('cancels an upload: aborts the request, keeps the file and focuses its retry button', async () => {
      const element = await mount([screenshotSlot]);
      const host = fakeHost(element);
      await element.addFiles('screens', [await imageFile('slow.png')]);
      await settle(element);
      const signal = host.requests[0]?.signal;
      button(rows(element, 'screens')[0] ?? element, '[data-action="cancel"]').click();
      await element.updateComplete;
      expect(signal?.aborted).to.equal(true);
      const row = rows(element, 'screens')[0];
      expect(row?.dataset['status']).to.equal('failed');
      expect(rowText(row)).to.contain('Upload cancelled.');
      expect(shadow(element).activeElement?.getAttribute('aria-label')).to.equal(`Retry upload of ${isolate('slow.png')}`);
      // A late answer to the cancelled request changes nothing.
      host.answer(0, { ok: true, fileId: 'late' });
      await settle(element);
      expect(rows(element, 'screens')[0]?.dataset['status']).to.equal('failed');
    });

    it('waits visibly, and can be retried, when nobody answers the request', async () => {
      const element = await mount([docsSlot]);
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (message: string) => warnings.push(message);
      try {
        await element.addFiles('docs', [pdfFile()]);
        await settle(element);
      } finally {
        console.warn = warn;
      }
      expect(warnings.join()).to.contain('nobody answered vk-proof-upload');
      const row = rows(element, 'docs')[0];
      expect(rowText(row)).to.contain('Waiting for the server');
      expect(row?.querySelector('[data-action="cancel"]')).to.not.equal(null);
      const host = fakeHost(element);
      button(row ?? element, '[data-action="retry"]').click();
      host.answer(0, { ok: true, fileId: 'srv-2' });
      await settle(element);
      expect(rows(element, 'docs')[0]?.dataset['status']).to.equal('uploaded');
    });

    it('removes an uploaded file, tells the host, and keeps focus in the slot', async () => {
      const element = await mount([screenshotSlot]);
      const host = fakeHost(element);
      await element.addFiles('screens', [await imageFile('one.png'), await imageFile('two.png')]);
      host.answer(0, { ok: true, fileId: 'srv-one' });
      host.answer(1, { ok: true, fileId: 'srv-two' });
      await settle(element);
      const removed = nextEvent(element, 'vk-proof-remove');
      button(rows(element, 'screens')[0] ?? element, '[data-action="remove"]').click();
      expect((await removed).detail).to.deep.equal({ slotId: 'screens', fileId: 'srv-one' });
      await element.updateComplete;
      expect(rows(element, 'screens').map(rowText).join()).to.not.contain('one.png');
      expect(shadow(element).activeElement?.getAttribute('aria-label')).to.equal(`Remove ${isolate('two.png')}`);
      button(rows(element, 'screens')[0] ?? element, '[data-action="remove"]').click();
      await element.updateComplete;
      expect(shadow(element).activeElement?.getAttribute('part')).to.equal('add-button');
    });

    it('sends the slot’s choice with the file and is complete only once it is made', async () => {
      const element = await mount([idFrontSlot({ idTypes: ['passport', 'national-id'] })]);
      const host = fakeHost(element);
      const select = shadow(element).querySelector('select');
      if (!select) throw new Error('no select');
      expect(Array.from(select.options).map((option) => option.textContent)).to.deep.equal(['Choose…', 'Passport', 'National ID card']);
      await element.addFiles('id-front', [await imageFile('id.jpg', { type: 'image/jpeg' })]);
      expect(host.requests[0]?.choice).to.equal(undefined);
      let changed = nextEvent(element, 'vk-proof-change');
      host.answer(0, { ok: true, fileId: 'srv-id' });
      expect((await changed).detail.complete).to.equal(false);
      await settle(element);
      expect(shadow(element).querySelector('[part="choice-missing"]')?.textContent).to.equal(`Choose the ${isolate('ID type')} too.`);
      expect(select.getAttribute('aria-invalid')).to.equal('true');
      await expect(element).to.be.accessible();
      changed = nextEvent(element, 'vk-proof-change');
      select.value = 'national-id';
      select.dispatchEvent(new Event('change'));
      const detail = (await changed).detail;
      expect(detail.slots['id-front']?.choice).to.equal('national-id');
      expect(detail.complete).to.equal(true);
      await element.updateComplete;
      expect(shadow(element).querySelector('[part="choice-missing"]')).to.equal(null);
      element.retry('nothing');
      await expect(element).to.be.accessible();
    });
  });

  describe('restoring and memory', () => {
    it('restores files the host already has after a reload', async () => {
      const element = await mount([screenshotSlot, docsSlot]);
      const changed = nextEvent(element, 'vk-proof-change');
      element.uploaded = [
        { slotId: 'screens', fileId: 'srv-1', name: 'signup-mail.png', size: 120_000, type: 'image/png', thumbnailUrl: 'data:image/png;base64,iVBORw0KGgo=' },
        { slotId: 'docs', fileId: 'srv-2', name: 'bank.pdf', size: 2_400_000, type: 'application/pdf' },
      ];
      const detail = (await changed).detail;
      expect(detail.slots['screens']?.files).to.deep.equal([{ fileId: 'srv-1', uploadedId: 'srv-1', name: 'signup-mail.png', size: 120_000, status: 'uploaded' }]);
      expect(detail.complete).to.equal(true);
      await element.updateComplete;
      expect(rowText(rows(element, 'docs')[0])).to.contain('bank.pdf 2.4 MB Uploaded');
      expect(rows(element, 'screens')[0]?.querySelector('img')?.getAttribute('src')).to.equal('data:image/png;base64,iVBORw0KGgo=');
      // Setting the same data again (e.g. a re-render of the host page) adds nothing.
      element.uploaded = [...element.uploaded];
      await element.updateComplete;
      expect(rows(element, 'screens')).to.have.length(1);
      const removed = nextEvent(element, 'vk-proof-remove');
      button(rows(element, 'docs')[0] ?? element, '[data-action="remove"]').click();
      expect((await removed).detail).to.deep.equal({ slotId: 'docs', fileId: 'srv-2' });
      await expect(element).to.be.accessible();
    });

    it('moves focus between rows whose host ids contain quotes and brackets', async () => {
      const element = await mount([docsSlot]);
      element.uploaded = [
        { slotId: 'docs', fileId: 'a"1', name: 'a.pdf', size: 1000, type: 'application/pdf' },
        { slotId: 'docs', fileId: 'b"]2', name: 'b.pdf', size: 1000, type: 'application/pdf' },
      ];
      await element.updateComplete;
      button(rows(element, 'docs')[0] ?? element, '[data-action="remove"]').click();
      await element.updateComplete;
      expect(shadow(element).activeElement?.getAttribute('aria-label')).to.equal(`Remove ${isolate('b.pdf')}`);
    });

    it('shows thumbnails from object URLs and revokes them on remove and on disconnect', async () => {
      const element = await mount([screenshotSlot]);
      const host = fakeHost(element);
      await element.addFiles('screens', [await imageFile('a.png'), await imageFile('b.png')]);
      await settle(element);
      const urls = rows(element, 'screens').map((row) => row.querySelector('img')?.src ?? '');
      expect(urls.every((url) => url.startsWith('blob:'))).to.equal(true);
      await fetch(urls[0] ?? '');
      host.answer(0, { ok: true, fileId: 'srv-a' });
      await settle(element);
      button(rows(element, 'screens')[0] ?? element, '[data-action="remove"]').click();
      await element.updateComplete;
      let revoked = false;
      await fetch(urls[0] ?? '').catch(() => (revoked = true));
      expect(revoked).to.equal(true);

      const parent = element.parentElement;
      element.remove();
      revoked = false;
      await fetch(urls[1] ?? '').catch(() => (revoked = true));
      expect(revoked).to.equal(true);
      // Back on the page: the file is still there, with a fresh thumbnail.
      parent?.append(element);
      await element.updateComplete;
      const fresh = rows(element, 'screens')[0]?.querySelector('img')?.src ?? '';
      expect(fresh).to.match(/^blob:/).and.not.equal(urls[1]);
      await fetch(fresh);
      expect(rowText(rows(element, 'screens')[0])).to.contain('b.png');
    });

    it('downscales photos and strips their metadata before sending when downscale is set', async () => {
      const element = await mount([screenshotSlot], { downscale: 100 });
      const host = fakeHost(element);
      const jpeg = await imageFile('gps.jpg', { width: 400, height: 300, type: 'image/jpeg' });
      // Insert an EXIF APP1 segment with a GPS tag name after the JPEG's SOI marker.
      const original = new Uint8Array(await jpeg.arrayBuffer());
      const exifPayload = new TextEncoder().encode('Exif\0\0MM GPSLatitude 40.4168 GPSLongitude -3.7038');
      const segment = new Uint8Array([0xff, 0xe1, 0, exifPayload.length + 2, ...exifPayload]);
      const tagged = new File([original.subarray(0, 2), segment, original.subarray(2)], 'gps.jpg', { type: 'image/jpeg' });
      expect(new TextDecoder('latin1').decode(await tagged.arrayBuffer())).to.contain('GPSLatitude');
      await element.addFiles('screens', [tagged]);
      await waitUntil(() => host.requests.length === 1, 'the downscaled photo was not sent', { timeout: 5000 });
      const sent = host.requests[0]?.file;
      if (!sent) throw new Error('nothing sent');
      const bitmap = await createImageBitmap(sent);
      expect([bitmap.width, bitmap.height]).to.deep.equal([100, 75]);
      expect(sent.type).to.equal('image/jpeg');
      expect(new TextDecoder('latin1').decode(await sent.arrayBuffer())).to.not.contain('GPSLatitude');
    });
  });

  describe('in-page camera', () => {
    const realMediaDevices = Object.getOwnPropertyDescriptor(Navigator.prototype, 'mediaDevices');
    afterEach(() => {
      if (realMediaDevices) Object.defineProperty(Navigator.prototype, 'mediaDevices', realMediaDevices);
      delete (navigator as unknown as Record<string, unknown>)['mediaDevices'];
    });
    const stubGetUserMedia = (getUserMedia: () => Promise<MediaStream>) =>
      Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { getUserMedia } });

    /** A camera stand-in: a canvas stream that keeps changing, served by a stubbed getUserMedia. */
    function fakeCamera(): { stream: MediaStream; stop: () => void } {
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 48;
      const context = canvas.getContext('2d');
      let frame = 0;
      const paint = setInterval(() => {
        if (context) context.fillStyle = frame++ % 2 ? '#36c' : '#c63';
        context?.fillRect(0, 0, 64, 48);
      }, 30);
      const stream = canvas.captureStream(30);
      stubGetUserMedia(() => Promise.resolve(stream));
      return { stream, stop: () => clearInterval(paint) };
    }

    it('explains a refused camera permission and keeps the file picker', async () => {
      stubGetUserMedia(() => Promise.reject(new DOMException('Permission denied', 'NotAllowedError')));
      const element = await mount([verificationVideoSlot({ uid: '1', email: 'a@b.c', phone: '1', reason: 'lost' })]);
      button(shadow(element), '[part="record-button"]').click();
      await waitUntil(() => shadow(element).querySelector('[part="problem"]'));
      const problem = shadow(element).querySelector('[part="problem"]');
      expect(problem?.getAttribute('role')).to.equal('alert');
      expect(problem?.textContent).to.contain('Camera access was refused');
      expect(button(shadow(element), '[part="add-button"]').disabled).to.equal(false);
      await expect(element).to.be.accessible();
    });

    it('says so when the browser has no camera API, without a record button', async () => {
      Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: undefined });
      const element = await mount([verificationVideoSlot({ uid: '1', email: 'a@b.c', phone: '1', reason: 'lost' })]);
      expect(shadow(element).querySelector('[part="record-button"]')).to.equal(null);
      expect(shadow(element).querySelector('[part="problem"]')?.textContent).to.contain('This browser cannot record here');
      await expect(element).to.be.accessible();
    });

    it('records a video in the page and sends it as a WebM checked like any other file', async () => {
      const { stream, stop } = fakeCamera();
      try {
        const element = await mount([verificationVideoSlot({ uid: '1', email: 'a@b.c', phone: '1', reason: 'lost' })]);
        const host = fakeHost(element);
        button(shadow(element), '[part="record-button"]').click();
        await waitUntil(() => shadow(element).querySelector('[data-action="start"]'), 'no start button', { timeout: 4000 });
        button(shadow(element), '[data-action="start"]').click();
        await element.updateComplete;
        expect(shadow(element).querySelector('[part="camera"]')?.textContent).to.contain('Recording…');
        await aTimeout(1200);
        button(shadow(element), '[data-action="stop"]').click();
        await waitUntil(() => host.requests.length === 1, 'the recording was not sent', { timeout: 4000 });
        expect(host.requests[0]?.kind).to.equal('video');
        expect(host.requests[0]?.mime).to.equal('video/webm');
        expect(host.requests[0]?.file.name).to.match(/^Recorded video .*\.webm$/);
        expect(stream.getTracks().every((track) => track.readyState === 'ended')).to.equal(true);
      } finally {
        stop();
      }
    });

    it('stops the camera when the uploader leaves the page', async () => {
      const { stream, stop } = fakeCamera();
      try {
        const element = await mount([selfieWithStatementSlot({ platform: 'CoinEx', item: 'Mobile' })]);
        button(shadow(element), '[part="record-button"]').click();
        await waitUntil(() => shadow(element).querySelector('video')?.srcObject === stream);
        expect(stream.getTracks().some((track) => track.readyState === 'live')).to.equal(true);
        element.remove();
        expect(stream.getTracks().every((track) => track.readyState === 'ended')).to.equal(true);
      } finally {
        stop();
      }
    });

    it('snaps a photo from the stream and adds it like a picked file, then stops the camera', async () => {
      const { stream, stop } = fakeCamera();
      try {
        const element = await mount([selfieWithStatementSlot({ platform: 'CoinEx', item: 'Mobile' })]);
        const host = fakeHost(element);
        button(shadow(element), '[part="record-button"]').click();
        await waitUntil(() => shadow(element).querySelector('video')?.srcObject === stream);
        const video = shadow(element).querySelector('video');
        await waitUntil(() => (video?.videoWidth ?? 0) > 0, 'video never played', { timeout: 4000 });
        await expect(element).to.be.accessible();
        button(shadow(element), '[data-action="snap"]').click();
        await waitUntil(() => host.requests.length === 1, 'no upload', { timeout: 4000 });
        expect(host.requests[0]?.mime).to.equal('image/jpeg');
        expect(host.requests[0]?.file.name).to.match(/^Camera photo .*\.jpg$/);
        expect(stream.getTracks().every((track) => track.readyState === 'ended')).to.equal(true);
        await element.updateComplete;
        expect(shadow(element).querySelector('video')).to.equal(null);
      } finally {
        stop();
      }
    });
  });

  /** A slot whose file is in hand and whose first upload failed: each trigger sends it again (Retry). */
  const suiteSlot: ProofSlot = { id: 'docs', title: 'Documents', accept: ['image', 'pdf'] };
  const fileIdOf = (element: VkProofUploader): string => rows(element, 'docs')[0]?.dataset['fileId'] ?? '';

  // The suite's "what the user entered" is the slot's file list, so the file is added in mount() and
  // every trigger is a retry of it (a retry supersedes an unanswered attempt, like a second submit).
  runHostRequestSuite<VkProofUploader>('<vk-proof-uploader>', {
    async mount() {
      const element = await mount([suiteSlot]);
      element.addEventListener('vk-proof-upload', (event) => event.detail.respond({ ok: false, reason: 'error' }), { once: true });
      await element.addFiles('docs', [pdfFile()]);
      await settle(element);
      return element;
    },
    eventName: 'vk-proof-upload',
    trigger: (element) => element.retry(fileIdOf(element)),
    answer: { ok: true, fileId: 'srv-1' },
    expectAnswered: (element) => {
      expect(rows(element, 'docs')[0]?.dataset['status']).to.equal('uploaded');
    },
    userInput: (element) => rows(element, 'docs').map((row) => row.querySelector('[part="file-name"]')?.textContent),
    feedback: (element) => textOf(element, 'file-status'),
    cancelControl: (element) => part(element, 'cancel-button'),
    retryControl: (element) => part(element, 'retry-button'),
  });

  runBadDataSuite<VkProofUploader>('<vk-proof-uploader>', {
    mount: () => mount([screenshotSlot]),
    properties: {
      slots: [
        { value: 'screens' },
        { value: [{ id: 'x', title: 'X', accept: ['gif'] }], mentions: 'accept' },
        { value: [{ ...screenshotSlot, maxFiles: 0 }], mentions: 'maxFiles' },
        { value: [{ ...screenshotSlot, title: { key: 'not.a.key' } }], mentions: 'title' },
        { value: [screenshotSlot, screenshotSlot], mentions: 'used twice' },
      ],
      uploaded: [
        { value: null },
        { value: [{ slotId: 'screens', fileId: 'f1', name: 'a.png', size: -1, type: 'image/png' }], mentions: 'size' },
        { value: [{ slotId: 'screens', name: 'a.png', size: 1, type: 'image/png' }], mentions: 'fileId' },
      ],
      downscale: [{ value: -1 }, { value: 1.5 }, { value: Number.NaN }, { value: '800' }],
    },
  });
});
