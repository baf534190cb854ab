/** `<vk-proof-uploader>` and `<vk-totp-setup>`'s requests under arbitrary answers (issue 14; see harness.ts). */
import { html } from '@open-wc/testing';
import { mount as mountWithProvider } from '../helpers.js';
import type { VkCodeInput } from '../../src/elements/code-input/vk-code-input.js';
import '../../src/elements/proof-uploader/vk-proof-uploader.js';
import type { VkProofUploader } from '../../src/elements/proof-uploader/vk-proof-uploader.js';
import { proofUploadAnswerSchema } from '../../src/elements/proof-uploader/proof-uploader.schema.js';
import '../../src/elements/totp-setup/vk-totp-setup.js';
import type { VkTotpSetup } from '../../src/elements/totp-setup/vk-totp-setup.js';
import { totpSecretAnswerSchema, totpVerifyAnswerSchema } from '../../src/elements/totp-setup/totp-setup.schema.js';
import { buildOtpauthUri } from '../../src/totp/otpauth.js';
import { flush, runAnswerProperty, type Mounted } from './harness.js';

const MINUTE = 60_000;
const text = (root: ParentNode | null | undefined, selector: string): string =>
  [...(root?.querySelectorAll(selector) ?? [])]
    .filter((node) => !node.closest('[hidden]'))
    .map((node) => node.textContent.replace(/\s+/g, ' ').trim())
    .join(' ')
    .trim();
const has = (root: ParentNode | null | undefined, selector: string): boolean =>
  [...(root?.querySelectorAll(selector) ?? [])].some((node) => !node.closest('[hidden]'));

// ——— the uploader: the suite's file, retried per case ———

const pdf = () => new File(['%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'], 'statement.pdf', { type: 'application/pdf' });
const row = (el: VkProofUploader) => el.shadowRoot?.querySelector<HTMLElement>('[part="file"]') ?? null;

/** A file in the slot whose first upload failed, so the user can retry it. */
async function addFailedFile(el: VkProofUploader): Promise<void> {
  el.addEventListener('vk-proof-upload', (event) => event.detail.respond({ ok: false, reason: 'error' }), { once: true });
  await el.addFiles('docs', [pdf()]);
  await flush(el);
}

// ——— TOTP setup ———

