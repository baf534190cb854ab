import { html, nothing, type TemplateResult } from 'lit';
import type { HostRequest } from '../../core/host-request.js';
import type { MessageParams } from '../../core/i18n.js';
import type { HandoffQr } from './proof-handoff-qr.js';
import type { DesktopPhase, PhonePhase } from './proof-handoff.js';
import type { HandoffMessageKey } from './proof-handoff.messages.js';
import type { ProofMessageKey } from './proof-uploader.messages.js';

/** Looks up one of the hand-off's messages (see `handoffMessages`). */
export type HandoffText = (key: HandoffMessageKey, params?: MessageParams) => string;

/** What the desktop's panel shows. */
export interface DesktopPanel {
  phase: DesktopPhase;
  url: string;
  /** Undefined until the QR module has loaded (or if it could not: the link still works). */
  qr: HandoffQr | undefined;
  copy: 'idle' | 'copied' | 'denied';
  /** The link's validity left, formatted (`9:41`). */
  countdown: string;
  /** Each slot handed off, with its uploaded files. */
  slots: readonly { title: string; files: number }[];
  poll: HostRequest<ProofMessageKey>;
  /** A new link would still hand something off. */
  renewable: boolean;
  onCopy: (input: HTMLInputElement | null) => void;
  onNewLink: () => void;
  onStop: () => void;
}

/**
 * The desktop's link while live (scan text, QR code, the link with Copy, validity, where the phone is,
 * the slots), and the done and expired states. The visible countdown is `aria-hidden`: the live region
 * says when the link is ready, one minute before it expires, and when it has.
 */
export function renderDesktop(t: HandoffText, panel: DesktopPanel): TemplateResult {
  const status = (key: HandoffMessageKey) => html`<p part="handoff-status" class="handoff-status" data-phase=${panel.phase}>${t(key)}</p>`;
  const progress = html`<ul part="handoff-slots" class="handoff-slots" aria-label=${t('proof.handoff.slots.label')}>
    ${panel.slots.map(
      (slot) =>
        html`<li>${t('proof.handoff.slot', { slot: slot.title, status: slot.files ? t('proof.handoff.slot.files', { count: slot.files }) : t('proof.handoff.slot.none') })}</li>`,
    )}
  </ul>`;
  const button = (part: string, key: HandoffMessageKey, onClick: () => void, variant?: 'secondary') =>
    html`<button type="button" part=${part} class="vk-button" data-variant=${variant ?? nothing} @click=${onClick}>${t(key)}</button>`;
  const stop = button('handoff-stop', 'proof.handoff.stop', panel.onStop, 'secondary');
  if (panel.phase === 'done') return html`${status('proof.handoff.done')} ${progress}`;
  if (panel.phase === 'expired') {
    return html`${status('proof.handoff.expired')} ${progress}
      <div class="handoff-actions">${panel.renewable ? button('handoff-new', 'proof.handoff.newLink', panel.onNewLink) : nothing} ${stop}</div>`;
  }
  const qr = panel.qr;
  const onCopy = (event: Event) => {
    const row = event.currentTarget instanceof Element ? event.currentTarget.parentElement : null;
    panel.onCopy(row?.querySelector('input') ?? null);
  };
  return html`
    <p>${t('proof.handoff.scan')}</p>
    ${qr
      ? html`<svg
          part="handoff-qr"
          class="handoff-qr"
          role="img"
          aria-label=${t('proof.handoff.qr.label')}
          viewBox="0 0 ${qr.view} ${qr.view}"
          shape-rendering="crispEdges"
          xmlns="http://www.w3.org/2000/svg"
        >
          <rect width=${qr.view} height=${qr.view} fill="#ffffff"></rect>
          <path d=${qr.path} fill="#000000"></path>
        </svg>`
      : nothing}
    <div class="handoff-link">
      <input part="handoff-link" class="handoff-link-input" readonly .value=${panel.url} aria-label=${t('proof.handoff.link.label')} />
      <button type="button" part="handoff-copy" class="vk-button" data-variant="secondary" @click=${onCopy}>${t('proof.handoff.copy')}</button>
    </div>
    ${panel.copy === 'idle'
      ? nothing
      : html`<p part="handoff-copy-status" class="handoff-hint">${t(panel.copy === 'copied' ? 'proof.handoff.copied' : 'proof.handoff.copyDenied')}</p>`}
    <p part="handoff-countdown" class="handoff-hint" aria-hidden="true">${t('proof.handoff.validity', { time: panel.countdown })}</p>
    ${status(panel.phase === 'connected' ? 'proof.handoff.connected' : 'proof.handoff.waiting')} ${progress}
    <div class="handoff-poll" ?data-quiet=${panel.poll.status === 'pending'}>${panel.poll.render()}</div>
    <div class="handoff-actions">${stop}</div>
  `;
}

/** The phone's intro while it adds files, else its end page (finished, expired or used). */
export function renderPhone(t: HandoffText, phase: PhonePhase): TemplateResult {
  if (phase === 'open') return html`<section part="handoff" class="handoff"><p part="handoff-status" class="handoff-status" data-phase="open">${t('proof.handoff.phone.intro')}</p></section>`;
  const finished = phase === 'finished';
  const text = finished ? 'proof.handoff.phone.done' : phase === 'expired' ? 'proof.handoff.phone.expired' : 'proof.handoff.phone.used';
  return html`<section part="handoff" class="handoff" data-phase=${phase} aria-labelledby="handoff-title">
    <h3 part="handoff-title" class="handoff-title" id="handoff-title" tabindex="-1">${t(finished ? 'proof.handoff.phone.done.title' : 'proof.handoff.phone.ended.title')}</h3>
    <p part="handoff-status" class="handoff-status" data-phase=${phase}>${t(text)}</p>
  </section>`;
}

/** Done, below the phone's slots: enabled once every handed-off slot is complete. */
export function renderPhoneFinish(t: HandoffText, finish: { complete: boolean; request: HostRequest<ProofMessageKey>; onFinish: () => void }): TemplateResult {
  const hint = finish.complete ? nothing : 'handoff-incomplete';
  return html`<div class="handoff handoff-finish">
    <div class="handoff-actions">
      <button type="button" part="handoff-finish" class="vk-button" ?disabled=${!finish.complete} aria-describedby=${hint} @click=${finish.onFinish}>
        ${t('proof.handoff.phone.finish')}
      </button>
    </div>
    ${finish.complete ? nothing : html`<p id="handoff-incomplete" class="handoff-hint">${t('proof.handoff.phone.incomplete')}</p>`}
    ${finish.request.render()}
  </div>`;
}
