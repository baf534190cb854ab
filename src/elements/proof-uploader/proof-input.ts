import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { filesFromClipboard } from './proof-entries.js';
import type { ProofSlot } from './proof-uploader.schema.js';

/**
 * Files coming in other than through the camera: a slot's native pickers, files dragged onto its drop
 * zone (which shows it while dragging over), and screenshots pasted into the uploader (into the focused
 * slot, else into the only slot that takes images).
 */
export class ProofInput implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };
  readonly #add: (slotId: string, files: readonly File[] | FileList) => void;
  readonly #slots: () => readonly ProofSlot[];
  #over: string | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode }, add: (slotId: string, files: readonly File[] | FileList) => void, slots: () => readonly ProofSlot[]) {
    this.#host = host;
    this.#add = add;
    this.#slots = slots;
    host.addController(this);
  }

  /** Opens a slot's file picker, or its native camera input. */
  pick(slotId: string, which: 'picker' | 'capture'): void {
    this.#host.renderRoot.querySelector<HTMLInputElement>(`[data-slot-id="${CSS.escape(slotId)}"] input[data-input="${which}"]`)?.click();
  }

  picked(event: Event, slotId: string): void {
    const input = event.currentTarget;
    if (!(input instanceof HTMLInputElement) || !input.files) return;
    const files = Array.from(input.files);
    // Cleared so picking the same file again (after removing it) fires change again.
    input.value = '';
    this.#add(slotId, files);
  }

  /** The slot files are being dragged over. */
  get over(): string | undefined {
    return this.#over;
  }

  #setOver(slotId: string | undefined): void {
    if (slotId === this.#over) return;
    this.#over = slotId;
    this.#host.requestUpdate();
  }

  dragOver(event: DragEvent, slotId: string): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.#setOver(slotId);
  }

  dragLeave = (event: DragEvent): void => {
    const zone = event.currentTarget;
    if (zone instanceof Node && event.relatedTarget instanceof Node && zone.contains(event.relatedTarget)) return;
    this.#setOver(undefined);
  };

  drop(event: DragEvent, slotId: string): void {
    event.preventDefault();
    this.#setOver(undefined);
    const files = event.dataTransfer?.files;
    if (files?.length) this.#add(slotId, files);
  }

  #onPaste = (event: ClipboardEvent): void => {
    const files = filesFromClipboard(event.clipboardData);
    const slotId = files.length ? this.#pasteTarget(event) : undefined;
    if (!slotId) return;
    event.preventDefault();
    this.#add(slotId, files);
  };

  /** The focused slot, or the only slot that takes images. */
  #pasteTarget(event: ClipboardEvent): string | undefined {
    for (const node of event.composedPath()) {
      if (node instanceof HTMLElement && node.dataset['slotId'] !== undefined) return node.dataset['slotId'];
      if (node === this.#host) break;
    }
    const imageSlots = this.#slots().filter((slot) => slot.accept.includes('image'));
    return imageSlots.length === 1 ? imageSlots[0]?.id : undefined;
  }

  hostConnected(): void {
    this.#host.addEventListener('paste', this.#onPaste);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('paste', this.#onPaste);
  }
}
