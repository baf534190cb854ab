import { css } from 'lit';

/**
 * Design tokens every element reads. Hosts theme with `--vk-*` custom properties on any
 * ancestor; each element's own tokens fall back to these. Dark mode follows the user's
 * preference unless the host pins `color-scheme`.
 */
export const baseStyles = css`
  :host {
    --_vk-font: var(--vk-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_vk-text: var(--vk-color-text, light-dark(#1a1d23, #eef0f4));
    --_vk-muted: var(--vk-color-text-muted, light-dark(#596170, #a8b0bf));
    --_vk-bg: var(--vk-color-surface, light-dark(#ffffff, #16181d));
    --_vk-bg-subtle: var(--vk-color-surface-subtle, light-dark(#f3f5f8, #22252c));
    --_vk-border: var(--vk-color-border, light-dark(#c5cbd5, #4a505c));
    --_vk-accent: var(--vk-color-accent, light-dark(#1f5fd1, #7aa7ff));
    --_vk-on-accent: var(--vk-color-on-accent, light-dark(#ffffff, #0b1220));
    --_vk-danger: var(--vk-color-danger, light-dark(#b3261e, #ff8a80));
    --_vk-success: var(--vk-color-success, light-dark(#1b6e3a, #7bd88f));
    --_vk-warning: var(--vk-color-warning, light-dark(#8a5300, #ffc36b));
    --_vk-focus: var(--vk-color-focus, light-dark(#1f5fd1, #7aa7ff));
    --_vk-radius: var(--vk-radius, 8px);
    --_vk-space: var(--vk-space, 8px);
    --_vk-duration: var(--vk-transition-duration, 150ms);
    color-scheme: var(--vk-color-scheme, light dark);
    display: block;
    font-family: var(--_vk-font);
    color: var(--_vk-text);
    font-size: var(--vk-font-size, 1rem);
    line-height: 1.4;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button.vk-button,
  .vk-button {
    font: inherit;
    min-height: 44px;
    padding: 0 calc(var(--_vk-space) * 2);
    border-radius: var(--_vk-radius);
    border: 1px solid var(--_vk-accent);
    background: var(--_vk-accent);
    color: var(--_vk-on-accent);
    cursor: pointer;
    transition: opacity var(--_vk-duration);
  }
  .vk-button[data-variant='secondary'] {
    background: transparent;
    color: var(--_vk-accent);
  }
  .vk-button:disabled,
  .vk-button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .vk-link {
    font: inherit;
    background: none;
    border: none;
    padding: 4px 0;
    min-height: 32px;
    color: var(--_vk-accent);
    text-decoration: underline;
    cursor: pointer;
  }
  /* The request feedback (core/host-request.ts): state text, Cancel, Try again. */
  .feedback-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_vk-space);
  }
  .feedback {
    flex: 1 1 12rem;
    margin: 0;
  }
  .feedback[data-kind='error'],
  .feedback[data-kind='waiting'] {
    color: var(--_vk-danger);
  }
  :focus-visible {
    outline: 2px solid var(--_vk-focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_vk-duration: 0ms;
    }
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
