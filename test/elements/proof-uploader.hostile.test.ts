/**
 * `<vk-proof-uploader>` against hostile or broken input (issue 14): file names with bidi controls,
 * a file that cannot be read, a downscaled copy over the size limit, the server's own size limit
 * (HTTP 413 → `too-large`), and host file ids with quotes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ManualClock } from '../../src/core/clock.js';
import { isolate } from '../../src/core/i18n.js';
import '../../src/elements/provider/vk-provider.js';
import '../../src/elements/proof-uploader/vk-proof-uploader.js';
import type { VkProofUploader } from '../../src/elements/proof-uploader/proof-uploader.js';
import type { VkProofRejectDetail, VkProofUploadDetail } from '../../src/elements/proof-uploader/proof-uploader.events.js';
import type { ProofSlot } from '../../src/elements/proof-uploader/proof-uploader.schema.js';
import { announced, settle } from '../helpers.js';

const pdf = (name: string): File => new File(['%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'], name, { type: 'application/pdf' });

/** A file picked, then moved or deleted on disk: reading it fails as browsers do. */
class UnreadableFile extends File {
  override slice(): Blob {
    const blob = new Blob(['x']);
    Object.defineProperty(blob, 'arrayBuffer', { value: () => Promise.reject(new DOMException('The file could not be read.', 'NotReadableError')) });
    return blob;
  }
}

/** A photo of noise saved as a very low-quality JPEG: small, and much larger once re-encoded at the downscaler's quality. */
async function crushedJpeg(name: string): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 240;
  canvas.height = 240;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  const pixels = context.createImageData(240, 240);
  let seed = 7;
  for (let i = 0; i < pixels.data.length; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    pixels.data[i] = i % 4 === 3 ? 255 : seed % 256;
  }
  context.putImageData(pixels, 0, 0);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.05));
  if (!blob) throw new Error('canvas could not encode');
  return new File([blob], name, { type: 'image/jpeg' });
}

async function mount(slots: ProofSlot[], downscale = 0): Promise<VkProofUploader> {
  const provider = await fixture(html`<vk-provider locale="en" .clock=${new ManualClock(Date.UTC(2026, 10, 23, 12))}>
    <vk-proof-uploader .slots=${slots} downscale=${downscale}></vk-proof-uploader>
  </vk-provider>`);
  const element = provider.querySelector('vk-proof-uploader');
  if (!element) throw new Error('no uploader');
  await element.updateComplete;
  return element;
}

