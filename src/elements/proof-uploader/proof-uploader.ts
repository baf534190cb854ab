import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { VkElement } from '../../core/base-element.js';
import { VkDeveloperError } from '../../core/errors.js';
import { acceptByKind } from '../../core/file-sniff.js';
import { checked, listOf, oneOf, wholeNumber } from '../../core/host-data.js';
import { HostRequest, type RequestTexts } from '../../core/host-request.js';
import { formatFileSize, isolate, localeDirection, numberFormat, translate } from '../../core/i18n.js';
import { canRetry, checkFile, downscaleEntry, newEntryId, restoredEntries, statusOf, summarize, Thumbnails, type ProofEntry, type Rejection } from './proof-entries.js';
import { ProofInput } from './proof-input.js';
import { cameraModeOf, cameraSupported, ProofCamera, type CameraMode } from './proof-camera.js';
import { acceptFor, limitsText, refusalText, rejectionText, renderFile, slotDomIds } from './proof-render.js';
import { renderStatement } from './proof-statement.js';
import { HandoffGate, optionalToken } from './proof-handoff-gate.js';
import type { HandoffStatus } from './proof-handoff.schema.js';
import { proofHandoffStyles } from './proof-handoff.styles.js';
import { VkProofChangeEvent, VkProofRejectEvent, VkProofRemoveEvent, VkProofUploadEvent } from './proof-uploader.events.js';
import { isProofMessageKey, proofMessages, type ProofMessageKey } from './proof-uploader.messages.js';
import { defaultMaxBytes, proofSlotSchema, proofUploadAnswerSchema, uploadedProofSchema, type ProofSlot, type ProofText, type UploadedProof } from './proof-uploader.schema.js';
import { proofUploaderStyles } from './proof-uploader.styles.js';
import { handoffModes, type HandoffMode } from './proof-uploader.types.js';

/** A file's upload words its states the uploader's way; a network failure uses the shared `request.network`. */
const uploadTexts: RequestTexts<ProofMessageKey> = { waiting: 'proof.file.waiting', error: 'proof.file.error', cancelled: 'proof.file.cancelled' };

/** What an element without slots reports: nothing to tell the host. */
const emptySummary = '{"slots":{},"complete":true}';

