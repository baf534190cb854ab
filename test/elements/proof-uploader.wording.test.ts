/**
 * What the uploader says (issue 18): a wrong-type file gets a plain sentence naming the accepted
 * types, in every locale; a host's refusal stays apart from a network failure; host-provided text
 * (slot titles, guidance, the choice and its options, the host's message) is bidi-isolated in a
 * right-to-left page.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { ManualClock } from '../../src/core/clock.js';
import { isolate, registerMessages } from '../../src/core/i18n.js';
import '../../src/elements/provider/vk-provider.js';
import type { VkProofUploader } from '../../src/elements/proof-uploader/proof-uploader.js';
import type { VkProofUploadEvent } from '../../src/elements/proof-uploader/proof-uploader.events.js';
import type { ProofSlot } from '../../src/elements/proof-uploader/proof-uploader.schema.js';
import '../../src/elements/proof-uploader/vk-proof-uploader.js';
import ar from '../../src/locales/ar.js';
import es from '../../src/locales/es.js';
import fr from '../../src/locales/fr.js';
import ja from '../../src/locales/ja.js';
import ko from '../../src/locales/ko.js';
import ptBR from '../../src/locales/pt-BR.js';
import ru from '../../src/locales/ru.js';
import tr from '../../src/locales/tr.js';
import vi from '../../src/locales/vi.js';
import zhCN from '../../src/locales/zh-CN.js';
import '../helpers.js';

const catalogs = { ar, es, fr, ja, ko, 'pt-BR': ptBR, ru, tr, vi, 'zh-CN': zhCN };
before(() => {
  for (const [locale, catalog] of Object.entries(catalogs)) registerMessages(locale, catalog);
});

const idSlot: ProofSlot = {
  id: 'id',
  title: 'ID document (front)',
  guidance: ['All four corners visible, no glare.'],
  accept: ['image', 'pdf'],
  choice: { label: 'ID type', options: [{ value: 'passport', label: 'Passport (any country)' }] },
};
const videoSlot: ProofSlot = { id: 'video', title: 'Video', accept: ['video'] };
const notAFile = () => new File(['<html><body>not a photo</body></html>'], 'passport.jpg', { type: 'image/jpeg' });
const pdfFile = (name: string) => new File(['%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'], name, { type: 'application/pdf' });

async function mount(slots: ProofSlot[], locale = 'en'): Promise<VkProofUploader> {
  const provider = await fixture(html`<vk-provider locale=${locale} .clock=${new ManualClock(Date.UTC(2026, 10, 23, 12))}>
    <vk-proof-uploader .slots=${slots}></vk-proof-uploader>
  </vk-provider>`);
  const element = provider.querySelector('vk-proof-uploader');
  if (!element) throw new Error('no <vk-proof-uploader>');
  await element.updateComplete;
  return element;
}

const root = (element: VkProofUploader): ShadowRoot => {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
};
const rejection = (element: VkProofUploader) => root(element).querySelector('[part="rejections"] li')?.textContent.trim() ?? '';

async function settle(element: VkProofUploader): Promise<void> {
  await aTimeout(0);
  await element.updateComplete;
}

describe('<vk-proof-uploader> what the user reads', () => {
  describe('a file of the wrong type', () => {
    it('gets one plain sentence naming the accepted types', async () => {
      const element = await mount([idSlot, videoSlot]);
      await element.addFiles('id', [notAFile()]);
      await element.addFiles('video', [pdfFile('clip.mp4')]);
      await settle(element);
      const [photoOrPdf, video] = [...root(element).querySelectorAll('[part="rejections"] li')].map((item) => item.textContent.trim());
      expect(photoOrPdf).to.equal(`${isolate('passport.jpg')} is not a photo or a PDF. Choose a file in JPEG, PNG, WebP, HEIC, or PDF format.`);
      expect(video).to.equal(`${isolate('clip.mp4')} is not a video. Choose a file in MP4, MOV, or WebM format.`);
      for (const text of [photoOrPdf, video]) {
        expect(text).not.to.contain('Its content decides');
        expect(text, 'no brackets inside brackets').not.to.match(/\([^)]*\(/);
      }
    });

    const translated: Record<string, string> = {
      fr: `${isolate('passport.jpg')} n’est pas une photo ou un PDF. Choisissez un fichier au format JPEG, PNG, WebP, HEIC ou PDF.`,
      es: `${isolate('passport.jpg')} no es una foto o un PDF. Elige un archivo en formato JPEG, PNG, WebP, HEIC o PDF.`,
    };
    for (const [locale, expected] of Object.entries(translated)) {
      it(`says it in ${locale}`, async () => {
        const element = await mount([idSlot], locale);
        await element.addFiles('id', [notAFile()]);
        await settle(element);
        expect(rejection(element)).to.equal(expected);
      });
    }

    it('says it in every locale, without the old wording', async () => {
      for (const locale of Object.keys(catalogs)) {
        const element = await mount([idSlot], locale);
        await element.addFiles('id', [notAFile()]);
        await settle(element);
        const text = rejection(element);
        expect(text, locale).to.contain('JPEG').and.contain('HEIC').and.contain('PDF').and.contain(isolate('passport.jpg'));
        expect(text, `${locale}: no nested brackets`).not.to.match(/[(（][^)）]*[(（]/);
        expect(text, `${locale}: not the English text`).not.to.contain('is not');
        element.parentElement?.remove();
      }
    });
  });

  describe('in a right-to-left page', () => {
    it('isolates slot titles, guidance, the choice, its options and the host\'s refusal', async () => {
      const element = await mount([idSlot], 'ar');
      const scope = root(element);
      const isolated = (selector: string) => [...scope.querySelectorAll(selector)].map((node) => node.getAttribute('dir'));
      expect(isolated('[part="slot-title"]')).to.deep.equal(['auto']);
      expect(isolated('[part="guidance"] li')).to.deep.equal(['auto']);
      expect(isolated('.choice label')).to.deep.equal(['auto']);
      expect(isolated('[part="choice"] option:not([value=""])')).to.deep.equal(['auto']);
      const title = scope.querySelector('[part="slot-title"]');
      expect(title?.matches(':dir(ltr)'), 'an English title reads left to right in Arabic').to.equal(true);

      element.addEventListener('vk-proof-upload', (event: VkProofUploadEvent) => event.detail.respond({ ok: false, reason: 'rejected', message: 'Older than 3 months (per policy).' }));
      await element.addFiles('id', [pdfFile('old.pdf')]);
      await settle(element);
      await settle(element);
      const status = scope.querySelector('[part="file-status"]');
      expect(status?.textContent).to.contain(isolate('Older than 3 months (per policy).'));

      // The host's own error message (retryable) is the whole status line: it resolves its own direction.
      const other = await mount([idSlot], 'ar');
      other.addEventListener('vk-proof-upload', (event: VkProofUploadEvent) => event.detail.respond({ ok: false, reason: 'error', message: 'Storage is busy, try later.' }));
      await other.addFiles('id', [pdfFile('new.pdf')]);
      await settle(other);
      await settle(other);
      const busy = root(other).querySelector('[part="file-status"]');
      expect(busy?.textContent).to.contain('Storage is busy, try later.');
      expect(busy?.getAttribute('dir')).to.equal('auto');
      expect(busy?.matches(':dir(ltr)')).to.equal(true);
    });
  });
});
