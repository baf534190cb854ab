import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import 'verikit/proof-uploader';
import { translate } from '../src/core/i18n.js';
import type { VkProofUploader } from '../src/elements/proof-uploader/proof-uploader.js';
import {
  counterpartyTransactionSlot,
  historicalEmailSlot,
  idFrontSlot,
  selfieWithStatementSlot,
  supplementaryProofSlots,
  verificationVideoSlot,
} from '../src/elements/proof-uploader/proof-presets.js';
import { demoMessages } from '../demo/demo.messages.js';
import { demoAccount } from '../demo/fixtures.js';
import { createMockBackend, requestEventNames } from '../demo/mock-backend.js';
import { fromManifest, shadowQuery, type ManifestArgs } from './story-helpers.js';

const { args, argTypes, template } = fromManifest('vk-proof-uploader');

/** A fixed day, so the statement text (and its screenshot) stays the same. */
const statementDate = new Date(Date.UTC(2026, 10, 23));

/**
 * Proof slots from the presets: accepted kinds, counts, size limits and guidance; files are
 * checked by their bytes, uploaded to the mock backend with progress (in the toolbar's "flaky"
 * backend mode every 3rd upload fails like a dropped connection, to show retry).
 */
const meta: Meta<ManifestArgs> = {
  title: 'Elements/Proof uploader',
  component: 'vk-proof-uploader',
  args: { ...args, slots: supplementaryProofSlots(), uploaded: [] },
  argTypes,
  render: (storyArgs) => template(storyArgs),
};
export default meta;

type Story = StoryObj<ManifestArgs>;

/** The five supplementary-proof categories (the last is optional). */
export const SupplementaryProofs: Story = {};

/** ID front photo with the ID type to choose. */
export const IdFront: Story = { args: { slots: [idFrontSlot()] } };

/** Verification video: hold the ID and a sheet with UID, e-mail, phone, today's date and the reason. */
export const VerificationVideo: Story = { args: { slots: [verificationVideoSlot({ ...demoAccount, date: statementDate })] } };

/** Selfie with the ID and the handwritten statement. */
export const SelfieWithStatement: Story = {
  args: { slots: [selfieWithStatementSlot({ platform: 'Example Exchange', item: 'Mobile', date: statementDate })] },
};

/** Non-KYC accounts: the platform's own sign-up / login e-mails. */
export const HistoricalEmails: Story = { args: { slots: [historicalEmailSlot()] } };

/** The counterparty's transaction screenshot (coin, amount, address, TXID). */
export const CounterpartyTransaction: Story = { args: { slots: [counterpartyTransactionSlot()] } };

/** Files uploaded before a reload, restored from host data. */
export const RestoredUploads: Story = {
  args: {
    slots: [historicalEmailSlot()],
    uploaded: [{ slotId: 'historical-email', fileId: 'host-17', name: 'signup-mail.png', size: 183_204, type: 'image/png' }],
  },
};

/** Three screenshots on an unstable network (backend mode "flaky"): the third upload fails like a dropped connection; "Retry" sends it again. */
export const UploadFailsThenRetry: Story = {
  args: { slots: [historicalEmailSlot()] },
  globals: { backend: 'flaky' },
  play: async ({ canvasElement }) => {
    const uploader = canvasElement.querySelector('vk-proof-uploader');
    const screenshots = await Promise.all([1, 2, 3].map((n) => pngFile(`screenshot-${n}.png`)));
    await uploader?.addFiles('historical-email', screenshots);
    const failedRow = await shadowQuery(uploader, '[part~="file"][data-status="failed"]', 10_000);
    await userEvent.click(await shadowQuery(uploader, '[part~="file"][data-status="failed"] [data-action="retry"]'));
    await waitFor(() => expect(failedRow.getAttribute('data-status')).not.toBe('failed'));
    await waitFor(() => expect(uploader?.shadowRoot?.querySelectorAll('[part~="file"][data-status="uploaded"]').length).toBe(3), { timeout: 10_000 });
  },
};

/** A small real PNG (the uploader checks the bytes, not the name). */
async function pngFile(name: string): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 40;
  const context = canvas.getContext('2d');
  if (context) {
    context.fillStyle = '#1f5fd1';
    context.fillRect(0, 0, 64, 40);
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('verikit story: could not draw a PNG');
  return new File([blob], name, { type: 'image/png' });
}

// ——— Continue on your phone ———

const demoText = (key: keyof typeof demoMessages): string => translate(demoMessages, key, undefined, { locale: document.documentElement.lang || 'en' });
const cameraSlots = [verificationVideoSlot({ ...demoAccount, date: statementDate }), idFrontSlot()];

/** Containers given their phone backend (a story re-renders on every arg change). */
const phones = new WeakSet<Element>();

