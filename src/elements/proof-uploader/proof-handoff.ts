import type { ReactiveController, TemplateResult } from 'lit';
import type { VkElement } from '../../core/base-element.js';
import { CountdownController } from '../../core/countdown.js';
import { describeIssues, VkDeveloperError } from '../../core/errors.js';
import { preview } from '../../core/host-data.js';
import { HostRequest } from '../../core/host-request.js';
import { formatCountdown, formatDuration } from '../../core/i18n.js';
import { handoffMessages } from './proof-handoff.messages.js';
import type { HandoffView } from './proof-handoff-gate.js';
import type { HandoffQr } from './proof-handoff-qr.js';
import { renderDesktop, renderPhone, renderPhoneFinish, type HandoffText } from './proof-handoff.render.js';
import { VkHandoffFinishEvent, VkHandoffStatusEvent } from './proof-handoff.events.js';
import { handoffFinishAnswerSchema, handoffStatusAnswerSchema, handoffStatusSchema, type HandoffOpenAnswer, type HandoffStatus } from './proof-handoff.schema.js';
import type { ProofMessageKey } from './proof-uploader.messages.js';

/**
 * "Continue on your phone", loaded on first use (see `proof-handoff-gate.ts`): the desktop's live link
 * (QR code, copyable link, validity countdown, the phone's progress polled with back-off) and the
 * phone's side (the handed-off slots, Done, and the end pages).
 */
export { handoffCreateAnswerSchema, handoffOpenAnswerSchema } from './proof-handoff.schema.js';

type Host = VkElement<ProofMessageKey>;

/** The hand-off's own messages, looked up like the element's. */
const textFor = (view: HandoffView): HandoffText => (key, params) => view.text(handoffMessages, key, params);

/** The first status request goes 2 s after the link arrives; each answer that changes nothing doubles the wait, up to 10 s. */
export const firstPollMs = 2000;
export const maxPollMs = 10_000;

/** Where the desktop's link stands. `waiting` and `connected` are live; `done` and `expired` are final. */
export type DesktopPhase = 'waiting' | 'connected' | 'done' | 'expired';

export interface DesktopHandoffOptions {
  view: HandoffView;
  /** The slots handed off. */
  slots: readonly string[];
  link: { url: string; expiresAt: number; handoffId?: string | undefined };
  /** "New link", after expiry. */
  onNewLink: () => void;
  /** "Upload on this computer instead". */
  onStop: () => void;
}

/**
 * The desktop's side of one link. It asks the host where the phone is (`vk-handoff-status`) on the
 * clock's ticks: first after 2 s, then with back-off while nothing changes (4, 8, 10, 10 s…), 2 s after
 * an answer that changed something, and at once when the tab becomes visible again (the back-off then
 * starts afresh). It stops while the tab is hidden or the element is off the page, and for good at the
 * link's expiry or when the phone is done. A poll unanswered for 10 s is superseded by the next. A host
 * that pushes calls `push()`.
 */
export class DesktopHandoff implements ReactiveController {
  readonly #host: Host;
  readonly #options: DesktopHandoffOptions;
  readonly #t: HandoffText;
  readonly #poll: HostRequest<ProofMessageKey>;
  readonly #countdown: CountdownController;
  #phase: DesktopPhase = 'waiting';
  #qr: HandoffQr | undefined;
  #copy: 'idle' | 'copied' | 'denied' = 'idle';
  #interval = firstPollMs;
  #nextPollAt: number;
  /** Files already shown: one the user removes on this computer does not come back with the next status. */
  readonly #seen = new Set<string>();
  #stopTicking: (() => void) | undefined;
  #connected = false;
  #disposed = false;
  #warnedMinute = false;

