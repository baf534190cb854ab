import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { VkElement } from '../../core/base-element.js';
import type { ProofMessageKey } from './proof-uploader.messages.js';

/** Video to record, or a still photo to snap. */
export type CameraMode = 'video' | 'photo';
/** Why the camera is not available: refused by the user/browser, missing API, or another failure. */
export type CameraProblem = 'denied' | 'unavailable' | 'failed';

export type CameraState =
  | { phase: 'off' }
  | { phase: 'starting'; slotId: string; mode: CameraMode }
  | { phase: 'live' | 'recording'; slotId: string; mode: CameraMode; stream: MediaStream }
  | { phase: 'problem'; slotId: string; mode: CameraMode; problem: CameraProblem };

/** The camera a slot offers: a video where it takes videos, else a photo. */
export function cameraModeOf(accept: readonly string[]): CameraMode {
  return accept.includes('video') ? 'video' : 'photo';
}

/** True when this browser can show a camera in the page (and record, for video). */
export function cameraSupported(mode: CameraMode): boolean {
  // lib.dom types `mediaDevices` as always there; outside a secure context (plain http) it is undefined.
  const devices = navigator.mediaDevices as MediaDevices | undefined;
  return typeof devices?.getUserMedia === 'function' && (mode === 'photo' || typeof MediaRecorder !== 'undefined');
}

const recorderTypes = ['video/webm;codecs=vp9,opus', 'video/webm;codecs=vp8,opus', 'video/webm', 'video/mp4'];

/**
 * In-page camera for one slot at a time, with its panel: getUserMedia for the preview,
 * MediaRecorder for a video, a canvas for a photo. Hands back a `Blob`; the uploader checks it
 * like any other file. Always stops the camera's tracks when closed or when the element leaves
 * the page. The uploader loads this module when the user first opens a camera.
 */
export class ProofCamera implements ReactiveController {
  readonly #host: VkElement<ProofMessageKey>;
  readonly #onCaptured: (slotId: string, blob: Blob, mode: CameraMode) => void;
  #state: CameraState = { phase: 'off' };
  #recorder: MediaRecorder | undefined;

  constructor(host: VkElement<ProofMessageKey>, onCaptured: (slotId: string, blob: Blob, mode: CameraMode) => void) {
    this.#host = host;
    this.#onCaptured = onCaptured;
    host.addController(this);
  }