let labels = 0;
const key = { secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', issuer: 'ACME Exchange', account: 'jo@example.com' };
const inner = (el: VkTotpSetup): VkCodeInput | null => el.shadowRoot?.querySelector('vk-code-input') ?? null;

function pasteCode(el: VkTotpSetup): void {
  const data = new DataTransfer();
  data.setData('text/plain', '123456');
  inner(el)?.shadowRoot?.querySelector('input')?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}

describe('uploads and authenticator setup under arbitrary answers', () => {
  runAnswerProperty<VkProofUploader>({
    name: '<vk-proof-uploader>',
    eventName: 'vk-proof-upload',
    schema: proofUploadAnswerSchema,
    samples: () => [
      // (No thumbnailUrl: a near miss of it would make the page request garbage URLs from the test server.)
      { ok: true, fileId: 'srv-1' },
      { ok: false, reason: 'rejected', message: 'Older than 3 months.' },
      { ok: false, reason: 'too-large' },
      { ok: false, reason: 'error', message: 'Try later.' },
    ],
    mount: async (): Promise<Mounted<VkProofUploader>> => {
      const mounted = await mountWithProvider<VkProofUploader>(
        html`<vk-proof-uploader .slots=${[{ id: 'docs', title: 'Documents', accept: ['pdf'] }]}></vk-proof-uploader>`,
        'vk-proof-uploader',
      );
      await addFailedFile(mounted.el);
      return mounted;
    },
    // Uploaded or refused: remove it and add it again, failing once, so the next case retries it.
    prepare: async ({ el }) => {
      if (row(el)?.querySelector('[data-action="retry"]')) return;
      row(el)?.querySelector<HTMLElement>('[data-action="remove"]')?.click();
      await flush(el);
      await addFailedFile(el);
    },
    trigger: (el) => el.retry(row(el)?.dataset['fileId'] ?? ''),
    input: (el) => [...(el.shadowRoot?.querySelectorAll('[part="file-name"]') ?? [])].map((name) => name.textContent),
    busy: (el) => has(el.shadowRoot, '[part~="cancel-button"]'),
    says: (el) => text(el.shadowRoot, '[part~="file-status"]'),
    canAskAgain: (el) => has(el.shadowRoot, '[part~="retry-button"]'),
    movedOn: (el) => ['uploaded', 'refused', 'too-large'].includes(row(el)?.querySelector<HTMLElement>('[part~="file-status"]')?.dataset['kind'] ?? ''),
  });

  runAnswerProperty<VkTotpSetup>({
    name: '<vk-totp-setup> checking the code',
    eventName: 'vk-totp-verify',
    schema: totpVerifyAnswerSchema,
    samples: (now) => [
      { ok: true },
      { ok: false, reason: 'wrong-code', attemptsLeft: 2 },
      { ok: false, reason: 'expired' },
      { ok: false, reason: 'locked', lockedUntil: now + 60 * MINUTE },
      { ok: false, reason: 'error', message: 'Try later.' },
    ],
    mount: async () => {
      const mounted = await mountWithProvider<VkTotpSetup>(html`<vk-totp-setup .uri=${buildOtpauthUri(key)}></vk-totp-setup>`, 'vk-totp-setup');
      mounted.el.shadowRoot?.querySelector<HTMLElement>('[part~="next-button"]')?.click();
      await flush(mounted.el);
      return mounted;
    },
    // The code input keeps a lock or an expired verdict; clear them as a new code would.
    prepare: ({ el }) => {
      const code = inner(el);
      if (!code) return;
      code.lockedUntil = undefined;
      code.clear();
    },
    trigger: pasteCode,
    input: (el) => ({ state: el.state, onCodeStep: inner(el) !== null }),
    busy: (el) => has(el.shadowRoot, '[part~="cancel"]') || has(inner(el)?.shadowRoot, '[part~="cancel"]'),
    says: (el) => text(el.shadowRoot, '[part~="feedback"]') || text(inner(el)?.shadowRoot, '[part~="status"]'),
    canAskAgain: (el) => has(inner(el)?.shadowRoot, '[part~="retry"]') || !(inner(el)?.shadowRoot?.querySelector('input')?.disabled ?? true),
    movedOn: (el) => el.state !== 'setup',
  });

  runAnswerProperty<VkTotpSetup>({
    name: '<vk-totp-setup generate> storing the secret',
    eventName: 'vk-totp-secret-generate',
    schema: totpSecretAnswerSchema,
    samples: () => [{ ok: true }, { ok: false, message: 'Try later.' }],
    mount: () => mountWithProvider<VkTotpSetup>(html`<vk-totp-setup issuer="ACME" account="jo@example.com"></vk-totp-setup>`, 'vk-totp-setup'),
    // It makes the secret (WebCrypto) before it asks.
    asksWithinMs: 500,
    // Turning `generate` on asks; after an error, Try again does; after the host stored a secret, a new
    // label (and no key) makes it ask for another one.
    trigger: (el) => {
      if (!el.generate) el.generate = true;
      else if (has(el.shadowRoot, '[part~="qr"]')) {
        el.uri = '';
        el.account = `jo+${String(++labels)}@example.com`;
      } else el.shadowRoot?.querySelector<HTMLElement>('[part~="retry"]')?.click();
    },
    input: (el) => ({ state: el.state, issuer: el.issuer }),
    busy: (el) => has(el.shadowRoot, '[part~="cancel"]'),
    says: (el) => text(el.shadowRoot, '[part~="feedback"]'),
    canAskAgain: (el) => has(el.shadowRoot, '[part~="retry"]'),
    movedOn: (el) => has(el.shadowRoot, '[part~="qr"]'),
  });
});
