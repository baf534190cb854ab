import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { VkElement } from '../../core/base-element.js';
import type { Clock } from '../../core/clock.js';
import type { Check } from '../../core/host-data.js';
import { HostRequest } from '../../core/host-request.js';
import { listFormat, type MessageCatalog, type MessageParams } from '../../core/i18n.js';
import { VkHandoffCancelEvent, VkHandoffCreateEvent, VkHandoffOpenEvent } from './proof-handoff.events.js';
import type { DesktopHandoff, PhoneHandoff } from './proof-handoff.js';
import type { VkProofChangeDetail } from './proof-uploader.events.js';
import type { ProofMessageKey } from './proof-uploader.messages.js';
import type { ProofSlot, UploadedProof } from './proof-uploader.schema.js';
import type { HandoffMode } from './proof-uploader.types.js';

type HandoffModule = typeof import('./proof-handoff.js');

let loading: Promise<HandoffModule> | undefined;
/**
 * The hand-off's controllers, templates, messages and answer schemas load on first use: when the user
 * asks for a link (desktop) or the phone opens one. Measured with esbuild + gzip -9: 4.8 KB off
 * `verikit/proof-uploader` up front (4.1 KB off `verikit/define`); what stays up front is this gate,
 * the offer's texts and the styles, 2.0 KB. The request's schema loader brings the module, so one that
 * fails to download is the request's retryable "could not reach the server" state, not a second path.
 */
