import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Announcer } from '../../core/announcer.js';
import { VkElement } from '../../core/base-element.js';
import { VkDeveloperError } from '../../core/errors.js';
import { dispatchRequest } from '../../core/events.js';
import { acceptByKind, kindOfMime, sniffFile, type FileKind } from '../../core/file-sniff.js';
import { formatFileSize, safeLocale } from '../../core/i18n.js';
import { downscaleImage } from '../../core/image-downscale.js';
import { parseHostList } from '../../core/schema.js';
import { cameraSupported, ProofCamera, type CameraMode, type CameraProblem } from './proof-camera.js';
import {
  VkProofChangeEvent,
  VkProofRejectEvent,
  VkProofRemoveEvent,
  VkProofUploadEvent,
  type ProofSlotSummary,
  type VkProofChangeDetail,
} from './proof-uploader.events.js';
import { isProofMessageKey, proofMessages, type ProofMessageKey } from './proof-uploader.messages.js';
import {
  defaultMaxBytes,
  proofSlotSchema,
  proofUploadAnswerSchema,
  uploadedProofSchema,
  type ProofSlot,
  type ProofText,
  type UploadedProof,
} from './proof-uploader.schema.js';
import { proofUploaderStyles } from './proof-uploader.styles.js';
import type { ProofFileStatus, ProofRejectReason } from './proof-uploader.types.js';

/** Why an upload did not go through; `rejected` (by the host) cannot be retried. */
type UploadProblem = 'cancelled' | 'network' | 'error' | 'rejected';

/** One file the user added (or the host restored). Lives on the element, not in the DOM, so re-renders lose nothing. */
interface ProofEntry {
  id: string;
  slotId: string;
  name: string;
  size: number;
  mime: string;
  kind: FileKind;
  /** Absent for a file restored from host data. */
  file: File | undefined;
  status: ProofFileStatus;
  progress: number;
  /** Nobody answered the request yet. */
  waiting: boolean;
  uploadedId?: string;
  hostThumbnail?: string;
  problem?: UploadProblem;
  hostMessage?: string;
  controller?: AbortController;
}

interface Rejection {
  name: string;
  reason: ProofRejectReason;
  size: number;
}