/**
 * Collects the proof documents of an account recovery (ID photos, verification video, selfie with a
 * handwritten statement, screenshots) slot by slot, checks each file's true type by its first bytes,
 * its size and the slot's count before anything is sent, and hands each file to the host's backend
 * through a `vk-proof-upload` request with progress, cancel, retry and remove.
 *
 * Each file's upload is its own request: Cancel aborts it (`detail.signal`), Retry sends the same file
 * again (superseding an unanswered attempt), and removing the element from the page aborts what is
 * still in flight (the files stay, to be retried). A host error or a network failure can be retried;
 * a refusal (`{ ok: false, reason: 'rejected', message }`) is final: the row says the server refused
 * the file, with the host's message, and offers only Remove.
 *
 * Where a slot wants a camera, it offers "Continue on your phone" (docs/handoff.md): the host's one-time
 * link as a QR code, then the files done on the phone appear here as uploaded. The phone side is the
 * same element given `handoff-token`: only the slots handed off, then "You can go back to your computer".
 *
 * @summary Proof-document uploader: picker, drop, paste, camera, or continue on a phone; checked locally, uploaded by the host.
 *
 * @fires {VkProofUploadEvent} vk-proof-upload - Request per file: `{ slotId, file, fileId, kind, mime, choice?, onProgress, respond, signal }`; answer `{ ok: true, fileId, thumbnailUrl? }` or `{ ok: false, reason: 'rejected' | 'too-large' | 'error', message? }` (`too-large`: over the server's limit, final). `signal` aborts on cancel, retry, remove, or the element leaving the page.
 * @fires {VkProofChangeEvent} vk-proof-change - The files, their status or a slot's choice changed: `{ slots: { [slotId]: { files, choice?, complete } }, complete }`.
 * @fires {VkProofRemoveEvent} vk-proof-remove - The user removed an uploaded file: `{ slotId, fileId }` (the host's id); the host may delete it.
 * @fires {VkProofRejectEvent} vk-proof-reject - A file was refused locally: `{ slotId, name, reason: 'empty' | 'too-large' | 'wrong-type' | 'too-many' | 'unreadable' }` (`too-large` also when a downscaled copy is over `maxBytes`).
 * @fires {VkHandoffCreateEvent} vk-handoff-create - Request (desktop): `{ slots }`; answer `{ ok: true, url, expiresAt, handoffId? }` (the URL holds your one-time token) or `{ ok: false, reason: 'error', message? }`.
 * @fires {VkHandoffStatusEvent} vk-handoff-status - Request (desktop), polled with back-off while the link is live and the tab visible: `{ handoffId?, slots }`; answer `{ ok: true, state: 'waiting' | 'connected' | 'done' | 'expired', files? }`.
 * @fires {VkHandoffCancelEvent} vk-handoff-cancel - The user went back to uploading on the desktop: `{ handoffId? }`; revoke the link.
 * @fires {VkHandoffOpenEvent} vk-handoff-open - Request (phone): `{ token }`; answer `{ ok: true, slots, files? }` or `{ ok: false, reason: 'expired' | 'used' | 'error' }`.
 * @fires {VkHandoffFinishEvent} vk-handoff-finish - Request (phone), on Done: `{ token }`; answer `{ ok: true }` or `{ ok: false, reason: 'expired' | 'used' | 'error' }`.
 *
 * @csspart slot - One proof slot (a section).
 * @csspart slot-title - The slot's heading.
 * @csspart badge - "Required" / "Optional".
 * @csspart guidance - The slot's guidance list.
 * @csspart statement - The text to write by hand (printed large on its own when the page is printed).
 * @csspart copy-button - Copies the text to write by hand.
 * @csspart choice - The slot's select (e.g. ID type).
 * @csspart choice-missing - "Choose the ID type too.", once the slot has files and nothing is picked.
 * @csspart drop-zone - Where files can be dropped; holds the buttons.
 * @csspart add-button - Opens the file picker.
 * @csspart capture-button - Opens the phone's camera (touch devices only).
 * @csspart record-button - Opens the in-page camera.
 * @csspart drop-hint - "or drop files here".
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
 * @csspart file-status - The file's status text (`data-kind` is the upload's state: pending, waiting, error, cancelled, refused, too-large…).
 * @csspart cancel-button - Cancels an upload.
 * @csspart retry-button - Retries a failed upload.
 * @csspart remove-button - Removes a file.
 * @csspart status - The polite live region.
 * @csspart handoff - The "Continue on your phone" panel (desktop), or the phone's intro and end page.
 * @csspart handoff-title - The panel's heading.
 * @csspart handoff-start - "Continue on your phone".
 * @csspart handoff-qr - The link's QR code `<svg>`.
 * @csspart handoff-link - The link (a read-only input) and `handoff-copy`, its Copy button; `handoff-copy-status` says what copying did.
 * @csspart handoff-countdown - The link's validity left (`aria-hidden`; the live region announces the thresholds).
 * @csspart handoff-status - Where the phone is (`data-phase`: waiting, connected, done, expired; on the phone: open, finished, expired, used).
 * @csspart handoff-slots - The slots handed off, with the files received.
 * @csspart handoff-new - "New link", after expiry.
 * @csspart handoff-stop - "Upload on this computer instead".
 * @csspart handoff-finish - The phone's Done button.
 *
 * @cssprop --vk-proof-uploader-drop-border-color - Drop zone border (default `--vk-color-border`).
 * @cssprop --vk-proof-uploader-drop-active-color - Drop zone border while dragging over (default `--vk-color-accent`).
 * @cssprop --vk-proof-uploader-thumbnail-size - Thumbnail size (default 48px).
 * @cssprop --vk-proof-uploader-progress-color - Progress bar colour (default `--vk-color-accent`).
 * @cssprop --vk-proof-uploader-qr-size - Width of the hand-off QR code (default `min(200px, 100%)`).
 *
 * @cssstate complete - Every slot is complete.
 * @cssstate busy - A file is being checked or uploaded.
 */