const rows = (element: VkProofUploader): HTMLElement[] => [...(element.shadowRoot?.querySelectorAll<HTMLElement>('[part="file"]') ?? [])];
const rejections = (element: VkProofUploader): string => element.shadowRoot?.querySelector('[part="rejections"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '';

/** Answers every upload with `answer` and keeps the details. */
function answerUploads(element: VkProofUploader, answer: unknown): VkProofUploadDetail[] {
  const seen: VkProofUploadDetail[] = [];
  element.addEventListener('vk-proof-upload', (event) => {
    seen.push(event.detail);
    event.detail.respond(answer as never);
  });
  return seen;
}

const docs: ProofSlot = { id: 'docs', title: 'Documents', accept: ['image', 'pdf'], maxFiles: 5 };

describe('<vk-proof-uploader> hostile input (issue 14)', () => {
  it('isolates file names in every message: announcements, rejections and button labels', async () => {
    const element = await mount([{ ...docs, maxFiles: 1 }]);
    answerUploads(element, { ok: true, fileId: 'srv-1' });
    // U+202E RIGHT-TO-LEFT OVERRIDE: "invoice‮fdp.exe" reads as "invoiceexe.pdf" without isolation.
    const spoof = 'invoice\u202efdp.exe.pdf';
    await element.addFiles('docs', [pdf(spoof), pdf('second.pdf')]);
    await settle(element);
    expect(announced(element)).to.equal(`${isolate(spoof)} uploaded.`);
    expect(rejections(element)).to.contain(`${isolate('second.pdf')} was not added`);
    const remove = rows(element)[0]?.querySelector('[data-action="remove"]');
    expect(remove?.getAttribute('aria-label')).to.equal(`Remove ${isolate(spoof)}`);
    // The name shown alone is isolated by its own element (dir=auto), and reported to the host as it is.
    expect(rows(element)[0]?.querySelector('[part="file-name"]')?.getAttribute('dir')).to.equal('auto');
    await expect(element).to.be.accessible();
  });

  it('a file that cannot be read (NotReadableError) is reported on its own, and the rest of its batch still goes', async () => {
    const element = await mount([docs]);
    const uploads = answerUploads(element, { ok: true, fileId: 'srv' });
    const rejected: VkProofRejectDetail[] = [];
    element.addEventListener('vk-proof-reject', (event) => rejected.push(event.detail));
    await element.addFiles('docs', [pdf('first.pdf'), new UnreadableFile(['%PDF-1.7'], 'moved.pdf', { type: 'application/pdf' }), pdf('last.pdf')]);
    await settle(element);
    expect(rejected).to.deep.equal([{ slotId: 'docs', name: 'moved.pdf', reason: 'unreadable' }]);
    expect(rejections(element)).to.equal(`${isolate('moved.pdf')} could not be read (moved or changed since it was chosen). Choose it again.`);
    expect(uploads.map((upload) => upload.file.name)).to.deep.equal(['first.pdf', 'last.pdf']);
    expect(rows(element).map((row) => row.dataset['status'])).to.deep.equal(['uploaded', 'uploaded']);
  });

  it('checks a downscaled photo against maxBytes again: a re-encoded copy over the limit is refused, nothing is sent', async () => {
    const photo = await crushedJpeg('receipt.jpg');
    const element = await mount([{ ...docs, maxBytes: photo.size + 500 }], 2000);
    const uploads = answerUploads(element, { ok: true, fileId: 'srv' });
    const rejected: VkProofRejectDetail[] = [];
    element.addEventListener('vk-proof-reject', (event) => rejected.push(event.detail));
    await element.addFiles('docs', [photo]);
    for (let i = 0; i < 50 && rejected.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    await settle(element);
    expect(rejected).to.deep.equal([{ slotId: 'docs', name: 'receipt.jpg', reason: 'too-large' }]);
    expect(uploads).to.deep.equal([]);
    expect(rows(element)).to.deep.equal([]);
    expect(rejections(element)).to.match(new RegExp(`^${isolate('receipt.jpg')} is [\\d.]+ kB; the limit is [\\d.]+ kB\\.$`));
    expect(announced(element)).to.contain('One file was not added');
  });

  it('a downscaled copy within the limit replaces the original and is sent', async () => {
    const photo = await crushedJpeg('receipt.jpg');
    const element = await mount([docs], 100);
    const uploads = answerUploads(element, { ok: true, fileId: 'srv' });
    await element.addFiles('docs', [photo]);
    for (let i = 0; i < 50 && uploads.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(uploads).to.have.length(1);
    const bitmap = await createImageBitmap(uploads[0]?.file ?? new Blob());
    expect(Math.max(bitmap.width, bitmap.height)).to.equal(100);
  });

  it('the server\'s own size limit ("too-large", HTTP 413 through connectHttp) is a final state of its own', async () => {
    const element = await mount([docs]);
    answerUploads(element, { ok: false, reason: 'too-large' });
    await element.addFiles('docs', [pdf('scan.pdf')]);
    await settle(element);
    const row = rows(element)[0];
    const status = row?.querySelector<HTMLElement>('[part="file-status"]');
    expect(row?.dataset['status']).to.equal('failed');
    expect(status?.dataset['kind']).to.equal('too-large');
    expect(status?.textContent).to.equal('This file is too large for the server. Remove it and choose a smaller one.');
    expect(row?.querySelector('[data-action="retry"]'), 'not retryable').to.equal(null);
    expect(row?.querySelector('[data-action="remove"]')).to.not.equal(null);
    expect(announced(element)).to.equal(`${isolate('scan.pdf')}: This file is too large for the server. Remove it and choose a smaller one.`);
    await expect(element).to.be.accessible();
  });

  it('keeps the host\'s words after its own for a too-large answer with a message', async () => {
    const element = await mount([docs]);
    answerUploads(element, { ok: false, reason: 'too-large', message: 'The limit is 10 MB.' });
    await element.addFiles('docs', [pdf('scan.pdf')]);
    await settle(element);
    expect(rows(element)[0]?.querySelector('[part="file-status"]')?.textContent).to.equal(
      `This file is too large for the server. Remove it and choose a smaller one. ${isolate('The limit is 10 MB.')}`,
    );
  });

  it('host file ids with quotes and brackets do not break focus (CSS.escape)', async () => {
    const element = await mount([docs]);
    element.uploaded = [
      { slotId: 'docs', fileId: 'a"1\'] [x', name: 'a.pdf', size: 10, type: 'application/pdf' },
      { slotId: 'docs', fileId: 'b\\"]2', name: 'b.pdf', size: 10, type: 'application/pdf' },
    ];
    await element.updateComplete;
    rows(element)[0]?.querySelector<HTMLButtonElement>('[data-action="remove"]')?.click();
    await element.updateComplete;
    expect(element.shadowRoot?.activeElement?.getAttribute('aria-label')).to.equal(`Remove ${isolate('b.pdf')}`);
  });
});