let entryCounter = 0;
const newEntryId = (): string => `proof-${(++entryCounter).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Images the browser can show as a thumbnail (HEIC only decodes in Safari). */
const thumbnailTypes = new Set(['image/jpeg', 'image/png', 'image/webp']);

/**
 * Collects the proof documents of an account recovery (ID photos, verification video, selfie with a
 * handwritten statement, screenshots) slot by slot, checks each file's true type by its first bytes,
 * its size and the slot's count before anything is sent, and hands each file to the host's backend
 * through a `vk-proof-upload` request with progress, cancel, retry and remove.
 *
 * @summary Proof-document uploader: picker, drop, paste, camera; checked locally, uploaded by the host.
 *
 * @fires {VkProofUploadEvent} vk-proof-upload - Request per file: `{ slotId, file, fileId, kind, mime, choice?, onProgress, respond, signal }`; answer `{ ok: true, fileId, thumbnailUrl? }` or `{ ok: false, reason: 'rejected' | 'error', message? }`. `signal` aborts on cancel or remove.
 * @fires {VkProofChangeEvent} vk-proof-change - The files, their status or a slot's choice changed: `{ slots: { [slotId]: { files, choice?, complete } }, complete }`.
 * @fires {VkProofRemoveEvent} vk-proof-remove - The user removed an uploaded file: `{ slotId, fileId }` (the host's id); the host may delete it.
 * @fires {VkProofRejectEvent} vk-proof-reject - A file was refused locally: `{ slotId, name, reason: 'empty' | 'too-large' | 'wrong-type' | 'too-many' }`.
 *
 * @csspart slot - One proof slot (a section).
 * @csspart slot-title - The slot's heading.
 * @csspart badge - "Required" / "Optional".
 * @csspart guidance - The slot's guidance list.
 * @csspart statement - The text to write by hand.
 * @csspart choice - The slot's select (e.g. ID type).
 * @csspart drop-zone - Where files can be dropped; holds the buttons.
 * @csspart add-button - Opens the file picker.
 * @csspart capture-button - Opens the phone's camera (touch devices only).
 * @csspart record-button - Opens the in-page camera.
 * @csspart limits - Accepted types, size and count.
 * @csspart camera - The in-page camera panel.
 * @csspart camera-preview - The live `<video>`.
 * @csspart camera-button - The camera panel's buttons.
 * @csspart problem - A camera problem message.
 * @csspart rejections - Files refused locally, with reasons.
 * @csspart file-list - The slot's files.
 * @csspart file - One file row; `data-status` is queued | uploading | uploaded | failed.
 * @csspart thumbnail - The file's thumbnail (or a placeholder).
 * @csspart file-name - The file's name.
 * @csspart file-size - The file's size.
 * @csspart progress - The upload progress bar.
 * @csspart file-status - The file's status text.
 * @csspart cancel-button - Cancels an upload.
 * @csspart retry-button - Retries a failed upload.
 * @csspart remove-button - Removes a file.
 * @csspart status - The polite live region.
 *
 * @cssprop --vk-proof-uploader-drop-border-color - Drop zone border (default `--vk-color-border`).
 * @cssprop --vk-proof-uploader-drop-active-color - Drop zone border while dragging over (default `--vk-color-accent`).
 * @cssprop --vk-proof-uploader-thumbnail-size - Thumbnail size (default 48px).
 * @cssprop --vk-proof-uploader-progress-color - Progress bar colour (default `--vk-color-accent`).
 *
 * @cssstate complete - Every slot is complete.
 * @cssstate busy - A file is being checked or uploaded.
 */
export class VkProofUploader extends VkElement {
  static override styles = [VkElement.styles, proofUploaderStyles];

  #slots: ProofSlot[] = [];
  #uploaded: UploadedProof[] = [];

  /** The proof slots (validated; a bad slot throws a developer error naming its id and field). Files of a slot survive a new array with the same ids. */
  @property({ attribute: false })
  get slots(): ProofSlot[] {
    return this.#slots;
  }
  set slots(value: readonly unknown[]) {
    const old = this.#slots;
    this.#slots = parseHostList({ list: '<vk-proof-uploader> slots', item: '<vk-proof-uploader> slot' }, 'id', proofSlotSchema, value);
    this.#changed = true;
    this.requestUpdate('slots', old);
  }

  /** Files the host already has (e.g. after a reload): `{ slotId, fileId, name, size, type, thumbnailUrl? }[]`. Shown as uploaded. */
  @property({ attribute: false })
  get uploaded(): UploadedProof[] {
    return this.#uploaded;
  }
  set uploaded(value: readonly unknown[]) {
    const old = this.#uploaded;
    this.#uploaded = parseHostList({ list: '<vk-proof-uploader> uploaded', item: '<vk-proof-uploader> uploaded file' }, 'fileId', uploadedProofSchema, value);
    this.#restore(this.#uploaded);
    this.requestUpdate('uploaded', old);
  }

  /** Longest side, in px, photos are scaled down to (and re-encoded, which strips metadata such as GPS). 0 = send as chosen. */
  @property({ type: Number }) downscale = 0;

  @state() private dragOverSlot: string | undefined;

  #entries: ProofEntry[] = [];
  readonly #rejections = new Map<string, Rejection[]>();
  readonly #choices = new Map<string, string>();
  /** Object URLs of thumbnails currently shown; revoked as soon as a row is no longer rendered. */
  readonly #thumbnails = new Map<string, string>();
  #shownThumbnails = new Set<string>();
  #adding: Promise<void> = Promise.resolve();
  #changed = false;
  #lastChange: string | undefined;
  #focusAfterUpdate: string | undefined;
  readonly #announcer = new Announcer(this);
  readonly #camera = new ProofCamera(this, (slotId, blob, mode) => void this.#addCaptured(slotId, blob, mode));

  constructor() {
    super();
    this.addEventListener('paste', this.#onPaste);
  }

  /**
   * Checks and adds files to a slot, as if the user picked them. Resolves once every file is
   * accepted (and its upload started) or rejected.
   */
  addFiles(slotId: string, files: Iterable<File> | ArrayLike<File>): Promise<void> {
    const list = Array.from(files);
    const run = this.#adding.then(() => this.#addNow(slotId, list));
    // Files are checked one batch at a time, so two quick adds cannot both take the last place.
    this.#adding = run.catch(() => undefined);
    return run;
  }

  /** Sends a failed (or still unanswered) file again. `fileId` is the uploader's id from the events. */
  retry(fileId: string): void {
    const entry = this.#entries.find((candidate) => candidate.id === fileId);
    if (!entry?.file || entry.status === 'uploaded' || entry.problem === 'rejected') return;
    void this.#upload(entry);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Uploads go on (the files stay on the element); only the thumbnails' memory is released.
    this.#revokeThumbnails(new Set());
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('slots')) this.#slots.forEach((slot) => this.#rejections.has(slot.id) || this.#rejections.set(slot.id, []));
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#revokeThumbnails(this.#shownThumbnails);
    this.#attachCameraStream();
    if (this.#focusAfterUpdate) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#focusAfterUpdate);
      this.#focusAfterUpdate = undefined;
      target?.focus();
    }
    if (this.#changed) {
      this.#changed = false;
      const detail = this.#summary();
      this.#toggleState('complete', detail.complete);
      this.#toggleState('busy', this.#entries.some((entry) => entry.status === 'queued' || entry.status === 'uploading'));
      // A host that passes a fresh but equal `slots` array on every render must not get an event each
      // time (a composing flow re-rendering on vk-proof-change would loop).
      const serialized = JSON.stringify(detail);
      if (serialized !== this.#lastChange) {
        this.#lastChange = serialized;
        this.dispatchEvent(new VkProofChangeEvent(detail));
      }
    }
  }

  override render(): TemplateResult {
    this.#shownThumbnails = new Set();
    return html`
      <div class="slots" dir=${this.direction}>${repeat(this.#slots, (slot) => slot.id, (slot) => this.#renderSlot(slot))}</div>
      <div part="status" class="visually-hidden" role="status">${this.#announcer.message}</div>
    `;
  }

  // ——— rendering ———

  #renderSlot(slot: ProofSlot): TemplateResult {
    const slotTitle = this.#text(slot.title);
    const ids = slotDomIds(slot.id);
    const maxFiles = slot.maxFiles ?? 1;
    const files = this.#entries.filter((entry) => entry.slotId === slot.id);
    const rejections = this.#rejections.get(slot.id) ?? [];
    const full = files.length >= maxFiles;
    return html`
      <section part="slot" class="slot" data-slot-id=${slot.id} aria-labelledby=${ids.title} aria-describedby=${ids.limits}>
        <div class="slot-header">
          <h3 part="slot-title" class="slot-title" id=${ids.title}>${slotTitle}</h3>
          <span part="badge" class="badge">${this.message(proofMessages, slot.required === false ? 'proof.optional' : 'proof.required')}</span>
        </div>
        ${slot.guidance?.length
          ? html`<ul part="guidance" class="guidance">${slot.guidance.map((line) => html`<li>${this.#text(line)}</li>`)}</ul>`
          : nothing}
        ${slot.statement
          ? html`<figure part="statement" class="statement">
              <figcaption>${this.message(proofMessages, 'proof.statement.label')}</figcaption>
              <p class="statement-text">${this.#text(slot.statement)}</p>
            </figure>`
          : nothing}
        ${this.#renderChoice(slot, ids.choice)}
        <div
          part="drop-zone"
          class="drop-zone"
          ?data-active=${this.dragOverSlot === slot.id}
          @dragenter=${(event: DragEvent) => this.#onDragOver(event, slot.id)}
          @dragover=${(event: DragEvent) => this.#onDragOver(event, slot.id)}
          @dragleave=${this.#onDragLeave}
          @drop=${(event: DragEvent) => this.#onDrop(event, slot.id)}
        >
          <button
            type="button"
            part="add-button"
            class="vk-button add-button"
            ?disabled=${full}
            aria-label=${this.message(proofMessages, 'proof.add.label', { count: maxFiles, slot: slotTitle })}
            @click=${() => this.#openPicker(slot.id, 'picker')}
          >
            ${this.message(proofMessages, 'proof.add', { count: maxFiles })}
          </button>
          ${this.#renderCaptureButton(slot, slotTitle, full)} ${this.#renderRecordButton(slot, slotTitle, full)}
          <span part="drop-hint" class="drop-hint" aria-hidden="true">
            ${this.message(proofMessages, this.dragOverSlot === slot.id ? 'proof.drop.active' : 'proof.drop')}
          </span>
          <input type="file" hidden data-input="picker" accept=${acceptFor(slot)} ?multiple=${maxFiles > 1} @change=${(event: Event) => this.#onPicked(event, slot.id)} />
          ${slot.capture
            ? html`<input
                type="file"
                hidden
                data-input="capture"
                accept=${slot.accept.includes('video') ? acceptByKind.video : acceptByKind.image}
                capture=${slot.capture}
                @change=${(event: Event) => this.#onPicked(event, slot.id)}
              />`
            : nothing}
        </div>
        <p part="limits" class="limits" id=${ids.limits}>${this.#limitsText(slot)}</p>
        ${this.#renderCamera(slot)}
        ${rejections.length
          ? html`<ul part="rejections" class="rejections" aria-label=${this.message(proofMessages, 'proof.rejections.label', { slot: slotTitle })}>
              ${rejections.map((rejection) => html`<li>${this.#rejectionText(slot, rejection)}</li>`)}
            </ul>`
          : nothing}
        ${files.length
          ? html`<ul part="file-list" class="files" aria-label=${this.message(proofMessages, 'proof.files.label', { slot: slotTitle })}>
              ${repeat(files, (entry) => entry.id, (entry) => this.#renderFile(entry))}
            </ul>`
          : nothing}
      </section>
    `;
  }

  #renderChoice(slot: ProofSlot, id: string): TemplateResult | typeof nothing {
    const choice = slot.choice;
    if (!choice) return nothing;
    const selected = this.#choices.get(slot.id) ?? '';
    return html`<div class="choice">
      <label for=${id}>${this.#text(choice.label)}</label>
      <select part="choice" id=${id} required @change=${(event: Event) => this.#onChoice(event, slot.id)}>
        <option value="" ?selected=${selected === ''}>${this.message(proofMessages, 'proof.choice.placeholder')}</option>
        ${choice.options.map((option) => html`<option value=${option.value} ?selected=${selected === option.value}>${this.#text(option.label)}</option>`)}
      </select>
    </div>`;
  }

  #renderCaptureButton(slot: ProofSlot, slotTitle: string, full: boolean): TemplateResult | typeof nothing {
    if (!slot.capture) return nothing;
    const video = slot.accept.includes('video');
    return html`<button
      type="button"
      part="capture-button"
      class="vk-button capture-button"
      data-variant="secondary"
      ?disabled=${full}
      aria-label=${this.message(proofMessages, video ? 'proof.capture.video.label' : 'proof.capture.photo.label', { slot: slotTitle })}
      @click=${() => this.#openPicker(slot.id, 'capture')}
    >
      ${this.message(proofMessages, video ? 'proof.capture.video' : 'proof.capture.photo')}
    </button>`;
  }

  #renderRecordButton(slot: ProofSlot, slotTitle: string, full: boolean): TemplateResult | typeof nothing {
    if (!slot.record) return nothing;
    const mode = cameraModeOf(slot);
    if (!cameraSupported(mode)) return nothing;
    return html`<button
      type="button"
      part="record-button"
      class="vk-button record-button"
      data-variant="secondary"
      ?disabled=${full}
      aria-label=${this.message(proofMessages, mode === 'video' ? 'proof.record.open.label.video' : 'proof.record.open.label.photo', { slot: slotTitle })}
      @click=${() => void this.#camera.open(slot.id, mode, slot.capture ?? 'user')}
    >
      ${this.message(proofMessages, mode === 'video' ? 'proof.record.open.video' : 'proof.record.open.photo')}
    </button>`;
  }

  #renderCamera(slot: ProofSlot): TemplateResult | typeof nothing {
    if (!slot.record) return nothing;
    const camera = this.#camera.state;
    const mode = cameraModeOf(slot);
    if (camera.phase === 'off' || camera.slotId !== slot.id) {
      // Without the API there is no button; say why, next to the file picker that still works.
      return cameraSupported(mode) ? nothing : html`<p part="problem" class="problem">${this.message(proofMessages, 'proof.record.unavailable')}</p>`;
    }
    if (camera.phase === 'problem') return html`<p part="problem" class="problem" role="alert">${this.#cameraProblemText(camera.problem)}</p>`;
    const close = html`<button type="button" part="camera-button" class="vk-button" data-variant="secondary" @click=${() => this.#closeCamera(slot.id)}>
      ${this.message(proofMessages, 'proof.record.close')}
    </button>`;
    if (camera.phase === 'starting') {
      return html`<div part="camera" class="camera"><p>${this.message(proofMessages, 'proof.record.starting')}</p><div class="camera-actions">${close}</div></div>`;
    }
    const action =
      camera.mode === 'photo'
        ? html`<button type="button" part="camera-button" class="vk-button" data-action="snap" @click=${this.#snap}>${this.message(proofMessages, 'proof.record.snap')}</button>`
        : camera.phase === 'recording'
          ? html`<button type="button" part="camera-button" class="vk-button" data-action="stop" @click=${() => this.#camera.stopRecording()}>
              ${this.message(proofMessages, 'proof.record.stop')}
            </button>`
          : html`<button type="button" part="camera-button" class="vk-button" data-action="start" @click=${() => this.#camera.startRecording()}>
              ${this.message(proofMessages, 'proof.record.start')}
            </button>`;
    return html`<div part="camera" class="camera">
      <video part="camera-preview" autoplay muted playsinline aria-label=${this.message(proofMessages, 'proof.record.preview')}></video>
      ${camera.phase === 'recording' ? html`<p>${this.message(proofMessages, 'proof.record.recording')}</p>` : nothing}
      <div class="camera-actions">${action} ${close}</div>
    </div>`;
  }

  #renderFile(entry: ProofEntry): TemplateResult {
    const name = entry.name;
    const thumbnail = this.#thumbnailFor(entry);
    const canRetry = entry.file !== undefined && entry.problem !== 'rejected' && (entry.status === 'failed' || entry.waiting);
    return html`<li part="file" class="file" data-status=${entry.status} data-file-id=${entry.id}>
      ${thumbnail ? html`<img part="thumbnail" class="thumbnail" src=${thumbnail} alt="" />` : html`<span part="thumbnail" class="thumbnail" data-kind=${entry.kind}></span>`}
      <div class="file-main">
        <span part="file-name" class="file-name">${name}</span>
        <span part="file-size" class="file-size">${formatFileSize(entry.size, this.locale)}</span>
      </div>
      <div class="file-detail">
        ${entry.status === 'uploading'
          ? html`<progress part="progress" max="1" .value=${entry.progress} aria-label=${this.message(proofMessages, 'proof.file.progress', { name })}></progress>`
          : nothing}
        <span part="file-status" class="file-status">${this.#statusText(entry)}</span>
        <div class="file-actions">
          ${entry.status === 'uploading'
            ? this.#fileButton('cancel', name, () => this.#cancel(entry))
            : nothing}
          ${canRetry ? this.#fileButton('retry', name, () => this.retry(entry.id)) : nothing}
          ${entry.status !== 'uploading' ? this.#fileButton('remove', name, () => this.#remove(entry)) : nothing}
        </div>
      </div>
    </li>`;
  }

  #fileButton(action: 'cancel' | 'retry' | 'remove', name: string, onClick: () => void): TemplateResult {
    const text = this.message(proofMessages, `proof.file.${action}`);
    const label = this.message(proofMessages, `proof.file.${action}.label`, { name });
    return html`<button type="button" part=${`${action}-button`} class="vk-button" data-variant="secondary" data-action=${action} aria-label=${label} @click=${onClick}>
      ${text}
    </button>`;
  }

  #statusText(entry: ProofEntry): string {
    switch (entry.status) {
      case 'queued':
        return this.message(proofMessages, 'proof.file.queued');
      case 'uploaded':
        return this.message(proofMessages, 'proof.file.uploaded');
      case 'uploading':
        if (entry.waiting) return this.message(proofMessages, 'proof.file.waiting');
        return this.message(proofMessages, 'proof.file.uploading', {
          percent: new Intl.NumberFormat(safeLocale(this.locale), { style: 'percent' }).format(entry.progress),
        });
      case 'failed': {
        if (entry.hostMessage) return entry.hostMessage;
        const keys: Record<UploadProblem, ProofMessageKey> = {
          cancelled: 'proof.file.cancelled',
          network: 'proof.file.networkError',
          error: 'proof.file.error',
          rejected: 'proof.file.rejected',
        };
        return this.message(proofMessages, keys[entry.problem ?? 'error']);
      }
    }
  }

  #limitsText(slot: ProofSlot): string {
    const maxFiles = slot.maxFiles ?? 1;
    const parts = [
      this.message(proofMessages, 'proof.limits', {
        count: maxFiles,
        kinds: this.#kindsText(slot),
        size: formatFileSize(slot.maxBytes ?? defaultMaxBytes, this.locale),
      }),
    ];
    const minFiles = minFilesOf(slot);
    if (minFiles > 1) parts.push(this.message(proofMessages, 'proof.limits.min', { count: minFiles }));
    if (slot.accept.includes('image')) parts.push(this.message(proofMessages, 'proof.paste'));
    return parts.join(' ');
  }

  #kindsText(slot: ProofSlot): string {
    const names = slot.accept.map((kind) => this.message(proofMessages, `proof.kind.${kind}`));
    return new Intl.ListFormat(safeLocale(this.locale), { type: 'disjunction' }).format(names);
  }

  #rejectionText(slot: ProofSlot, rejection: Rejection): string {
    const name = rejection.name;
    switch (rejection.reason) {
      case 'empty':
        return this.message(proofMessages, 'proof.reject.empty', { name });
      case 'too-large':
        return this.message(proofMessages, 'proof.reject.too-large', {
          name,
          size: formatFileSize(rejection.size, this.locale),
          max: formatFileSize(slot.maxBytes ?? defaultMaxBytes, this.locale),
        });
      case 'wrong-type':
        return this.message(proofMessages, 'proof.reject.wrong-type', { name, kinds: this.#kindsText(slot) });
      case 'too-many':
        return this.message(proofMessages, 'proof.reject.too-many', { name, count: slot.maxFiles ?? 1 });
    }
  }

  #cameraProblemText(problem: CameraProblem): string {
    const keys: Record<CameraProblem, ProofMessageKey> = {
      denied: 'proof.record.denied',
      unavailable: 'proof.record.unavailable',
      failed: 'proof.record.failed',
    };
    return this.message(proofMessages, keys[problem]);
  }

  /** Resolves a slot text: a host string as is, a message key through the catalog (dates via Intl). */
  #text(text: ProofText): string {
    if (typeof text === 'string') return text;
    if (!isProofMessageKey(text.key)) return text.key;
    const params: Record<string, string | number> = {};
    const dates = new Intl.DateTimeFormat(safeLocale(this.locale), { dateStyle: 'long' });
    for (const [name, value] of Object.entries(text.params ?? {})) params[name] = value instanceof Date ? dates.format(value) : value;
    return this.message(proofMessages, text.key, params);
  }

  #thumbnailFor(entry: ProofEntry): string | undefined {
    if (!entry.file || !thumbnailTypes.has(entry.mime)) return entry.hostThumbnail;
    let url = this.#thumbnails.get(entry.id);
    if (!url) {
      url = URL.createObjectURL(entry.file);
      this.#thumbnails.set(entry.id, url);
    }
    this.#shownThumbnails.add(entry.id);
    return url;
  }

  #revokeThumbnails(keep: ReadonlySet<string>): void {
    for (const id of this.#thumbnails.keys()) if (!keep.has(id)) this.#revokeThumbnail(id);
  }

  #revokeThumbnail(id: string): void {
    const url = this.#thumbnails.get(id);
    if (url === undefined) return;
    URL.revokeObjectURL(url);
    this.#thumbnails.delete(id);
  }

  // ——— adding files ———

  async #addNow(slotId: string, files: readonly File[]): Promise<void> {
    const slot = this.#slots.find((candidate) => candidate.id === slotId);
    if (!slot) throw new VkDeveloperError(`verikit: <vk-proof-uploader> has no slot "${slotId}"`);
    const rejections: Rejection[] = [];
    for (const file of files) {
      const verdict = await this.#check(slot, file);
      if ('reason' in verdict) {
        rejections.push({ name: file.name, reason: verdict.reason, size: file.size });
        this.dispatchEvent(new VkProofRejectEvent({ slotId, name: file.name, reason: verdict.reason }));
        continue;
      }
      const entry: ProofEntry = {
        id: newEntryId(),
        slotId,
        name: file.name,
        size: file.size,
        mime: verdict.mime,
        kind: verdict.kind,
        file,
        status: 'queued',
        progress: 0,
        waiting: false,
      };
      this.#entries = [...this.#entries, entry];
      this.#markChanged();
      void this.#prepareAndUpload(entry);
    }
    // A new batch replaces the slot's previous reasons: they are about files no longer in hand.
    this.#rejections.set(slotId, rejections);
    if (rejections.length) {
      this.#announcer.announce(this.message(proofMessages, 'proof.announce.rejected', { count: rejections.length, slot: this.#text(slot.title) }));
    }
    this.requestUpdate();
  }

  async #check(slot: ProofSlot, file: File): Promise<{ reason: ProofRejectReason } | { mime: string; kind: FileKind }> {
    if (file.size === 0) return { reason: 'empty' };
    if (file.size > (slot.maxBytes ?? defaultMaxBytes)) return { reason: 'too-large' };
    const inSlot = this.#entries.filter((entry) => entry.slotId === slot.id).length;
    if (inSlot >= (slot.maxFiles ?? 1)) return { reason: 'too-many' };
    const sniffed = await sniffFile(file);
    if (!sniffed || !slot.accept.includes(sniffed.kind)) return { reason: 'wrong-type' };
    return sniffed;
  }

  async #prepareAndUpload(entry: ProofEntry): Promise<void> {
    if (this.downscale > 0 && entry.kind === 'image' && entry.file) {
      const smaller = await downscaleImage(entry.file, this.downscale, { type: entry.mime });
      if (smaller) {
        // The thumbnail shown meanwhile points at the original; let it go with it.
        this.#revokeThumbnail(entry.id);
        entry.file = smaller;
        entry.size = smaller.size;
        entry.mime = smaller.type;
        this.requestUpdate();
      }
    }
    // Removed while it was being prepared.
    if (!this.#entries.includes(entry)) return;
    await this.#upload(entry);
  }

  async #addCaptured(slotId: string, blob: Blob, mode: CameraMode): Promise<void> {
    const time = new Intl.DateTimeFormat(safeLocale(this.locale), { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(this.clock.now());
    const name = this.message(proofMessages, mode === 'video' ? 'proof.record.videoName' : 'proof.record.photoName', { time });
    const extension = blob.type.includes('mp4') ? 'mp4' : mode === 'video' ? 'webm' : 'jpg';
    await this.addFiles(slotId, [new File([blob], `${name}.${extension}`, { type: blob.type, lastModified: this.clock.now() })]);
  }

  #restore(items: readonly UploadedProof[]): void {
    const known = new Set(this.#entries.map((entry) => entry.uploadedId));
    const restored: ProofEntry[] = [];
    for (const item of items) {
      if (known.has(item.fileId)) continue;
      restored.push({
        id: item.fileId,
        slotId: item.slotId,
        name: item.name,
        size: item.size,
        mime: item.type,
        kind: kindOfMime(item.type) ?? 'pdf',
        file: undefined,
        status: 'uploaded',
        progress: 1,
        waiting: false,
        uploadedId: item.fileId,
        ...(item.thumbnailUrl ? { hostThumbnail: item.thumbnailUrl } : {}),
      });
    }
    if (!restored.length) return;
    this.#entries = [...this.#entries, ...restored];
    this.#markChanged();
  }

  // ——— uploading ———

  async #upload(entry: ProofEntry): Promise<void> {
    const file = entry.file;
    if (!file) return;
    entry.controller?.abort();
    const controller = new AbortController();
    Object.assign(entry, { controller, status: 'uploading', progress: 0, waiting: false, problem: undefined, hostMessage: undefined });
    this.#markChanged();
    const choice = this.#choices.get(entry.slotId);
    const outcome = await dispatchRequest(
      this,
      VkProofUploadEvent.eventName,
      proofUploadAnswerSchema,
      (respond, signal) =>
        new VkProofUploadEvent({
          slotId: entry.slotId,
          file,
          fileId: entry.id,
          kind: entry.kind,
          mime: entry.mime,
          ...(choice ? { choice } : {}),
          onProgress: (fraction) => this.#onProgress(entry, controller, fraction),
          respond,
          signal,
        }),
      {
        signal: controller.signal,
        onUnanswered: () => {
          entry.waiting = true;
          this.requestUpdate();
        },
      },
    );
    // Cancelled, removed or retried meanwhile: that path already updated the row.
    if (entry.controller !== controller || outcome.kind === 'aborted') return;
    entry.controller = undefined;
    entry.waiting = false;
    if (outcome.kind === 'answered' && outcome.result.ok) {
      Object.assign(entry, { status: 'uploaded', progress: 1, uploadedId: outcome.result.fileId });
      if (outcome.result.thumbnailUrl) entry.hostThumbnail = outcome.result.thumbnailUrl;
      this.#announcer.announce(this.message(proofMessages, 'proof.announce.uploaded', { name: entry.name }));
    } else {
      entry.status = 'failed';
      if (outcome.kind === 'answered' && !outcome.result.ok) {
        entry.problem = outcome.result.reason;
        if (outcome.result.message) entry.hostMessage = outcome.result.message;
      } else {
        entry.problem = outcome.kind === 'rejected' ? 'network' : 'error';
      }
      this.#announcer.announce(this.message(proofMessages, 'proof.announce.failed', { name: entry.name }));
    }
    this.#markChanged();
  }

  #onProgress(entry: ProofEntry, controller: AbortController, fraction: number): void {
    if (entry.controller !== controller || entry.status !== 'uploading' || !Number.isFinite(fraction)) return;
    entry.progress = Math.min(1, Math.max(0, fraction));
    // Progress proves someone is handling the request.
    entry.waiting = false;
    this.requestUpdate();
  }

  #cancel(entry: ProofEntry): void {
    const controller = entry.controller;
    entry.controller = undefined;
    Object.assign(entry, { status: 'failed', problem: 'cancelled', waiting: false, hostMessage: undefined });
    controller?.abort();
    this.#focusAfterUpdate = `[data-file-id="${entry.id}"] [data-action="retry"]`;
    this.#markChanged();
  }

  #remove(entry: ProofEntry): void {
    const index = this.#entries.indexOf(entry);
    if (index === -1) return;
    const controller = entry.controller;
    entry.controller = undefined;
    controller?.abort();
    this.#entries = this.#entries.filter((candidate) => candidate !== entry);
    if (entry.status === 'uploaded' && entry.uploadedId) {
      this.dispatchEvent(new VkProofRemoveEvent({ slotId: entry.slotId, fileId: entry.uploadedId }));
    }
    // Keep the keyboard user in the slot: next file's first button, else the slot's picker.
    const next = this.#entries.slice(index).find((candidate) => candidate.slotId === entry.slotId);
    this.#focusAfterUpdate = next
      ? `[data-file-id="${next.id}"] button`
      : `[data-slot-id="${CSS.escape(entry.slotId)}"] [part="add-button"]`;
    this.#announcer.announce(this.message(proofMessages, 'proof.announce.removed', { name: entry.name }));
    this.#markChanged();
  }

  #markChanged(): void {
    this.#changed = true;
    this.requestUpdate();
  }

  #summary(): VkProofChangeDetail {
    const slots: Record<string, ProofSlotSummary> = {};
    for (const slot of this.#slots) {
      const files = this.#entries.filter((entry) => entry.slotId === slot.id);
      const choice = this.#choices.get(slot.id);
      const uploaded = files.filter((entry) => entry.status === 'uploaded').length;
      const inFlight = files.some((entry) => entry.status === 'queued' || entry.status === 'uploading');
      const choiceMade = !slot.choice || choice !== undefined;
      slots[slot.id] = {
        files: files.map((entry) => ({
          fileId: entry.id,
          ...(entry.uploadedId ? { uploadedId: entry.uploadedId } : {}),
          name: entry.name,
          size: entry.size,
          status: entry.status,
        })),
        ...(choice !== undefined ? { choice } : {}),
        complete: uploaded >= minFilesOf(slot) && !inFlight && (choiceMade || (slot.required === false && files.length === 0)),
      };
    }
    return { slots, complete: Object.values(slots).every((slot) => slot.complete) };
  }

  #toggleState(name: string, on: boolean): void {
    const states = this.internals.states;
    if (!states) return;
    if (on) states.add(name);
    else states.delete(name);
  }

  // ——— user input ———

  #openPicker(slotId: string, which: 'picker' | 'capture'): void {
    this.renderRoot.querySelector<HTMLInputElement>(`[data-slot-id="${CSS.escape(slotId)}"] input[data-input="${which}"]`)?.click();
  }

  #onPicked(event: Event, slotId: string): void {
    const input = event.currentTarget;
    if (!(input instanceof HTMLInputElement) || !input.files) return;
    const files = Array.from(input.files);
    // Cleared so picking the same file again (after removing it) fires change again.
    input.value = '';
    void this.addFiles(slotId, files);
  }

  #onChoice(event: Event, slotId: string): void {
    const select = event.currentTarget;
    if (!(select instanceof HTMLSelectElement)) return;
    if (select.value) this.#choices.set(slotId, select.value);
    else this.#choices.delete(slotId);
    this.#markChanged();
  }

  #onDragOver(event: DragEvent, slotId: string): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragOverSlot = slotId;
  }

  #onDragLeave = (event: DragEvent): void => {
    const zone = event.currentTarget;
    if (zone instanceof Node && event.relatedTarget instanceof Node && zone.contains(event.relatedTarget)) return;
    this.dragOverSlot = undefined;
  };

  #onDrop(event: DragEvent, slotId: string): void {
    event.preventDefault();
    this.dragOverSlot = undefined;
    const files = event.dataTransfer?.files;
    if (files?.length) void this.addFiles(slotId, files);
  }

  #onPaste = (event: ClipboardEvent): void => {
    const files = filesFromClipboard(event.clipboardData);
    if (!files.length) return;
    const slotId = this.#pasteTarget(event);
    if (!slotId) return;
    event.preventDefault();
    void this.addFiles(slotId, files);
  };

  /** The focused slot, or the only slot that takes images. */
  #pasteTarget(event: ClipboardEvent): string | undefined {
    for (const node of event.composedPath()) {
      if (node instanceof HTMLElement && node.dataset['slotId'] !== undefined) return node.dataset['slotId'];
      if (node === this) break;
    }
    const imageSlots = this.#slots.filter((slot) => slot.accept.includes('image'));
    return imageSlots.length === 1 ? imageSlots[0]?.id : undefined;
  }

  #snap = (): void => {
    const video = this.renderRoot.querySelector('video');
    if (video) void this.#camera.snap(video);
  };

  #closeCamera(slotId: string): void {
    this.#camera.close();
    this.#focusAfterUpdate = `[data-slot-id="${CSS.escape(slotId)}"] [part="record-button"]`;
  }

  #attachCameraStream(): void {
    const camera = this.#camera.state;
    const video = this.renderRoot.querySelector('video');
    if (!video) return;
    const stream = camera.phase === 'live' || camera.phase === 'recording' ? camera.stream : null;
    if (video.srcObject !== stream) video.srcObject = stream;
  }
}

function minFilesOf(slot: ProofSlot): number {
  return slot.minFiles ?? (slot.required === false ? 0 : 1);
}

function acceptFor(slot: ProofSlot): string {
  return slot.accept.map((kind) => acceptByKind[kind]).join(',');
}

function cameraModeOf(slot: ProofSlot): CameraMode {
  return slot.accept.includes('video') ? 'video' : 'photo';
}

/** Ids unique within the shadow root (slot ids are host data, so keep them out of selectors' way). */
function slotDomIds(slotId: string): { title: string; limits: string; choice: string } {
  const safe = slotId.replace(/[^\w-]/g, '_');
  return { title: `slot-${safe}-title`, limits: `slot-${safe}-limits`, choice: `slot-${safe}-choice` };
}

function filesFromClipboard(data: DataTransfer | null): File[] {
  if (!data) return [];
  if (data.files.length) return Array.from(data.files);
  const files: File[] = [];
  for (const item of Array.from(data.items)) {
    const file = item.kind === 'file' ? item.getAsFile() : null;
    if (file) files.push(file);
  }
  return files;
}