  constructor(host: Host, options: DesktopHandoffOptions) {
    this.#host = host;
    this.#options = options;
    this.#t = textFor(options.view);
    this.#poll = new HostRequest(host, { announcePending: false });
    this.#countdown = new CountdownController(host, { clock: options.view.clock, onExpire: () => this.#end('expired'), onTick: (remaining) => this.#onTick(remaining) });
    this.#nextPollAt = options.view.clock().now() + firstPollMs;
    host.addController(this);
    this.#countdown.start(options.link.expiresAt);
    if (this.live) host.announce(this.#t('proof.handoff.announce.ready', { duration: formatDuration(this.#countdown.remaining, options.view.locale()) }));
    void import('./proof-handoff-qr.js')
      .then(({ handoffQr }) => handoffQr(options.link.url))
      .then(
        (qr) => {
          this.#qr = qr;
          host.requestUpdate();
        },
        // Not loaded, or a link too long for a QR code (about 2,300 characters): the link below still works.
        () => undefined,
      );
  }

  get phase(): DesktopPhase {
    return this.#phase;
  }

  /** The link may still be opened on the phone. */
  get live(): boolean {
    return this.#phase === 'waiting' || this.#phase === 'connected';
  }

  get handoffId(): string | undefined {
    return this.#options.link.handoffId;
  }

  /** A status the host pushed: checked, then applied like a polled one; a change brings the next poll forward. */
  push(status: unknown): void {
    const parsed = handoffStatusSchema.safeParse(status);
    if (!parsed.success) {
      console.error(new VkDeveloperError(`verikit: <${this.#host.localName}> handoffUpdate() got an invalid status — ${describeIssues(parsed.error.issues)}. Got ${preview(status)}; ignored.`));
      return;
    }
    if (!this.#apply(parsed.data) || !this.live) return;
    this.#interval = firstPollMs;
    this.#nextPollAt = this.#options.view.clock().now() + firstPollMs;
  }

  /** Stops for good and lets the uploader forget it. */
  dispose(): void {
    this.#disposed = true;
    this.#poll.abort();
    this.#countdown.stop();
    this.hostDisconnected();
    for (const controller of [this.#poll, this.#countdown, this]) this.#host.removeController(controller);
  }

  hostConnected(): void {
    if (this.#disposed) return;
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#sync();
  }

  /** Ticks while live, on the page and visible. */
  #sync(): void {
    const active = this.#connected && this.live && document.visibilityState !== 'hidden';
    if (!active) {
      this.#stopTicking?.();
      this.#stopTicking = undefined;
    } else {
      this.#stopTicking ??= this.#options.view.clock().subscribe(this.#tick);
    }
  }

  #tick = (now: number): void => {
    if (now >= this.#nextPollAt) void this.#pollNow();
  };

  #onVisibility = (): void => {
    this.#sync();
    // Back on the tab (perhaps from the phone): ask at once.
    if (this.live && document.visibilityState === 'visible') {
      this.#interval = firstPollMs;
      void this.#pollNow();
    }
  };

  async #pollNow(): Promise<void> {
    const { clock } = this.#options.view;
    // A watchdog: an answer slower than this is superseded by the next poll.
    this.#nextPollAt = clock().now() + maxPollMs;
    const handoffId = this.handoffId;
    const answer = await this.#poll.run(
      VkHandoffStatusEvent.eventName,
      handoffStatusAnswerSchema,
      (respond, signal) => new VkHandoffStatusEvent({ ...(handoffId === undefined ? {} : { handoffId }), slots: [...this.#options.slots], respond, signal }),
      { pending: 'proof.handoff.checking', retry: () => void this.#pollNow() },
    );
    // Superseded (the newer poll schedules the next), or stopped: expiry, done, removal, disposal.
    if (this.#poll.busy || !this.live || (!answer && this.#poll.status === 'idle')) return;
    let changed = false;
    if (answer?.ok) changed = this.#apply(answer);
    else if (answer) this.#poll.fail(answer.message);
    this.#interval = changed ? firstPollMs : Math.min(maxPollMs, this.#interval * 2);
    this.#nextPollAt = clock().now() + this.#interval;
  }

  /** Shows what the host said; true when something changed (the phone's state, or new files). */
  #apply(status: HandoffStatus): boolean {
    if (this.#disposed || !this.live) return false;
    const fresh = (status.files ?? []).filter((file) => this.#options.slots.includes(file.slotId) && !this.#seen.has(file.fileId));
    for (const file of fresh) this.#seen.add(file.fileId);
    const arrived = this.#options.view.receive(fresh);
    const host = this.#host;
    const only = arrived[0];
    if (arrived.length === 1 && only) host.announce(this.#t('proof.handoff.announce.arrived', { name: only.name }));
    else if (arrived.length > 1) host.announce(this.#t('proof.handoff.announce.arrivedMany', { count: arrived.length }));
    const before = this.#phase;
    if (status.state === 'done' || status.state === 'expired') this.#end(status.state);
    else if (status.state !== before) {
      this.#phase = status.state;
      if (status.state === 'connected') host.announce(this.#t('proof.handoff.connected'));
    }
    host.requestUpdate();
    return arrived.length > 0 || this.#phase !== before;
  }

  #end(phase: 'done' | 'expired'): void {
    if (!this.live) return;
    this.#phase = phase;
    this.#poll.abort();
    if (phase === 'done') this.#countdown.stop();
    this.#sync();
    this.#host.announce(this.#t(phase === 'done' ? 'proof.handoff.done' : 'proof.handoff.expired'));
    this.#host.requestUpdate();
  }

  #onTick(remaining: number): void {
    if (remaining > 0 && remaining <= 60_000 && !this.#warnedMinute) {
      this.#warnedMinute = true;
      this.#host.announce(this.#t('proof.handoff.announce.minute'));
    }
  }

  async #copyLink(input: HTMLInputElement | null): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.#options.link.url);
      this.#copy = 'copied';
    } catch {
      // Denied (permissions, insecure context, an embedding frame): select it, so copying by hand is one step.
      input?.select();
      this.#copy = 'denied';
    }
    this.#host.announce(this.#t(this.#copy === 'copied' ? 'proof.handoff.copied' : 'proof.handoff.copyDenied'));
    this.#host.requestUpdate();
  }

  /** The link, the code, the countdown and the phone's progress; `renewable`: a new link would hand something off. */
  render(renewable: boolean): TemplateResult {
    const { view, slots, link, onNewLink, onStop } = this.#options;
    const summary = view.summary().slots;
    return renderDesktop(this.#t, {
      phase: this.#phase,
      url: link.url,
      qr: this.#qr,
      copy: this.#copy,
      countdown: formatCountdown(this.#countdown.remaining, view.locale()),
      slots: view
        .slots()
        .filter((slot) => slots.includes(slot.id))
        .map((slot) => ({ title: view.title(slot), files: summary[slot.id]?.files.filter((file) => file.status === 'uploaded').length ?? 0 })),
      poll: this.#poll,
      renewable,
      onCopy: (input) => void this.#copyLink(input),
      onNewLink,
      onStop,
    });
  }
}

export interface PhoneHandoffOptions {
  token: string;
  /** The host's answer to `vk-handoff-open` (its own errors are the gate's). */
  answer: Exclude<HandoffOpenAnswer, { reason: 'error' }>;
  view: HandoffView;
}

/** Where the phone stands: adding files, finished, or the token refused. */
export type PhonePhase = 'open' | 'finished' | 'expired' | 'used';

/** The phone's side of one link: the handed-off slots, Done (`vk-handoff-finish`), and the end pages. */
export class PhoneHandoff {
  readonly #host: Host;
  readonly #options: PhoneHandoffOptions;
  readonly #t: HandoffText;
  readonly #finish: HostRequest<ProofMessageKey>;
  #phase: PhonePhase;

  constructor(host: Host, options: PhoneHandoffOptions) {
    this.#host = host;
    this.#options = options;
    this.#t = textFor(options.view);
    this.#finish = new HostRequest(host);
    const { answer, view } = options;
    this.#phase = answer.ok ? 'open' : answer.reason;
    if (answer.ok) {
      const missing = answer.slots.filter((id) => !view.slots().some((slot) => slot.id === id));
      if (missing.length) {
        console.error(
          new VkDeveloperError(`verikit: <${host.localName}> vk-handoff-open named slots it does not have: ${missing.join(', ')}. Give the phone's uploader the same slots as the desktop's.`),
        );
      }
      view.receive(answer.files ?? []);
    }
    this.#announcePhase();
  }

  /** The slots handed off, while they may be filled. */
  get slots(): readonly string[] {
    return this.#phase === 'open' && this.#options.answer.ok ? this.#options.answer.slots : [];
  }

  dispose(): void {
    this.#finish.abort();
    this.#host.removeController(this.#finish);
  }

  async #finishNow(): Promise<void> {
    const { token } = this.#options;
    const answer = await this.#finish.run(VkHandoffFinishEvent.eventName, handoffFinishAnswerSchema, (respond, signal) => new VkHandoffFinishEvent({ token, respond, signal }), {
      pending: 'proof.handoff.phone.finishing',
      retry: () => void this.#finishNow(),
    });
    if (!answer || this.#phase !== 'open') return;
    if (!answer.ok && answer.reason === 'error') {
      this.#finish.fail(answer.message);
      return;
    }
    this.#phase = answer.ok ? 'finished' : answer.reason;
    this.#announcePhase();
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => this.#host.renderRoot.querySelector<HTMLElement>('[part~="handoff-title"]')?.focus());
  }

  #announcePhase(): void {
    const key = ({ open: undefined, finished: 'proof.handoff.phone.done', expired: 'proof.handoff.phone.expired', used: 'proof.handoff.phone.used' } as const)[this.#phase];
    if (key) this.#host.announce(this.#t(key));
  }

  /** The intro while open, else the end page. */
  render(): TemplateResult {
    return renderPhone(this.#t, this.#phase);
  }

  /** Done, below the slots, while open. */
  renderFinish(): TemplateResult | undefined {
    if (this.#phase !== 'open') return undefined;
    return renderPhoneFinish(this.#t, { complete: this.#options.view.summary().complete, request: this.#finish, onFinish: () => void this.#finishNow() });
  }
}
