import { css } from 'lit';

export const totpSetupStyles = css`
  :host {
    --_qr-size: var(--vk-totp-setup-qr-size, min(240px, 100%));
    --_qr-dark: var(--vk-totp-setup-qr-color, #000000);
    --_qr-light: var(--vk-totp-setup-qr-background, #ffffff);
    max-inline-size: var(--vk-totp-setup-max-width, 32rem);
  }
  [part~='heading'] {
    font-size: 1.25em;
    margin-block: 0 var(--_vk-space);
  }
  [part~='heading']:focus {
    outline: none;
  }
  [part~='step'] {
    margin-block: 0;
    color: var(--_vk-muted);
    font-size: 0.875em;
  }
  p {
    margin-block: var(--_vk-space);
  }
  [part~='qr'] {
    display: block;
    inline-size: var(--_qr-size);
    block-size: auto;
    aspect-ratio: 1;
    margin-block: calc(var(--_vk-space) * 2);
    margin-inline: auto;
    border-radius: var(--_vk-radius);
    /* A QR code must stay dark-on-light in dark mode too, or many scanners miss it. */
    background: var(--_qr-light);
  }
  [part~='qr'] path {
    fill: var(--_qr-dark);
  }
  [part~='qr'] rect {
    fill: var(--_qr-light);
  }
  [part~='manual'],
  [part~='new-phone'] {
    margin-block: calc(var(--_vk-space) * 2);
    border: 1px solid var(--_vk-border);
    border-radius: var(--_vk-radius);
    padding-inline: calc(var(--_vk-space) * 1.5);
  }
  /* Every control is a 44px touch target, links included. */
  .vk-link {
    min-block-size: 44px;
  }
  summary {
    min-block-size: 44px;
    display: flex;
    align-items: center;
    cursor: pointer;
    color: var(--_vk-accent);
  }
  [part~='key'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    font-family: var(--vk-font-family-mono, ui-monospace, 'SF Mono', Menlo, Consolas, monospace);
    font-size: 1.125em;
    letter-spacing: 0.05em;
    padding: var(--_vk-space);
    background: var(--_vk-bg-subtle);
    border-radius: var(--_vk-radius);
    user-select: all;
    /* The key reads left to right in every locale. */
    direction: ltr;
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space);
    margin-block: calc(var(--_vk-space) * 2);
  }
  [part~='copy-status'] {
    display: block;
    min-block-size: 1.4em;
    color: var(--_vk-success);
  }
  [part~='copy-status'][data-status='denied'] {
    color: var(--_vk-warning);
  }
  [part~='notice'],
  [part~='skew-warning'],
  [part~='error'] {
    border-inline-start: 4px solid var(--_vk-warning);
    padding-block: calc(var(--_vk-space) / 2);
    padding-inline: calc(var(--_vk-space) * 1.5) 0;
  }
  [part~='error'] {
    border-inline-start-color: var(--_vk-danger);
  }
  [part~='notice'] {
    border-inline-start-color: var(--_vk-accent);
  }
  vk-code-input {
    margin-block: calc(var(--_vk-space) * 2);
  }
`;