export class VkProofUploader extends VkElement<ProofMessageKey> {
  static override styles = [VkElement.styles, proofUploaderStyles, proofHandoffStyles];
  static override messages = proofMessages;

  /**
   * The proof slots. Files of a slot survive a new array with the same ids. A bad slot is reported
   * on the console (naming the slot and the field) and the previous list kept.
   */
  @property({ attribute: false }) @checked(listOf('id', proofSlotSchema)) slots: ProofSlot[] = [];

  /**
   * Files the host already has (e.g. after a reload): `{ slotId, fileId, name, size, type, thumbnailUrl? }[]`,
   * shown as uploaded. Bad data is reported on the console and the previous list kept.
   */
  @property({ attribute: false }) @checked(listOf('fileId', uploadedProofSchema)) uploaded: UploadedProof[] = [];

  /** Longest side, in px, photos are scaled down to (and re-encoded, which strips metadata such as GPS). 0 = send as chosen. */
  @property({ type: Number }) @checked(wholeNumber(0)) downscale = 0;

  /** Offers "Continue on your phone" where a slot wants a camera: on desktop-class devices (a mouse or trackpad), always, or never. */
  @property() @checked(oneOf(handoffModes)) handoff: HandoffMode = 'auto';

  /** The phone side: the token from the hand-off link. The element shows only the slots handed off with it. */
  @property({ attribute: 'handoff-token' }) @checked(optionalToken) handoffToken: string | undefined = undefined;

