import { html, nothing, type TemplateResult } from 'lit';
import type { VkElement } from '../../core/base-element.js';
import { acceptByKind, type FileKind } from '../../core/file-sniff.js';
import { formatFileSize, isolate, listFormat } from '../../core/i18n.js';
import { canRetry, minFilesOf, statusOf, type ProofEntry, type Rejection } from './proof-entries.js';
import type { ProofMessageKey } from './proof-uploader.messages.js';
import { defaultMaxBytes, type ProofSlot } from './proof-uploader.schema.js';

type Host = VkElement<ProofMessageKey>;

/** The slot's limits line: kinds, size, count, and whether a screenshot can be pasted. */
export function limitsText(host: Host, locale: string, slot: ProofSlot): string {
  const maxFiles = slot.maxFiles ?? 1;
  const size = formatFileSize(slot.maxBytes ?? defaultMaxBytes, locale);
  const parts = [host.t('proof.limits', { count: maxFiles, kinds: kindsText(host, locale, slot), size })];
  const minFiles = minFilesOf(slot);
  if (minFiles > 1) parts.push(host.t('proof.limits.min', { count: minFiles }));
  if (slot.accept.includes('image')) parts.push(host.t('proof.paste'));
  return parts.join(' ');
}

/** "photos (JPEG, PNG, WebP, HEIC) or PDF" in the locale. */
function kindsText(host: Host, locale: string, slot: ProofSlot): string {
  return listFormat(locale, { type: 'disjunction' }).format(slot.accept.map((kind) => host.t(`proof.kind.${kind}`)));
}

/** The formats of each kind, by name (the same in every language). */
const formatNames: Readonly<Record<FileKind, readonly string[]>> = { image: ['JPEG', 'PNG', 'WebP', 'HEIC'], video: ['MP4', 'MOV', 'WebM'], pdf: ['PDF'] };

/** Why a file was not added to the slot. The file's name is bidi-isolated, as in every message. */
export function rejectionText(host: Host, locale: string, slot: ProofSlot, rejection: Rejection): string {
  const { reason, size } = rejection;
  const name = isolate(rejection.name);
  const or = listFormat(locale, { type: 'disjunction' });
  switch (reason) {
    case 'too-large':
      return host.t('proof.reject.too-large', { name, size: formatFileSize(size, locale), max: formatFileSize(slot.maxBytes ?? defaultMaxBytes, locale) });
    case 'wrong-type':
      // "… is not a photo or a PDF. Choose a file in JPEG, PNG, WebP, HEIC or PDF format."
      return host.t('proof.reject.wrong-type', {
        name,
        kinds: or.format(slot.accept.map((kind) => host.t(`proof.reject.kind.${kind}`))),
        formats: or.format(slot.accept.flatMap((kind) => formatNames[kind])),
      });
    case 'too-many':
      return host.t('proof.reject.too-many', { name, count: slot.maxFiles ?? 1 });
    case 'unreadable':
      return host.t('proof.reject.unreadable', { name });
    default:
      return host.t('proof.reject.empty', { name });
  }
}

/** The file picker's `accept`: every type (and extension) of the slot's kinds. */
export function acceptFor(slot: ProofSlot): string {
  return slot.accept.map((kind) => acceptByKind[kind]).join(',');
}

/** Ids unique within the shadow root (slot ids are host data, so keep them out of selectors' way). */
export function slotDomIds(slotId: string): { title: string; limits: string; choice: string; choiceMissing: string } {
  const safe = `slot-${slotId.replace(/[^\w-]/g, '_')}`;
  return { title: `${safe}-title`, limits: `${safe}-limits`, choice: `${safe}-choice`, choiceMissing: `${safe}-choice-missing` };
}

/** What a file row needs from the uploader besides the entry. */
export interface FileRowView {
  thumbnail: string | undefined;
  /** The file's size and the upload's progress, formatted in the locale. */
  size: string;
  percent: string;
  cancel: () => void;
  retry: () => void;
  remove: () => void;
}

/**
 * The row text of a file the host refused (final): with its message when it gave one (bidi-isolated:
 * the host's words keep their own direction in a right-to-left page); too large for the server, in its own words.
 */
export function refusalText(host: Host, message: string, tooLarge = false): string {
  if (tooLarge) return message ? `${host.t('proof.file.tooLarge')} ${isolate(message)}` : host.t('proof.file.tooLarge');
  return message ? host.t('proof.file.refused', { message: isolate(message) }) : host.t('proof.file.rejected');
}

/**
 * What the row says, and which kind of state that is (`data-kind`). The upload's own request words
 * waiting, errors (the host's message, the network) and cancel; the row adds checking, progress,
 * uploaded, a refusal, and an upload stopped because the element left the page.
 */
function rowStatus(host: Host, entry: ProofEntry, percent: string): [kind: string, text: string] {
  const request = entry.request;
  if (entry.uploadedId !== undefined) return ['uploaded', host.t('proof.file.uploaded')];
  if (entry.refusal !== undefined) return [entry.tooLarge ? 'too-large' : 'refused', refusalText(host, entry.refusal, entry.tooLarge)];
  if (entry.queued) return ['queued', host.t('proof.file.queued')];
  if (!request || request.status === 'idle') return ['cancelled', host.t('proof.file.cancelled')];
  if (request.status === 'pending' || request.status === 'done') return ['pending', host.t('proof.file.uploading', { percent })];
  return [request.status, request.text];
}

/** One file: thumbnail, name, size, progress, status, and the Cancel / Retry / Remove buttons it allows now. */
export function renderFile(host: Host, entry: ProofEntry, view: FileRowView): TemplateResult {
  const name = isolate(entry.name);
  const status = statusOf(entry);
  const busy = status === 'uploading';
  const [kind, text] = rowStatus(host, entry, view.percent);
  const button = (action: 'cancel' | 'retry' | 'remove', onClick: () => void) =>
    html`<button
      type="button"
      part="${action}-button"
      class="vk-button"
      data-variant="secondary"
      data-action=${action}
      aria-label=${host.t(`proof.file.${action}.label`, { name })}
      @click=${onClick}
    >
      ${host.t(action === 'cancel' ? 'request.cancel' : `proof.file.${action}`)}
    </button>`;
  return html`<li part="file" class="file" data-status=${status} data-file-id=${entry.id}>
    ${view.thumbnail
      ? html`<img part="thumbnail" class="thumbnail" src=${view.thumbnail} alt="" />`
      : html`<span part="thumbnail" class="thumbnail" data-kind=${entry.kind}></span>`}
    <div class="file-main">
      <span part="file-name" class="file-name" dir="auto">${entry.name}</span>
      <span part="file-size" class="file-size">${view.size}</span>
    </div>
    <div class="file-detail">
      ${busy ? html`<progress part="progress" max="1" .value=${entry.progress} aria-label=${host.t('proof.file.progress', { name })}></progress>` : nothing}
      <span part="file-status" class="file-status" data-kind=${kind} dir="auto">${text}</span>
      <div class="file-actions">
        ${busy ? button('cancel', view.cancel) : nothing} ${canRetry(entry) ? button('retry', view.retry) : nothing}
        ${busy ? nothing : button('remove', view.remove)}
      </div>
    </div>
  </li>`;
}
