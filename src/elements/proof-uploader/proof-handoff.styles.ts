import { css } from 'lit';

/** "Continue on your phone": the desktop's offer and link, the phone's intro, Done and end pages. */
export const proofHandoffStyles = css`
  :host {
    --_qr-size: var(--vk-proof-uploader-qr-size, min(200px, 100%));
  }
  .handoff {
    display: grid;
    gap: var(--_vk-space);
    justify-items: start;
    padding: calc(var(--_vk-space) * 2);
    border: 1px solid var(--_vk-accent);
    border-radius: var(--_vk-radius);
    background: var(--_vk-bg-subtle);
  }
  .handoff > * {
    margin: 0;
    max-inline-size: 100%;
  }
  .handoff-title {
    font-size: 1.1em;
  }
  .handoff-title:focus {
    outline: none;
  }
  .handoff-qr {
    display: block;
    inline-size: var(--_qr-size);
    block-size: auto;
    aspect-ratio: 1;
    border-radius: var(--_vk-radius);
    /* A QR code stays dark on light in dark mode too, or many scanners miss it. */
    background: #ffffff;
  }
  .handoff-link,
  .handoff-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space);
    inline-size: 100%;
  }
  .handoff-link-input {
    flex: 1 1 16rem;
    min-inline-size: 0;
    min-block-size: 44px;
    padding: 0 var(--_vk-space);
    font: inherit;
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
    color: inherit;
    background: var(--_vk-bg);
    border: 1px solid var(--_vk-border);
    border-radius: var(--_vk-radius);
  }
  .handoff-hint {
    color: var(--_vk-muted);
  }
  .handoff-status {
    font-weight: 600;
  }
  .handoff-status[data-phase='done'],
  .handoff-status[data-phase='finished'] {
    color: var(--_vk-success);
  }
  .handoff-status[data-phase='expired'],
  .handoff-status[data-phase='used'] {
    color: var(--_vk-danger);
  }
  .handoff-slots {
    padding-inline-start: 1.25em;
  }
  .handoff-poll {
    inline-size: 100%;
  }
  /* A status check that answers within a second and a half leaves no trace: no flicker every few seconds. */
  .handoff-poll[data-quiet] {
    animation: vk-handoff-late 0s 1.5s both;
  }
  @keyframes vk-handoff-late {
    from {
      visibility: hidden;
    }
    to {
      visibility: visible;
    }
  }
`;