  #entries: ProofEntry[] = [];
  readonly #rejections = new Map<string, Rejection[]>();
  readonly #choices = new Map<string, string>();
  readonly #thumbnails = new Thumbnails();
  #adding: Promise<void> = Promise.resolve();
  #lastChange = emptySummary;
  #focusAfterUpdate: string | undefined;
  // Measured with `node bench/size.mjs`: loading the content check (file-sniff) and the camera on first
  // use through import() took 0.8 KB gzip off this element's 29.3 KB up front (1.1 KB off
  // verikit/define), under the 1 KB that would pay for a second path for a chunk that fails to load:
  // they stay static imports.
  readonly #camera = new ProofCamera(this, (slotId, blob, mode) => void this.#addCaptured(slotId, blob, mode));
  readonly #input = new ProofInput(this, (slotId, files) => void this.addFiles(slotId, files), () => this.#handoff.visibleSlots(this.slots));
  readonly #handoff: HandoffGate = new HandoffGate(this, {
    clock: () => this.clock,
    locale: () => this.locale,
    slots: () => this.slots,
    title: (slot) => this.#text(slot.title),
    receive: (files) => this.#addHostFiles(files),
    summary: () => summarize(this.#handoff.visibleSlots(this.slots), this.#entries, this.#choices),
    text: (catalog, key, params) => translate(catalog, key, params, { locale: this.locale, overrides: this.config.messages }),
  });

  /**
   * Checks and adds files to a slot, as if the user picked them. Resolves once every file is
   * accepted (and its upload started) or rejected. An unknown `slotId` adds nothing: it is reported
   * as a developer error on the console and the promise still resolves.
   */
  addFiles(slotId: string, files: Iterable<File> | ArrayLike<File>): Promise<void> {
    const list = Array.from(files);
    const run = this.#adding.then(() => this.#addNow(slotId, list));
    // Files are checked one batch at a time, so two quick adds cannot both take the last place.
    this.#adding = run.catch(() => undefined);
    return run;
  }

  /**
   * For a host that pushes the phone's progress (SSE, WebSocket): `{ state, files? }`, as in the
   * `vk-handoff-status` answer. Ignored when no link is live; bad data is reported on the console.
   */
  handoffUpdate(status: HandoffStatus): void {
    this.#handoff.push(status);
  }

  /** Sends a failed (or still unanswered) file again. `fileId` is the uploader's id from the events. */
  retry(fileId: string): void {
    const entry = this.#entries.find((candidate) => candidate.id === fileId);
    if (entry && canRetry(entry)) void this.#upload(entry);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page: the thumbnails were released on leaving it.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The files stay on the element (their uploads abort unless this is a move); the thumbnails' memory goes.
    this.#thumbnails.release(true);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('uploaded')) this.#addHostFiles(this.uploaded);
    this.#handoff.configure(this.handoff, this.handoffToken);
  }

  /** Shows files the host has (restored, or done on the phone) as uploaded, with their slot's pick; returns the new ones. */
  #addHostFiles(files: readonly UploadedProof[]): ProofEntry[] {
    const fresh = restoredEntries(files, this.#entries);
    this.#entries = [...this.#entries, ...fresh];
    for (const file of files) if (file.choice !== undefined && !this.#choices.has(file.slotId)) this.#choices.set(file.slotId, file.choice);
    if (fresh.length) this.requestUpdate();
    return fresh;
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#thumbnails.release();
    if (this.#focusAfterUpdate) {
      this.renderRoot.querySelector<HTMLElement>(this.#focusAfterUpdate)?.focus();
      this.#focusAfterUpdate = undefined;
    }
    const detail = summarize(this.#handoff.visibleSlots(this.slots), this.#entries, this.#choices);
    this.setStates({ complete: detail.complete, busy: this.#entries.some((entry) => ['queued', 'uploading'].includes(statusOf(entry))) });
    // A host that passes a fresh but equal `slots` array on every render must not get an event each
    // time (a composing flow re-rendering on vk-proof-change would loop).
    const serialized = JSON.stringify(detail);
    if (serialized !== this.#lastChange) {
      this.#lastChange = serialized;
      this.emit(new VkProofChangeEvent(detail));
    }
  }

  override render(): TemplateResult {
    this.#thumbnails.begin();
    const slots = this.#handoff.visibleSlots(this.slots);
    return html`<div class="slots" dir=${localeDirection(this.locale)}>
        ${this.#handoff.render()} ${repeat(slots, (slot) => slot.id, (slot) => this.#renderSlot(slot))} ${this.#handoff.renderEnd()}
      </div>
      ${this.liveRegion()}`;
  }

  // ——— rendering ———

  #renderSlot(slot: ProofSlot): TemplateResult {
    const slotTitle = this.#text(slot.title);
    const ids = slotDomIds(slot.id);
    const maxFiles = slot.maxFiles ?? 1;
    const files = this.#entries.filter((entry) => entry.slotId === slot.id);
    const rejections = this.#rejections.get(slot.id) ?? [];
    const full = files.length >= maxFiles;
    const dragOver = this.#input.over === slot.id;
    const video = slot.accept.includes('video');
    return html`
      <section part="slot" class="slot" data-slot-id=${slot.id} aria-labelledby=${ids.title} aria-describedby=${ids.limits}>
        <div class="slot-header">
          <h3 part="slot-title" class="slot-title" id=${ids.title} dir="auto">${slotTitle}</h3>
          <span part="badge" class="badge">${this.t(slot.required === false ? 'proof.optional' : 'proof.required')}</span>
        </div>
        ${slot.guidance?.length ? html`<ul part="guidance" class="guidance">${slot.guidance.map((line) => html`<li dir="auto">${this.#text(line)}</li>`)}</ul>` : nothing}
        ${slot.statement ? renderStatement(this, this.locale, slot.statement) : nothing}
        ${this.#renderChoice(slot, ids, files.length > 0)}
        <div
          part="drop-zone"
          class="drop-zone"
          ?data-active=${dragOver}
          @dragenter=${(event: DragEvent) => this.#input.dragOver(event, slot.id)}
          @dragover=${(event: DragEvent) => this.#input.dragOver(event, slot.id)}
          @dragleave=${this.#input.dragLeave}
          @drop=${(event: DragEvent) => this.#input.drop(event, slot.id)}
        >
          <button
            type="button"
            part="add-button"
            class="vk-button add-button"
            ?disabled=${full}
            aria-label=${this.t('proof.add.label', { count: maxFiles, slot: slotTitle })}
            @click=${() => this.#input.pick(slot.id, 'picker')}
          >
            ${this.t('proof.add', { count: maxFiles })}
          </button>
          ${slot.capture
            ? this.#slotButton('capture-button', video ? ['proof.capture.video', 'proof.capture.video.label'] : ['proof.capture.photo', 'proof.capture.photo.label'], slotTitle, full, () =>
                this.#input.pick(slot.id, 'capture'),
              )
            : nothing}
          ${slot.record && cameraSupported(cameraModeOf(slot.accept))
            ? this.#slotButton('record-button', video ? ['proof.record.open.video', 'proof.record.open.label.video'] : ['proof.record.open.photo', 'proof.record.open.label.photo'], slotTitle, full, () =>
                void this.#camera.open(slot.id, cameraModeOf(slot.accept), slot.capture ?? 'user'),
              )
            : nothing}
          <span part="drop-hint" class="drop-hint" aria-hidden="true">${this.t(dragOver ? 'proof.drop.active' : 'proof.drop')}</span>
          <input type="file" hidden data-input="picker" accept=${acceptFor(slot)} ?multiple=${maxFiles > 1} @change=${(event: Event) => this.#input.picked(event, slot.id)} />
          ${slot.capture
            ? html`<input
                type="file"
                hidden
                data-input="capture"
                accept=${video ? acceptByKind.video : acceptByKind.image}
                capture=${slot.capture}
                @change=${(event: Event) => this.#input.picked(event, slot.id)}
              />`
            : nothing}
        </div>
        <p part="limits" class="limits" id=${ids.limits}>${limitsText(this, this.locale, slot)}</p>
        ${slot.record ? this.#camera.render(slot.id, cameraModeOf(slot.accept)) : nothing}
        ${rejections.length
          ? html`<ul part="rejections" class="rejections" aria-label=${this.t('proof.rejections.label', { slot: slotTitle })}>
              ${rejections.map((rejection) => html`<li>${rejectionText(this, this.locale, slot, rejection)}</li>`)}
            </ul>`
          : nothing}
        ${files.length
          ? html`<ul part="file-list" class="files" aria-label=${this.t('proof.files.label', { slot: slotTitle })}>
              ${repeat(
                files,
                (entry) => entry.id,
                (entry) =>
                  renderFile(this, entry, {
                    // A render while off the page (an upload aborting) makes no object URL nobody would release.
                    thumbnail: this.isConnected ? this.#thumbnails.for(entry) : entry.hostThumbnail,
                    size: formatFileSize(entry.size, this.locale),
                    percent: numberFormat(this.locale, { style: 'percent' }).format(entry.progress),
                    cancel: () => entry.request?.cancel(),
                    retry: () => this.retry(entry.id),
                    remove: () => this.#remove(entry),
                  }),
              )}
            </ul>`
          : nothing}
      </section>
    `;
  }

  /** The capture and record buttons: secondary, labelled with the slot they act on. */
  #slotButton(part: string, [key, label]: [ProofMessageKey, ProofMessageKey], slotTitle: string, full: boolean, onClick: () => void): TemplateResult {
    return html`<button
      type="button"
      part=${part}
      class="vk-button ${part}"
      data-variant="secondary"
      ?disabled=${full}
      aria-label=${this.t(label, { slot: slotTitle })}
      @click=${onClick}
    >
      ${this.t(key)}
    </button>`;
  }

  /** The slot's pick; once the slot has files and nothing is picked, it says the pick is still needed. */
  #renderChoice(slot: ProofSlot, ids: { choice: string; choiceMissing: string }, hasFiles: boolean): TemplateResult | typeof nothing {
    const choice = slot.choice;
    if (!choice) return nothing;
    const selected = this.#choices.get(slot.id) ?? '';
    const label = this.#text(choice.label);
    const missing = hasFiles && !selected;
    return html`<div class="choice">
      <label for=${ids.choice} dir="auto">${label}</label>
      <select
        part="choice"
        id=${ids.choice}
        required
        aria-invalid=${missing ? 'true' : 'false'}
        aria-describedby=${missing ? ids.choiceMissing : nothing}
        @change=${(event: Event) => this.#onChoice(event, slot.id)}
      >
        <option value="" ?selected=${selected === ''}>${this.t('proof.choice.placeholder')}</option>
        ${choice.options.map((option) => html`<option value=${option.value} ?selected=${selected === option.value} dir="auto">${this.#text(option.label)}</option>`)}
      </select>
      ${missing ? html`<p part="choice-missing" class="problem" id=${ids.choiceMissing}>${this.t('proof.choice.missing', { choice: isolate(label) })}</p>` : nothing}
    </div>`;
  }

  /** Resolves a slot text: a host string as is, a message key through the catalog (dates in the locale). */
  #text(text: ProofText): string {
    if (typeof text === 'string') return text;
    if (!isProofMessageKey(text.key)) return text.key;
    const params: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(text.params ?? {})) params[name] = value instanceof Date ? this.formatDate(value.getTime(), { dateStyle: 'long' }) : value;
    return this.t(text.key, params);
  }

  // ——— adding files ———

  async #addNow(slotId: string, files: readonly File[]): Promise<void> {
    const slot = this.slots.find((candidate) => candidate.id === slotId);
    if (!slot) {
      console.error(new VkDeveloperError(`verikit: <vk-proof-uploader> addFiles(): there is no slot "${slotId}"; ${files.length} file(s) not added.`));
      return;
    }
    const rejections: Rejection[] = [];
    for (const file of files) {
      const verdict = await checkFile(slot, file, this.#entries.filter((entry) => entry.slotId === slotId).length);
      if ('reason' in verdict) {
        rejections.push({ name: file.name, reason: verdict.reason, size: file.size });
        this.emit(new VkProofRejectEvent({ slotId, name: file.name, reason: verdict.reason }));
        continue;
      }
      const id = newEntryId();
      const request = new HostRequest<ProofMessageKey>(this, {
        texts: uploadTexts,
        // The row shows the upload's progress; its states are announced with the file's name.
        announcePending: false,
        announceAs: (status) => this.t('proof.file.announce', { name: isolate(file.name), status }),
        onCancel: () => (this.#focusAfterUpdate = `[data-file-id="${CSS.escape(id)}"] [data-action="retry"]`),
      });
      const entry: ProofEntry = { id, slotId, name: file.name, size: file.size, ...verdict, file, request, queued: true, progress: 0 };
      this.#entries = [...this.#entries, entry];
      void this.#prepareAndUpload(entry);
    }
    // A new batch replaces the slot's previous reasons: they are about files no longer in hand.
    this.#rejections.set(slotId, rejections);
    if (rejections.length) this.announce(this.t('proof.announce.rejected', { count: rejections.length, slot: this.#text(slot.title) }));
    this.requestUpdate();
  }

  async #prepareAndUpload(entry: ProofEntry): Promise<void> {
    const slot = this.slots.find((candidate) => candidate.id === entry.slotId);
    // The thumbnail shown meanwhile points at the original; a downscaled copy lets it go.
    const copyTooLarge = await downscaleEntry(entry, this.downscale, slot?.maxBytes ?? defaultMaxBytes, () => this.#thumbnails.drop(entry.id));
    if (copyTooLarge && slot) {
      if (entry.request) this.removeController(entry.request);
      this.#entries = this.#entries.filter((candidate) => candidate !== entry);
      this.#rejections.set(slot.id, [...(this.#rejections.get(slot.id) ?? []), { name: entry.name, reason: 'too-large', size: copyTooLarge }]);
      this.emit(new VkProofRejectEvent({ slotId: slot.id, name: entry.name, reason: 'too-large' }));
      this.announce(this.t('proof.announce.rejected', { count: 1, slot: this.#text(slot.title) }));
      return;
    }
    entry.queued = false;
    // Removed while it was being prepared.
    if (this.#entries.includes(entry)) await this.#upload(entry);
  }

  async #addCaptured(slotId: string, blob: Blob, mode: CameraMode): Promise<void> {
    const now = this.clock.now();
    const time = this.formatDate(now, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    const name = this.t(mode === 'video' ? 'proof.record.videoName' : 'proof.record.photoName', { time });
    const extension = blob.type.includes('mp4') ? 'mp4' : mode === 'video' ? 'webm' : 'jpg';
    await this.addFiles(slotId, [new File([blob], `${name}.${extension}`, { type: blob.type, lastModified: now })]);
  }

  // ——— uploading ———

  async #upload(entry: ProofEntry): Promise<void> {
    const { file, request } = entry;
    if (!file || !request) return;
    entry.progress = 0;
    const choice = this.#choices.get(entry.slotId);
    const handoffToken = this.#handoff.uploadToken;
    const answer = await request.run(VkProofUploadEvent.eventName, proofUploadAnswerSchema, (respond, signal) => {
      const onProgress = (fraction: number) => this.#onProgress(entry, signal, fraction);
      const { slotId, id: fileId, kind, mime } = entry;
      return new VkProofUploadEvent({ slotId, file, fileId, kind, mime, ...(choice ? { choice } : {}), ...(handoffToken ? { handoffToken } : {}), onProgress, respond, signal });
    });
    if (!answer) return; // failed, cancelled, retried or removed meanwhile: the request shows it
    if (answer.ok) {
      Object.assign(entry, { uploadedId: answer.fileId, progress: 1 }, answer.thumbnailUrl ? { hostThumbnail: answer.thumbnailUrl } : {});
      this.announce(this.t('proof.announce.uploaded', { name: isolate(entry.name) }));
    } else if (answer.reason !== 'error') {
      entry.refusal = answer.message ?? '';
      entry.tooLarge = answer.reason === 'too-large';
      this.announce(this.t('proof.file.announce', { name: isolate(entry.name), status: refusalText(this, entry.refusal, entry.tooLarge) }));
    } else {
      request.fail(answer.message);
    }
    this.requestUpdate();
  }

  #onProgress(entry: ProofEntry, signal: AbortSignal, fraction: number): void {
    if (signal.aborted || !entry.request?.busy || !Number.isFinite(fraction)) return;
    entry.progress = Math.min(1, Math.max(0, fraction));
    // Progress proves someone is handling the request.
    entry.request.acknowledge();
    this.requestUpdate();
  }

  #remove(entry: ProofEntry): void {
    const index = this.#entries.indexOf(entry);
    if (index === -1) return;
    if (entry.request) {
      entry.request.abort();
      this.removeController(entry.request);
    }
    this.#entries = this.#entries.filter((candidate) => candidate !== entry);
    if (entry.uploadedId) this.emit(new VkProofRemoveEvent({ slotId: entry.slotId, fileId: entry.uploadedId }));
    // Keep the keyboard user in the slot: next file's first button, else the slot's picker.
    const next = this.#entries.slice(index).find((candidate) => candidate.slotId === entry.slotId);
    this.#focusAfterUpdate = next
      ? `[data-file-id="${CSS.escape(next.id)}"] button`
      : `[data-slot-id="${CSS.escape(entry.slotId)}"] [part="add-button"]`;
    this.announce(this.t('proof.announce.removed', { name: isolate(entry.name) }));
  }

  // ——— user input ———

  #onChoice(event: Event, slotId: string): void {
    const select = event.currentTarget;
    if (!(select instanceof HTMLSelectElement)) return;
    if (select.value) this.#choices.set(slotId, select.value);
    else this.#choices.delete(slotId);
    this.requestUpdate();
  }
}