  /**
   * The slot's camera panel or problem; without the browser API (no record button then), why it is
   * missing, next to the file picker that still works.
   */
  render(slotId: string, mode: CameraMode): TemplateResult | typeof nothing {
    const state = this.#state;
    const t = (key: ProofMessageKey) => this.#host.t(key);
    if (state.phase === 'off' || state.slotId !== slotId) {
      return cameraSupported(mode) ? nothing : html`<p part="problem" class="problem">${t('proof.record.unavailable')}</p>`;
    }
    if (state.phase === 'problem') return html`<p part="problem" class="problem" role="alert">${t(`proof.record.${state.problem}`)}</p>`;
    const button = (action: string, key: ProofMessageKey, onClick: (event: Event) => void, variant?: string) =>
      html`<button type="button" part="camera-button" class="vk-button" data-variant=${variant ?? nothing} data-action=${action} @click=${onClick}>
        ${t(key)}
      </button>`;
    const close = button('close', 'proof.record.close', () => this.#closeAndFocus(slotId), 'secondary');
    if (state.phase === 'starting') return html`<div part="camera" class="camera"><p>${t('proof.record.starting')}</p><div class="camera-actions">${close}</div></div>`;
    const action =
      state.mode === 'photo'
        ? button('snap', 'proof.record.snap', (event) => void this.snap(event))
        : state.phase === 'recording'
          ? button('stop', 'proof.record.stop', () => this.stopRecording())
          : button('start', 'proof.record.start', () => this.startRecording());
    return html`<div part="camera" class="camera">
      <video part="camera-preview" autoplay muted playsinline aria-label=${t('proof.record.preview')} .srcObject=${state.stream}></video>
      ${state.phase === 'recording' ? html`<p>${t('proof.record.recording')}</p>` : nothing}
      <div class="camera-actions">${action} ${close}</div>
    </div>`;
  }

  #closeAndFocus(slotId: string): void {
    this.close();
    void this.#host.updateComplete.then(() =>
      this.#host.renderRoot.querySelector<HTMLElement>(`[data-slot-id="${CSS.escape(slotId)}"] [part="record-button"]`)?.focus(),
    );
  }

  #set(state: CameraState): void {
    this.#state = state;
    this.#host.requestUpdate();
  }

  /** Opens the camera for a slot (the uploader offers it only where the browser has the API). */
  async open(slotId: string, mode: CameraMode, facingMode: 'user' | 'environment'): Promise<void> {
    this.close();
    this.#set({ phase: 'starting', slotId, mode });
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode }, audio: false });
    } catch (error) {
      const denied = error instanceof DOMException && (error.name === 'NotAllowedError' || error.name === 'SecurityError');
      const missing = error instanceof DOMException && (error.name === 'NotFoundError' || error.name === 'OverconstrainedError');
      if (this.#isCurrent(slotId)) this.#set({ phase: 'problem', slotId, mode, problem: denied ? 'denied' : missing ? 'unavailable' : 'failed' });
      return;
    }
    // Closed (or moved to another slot) while the permission prompt was open.
    if (!this.#isCurrent(slotId) || this.#state.phase !== 'starting') {
      stopTracks(stream);
      return;
    }
    this.#set({ phase: 'live', slotId, mode, stream });
  }

  #isCurrent(slotId: string): boolean {
    return this.#state.phase !== 'off' && this.#state.slotId === slotId;
  }

  startRecording(): void {
    const state = this.#state;
    if (state.phase !== 'live' || state.mode !== 'video') return;
    const mimeType = recorderTypes.find((type) => MediaRecorder.isTypeSupported(type));
    const recorder = new MediaRecorder(state.stream, mimeType ? { mimeType } : {});
    const chunks: Blob[] = [];
    recorder.addEventListener('dataavailable', (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    });
    recorder.addEventListener(
      'stop',
      () => {
        // close() forgets the recorder first: a recording closed that way is thrown away.
        if (this.#recorder !== recorder) return;
        this.#recorder = undefined;
        const blob = new Blob(chunks, { type: recorder.mimeType || 'video/webm' });
        this.close();
        if (blob.size > 0) this.#onCaptured(state.slotId, blob, 'video');
      },
      { once: true },
    );
    this.#recorder = recorder;
    // A timeslice keeps memory flat on long recordings: chunks are handed over as they come.
    recorder.start(1000);
    this.#set({ ...state, phase: 'recording' });
  }

  stopRecording(): void {
    if (this.#recorder?.state === 'recording') this.#recorder.stop();
  }

  /** Draws the current frame of the panel's video and hands back a JPEG. */
  async snap(event: Event): Promise<void> {
    const state = this.#state;
    const video = event.currentTarget instanceof Element ? event.currentTarget.closest('.camera')?.querySelector('video') : undefined;
    if (state.phase !== 'live' || state.mode !== 'photo' || !video?.videoWidth) return;
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext('2d')?.drawImage(video, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.9));
    this.close();
    if (blob) this.#onCaptured(state.slotId, blob, 'photo');
  }

  close(): void {
    const recorder = this.#recorder;
    this.#recorder = undefined;
    if (recorder && recorder.state !== 'inactive') recorder.stop();
    if (this.#state.phase === 'live' || this.#state.phase === 'recording') stopTracks(this.#state.stream);
    if (this.#state.phase !== 'off') this.#set({ phase: 'off' });
  }

  hostDisconnected(): void {
    this.close();
  }
}

function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}