/**
 * The phone: its own mock backend (a second device), sharing hand-off links with the computer's
 * through a BroadcastChannel; its requests stop here, as they would on another device. "Scan"
 * stands in for the phone's camera reading the computer's QR code. Each change of a link is also
 * pushed to the computer with `handoffUpdate()`, as a host with SSE or a WebSocket would.
 */
function phoneBackend(container: Element | undefined): void {
  if (!container || phones.has(container)) return;
  phones.add(container);
  const backend = createMockBackend({ handoff: { device: 'demo-phone' } });
  backend.attach(container);
  for (const name of [...requestEventNames, 'vk-handoff-cancel']) container.addEventListener(name, (event) => event.stopPropagation());
  const uploader = container.querySelector('vk-proof-uploader');
  container.querySelector('[data-action="scan"]')?.addEventListener('click', () => {
    const token = backend.handoff.latest()?.token;
    if (token && uploader) uploader.handoffToken = token;
  });
  backend.handoff.subscribe((record) => {
    const computer = container.closest('.devices')?.querySelector<VkProofUploader>('[data-device="computer"] vk-proof-uploader');
    // A revoked link is an old one (a new link replaced it, or the user went back to the computer).
    if (record.state !== 'revoked') computer?.handoffUpdate({ state: record.state, files: record.files });
  });
}

/**
 * Continue on your phone: the computer (left) asks for a link and shows it as a QR code; the phone
 * (right) scans it, gets only the slots handed off, uploads, and taps Done; the computer shows the
 * files as uploaded. Two mock backends, one per device, share the links through a BroadcastChannel
 * (the link also opens the phone side in another tab of this browser).
 */
export const ContinueOnYourPhone: Story = {
  args: { slots: cameraSlots, handoff: 'always' },
  render: (storyArgs) => html`
    <div class="devices" style="display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start">
      <section data-device="computer" aria-labelledby="computer-title" style="flex: 2 1 420px; min-inline-size: 0">
        <h2 id="computer-title">${demoText('demo.handoff.computer')}</h2>
        ${template(storyArgs)}
      </section>
      <section
        data-device="phone"
        aria-labelledby="phone-title"
        style="flex: 1 1 300px; max-inline-size: 390px; padding: 16px; border: 10px solid #3a3f4b; border-radius: 28px"
        ${ref(phoneBackend)}
      >
        <h2 id="phone-title">${demoText('demo.handoff.phone')}</h2>
        <p>${demoText('demo.handoff.hint')}</p>
        <button type="button" data-action="scan" style="min-block-size: 44px">${demoText('demo.handoff.scan')}</button>
        <vk-proof-uploader handoff="off" .slots=${cameraSlots}></vk-proof-uploader>
      </section>
    </div>
  `,
  play: async ({ canvasElement }) => {
    const computer = canvasElement.querySelector<VkProofUploader>('[data-device="computer"] vk-proof-uploader');
    const phone = canvasElement.querySelector<VkProofUploader>('[data-device="phone"] vk-proof-uploader');
    await userEvent.click(await shadowQuery(computer, '[part~="handoff-start"]'));
    await shadowQuery(computer, '[part~="handoff-qr"]');
    const scan = canvasElement.querySelector<HTMLElement>('[data-action="scan"]');
    if (scan) await userEvent.click(scan);
    await shadowQuery(phone, '[data-slot-id="verification-video"]');
    await phone?.addFiles('verification-video', [mp4File('statement-video.mp4')]);
    await userEvent.selectOptions(await shadowQuery<HTMLSelectElement>(phone, '[data-slot-id="id-front"] select'), 'passport');
    await phone?.addFiles('id-front', [await pngFile('id-front.png')]);
    const done = await shadowQuery<HTMLButtonElement>(phone, '[part~="handoff-finish"]');
    await waitFor(() => expect(done.disabled).toBe(false), { timeout: 10_000 });
    await userEvent.click(done);
    await shadowQuery(phone, '[part~="handoff-status"][data-phase="finished"]');
    await shadowQuery(computer, '[part~="handoff-status"][data-phase="done"]', 12_000);
    await waitFor(() => expect(computer?.shadowRoot?.querySelectorAll('[part~="file"][data-status="uploaded"]').length).toBe(2));
  },
};

/**
 * The phone side alone, given a link's token: the page a hand-off link opens. This token is unknown,
 * so it shows the expired page; a link from "Continue on your phone" opens the slots handed off.
 */
export const PhoneSide: Story = {
  args: { slots: cameraSlots, 'handoff-token': 'demo-unknown-link' },
};

/** A short MP4 (its first bytes are what the uploader checks). */
function mp4File(name: string): File {
  const header = [0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d, 0, 0, 2, 0, 0x69, 0x73, 0x6f, 0x6d, 0x6d, 0x70, 0x34, 0x31];
  return new File([new Uint8Array(header), new Uint8Array(2048)], name, { type: 'video/mp4' });
}