function loadHandoff(): Promise<HandoffModule> {
  loading ??= import('./proof-handoff.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** What the hand-off needs from the uploader. */
export interface HandoffView {
  clock: () => Clock;
  locale: () => string;
  /** All the uploader's slots. */
  slots: () => readonly ProofSlot[];
  title: (slot: ProofSlot) => string;
  /** Shows the phone's files as uploaded; returns the ones not shown before. */
  receive: (files: readonly UploadedProof[]) => readonly { name: string }[];
  /** Where each visible slot stands, as `vk-proof-change` reports it. */
  summary: () => VkProofChangeDetail;
  /** Looks a message up like the element's own `t()` (host override, registered locale), with `catalog` as the English. */
  text: (catalog: MessageCatalog, key: string, params?: MessageParams) => string;
}

/** The phone's token: a non-empty string; `undefined`, `null` and `''` mean none (the desktop side). */
export const optionalToken: Check<string | undefined> = (value) => {
  if (value === undefined || value === null || value === '') return { ok: true, value: undefined };
  return typeof value === 'string' ? { ok: true, value } : { ok: false, problem: 'must be the token string from the hand-off link' };
};

/** Desktop-class: a precise pointer that can hover (a mouse or trackpad), where a phone's camera is the better one. */
const desktopQuery = '(pointer: fine) and (hover: hover)';

/**
 * The part of the hand-off the uploader carries up front: whether to offer it, the offer itself, and
 * the two requests that start a hand-off (desktop: create a link; phone: open one). Everything else
 * (`proof-handoff.ts`) loads with the first of them.
 */
export class HandoffGate implements ReactiveController {
  readonly #host: VkElement<ProofMessageKey>;
  readonly #view: HandoffView;
  readonly #create: HostRequest<ProofMessageKey>;
  readonly #open: HostRequest<ProofMessageKey>;
  #mode: HandoffMode = 'auto';
  #token: string | undefined;
  #desktopClass: boolean | undefined;
  #module: HandoffModule | undefined;
  #desktop: DesktopHandoff | undefined;
  #phone: PhoneHandoff | undefined;

  constructor(host: VkElement<ProofMessageKey>, view: HandoffView) {
    this.#host = host;
    this.#view = view;
    this.#create = new HostRequest(host, { onCancel: () => this.#focus('handoff-start') });
    this.#open = new HostRequest(host);
    host.addController(this);
  }

  /** The uploader's `handoff` and `handoff-token`, from its `willUpdate`. */
  configure(mode: HandoffMode, token: string | undefined): void {
    this.#mode = mode;
    if ((mode === 'off' || token !== undefined) && this.#desktop) this.#stop(false);
    if (token === this.#token) return;
    this.#token = token;
    this.#phone?.dispose();
    this.#phone = undefined;
    this.#open.abort();
    if (token !== undefined && this.#host.isConnected) void this.#openLink();
  }

  /** The slots to show: all on the desktop; on the phone, only those handed off (none before the link opens or after it ends). */
  visibleSlots(slots: readonly ProofSlot[]): readonly ProofSlot[] {
    if (this.#token === undefined) return slots;
    const ids = this.#phone?.slots ?? [];
    return slots.filter((slot) => ids.includes(slot.id));
  }

  /** The token to attribute the phone's uploads to, while its link is open. */
  get uploadToken(): string | undefined {
    return this.#phone?.slots.length ? this.#token : undefined;
  }

  /** A status pushed by the host (`handoffUpdate()`); ignored when no link is live. */
  push(status: unknown): void {
    this.#desktop?.push(status);
  }

  hostConnected(): void {
    // After the first update, so a page rendered on the server hydrates the markup it was sent.
    if (this.#desktopClass === undefined) {
      void this.#host.updateComplete.then(() => {
        this.#desktopClass = typeof matchMedia === 'function' && matchMedia(desktopQuery).matches;
        if (this.#desktopClass) this.#host.requestUpdate();
      });
    }
    // Put back on the page after a removal aborted the opening: open again (a move keeps the request).
    if (this.#token !== undefined && !this.#phone && !this.#open.busy && this.#open.status !== 'error') void this.#openLink();
  }

  // ——— desktop ———

  /** Slots that want a camera (a native `capture` input or the in-page camera) and are not complete yet. */
  #slotsToHandOff(): readonly ProofSlot[] {
    const summary = this.#view.summary().slots;
    return this.#view.slots().filter((slot) => (slot.capture !== undefined || slot.record === true) && summary[slot.id]?.complete !== true);
  }

  #offered(): boolean {
    return this.#token === undefined && (this.#mode === 'always' || (this.#mode === 'auto' && this.#desktopClass === true));
  }

  async #start(): Promise<void> {
    const slots = this.#slotsToHandOff().map((slot) => slot.id);
    if (!slots.length) return;
    const answer = await this.#create.run(
      VkHandoffCreateEvent.eventName,
      () => this.#load().then((module) => module.handoffCreateAnswerSchema),
      (respond, signal) => new VkHandoffCreateEvent({ slots, respond, signal }),
      { pending: 'proof.handoff.creating', retry: () => void this.#start() },
    );
    const module = this.#module;
    if (!answer || !module) return;
    if (!answer.ok) {
      this.#create.fail(answer.message);
      return;
    }
    this.#desktop?.dispose();
    this.#desktop = new module.DesktopHandoff(this.#host, {
      view: this.#view,
      slots,
      link: answer,
      onNewLink: () => void this.#start(),
      onStop: () => this.#stop(true),
    });
    this.#focus('handoff-copy');
  }

  /** Back to uploading on this computer: the host may revoke a link still live. */
  #stop(focus: boolean): void {
    const desktop = this.#desktop;
    if (!desktop) return;
    if (desktop.live) this.#host.dispatchEvent(new VkHandoffCancelEvent(desktop.handoffId === undefined ? {} : { handoffId: desktop.handoffId }));
    desktop.dispose();
    this.#desktop = undefined;
    this.#create.abort();
    if (focus) this.#focus('handoff-start');
  }

  // ——— phone ———

  async #openLink(): Promise<void> {
    const token = this.#token;
    if (token === undefined) return;
    const answer = await this.#open.run(
      VkHandoffOpenEvent.eventName,
      () => this.#load().then((module) => module.handoffOpenAnswerSchema),
      (respond, signal) => new VkHandoffOpenEvent({ token, respond, signal }),
      { pending: 'proof.handoff.phone.opening', retry: () => void this.#openLink() },
    );
    const module = this.#module;
    if (!answer || !module) return;
    if (!answer.ok && answer.reason === 'error') {
      this.#open.fail(answer.message);
      return;
    }
    this.#phone = new module.PhoneHandoff(this.#host, { token, answer, view: this.#view });
    this.#host.requestUpdate();
  }

  // ——— rendering ———

  /** Above the slots: the desktop's offer and link, or the phone's opening, intro or end page. */
  render(): TemplateResult | typeof nothing {
    if (this.#token !== undefined) return this.#phone?.render() ?? html`<section part="handoff" class="handoff">${this.#open.render()}</section>`;
    const desktop = this.#desktop;
    const slots = this.#offered() ? this.#slotsToHandOff() : [];
    if (!desktop && !slots.length) return nothing;
    const t = (key: ProofMessageKey, params?: Record<string, string>) => this.#host.t(key, params);
    const names = listFormat(this.#view.locale(), { type: 'conjunction' }).format(slots.map((slot) => this.#view.title(slot)));
    return html`<section part="handoff" class="handoff" aria-labelledby="handoff-title">
      <h3 part="handoff-title" class="handoff-title" id="handoff-title">${t('proof.handoff.title')}</h3>
      ${desktop?.render(slots.length > 0) ?? nothing}
      ${slots.length && (!desktop || desktop.phase === 'done')
        ? html`<p>${t('proof.handoff.offer', { slots: names })}</p>
            <div class="handoff-actions">
              <button type="button" part="handoff-start" class="vk-button" @click=${() => void this.#start()}>${t('proof.handoff.start')}</button>
            </div>`
        : nothing}
      ${this.#create.render()}
    </section>`;
  }

  /** Below the slots: the phone's Done button. */
  renderEnd(): TemplateResult | typeof nothing {
    return this.#phone?.renderFinish() ?? nothing;
  }

  async #load(): Promise<HandoffModule> {
    this.#module = await loadHandoff();
    return this.#module;
  }

  #focus(part: string): void {
    void this.#host.updateComplete.then(() => this.#host.renderRoot.querySelector<HTMLElement>(`[part~="${part}"]`)?.focus());
  }
}
