import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html } from 'lit';
import 'verikit/proof-uploader';
import {
  counterpartyTransactionSlot,
  historicalEmailSlot,
  idFrontSlot,
  selfieWithStatementSlot,
  supplementaryProofSlots,
  verificationVideoSlot,
} from '../src/elements/proof-uploader/proof-presets.js';
import type { ProofSlot } from '../src/elements/proof-uploader/proof-uploader.schema.js';
import { demoAccount } from '../demo/fixtures.js';
import { shadowQuery } from './story-helpers.js';

interface ProofUploaderArgs {
  slots: ProofSlot[];
  uploaded: { slotId: string; fileId: string; name: string; size: number; type: string; thumbnailUrl?: string }[];
  downscale: number;
}

/** A fixed day, so the statement text (and its screenshot) stays the same. */
const statementDate = new Date(Date.UTC(2026, 10, 23));

/**
 * Proof slots from the presets: accepted kinds, counts, size limits and guidance; files are
 * checked by their bytes, uploaded to the mock backend with progress (every 3rd upload fails
 * like a dropped connection, to show retry).
 */
const meta: Meta<ProofUploaderArgs> = {
  title: 'Elements/Proof uploader',
  component: 'vk-proof-uploader',
  args: { slots: supplementaryProofSlots(), uploaded: [], downscale: 0 },
  argTypes: {
    slots: { control: 'object', description: 'Proof slots (validated with zod); see the presets in `proof-presets.ts`' },
    uploaded: { control: 'object', description: 'Files already uploaded (restored after a reload)' },
    downscale: { control: { type: 'number', min: 0, max: 4096, step: 256 }, description: 'Max image dimension in px (0 = off)' },
  },
  render: (args) => html`<vk-proof-uploader .slots=${args.slots} .uploaded=${args.uploaded} downscale=${args.downscale}></vk-proof-uploader>`,
};
export default meta;

type Story = StoryObj<ProofUploaderArgs>;

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

/** Three screenshots: the third upload fails like a dropped connection; "Retry" sends it again. */
export const UploadFailsThenRetry: Story = {
  args: { slots: [historicalEmailSlot()] },
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
